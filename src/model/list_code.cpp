#include "model/list_code.hpp"

#include "util/strings.hpp"

namespace ecc::model {

const std::vector<ListCodeInfo>& list_codes() {
  static const std::vector<ListCodeInfo> k_codes = {
      {"entity_list", "EL", "Entity List", "BIS"},
      {"meu", "MEU", "Military End-User List", "BIS"},
      {"mieu", "MIEU", "Military-Intelligence End Users (EAR 744.22)", "BIS"},
      {"unverified", "UVL", "Unverified List", "BIS"},
      {"denied_persons", "DPL", "Denied Persons List", "BIS"},
      {"sdn", "SDN", "Specially Designated Nationals", "OFAC"},
      {"ns_cmic", "CMIC", "Non-SDN Chinese Military-Industrial Complex Companies", "OFAC"},
      {"ssi", "SSI", "Sectoral Sanctions Identifications", "OFAC"},
      {"fse", "FSE", "Foreign Sanctions Evaders", "OFAC"},
      {"plc", "PLC", "Palestinian Legislative Council", "OFAC"},
      {"capta", "CAP", "Correspondent Account or Payable-Through Account Sanctions", "OFAC"},
      {"ns_mbs", "MBS", "Non-SDN Menu-Based Sanctions", "OFAC"},
      {"ofac_nonsdn_other", "", "Other OFAC non-SDN programs", "OFAC"},
      {"itar_debarred", "DTC", "ITAR Debarred", "State"},
      {"nonproliferation", "ISN", "Nonproliferation Sanctions", "State"},
      {"dod_1260h", "1260H", "DoD Section 1260H Chinese military companies", "DoD"},
      {"internal", "", "Internal watchlist", "internal"},
  };
  return k_codes;
}

std::optional<ListCodeInfo> find_list_code(std::string_view code) {
  for (const ListCodeInfo& info : list_codes()) {
    if (info.code == code) {
      return info;
    }
  }
  return std::nullopt;
}

std::optional<std::string> list_code_for_csl_source(std::string_view source) {
  // "Title (ABBR) - Agency": take ABBR; NS-MBS and CMIC carry extra words.
  size_t open = source.find('(');
  size_t close = source.find(')', open == std::string_view::npos ? 0 : open);
  if (open != std::string_view::npos && close != std::string_view::npos) {
    std::string abbr(source.substr(open + 1, close - open - 1));
    if (util::starts_with(abbr, "NS-MBS")) {
      abbr = "MBS";
    }
    for (const ListCodeInfo& info : list_codes()) {
      if (!info.csl_abbrev.empty() && info.csl_abbrev == abbr) {
        return std::string(info.code);
      }
    }
  }
  std::string lower = util::to_lower_ascii(source);
  if (lower.find("military end user") != std::string::npos) {
    return std::string("meu");
  }
  return std::nullopt;
}

}  // namespace ecc::model
