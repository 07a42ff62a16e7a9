// ListFetcher: the three places list files come from. From the publishers,
// each file is asked for conditionally (If-None-Match / If-Modified-Since
// with what the last download recorded); when only some files of an OFAC set
// answer 304, those are fetched again in full, since the set is parsed
// together and the database keeps no raw files. From a mirror, the
// manifest's SHA-256 of each file is checked, and its provenance (the
// publisher's URL, fetch time, Last-Modified, ETag) is carried over.
#include "cli/list_fetch.hpp"

#include <filesystem>
#include <iostream>
#include <thread>

#include "cli/context.hpp"
#include "util/error.hpp"
#include "util/file_io.hpp"
#include "util/output_file.hpp"
#include "util/sha256.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

namespace fs = std::filesystem;

namespace {

bool is_url(const std::string& s) {
  std::string lower = util::to_lower_ascii(s);
  return util::starts_with(lower, "http://") || util::starts_with(lower, "https://");
}

// The first of these environment variables that is set.
std::string first_env(const Context& ctx, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    if (std::string v = ctx.env(name); !v.empty()) {
      return v;
    }
  }
  return {};
}

const model::FileProvenance* find_file(const std::vector<model::FileProvenance>& files,
                                       std::string_view name) {
  for (const model::FileProvenance& f : files) {
    if (util::to_lower_ascii(f.name) == util::to_lower_ascii(name)) {
      return &f;
    }
  }
  return nullptr;
}

model::FileProvenance downloaded(std::string_view name, const std::string& url,
                                 const net::HttpResponse& r, const std::string& now) {
  model::FileProvenance p;
  p.name = std::string(name);
  p.url = url;
  p.origin_url = url;
  p.fetched_at = now;
  p.last_modified = r.last_modified;
  p.etag = r.etag;
  p.sha256 = util::sha256_hex(r.body);
  p.bytes = static_cast<long long>(r.body.size());
  return p;
}

}  // namespace

ListFetcher::ListFetcher(Context& ctx, const NetOptions& options, std::string staging_dir)
    : m_ctx(ctx), m_options(options), m_staging(std::move(staging_dir)) {
  if (!options.mirror.empty()) {
    m_place = is_url(options.mirror) ? PlaceKind::mirror_url : PlaceKind::mirror_dir;
    m_mirror = options.mirror;
    if (m_place == PlaceKind::mirror_url && !util::ends_with(m_mirror, "/")) {
      m_mirror += "/";
    }
    if (m_place == PlaceKind::mirror_dir && !fs::is_directory(m_mirror)) {
      throw DataError("--mirror " + util::quote(m_mirror) + ": not a folder or http(s) URL");
    }
  }
  std::string agent =
      options.user_agent.empty() ? ctx.env("EXPORTCHECK_USER_AGENT") : options.user_agent;
  m_default_agent = agent.empty();
  m_base.user_agent = agent.empty() ? std::string("exportcheck/") + ECC_VERSION : agent;
  m_base.timeout_seconds = options.timeout_seconds;
  m_base.max_bytes = static_cast<uint64_t>(options.max_size_mib) << 20;
  m_base.ca_bundle =
      options.ca_bundle.empty() ? ctx.env("EXPORTCHECK_CA_BUNDLE") : options.ca_bundle;
  m_https_proxy = first_env(ctx, {"HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"});
  m_http_proxy = first_env(ctx, {"HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"});
  m_base.no_proxy = first_env(ctx, {"NO_PROXY", "no_proxy"});
}

net::HttpResponse ListFetcher::get(const std::string& url, const model::FileProvenance* validators,
                                   bool headers_only) {
  net::HttpRequest request = m_base;
  request.url = url;
  request.proxy =
      util::starts_with(util::to_lower_ascii(url), "https:") ? m_https_proxy : m_http_proxy;
  request.headers_only = headers_only;
  if (validators) {
    request.if_none_match = validators->etag;
    request.if_modified_since = validators->last_modified;
  }
  return net::http_get_with_retries(
      request, m_options.retries, [this](const std::string& what, int seconds) {
        m_ctx.warn(what + "; trying again in " + std::to_string(seconds) + " s");
        std::this_thread::sleep_for(std::chrono::seconds(seconds));
      });
}

