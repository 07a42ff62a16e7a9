#pragma once
// Getting the official list files for `db update` and `db check`: from the
// publishers over HTTPS, from a mirror folder or from a mirror URL. Every
// file is checked (status, HTML instead of CSV, the mirror manifest's
// SHA-256) before the caller parses it; nothing here writes the database.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "import/official_sources.hpp"
#include "model/dataset.hpp"
#include "net/http.hpp"

namespace ecc::cli {

class Context;

// The network options shared by `db update` and `db check`.
struct NetOptions {
  std::string mirror;      // --mirror DIR|URL; empty: the publishers
  std::string user_agent;  // --user-agent; empty: $EXPORTCHECK_USER_AGENT, else exportcheck/VERSION
  long timeout_seconds = 60;
  int retries = 2;
  long max_size_mib = 256;
  std::string ca_bundle;  // --ca-bundle; empty: $EXPORTCHECK_CA_BUNDLE, else the system's
};

// Where the files come from.
enum class PlaceKind { official, mirror_dir, mirror_url };

struct FetchedSource {
  const import::OfficialSource* source = nullptr;
  bool not_modified = false;                 // nothing changed since `previous`
  std::string note;                          // one line on what happened, for the output
  std::vector<model::FileProvenance> files;  // primary first
  std::string primary_path;                  // a local copy; the companions are beside it
};

// Whether a source has something newer than the dataset we have (db check).
struct Probe {
  bool changed = false;
  std::string note;
};

class ListFetcher {
 public:
  // Reads the proxy, CA bundle and User-Agent settings through ctx. Files
  // downloaded are written under `staging_dir` (mirror layout: csl/, ofac/).
  ListFetcher(Context& ctx, const NetOptions& options, std::string staging_dir);

  PlaceKind place() const { return m_place; }

  // All files of `source`. `previous` is the provenance of the active
  // dataset: conditional requests (its ETag and Last-Modified, which are
  // the publisher's also when it came from a mirror) use it, and a
  // source whose files all answer 304 (or a mirror listing the same hashes)
  // comes back not_modified. Throws DataError naming the URL or file.
  FetchedSource fetch(const import::OfficialSource& source,
                      const std::vector<model::FileProvenance>& previous);

  // Asks, without downloading the files, whether `source` changed since
  // `previous` (db check); `dataset_sha` is the active dataset's hash.
  Probe probe(const import::OfficialSource& source,
              const std::vector<model::FileProvenance>& previous, const std::string& dataset_sha);

 private:
  net::HttpResponse get(const std::string& url, const model::FileProvenance* validators,
                        bool headers_only);
  // get(), DataError unless 200 (or 304 when `validators` were sent).
  net::HttpResponse get_ok(const std::string& url, const model::FileProvenance* validators,
                           bool official);
  std::string official_url(const import::OfficialSource& source, std::string_view file) const;
  FetchedSource fetch_official(const import::OfficialSource& source,
                               const std::vector<model::FileProvenance>& previous);
  FetchedSource fetch_mirror(const import::OfficialSource& source,
                             const std::vector<model::FileProvenance>& previous);
  bool manifest_unchanged(const import::OfficialSource& source,
                          const std::vector<model::FileProvenance>& previous);
  model::FileProvenance mirror_copy(const import::OfficialSource& source, std::string_view name,
                                    bool primary, std::string& local);
  const std::map<std::string, model::FileProvenance>* manifest();
  std::string stage(const import::OfficialSource& source, std::string_view name,
                    const std::string& bytes) const;
  std::string mirror_file(const import::OfficialSource& source, std::string_view name,
                          std::string& location);

  Context& m_ctx;
  NetOptions m_options;
  PlaceKind m_place = PlaceKind::official;
  std::string m_mirror;  // folder, or URL ending in '/'
  std::string m_staging;
  net::HttpRequest m_base;  // user agent, limits, CA bundle, NO_PROXY
  std::string m_https_proxy, m_http_proxy;
  bool m_default_agent = true;
  bool m_manifest_loaded = false;
  std::optional<std::map<std::string, model::FileProvenance>> m_manifest;  // by mirror path
};

// The hash `db import` records for a file set: the file's SHA-256, or for
// several files the SHA-256 of their hashes joined by newlines.
std::string dataset_hash(const std::vector<model::FileProvenance>& files);

// What is wrong with a downloaded list file's bytes before parsing (an HTML
// page instead of CSV, an empty primary file); empty when nothing is.
std::string body_problem(std::string_view body, std::string_view content_type, bool primary);

// Throws DataError "WHERE: PROBLEM" when body_problem finds one.
void check_body(const std::string& where, const std::string& body, std::string_view content_type,
                bool primary);

// The message for a status other than 200/304: from a publisher (`official`)
// 403 with the User-Agent hint and 404 with the addresses' documentation;
// others plainly.
std::string status_problem(const std::string& url, long status, const std::string& user_agent,
                           bool default_agent, bool official);

}  // namespace ecc::cli
