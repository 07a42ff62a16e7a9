// The mirror side of ListFetcher, the probe of `db check`, and the checks of
// a file's bytes and of an HTTP status. A mirror is a folder or URL laid out
// as `db update --download-only` writes it (csl/consolidated.csv,
// ofac/SDN.CSV ...) with exportcheck-mirror.json beside; a folder without a
// manifest (such as the shipped data/) is read as it is, with lower-case
// names accepted, and its files then carry no download provenance.
#include <filesystem>

#include "cli/context.hpp"
#include "cli/list_fetch.hpp"
#include "util/error.hpp"
#include "util/file_io.hpp"
#include "util/sha256.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

namespace fs = std::filesystem;

namespace {

std::string mirror_path(const import::OfficialSource& source, std::string_view name) {
  return std::string(source.mirror_dir) + "/" + std::string(name);
}

bool same_hashes(const std::vector<model::FileProvenance>& now,
                 const std::vector<model::FileProvenance>& before, const std::string& dataset_sha) {
  if (before.empty()) {
    return dataset_hash(now) == dataset_sha;
  }
  return dataset_hash(now) == dataset_hash(before);
}

}  // namespace

std::string dataset_hash(const std::vector<model::FileProvenance>& files) {
  std::vector<std::string> hashes;
  for (const model::FileProvenance& f : files) {
    hashes.push_back(f.sha256);
  }
  return hashes.size() == 1 ? hashes[0] : util::sha256_hex(util::join(hashes, "\n"));
}

const std::map<std::string, model::FileProvenance>* ListFetcher::manifest() {
  if (m_manifest_loaded) {
    return m_manifest ? &*m_manifest : nullptr;
  }
  m_manifest_loaded = true;
  std::string location = m_mirror + std::string(import::k_mirror_manifest);
  std::string text;
  if (m_place == PlaceKind::mirror_url) {
    net::HttpResponse r = get(location, nullptr, false);
    if (r.status != 200) {
      throw DataError(
          status_problem(location, r.status, m_base.user_agent, m_default_agent, false) +
          "; a mirror URL must serve the manifest that 'db update --download-only' "
          "writes");
    }
    text = r.body;
  } else {
    location = (fs::path(m_mirror) / std::string(import::k_mirror_manifest)).string();
    if (!fs::exists(location)) {
      return nullptr;
    }
    text = util::read_file(location);
  }
  m_manifest.emplace();
  for (import::MirrorFile& f : import::parse_mirror_manifest(text, location)) {
    (*m_manifest)[f.path] = std::move(f.provenance);
  }
  return &*m_manifest;
}

// A file of a mirror folder, as published or in lower case; its bytes.
std::string ListFetcher::mirror_file(const import::OfficialSource& source, std::string_view name,
                                     std::string& location) {
  fs::path dir = fs::path(m_mirror) / std::string(source.mirror_dir);
  for (const std::string& candidate : {std::string(name), util::to_lower_ascii(name)}) {
    if (fs::exists(dir / candidate)) {
      location = (dir / candidate).string();
      return util::read_file(location);
    }
  }
  throw DataError(m_mirror + ": the mirror has no " + util::quote(mirror_path(source, name)) +
                  " (for --source " + std::string(source.id) +
                  "); pass --source for the lists it has");
}

// From a URL the manifest alone may tell that nothing changed (no download);
// a folder's files are always read, so that a damaged one is found at once.
bool ListFetcher::manifest_unchanged(const import::OfficialSource& source,
                                     const std::vector<model::FileProvenance>& previous) {
  const auto* listed = manifest();
  if (!listed || previous.empty() || m_place != PlaceKind::mirror_url) {
    return false;
  }
  std::vector<model::FileProvenance> in_manifest;
  for (std::string_view name : source.files) {
    auto it = listed->find(mirror_path(source, name));
    if (it != listed->end()) {
      in_manifest.push_back(it->second);
    }
  }
  return in_manifest.size() == source.files.size() && same_hashes(in_manifest, previous, "");
}

// One file of the mirror, checked against the manifest when there is one;
// `local` is where it can be read (the folder's file, or a staged copy).
model::FileProvenance ListFetcher::mirror_copy(const import::OfficialSource& source,
                                               std::string_view name, bool primary,
                                               std::string& local) {
  const auto* listed = manifest();
  std::string path = mirror_path(source, name);
  if (listed && !listed->count(path)) {
    throw DataError(m_mirror + std::string(import::k_mirror_manifest) + ": does not list " +
                    util::quote(path) + " (for --source " + std::string(source.id) + ")");
  }
  std::string location = m_mirror + path;
  std::string bytes, type;
  if (m_place == PlaceKind::mirror_url) {
    net::HttpResponse r = get_ok(location, nullptr, false);
    bytes = std::move(r.body);
    type = r.content_type;
  } else {
    bytes = mirror_file(source, name, location);
    location = fs::absolute(location).lexically_normal().string();
  }
  model::FileProvenance p = listed ? listed->at(path) : model::FileProvenance{};
  std::string sha = util::sha256_hex(bytes);
  if (listed && p.sha256 != sha) {
    throw DataError(location + ": sha256 " + sha.substr(0, 12) + " differs from " +
                    p.sha256.substr(0, 12) + " in the mirror's manifest: damaged or replaced");
  }
  check_body(location, bytes, type, primary);
  p.name = std::string(name);
  p.url = location;
  p.sha256 = sha;
  p.bytes = static_cast<long long>(bytes.size());
  local = m_place == PlaceKind::mirror_dir ? location : stage(source, name, bytes);
  return p;
}

