// The official download addresses (../shared/docs/regulations.md section 11;
// docs/data-sources.md "Updating the lists") and the mirror manifest format.
// The OFAC files are those of the Sanctions List Service, where the old
// treasury.gov addresses redirect; trade.gov's CSL is taken as CSV.
#include "import/official_sources.hpp"

#include <array>
#include <nlohmann/json.hpp>
#include <optional>

#include "import/json_input.hpp"
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

std::string text_field(const Json& j, const char* key, const std::string& where) {
  const Json* v = json_member(j, key);
  if (v == nullptr) {
    return {};
  }
  std::optional<std::string> text = json_string(*v);
  if (!text) {
    throw DataError(where + ": '" + key + "' must be a string");
  }
  return *text;
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
  const Json parsed = parse_json(json, location);  // DataError with the position
  const Json* version = json_member(parsed, "exportcheck_mirror");
  const Json* files = json_member(parsed, "files");
  if (version == nullptr || json_integer(*version) != 1 || files == nullptr || !files->is_array()) {
    throw DataError(location + ": not an exportcheck mirror manifest (expected " +
                    "{\"exportcheck_mirror\": 1, \"files\": [...]})");
  }
  std::vector<MirrorFile> out;
  for (size_t i = 0; i < files->size(); ++i) {
    const Json& f = (*files)[i];
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
    const Json* bytes = json_member(f, "bytes");
    std::optional<long long> count = bytes ? json_integer(*bytes) : 0LL;
    if (!count || *count < 0) {
      throw DataError(where + ": 'bytes' must be a whole number");
    }
    p.bytes = *count;
    if (m.path.empty() || p.sha256.size() != 64) {
      throw DataError(where + ": needs a 'path' and a 64-digit 'sha256'");
    }
    p.name = m.path.substr(m.path.rfind('/') + 1);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace ecc::import