// The publisher's URL of a file. Test hook: EXPORTCHECK_TEST_OFFICIAL_BASE=URL
// puts the publisher's host and path under URL ("URL/data.trade.gov/..."), so
// that tests exercise this path against a server on 127.0.0.1.
std::string ListFetcher::official_url(const import::OfficialSource& source,
                                      std::string_view file) const {
  std::string url = std::string(source.base_url) + std::string(file);
  std::string base = m_ctx.env("EXPORTCHECK_TEST_OFFICIAL_BASE");
  return base.empty() ? url : base + url.substr(std::string_view("https://").size());
}

void check_body(const std::string& where, const std::string& body, std::string_view content_type,
                bool primary) {
  if (std::string problem = body_problem(body, content_type, primary); !problem.empty()) {
    throw DataError(where + ": " + problem);
  }
}

std::string ListFetcher::stage(const import::OfficialSource& source, std::string_view name,
                               const std::string& bytes) const {
  fs::path dir = fs::path(m_staging) / std::string(source.mirror_dir);
  fs::create_directories(dir);
  fs::path path = dir / std::string(name);
  util::write_file_atomically(path.string(),
                              bytes);  // checked: DataError "PATH: cannot write: ..."
  return path.string();
}

FetchedSource ListFetcher::fetch(const import::OfficialSource& source,
                                 const std::vector<model::FileProvenance>& previous) {
  return m_place == PlaceKind::official ? fetch_official(source, previous)
                                        : fetch_mirror(source, previous);
}

net::HttpResponse ListFetcher::get_ok(const std::string& url,
                                      const model::FileProvenance* validators, bool official) {
  net::HttpResponse r = get(url, validators, false);
  if (r.status != 200 && !(r.status == 304 && validators)) {
    throw DataError(status_problem(url, r.status, m_base.user_agent, m_default_agent, official));
  }
  return r;
}

FetchedSource ListFetcher::fetch_official(const import::OfficialSource& source,
                                          const std::vector<model::FileProvenance>& previous) {
  FetchedSource out;
  out.source = &source;
  std::vector<net::HttpResponse> responses;
  size_t not_modified = 0;
  for (std::string_view name : source.files) {
    std::string url = official_url(source, name);
    const model::FileProvenance* before = find_file(previous, name);
    bool same_url = before && (before->url == url || before->origin_url == url);
    responses.push_back(get_ok(url, same_url ? before : nullptr, true));
    not_modified += responses.back().status == 304 ? 1 : 0;
  }
  if (not_modified == source.files.size()) {
    out.not_modified = true;
    out.note = "not modified (the server answered 304 for " + std::to_string(not_modified) +
               (not_modified == 1 ? " file)" : " files)");
    out.files = previous;
    return out;
  }
  for (size_t i = 0; i < source.files.size(); ++i) {
    std::string url = official_url(source, source.files[i]);
    if (responses[i].status == 304) {  // the rest of its set changed: fetch it whole
      responses[i] = get_ok(url, nullptr, true);
    }
    check_body(url, responses[i].body, responses[i].content_type, i == 0);
    std::string path = stage(source, source.files[i], responses[i].body);
    out.primary_path = i == 0 ? path : out.primary_path;
    out.files.push_back(downloaded(source.files[i], url, responses[i], m_ctx.now_iso()));
  }
  out.note = "downloaded " + std::to_string(source.files.size()) +
             (source.files.size() == 1 ? " file" : " files") + " from " + official_url(source, "");
  return out;
}

}  // namespace ecc::cli