FetchedSource ListFetcher::fetch_mirror(const import::OfficialSource& source,
                                        const std::vector<model::FileProvenance>& previous) {
  FetchedSource out;
  out.source = &source;
  bool listed_same = manifest_unchanged(source, previous);
  for (size_t i = 0; i < source.files.size() && !listed_same; ++i) {
    std::string local;
    out.files.push_back(mirror_copy(source, source.files[i], i == 0, local));
    out.primary_path = i == 0 ? local : out.primary_path;
  }
  if (listed_same || (!previous.empty() && same_hashes(out.files, previous, ""))) {
    out.not_modified = true;
    out.note = std::string("not modified (the mirror") +
               (listed_same ? "'s manifest lists" : " has") +
               " the same files as the active dataset)";
    out.files = previous;
    return out;
  }
  out.note = "read " + std::to_string(source.files.size()) +
             (source.files.size() == 1 ? " file" : " files") + " from the mirror " + m_mirror;
  return out;
}

Probe ListFetcher::probe(const import::OfficialSource& source,
                         const std::vector<model::FileProvenance>& previous,
                         const std::string& dataset_sha) {
  if (m_place != PlaceKind::official) {
    // A mirror URL is judged by its manifest (nothing downloaded, nothing
    // written); a folder's files are hashed where they are.
    std::vector<model::FileProvenance> now;
    const auto* listed = manifest();
    for (size_t i = 0; i < source.files.size(); ++i) {
      std::string path = mirror_path(source, source.files[i]);
      std::string local;
      if (m_place == PlaceKind::mirror_url && listed && listed->count(path)) {
        now.push_back(listed->at(path));
      } else {
        now.push_back(mirror_copy(source, source.files[i], i == 0, local));
      }
    }
    bool same = same_hashes(now, previous, dataset_sha);
    return {!same, same ? "the mirror has the same files" : "the mirror has other files"};
  }
  for (std::string_view name : source.files) {
    std::string url = official_url(source, name);
    const model::FileProvenance* before = nullptr;
    for (const model::FileProvenance& f : previous) {
      before = f.url == url || f.origin_url == url ? &f : before;
    }
    if (!before) {
      return {true, "no download record to compare with (imported by 'db import'?)"};
    }
    net::HttpResponse r = get(url, before, true);
    bool same_validator = (!r.etag.empty() && r.etag == before->etag) ||
                          (!r.last_modified.empty() && r.last_modified == before->last_modified);
    if (r.status == 304 || (r.status == 200 && same_validator)) {
      continue;
    }
    if (r.status != 200) {
      throw DataError(status_problem(url, r.status, m_base.user_agent, m_default_agent, true));
    }
    return {true, std::string(name) + " changed" +
                      (r.last_modified.empty() ? "" : " (Last-Modified " + r.last_modified + ")")};
  }
  return {false, "the publisher has the same files (304 Not Modified)"};
}

std::string body_problem(std::string_view body, std::string_view content_type, bool primary) {
  std::string_view t = body;
  if (util::starts_with(t, "\xEF\xBB\xBF")) {
    t.remove_prefix(3);
  }
  t = util::trim(t);
  std::string type = util::to_lower_ascii(content_type);
  if (type.find("html") != std::string::npos || util::starts_with(t, "<")) {
    return "the server sent an HTML page, not a list file (Content-Type " +
           util::quote(content_type.empty() ? "none" : content_type) +
           "), such as an error, login or firewall page";
  }
  if (primary && t.empty()) {
    return "the file is empty";
  }
  return {};
}

std::string status_problem(const std::string& url, long status, const std::string& user_agent,
                           bool default_agent, bool official) {
  std::string agent = default_agent ? "the default User-Agent " + util::quote(user_agent)
                                    : "User-Agent " + util::quote(user_agent);
  if (status == 403 && official) {
    return url + ": 403 Forbidden with " + agent +
           ". Since mid-2026 the web firewall of OFAC's Sanctions List Service refuses "
           "non-browser User-Agents: pass a browser's with --user-agent STRING (or "
           "$EXPORTCHECK_USER_AGENT), or use --mirror";
  }
  if (status == 404 && official) {
    return url +
           ": 404 Not Found: the file is not at this address any more; "
           "docs/data-sources.md lists the official addresses (or use --mirror)";
  }
  if (status == 403 || status == 404) {
    return url + (status == 403 ? ": 403 Forbidden" : ": 404 Not Found") + " on the mirror";
  }
  return url + ": HTTP status " + std::to_string(status) + " (expected 200)";
}

}  // namespace ecc::cli
