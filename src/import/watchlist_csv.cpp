// A company's own denied-party list: CSV with a header naming at least
// id,name,list,country,aliases,notes (any order, extra columns allowed:
// address, programs, start_date, fr_citations). `list` is a list code so a
// company can add listed parties the official files lack (list=entity_list).
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

std::string known_codes() {
  std::vector<std::string> codes;
  for (const model::ListCodeInfo& info : model::list_codes()) {
    codes.emplace_back(info.code);
  }
  return util::join(codes, ", ");
}

}  // namespace

std::vector<model::ListEntry> parse_watchlist_csv(std::string_view content,
                                                  const std::string& name) {
  std::istringstream in{std::string(content)};
  util::CsvReader reader(in, name);
  util::CsvTable table(reader);
  table.require({"id", "name", "list", "country", "aliases", "notes"}, "not a watchlist header");
  std::vector<model::ListEntry> entries;
  std::vector<std::string> f;
  while (table.next(f)) {
    auto get = [&](const char* column) { return table.get(f, column); };
    model::ListEntry e;
    e.entry_key = get("id");
    e.name = util::collapse_spaces(get("name"));
    e.list_code = get("list");
    if (e.entry_key.empty()) {
      reader.fail("empty id");
    }
    if (e.name.empty()) {
      reader.fail("empty name");
    }
    if (!model::find_list_code(e.list_code)) {
      reader.fail("unknown list code " + util::quote(e.list_code) + " (known: " + known_codes() +
                  ")");
    }
    std::string country = get("country");  // a code or a name, like everywhere else
    if (!country.empty()) {
      std::optional<std::string> code = model::country_code_for(country);
      if (!code) {
        reader.fail("unknown country code " + util::quote(country));
      }
      country = *code;
    }
    e.source_name = "Internal watchlist (" + e.list_code + ")";
    e.entity_number = e.entry_key;
    for (const std::string& alias : util::split(get("aliases"), ";")) {
      e.aliases.push_back({util::collapse_spaces(alias), "aka", ""});
    }
    if (!country.empty() || !get("address").empty()) {
      e.addresses.push_back({get("address"), "", "", "", country});
    }
    e.programs = util::split(get("programs"), ";");
    e.fr_citations = util::split(get("fr_citations"), ";");
    e.start_date = get("start_date");
    if (!e.start_date.empty() && !util::parse_iso_date(e.start_date)) {
      reader.fail("invalid start_date " + util::quote(e.start_date) + " (expected YYYY-MM-DD)");
    }
    e.remarks = get("notes");
    entries.push_back(std::move(e));
  }
  return entries;
}

}  // namespace ecc::import
