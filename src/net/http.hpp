#pragma once
// HTTP(S) GET with libcurl, for `db update` and `db check`: the one module
// that talks to the network. It reads no environment and no clock: proxy,
// CA bundle, User-Agent and limits come in the request (cli::Context reads
// them), so a test can point everything at a server on 127.0.0.1.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "util/error.hpp"

namespace ecc::net {

struct HttpRequest {
  std::string url;
  std::string user_agent;
  std::string if_none_match;          // an ETag remembered from the last download, sent verbatim
  std::string if_modified_since;      // a Last-Modified remembered from it, sent verbatim
  long timeout_seconds = 60;          // to connect, and the longest wait without a byte
  uint64_t max_bytes = 256ull << 20;  // a bigger body is refused
  std::string ca_bundle;              // PEM file of trusted CAs; empty: the system's
  std::string proxy;                  // proxy URL; empty: none
  std::string no_proxy;               // hosts that bypass the proxy (NO_PROXY syntax)
  bool headers_only = false;          // stop once the headers are in (db check)
};

struct HttpResponse {
  long status = 0;
  std::string body;  // empty when headers_only
  std::string etag;
  std::string last_modified;
  std::string content_type;
  std::string effective_url;  // after redirects
};

// What kept a transfer from completing.
enum class FailureKind { dns, connect, tls, timeout, truncated, too_large, redirect, other };

// A transfer that did not complete (exit 3 like any bad input). The message
// names the URL and says what happened in words, not libcurl codes.
class NetError : public DataError {
 public:
  NetError(FailureKind kind, const std::string& message) : DataError(message), m_kind(kind) {}
  FailureKind kind() const { return m_kind; }

 private:
  FailureKind m_kind;
};

// One GET, following at most 5 redirects (never from https to http). Returns
// whatever status the server answered; throws NetError when no complete
// answer arrived (DNS, connection, TLS, timeout, cut body, size limit).
HttpResponse http_get(const HttpRequest& request);

// http_get, tried again after a transient failure (a timeout, a refused or
// dropped connection, a cut body, status 408, 429 or 5xx) up to `retries`
// times, waiting 1, 2, 4 ... seconds; `on_retry(message, seconds)` is told
// before each wait (and does the waiting). The last answer or error stands.
HttpResponse http_get_with_retries(const HttpRequest& request, int retries,
                                   const std::function<void(const std::string&, int)>& on_retry);

// True for the statuses worth asking again: 408, 429 and 5xx.
bool is_transient_status(long status);
// True for the failures worth trying again (not TLS, size or redirect problems).
bool is_transient_failure(FailureKind kind);

// An HTTP date (IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT") as ISO 8601
// UTC ("1994-11-06T08:49:37Z"); nullopt when it is not one.
std::optional<std::string> http_date_to_iso(std::string_view http_date);

}  // namespace ecc::net
