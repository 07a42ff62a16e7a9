// trade.gov CSL CSV: one row per list entry, 29 columns (28 before `_id` was
// added). Multi-valued fields are joined with "; ": alt_names, programs,
// addresses (each "street, city, state, postal code, CC" with the ISO-2
// country last), federal_register_notice and ids ("[CC, ][dates, ]NUMBER, TYPE").
#include <sstream>

#include "import/list_parsers.hpp"
#include "model/country.hpp"
#include "model/list_code.hpp"
#include "util/csv_header.hpp"
#include "util/date.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::import {

namespace {

const std::vector<std::string> k_required_columns = {"source",
                                                     "entity_number",
                                                     "type",
                                                     "programs",
                                                     "name",
                                                     "title",
                                                     "addresses",
                                                     "federal_register_notice",
                                                     "start_date",
                                                     "end_date",
                                                     "standard_order",
                                                     "license_requirement",
                                                     "license_policy",
                                                     "remarks",
                                                     "source_list_url",
                                                     "alt_names",
                                                     "ids",
                                                     "source_information_url"};

std::vector<model::Address> parse_addresses(std::string_view field) {
  std::vector<model::Address> out;
  for (const std::string& one : util::split(field, ";")) {
    std::vector<std::string> parts = util::split(one, ",");
    model::Address a;
    if (!parts.empty() && parts.back().size() == 2 && model::is_country_code(parts.back())) {
      a.country = parts.back();
      parts.pop_back();
    }
    a.text = util::join(parts, ", ");
    out.push_back(std::move(a));
  }
  return out;
}

bool looks_like_date(std::string_view s) {
  return util::parse_iso_date(s).has_value() || util::parse_day_month_year(s).has_value();
}

// "QA, 28940000602, National ID No." / "JO, 2014-08-30, 2009-08-31, K475336, Passport" /
// "K048787, Passport" / "Male, Gender".
std::vector<model::Identifier> parse_ids(std::string_view field) {
  std::vector<model::Identifier> out;
  for (const std::string& one : util::split(field, ";")) {
    std::vector<std::string> parts = util::split(one, ",");
    model::Identifier id;
    if (parts.size() >= 3 && parts.front().size() == 2 && model::is_country_code(parts.front())) {
      id.country = parts.front();
      parts.erase(parts.begin());
    }
    if (!parts.empty()) {
      id.type = parts.back();
      parts.pop_back();
    }
    if (!parts.empty()) {
      id.number = parts.back();
      parts.pop_back();
    }
    for (const std::string& p : parts) {
      (looks_like_date(p) && id.issue_date.empty() ? id.issue_date : id.expiration_date) = p;
    }
    out.push_back(std::move(id));
  }
  return out;
}

// A date must have the YYYY-MM-DD shape; an impossible year (the 2022 file has
// "0097-06-30") is kept as given, with a warning, rather than losing the entry.
std::string checked_date(const util::CsvReader& reader, const std::string& value,
                         const char* column, std::vector<std::string>& warnings) {
  if (value.empty() || util::parse_iso_date(value)) {
    return value;
  }
  if (!util::has_iso_date_shape(value)) {
    reader.fail(std::string("invalid ") + column + " " + util::quote(value) +
                " (expected YYYY-MM-DD)");
  }
  warnings.push_back(reader.display_name() + ":" + std::to_string(reader.record_line()) +
                     ": implausible " + column + " " + util::quote(value) + " kept as given");
  return value;
}

}  // namespace

std::string csl_alias(std::string_view alias) {
  std::string out = util::collapse_spaces(alias);
  if (out.rfind("and ", 0) == 0 && out.size() > 4) {
    out.erase(0, 4);
  }
  return out;
}

std::vector<model::ListEntry> parse_csl_csv(std::string_view content, const std::string& name,
                                            std::vector<std::string>& warnings) {
  std::istringstream in{std::string(content)};
  util::CsvReader reader(in, name);
  util::CsvTable table(reader);
  table.require(k_required_columns, "not a CSL header");
  std::vector<model::ListEntry> entries;
  std::vector<std::string> f;
  while (table.next(f)) {
    auto get = [&](const char* column) { return table.get(f, column); };
    model::ListEntry e;
    e.source_name = get("source");
    auto code = model::list_code_for_csl_source(e.source_name);
    e.list_code = code ? *code : "other";
    e.entry_key = get("_id");
    e.entity_number = get("entity_number");
    e.entry_type = get("type");
    e.name = util::collapse_spaces(get("name"));
    for (const std::string& alias : util::split(get("alt_names"), ";")) {
      e.aliases.push_back({csl_alias(alias), "aka"});
    }
    e.addresses = parse_addresses(get("addresses"));
    e.identifiers = parse_ids(get("ids"));
    e.programs = util::split(get("programs"), ";");
    e.fr_citations = util::split(get("federal_register_notice"), ";");
    e.start_date = checked_date(reader, get("start_date"), "start_date", warnings);
    e.end_date = checked_date(reader, get("end_date"), "end_date", warnings);
    e.license_requirement = util::collapse_spaces(get("license_requirement"));
    e.license_policy = util::collapse_spaces(get("license_policy"));
    e.remarks = get("remarks");
    e.source_url = get("source_information_url");
    if (e.name.empty()) {
      reader.fail("empty name");
    }
    entries.push_back(std::move(e));
  }
  return entries;
}

}  // namespace ecc::import
