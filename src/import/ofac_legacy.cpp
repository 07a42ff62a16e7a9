// OFAC's legacy CSV set: a primary file (sdn.csv, or cons_prim.csv for the
// non-SDN consolidated list that carries NS-CMIC) keyed by ent_num, with
// aliases in alt.csv, addresses in add.csv and remark overflow in
// *_comments.csv. No header, Latin-1, "-0-" for null. Structured facts
// hide in the remarks ("Listing Date (CMIC) 10 Dec 2021; ISIN ..."): the
// listing date becomes start_date, identifiers become identifiers.
#include <map>
#include <sstream>

#include "import/list_parsers.hpp"
#include "model/country.hpp"
#include "util/csv_reader.hpp"
#include "util/date.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"
#include "util/utf8.hpp"

namespace ecc::import {

namespace {

std::string value(const std::string& field) {
  std::string_view v = util::trim(field);
  return v == "-0-" ? std::string() : std::string(v);
}

// Reads every record of one OFAC file, checking its field count.
template <typename Fn>
void each_record(std::string_view bytes, const std::string& name, size_t fields, Fn fn) {
  std::istringstream in(util::latin1_to_utf8(bytes));
  util::CsvReader reader(in, name, {',', size_t{1} << 20, false});
  std::vector<std::string> f;
  while (reader.next(f)) {
    if (f.size() == 1 && util::trim(f[0]).empty()) {
      continue;
    }
    if (f.size() != fields) {
      reader.fail("expected " + std::to_string(fields) + " fields, found " +
                  std::to_string(f.size()) + " (truncated or misquoted row?)");
    }
    fn(f, reader);
  }
}

// List code of a non-SDN record from its program tags.
std::string cons_list_code(const std::vector<std::string>& programs) {
  auto has = [&](std::string_view tag) {
    for (const std::string& p : programs) {
      if (p.find(tag) != std::string::npos) {
        return true;
      }
    }
    return false;
  };
  if (has("CMIC"))
    return "ns_cmic";
  if (has("NS-PLC"))
    return "plc";
  if (has("UKRAINE-EO13662"))
    return "ssi";
  if (has("FSE"))
    return "fse";
  if (has("561-Related"))
    return "capta";
  return "ns_mbs";
}

const std::vector<std::string> k_id_labels = {"Unified Social Credit Code (USCC)",
                                              "Legal Entity Number",
                                              "Registration Number",
                                              "Tax ID No.",
                                              "C.R. No.",
                                              "ISIN",
                                              "Equity Ticker",
                                              "Registration ID",
                                              "Company Number"};

// Pulls the listing date and identifiers out of the remarks.
void parse_remarks(model::ListEntry& e) {
  for (const std::string& part : util::split(e.remarks, ";")) {
    std::string_view p = util::trim(part);
    if (util::starts_with(p, "Listing Date")) {
      size_t close = p.find(')');
      std::string_view rest =
          util::trim(p.substr(close == std::string_view::npos ? 12 : close + 1));
      if (!rest.empty() && rest.front() == ':') {
        rest = util::trim(rest.substr(1));
      }
      if (auto d = util::parse_day_month_year(util::trim(rest.substr(0, rest.find('.'))))) {
        if (e.start_date.empty() || d->iso() > e.start_date) {
          e.start_date = d->iso();
        }
      }
      continue;
    }
    for (const std::string& label : k_id_labels) {
      if (util::starts_with(p, label) && p.size() > label.size()) {
        std::string number(util::trim(p.substr(label.size())));
        if (!number.empty() && number.back() == '.') {
          number.pop_back();
        }
        std::string country;
        if (size_t open = number.rfind(" ("); open != std::string::npos && number.back() == ')') {
          country = model::country_code_for(number.substr(open + 2, number.size() - open - 3))
                        .value_or("");
          number = number.substr(0, open);
        }
        e.identifiers.push_back({label, number, country, "", ""});
        break;
      }
    }
  }
}

}  // namespace

std::vector<model::ListEntry> parse_ofac_legacy(const OfacFiles& files) {
  std::vector<model::ListEntry> entries;
  std::map<std::string, size_t> by_num;
  each_record(files.primary, files.primary_name, 12,
              [&](const std::vector<std::string>& f, const util::CsvReader& reader) {
                model::ListEntry e;
                e.entity_number = value(f[0]);
                if (e.entity_number.empty()) {
                  reader.fail("missing ent_num");
                }
                e.entry_key = e.entity_number;
                e.name = util::collapse_spaces(value(f[1]));
                e.entry_type = value(f[2]);
                e.programs = util::split(value(f[3]), "] [");
                for (std::string& p : e.programs) {
                  p = std::string(util::trim(p.substr(p.front() == '[' ? 1 : 0)));
                  if (!p.empty() && p.back() == ']') {
                    p.pop_back();
                  }
                }
                e.remarks = value(f[11]);
                e.list_code = files.consolidated ? cons_list_code(e.programs) : "sdn";
                e.source_name = files.consolidated
                                    ? "OFAC Consolidated Sanctions List (non-SDN)"
                                    : "OFAC Specially Designated Nationals (SDN) List";
                by_num[e.entity_number] = entries.size();
                entries.push_back(std::move(e));
              });
  auto owner = [&](const std::string& num, const util::CsvReader& reader) -> model::ListEntry* {
    auto it = by_num.find(num);
    if (it == by_num.end()) {
      (void)reader;  // companions may lag the primary file: an orphan row is skipped, not an error
      return nullptr;
    }
    return &entries[it->second];
  };
  each_record(files.comments, files.comments_name, 2, [&](const auto& f, const auto& reader) {
    if (model::ListEntry* e = owner(value(f[0]), reader)) {
      e->remarks += value(f[1]);
    }
  });
  each_record(files.alt, files.alt_name, 5, [&](const auto& f, const auto& reader) {
    if (model::ListEntry* e = owner(value(f[0]), reader)) {
      e->aliases.push_back({util::collapse_spaces(value(f[3])), value(f[2]), ""});
    }
  });
  each_record(files.add, files.add_name, 6, [&](const auto& f, const auto& reader) {
    if (model::ListEntry* e = owner(value(f[0]), reader)) {
      std::vector<std::string> parts;
      for (size_t i : {size_t{2}, size_t{3}}) {
        if (!value(f[i]).empty()) {
          parts.push_back(value(f[i]));
        }
      }
      std::string country = value(f[4]);
      model::Address a;
      a.text = util::join(parts, ", ");
      a.country = model::country_code_for(country).value_or("");
      if (a.country.empty() && !country.empty()) {
        a.text += (a.text.empty() ? "" : ", ") + country;
      }
      if (!a.text.empty() || !a.country.empty()) {
        e->addresses.push_back(std::move(a));
      }
    }
  });
  for (model::ListEntry& e : entries) {
    parse_remarks(e);
  }
  return entries;
}

}  // namespace ecc::import
