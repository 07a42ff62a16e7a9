#pragma once
// The official list downloads `db update` fetches: which files, from where,
// in which format, and where they go in a mirror folder. One table, so that
// docs/data-sources.md and the code name the same addresses.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "import/list_import.hpp"

namespace ecc::import {

struct OfficialSource {
  std::string_view id;          // the --source name: "csl", "ofac-sdn", "ofac-cons"
  std::string_view source_key;  // datasets.source_key it replaces: "csl", "ofac_sdn", "ofac_cons"
  ListFormat format;
  std::string_view base_url;            // the publisher's folder, ending in '/'
  std::string_view mirror_dir;          // its folder in a mirror: "csl" or "ofac"
  std::vector<std::string_view> files;  // primary file first, then the companions
};

// csl, ofac-sdn, ofac-cons, in that order.
std::span<const OfficialSource> official_sources();

// The source with this --source name; nullptr when there is none.
const OfficialSource* find_official_source(std::string_view id);

// "csl, ofac-sdn, ofac-cons".
std::string official_source_names();

// The mirror's manifest file name, at the top of a mirror folder or URL.
inline constexpr std::string_view k_mirror_manifest = "exportcheck-mirror.json";

// A mirror manifest (written by `db update --download-only`): the provenance
// of every file, keyed by its path in the mirror ("ofac/SDN.CSV").
struct MirrorFile {
  std::string path;
  model::FileProvenance provenance;
};

// The manifest's JSON text.
std::string write_mirror_manifest(const std::vector<MirrorFile>& files);

// Parses a manifest; throws DataError "LOCATION: ..." when it is not one.
std::vector<MirrorFile> parse_mirror_manifest(std::string_view json, const std::string& location);

}  // namespace ecc::import
