// One GET with libcurl's easy interface. The options that matter for safety
// are set explicitly: only http and https, redirects that never downgrade to
// http, certificate verification always on, a size cap checked while the body
// arrives, and a stall timeout (no byte for N seconds) instead of a total one,
// so a slow but moving download of a large list is not cut off.
#include "net/http.hpp"

#include <curl/curl.h>

#include <memory>
#include <mutex>

#include "util/strings.hpp"

namespace ecc::net {

namespace {

struct Transfer {
  const HttpRequest* request = nullptr;
  HttpResponse response;
  bool too_large = false;
  bool stopped_after_headers = false;
};

size_t on_body(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t n = size * count;
  if (t->request->headers_only) {
    t->stopped_after_headers = true;
    return 0;  // aborts the transfer: the headers are all we wanted
  }
  if (t->response.body.size() + n > t->request->max_bytes) {
    t->too_large = true;
    return 0;
  }
  t->response.body.append(data, n);
  return n;
}

// Keeps ETag, Last-Modified and Content-Type of the last response (a
// redirect's headers are dropped when the next status line arrives).
size_t on_header(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t n = size * count;
  std::string_view line(data, n);
  if (util::starts_with(line, "HTTP/")) {
    t->response.etag.clear();
    t->response.last_modified.clear();
    t->response.content_type.clear();
    return n;
  }
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) {
    return n;
  }
  std::string name = util::to_lower_ascii(util::trim(line.substr(0, colon)));
  std::string value(util::trim(line.substr(colon + 1)));
  if (name == "etag") {
    t->response.etag = value;
  } else if (name == "last-modified") {
    t->response.last_modified = value;
  } else if (name == "content-type") {
    t->response.content_type = value;
  }
  return n;
}

void global_init() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

using CurlHandle = std::unique_ptr<CURL, decltype(&curl_easy_cleanup)>;
using HeaderList = std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)>;

void set_options(CURL* curl, Transfer& t, curl_slist* headers, char* error_buffer) {
  const HttpRequest& r = *t.request;
  curl_easy_setopt(curl, CURLOPT_URL, r.url.c_str());
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_buffer);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  bool https = util::starts_with(util::to_lower_ascii(r.url), "https:");
  curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, https ? "https" : "http,https");
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 5L);
  curl_easy_setopt(curl, CURLOPT_USERAGENT, r.user_agent.c_str());
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");  // whatever libcurl can decode
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, r.timeout_seconds);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, r.timeout_seconds);
  curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(r.max_bytes));
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  if (!r.ca_bundle.empty()) {
    curl_easy_setopt(curl, CURLOPT_CAINFO, r.ca_bundle.c_str());
  }
  // An empty proxy string switches proxies off, so libcurl never reads the
  // proxy environment itself: cli::Context does that.
  curl_easy_setopt(curl, CURLOPT_PROXY, r.proxy.c_str());
  curl_easy_setopt(curl, CURLOPT_NOPROXY, r.no_proxy.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &t);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &t);
}

// The words for a failed transfer; `detail` is libcurl's error text.
NetError failure(CURL* curl, CURLcode code, const Transfer& t, const std::string& detail) {
  const HttpRequest& r = *t.request;
  std::string url = r.url;
  std::string limit = std::to_string(r.max_bytes >> 20) + " MiB";
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
      return {FailureKind::dns, url + ": cannot resolve the host name (DNS): " + detail};
    case CURLE_COULDNT_CONNECT:
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
      return {FailureKind::connect, url + ": connection failed: " + detail};
    case CURLE_OPERATION_TIMEDOUT:
      return {FailureKind::timeout, url + ": timed out: no data for " +
                                        std::to_string(r.timeout_seconds) +
                                        " s (--timeout SECONDS)"};
    case CURLE_PARTIAL_FILE: {
      curl_off_t got = 0, expected = -1;
      curl_easy_getinfo(curl, CURLINFO_SIZE_DOWNLOAD_T, &got);
      curl_easy_getinfo(curl, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &expected);
      return {FailureKind::truncated,
              url + ": the body was cut off: the connection closed after " + std::to_string(got) +
                  (expected >= 0 ? " of " + std::to_string(expected) : std::string()) + " bytes"};
    }
    case CURLE_FILESIZE_EXCEEDED:
      return {FailureKind::too_large, url + ": the file is larger than " + limit + " (--max-size)"};
    case CURLE_WRITE_ERROR:
      if (t.too_large) {
        return {FailureKind::too_large,
                url + ": the file is larger than " + limit + " (--max-size)"};
      }
      break;
    case CURLE_TOO_MANY_REDIRECTS:
    case CURLE_UNSUPPORTED_PROTOCOL:
      return {FailureKind::redirect,
              url + ": refused redirect: " + detail + " (at most 5, and never from https to http)"};
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ISSUER_ERROR:
      return {FailureKind::tls, url + ": TLS failed: " + detail +
                                    " (a private CA or TLS-inspecting proxy? pass its "
                                    "certificate with --ca-bundle FILE)"};
    default:
      break;
  }
  return {FailureKind::other, url + ": download failed: " + detail};
}

}  // namespace

HttpResponse http_get(const HttpRequest& request) {
  global_init();
  CurlHandle curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) {
    throw NetError(FailureKind::other, request.url + ": cannot start libcurl");
  }
  Transfer t;
  t.request = &request;
  curl_slist* raw = nullptr;
  if (!request.if_none_match.empty()) {
    raw = curl_slist_append(raw, ("If-None-Match: " + request.if_none_match).c_str());
  }
  if (!request.if_modified_since.empty()) {
    raw = curl_slist_append(raw, ("If-Modified-Since: " + request.if_modified_since).c_str());
  }
  HeaderList headers(raw, curl_slist_free_all);
  char error_buffer[CURL_ERROR_SIZE] = {};
  set_options(curl.get(), t, headers.get(), error_buffer);
  CURLcode code = curl_easy_perform(curl.get());
  if (code != CURLE_OK && !(code == CURLE_WRITE_ERROR && t.stopped_after_headers)) {
    std::string detail = error_buffer[0] ? error_buffer : curl_easy_strerror(code);
    throw failure(curl.get(), code, t, detail);
  }
  curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &t.response.status);
  char* effective = nullptr;
  curl_easy_getinfo(curl.get(), CURLINFO_EFFECTIVE_URL, &effective);
  t.response.effective_url = effective ? effective : request.url;
  return std::move(t.response);
}

bool is_transient_status(long status) {
  return status == 408 || status == 429 || (status >= 500 && status <= 599);
}

bool is_transient_failure(FailureKind kind) {
  return kind == FailureKind::dns || kind == FailureKind::connect || kind == FailureKind::timeout ||
         kind == FailureKind::truncated || kind == FailureKind::other;
}

HttpResponse http_get_with_retries(const HttpRequest& request, int retries,
                                   const std::function<void(const std::string&, int)>& on_retry) {
  int wait = 1;
  for (int attempt = 0;; ++attempt) {
    try {
      HttpResponse response = http_get(request);
      if (attempt >= retries || !is_transient_status(response.status)) {
        return response;
      }
      on_retry(request.url + ": status " + std::to_string(response.status), wait);
    } catch (const NetError& e) {
      if (attempt >= retries || !is_transient_failure(e.kind())) {
        throw;
      }
      on_retry(e.what(), wait);
    }
    wait *= 2;
  }
}

}  // namespace ecc::net
