// The official download addresses (../shared/docs/regulations.md section 11;
// docs/data-sources.md "Updating the lists") and the mirror manifest format.
// The OFAC files are those of the Sanctions List Service, where the old
// treasury.gov addresses redirect; trade.gov's CSL is taken as CSV.
#include "import/official_sources.hpp"

#include <array>
#include <nlohmann/json.hpp>

#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::import {

namespace {

constexpr std::string_view k_ofac_exports =
    "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";

const std::array<OfficialSource, 3>& table() {
  static const std::array<OfficialSource, 3> sources = {{
      {"csl",
       "csl",
       ListFormat::csl_csv,
       "https://data.trade.gov/downloadable_consolidated_screening_list/v1/",
       "csl",
       {"consolidated.csv"}},
      {"ofac-sdn",
       "ofac_sdn",
       ListFormat::ofac_sdn,
       k_ofac_exports,
       "ofac",
       {"SDN.CSV", "ALT.CSV", "ADD.CSV", "SDN_COMMENTS.CSV"}},
      {"ofac-cons",
       "ofac_cons",
       ListFormat::ofac_cons,
       k_ofac_exports,
       "ofac",
       {"CONS_PRIM.CSV", "CONS_ALT.CSV", "CONS_ADD.CSV", "CONS_COMMENTS.CSV"}},
  }};
  return sources;
}

std::string text_field(const nlohmann::json& j, const char* key, const std::string& where) {
  if (!j.contains(key)) {
    return {};
  }
  if (!j[key].is_string()) {
    throw DataError(where + ": '" + key + "' must be a string");
  }
  return j[key].get<std::string>();
}

}  // namespace

std::span<const OfficialSource> official_sources() {
  return table();
}

const OfficialSource* find_official_source(std::string_view id) {
  for (const OfficialSource& s : table()) {
    if (s.id == id) {
      return &s;
    }
  }
  return nullptr;
}

std::string official_source_names() {
  std::vector<std::string> names;
  for (const OfficialSource& s : table()) {
    names.emplace_back(s.id);
  }
  return util::join(names, ", ");
}

std::string write_mirror_manifest(const std::vector<MirrorFile>& files) {
  nlohmann::ordered_json j;
  j["exportcheck_mirror"] = 1;
  j["files"] = nlohmann::ordered_json::array();
  for (const MirrorFile& f : files) {
    const model::FileProvenance& p = f.provenance;
    j["files"].push_back({{"path", f.path},
                          {"origin_url", p.origin_url},
                          {"fetched_at", p.fetched_at},
                          {"last_modified", p.last_modified},
                          {"etag", p.etag},
                          {"sha256", p.sha256},
                          {"bytes", p.bytes}});
  }
  return j.dump(2) + "\n";
}

std::vector<MirrorFile> parse_mirror_manifest(std::string_view json, const std::string& location) {
  nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("exportcheck_mirror") ||
      j["exportcheck_mirror"] != 1 || !j.contains("files") || !j["files"].is_array()) {
    throw DataError(location + ": not an exportcheck mirror manifest (expected " +
                    "{\"exportcheck_mirror\": 1, \"files\": [...]})");
  }
  std::vector<MirrorFile> out;
  for (size_t i = 0; i < j["files"].size(); ++i) {
    const nlohmann::json& f = j["files"][i];
    std::string where = location + ": file " + std::to_string(i + 1);
    if (!f.is_object()) {
      throw DataError(where + ": not an object");
    }
    MirrorFile m;
    m.path = text_field(f, "path", where);
    model::FileProvenance& p = m.provenance;
    p.origin_url = text_field(f, "origin_url", where);
    p.fetched_at = text_field(f, "fetched_at", where);
    p.last_modified = text_field(f, "last_modified", where);
    p.etag = text_field(f, "etag", where);
    p.sha256 = text_field(f, "sha256", where);
    if (f.contains("bytes") && !f["bytes"].is_number_unsigned()) {
      throw DataError(where + ": 'bytes' must be a whole number");
    }
    p.bytes = f.value("bytes", 0LL);
    if (m.path.empty() || p.sha256.size() != 64) {
      throw DataError(where + ": needs a 'path' and a 64-digit 'sha256'");
    }
    p.name = m.path.substr(m.path.rfind('/') + 1);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace ecc::import
