#include <doctest/doctest.h>

#include "net/http.hpp"

using ecc::net::FailureKind;
using ecc::net::http_date_to_iso;

TEST_SUITE("net") {
  TEST_CASE("net::http_date_to_iso") {
    SUBCASE("an IMF-fixdate") {
      CHECK(http_date_to_iso("Sun, 06 Nov 1994 08:49:37 GMT") == "1994-11-06T08:49:37Z");
      CHECK(http_date_to_iso("Fri, 20 Nov 2026 08:00:00 GMT") == "2026-11-20T08:00:00Z");
      CHECK(http_date_to_iso("  Sat, 29 Feb 2028 23:59:59 GMT ") == "2028-02-29T23:59:59Z");
    }
    SUBCASE("not one: obsolete formats, other zones, impossible dates") {
      CHECK_FALSE(http_date_to_iso(""));
      CHECK_FALSE(http_date_to_iso("Sunday, 06-Nov-94 08:49:37 GMT"));  // RFC 850
      CHECK_FALSE(http_date_to_iso("Sun Nov  6 08:49:37 1994"));        // asctime
      CHECK_FALSE(http_date_to_iso("Sun, 06 Nov 1994 08:49:37 CET"));
      CHECK_FALSE(http_date_to_iso("Thu, 31 Nov 2026 08:00:00 GMT"));
      CHECK_FALSE(http_date_to_iso("Fri, 20 Nox 2026 08:00:00 GMT"));
      CHECK_FALSE(http_date_to_iso("Fri, 20 Nov 2026 24:00:00 GMT"));
      CHECK_FALSE(http_date_to_iso("Fri, 20 Nov 2026 08:0a:00 GMT"));
    }
  }

  TEST_CASE("net::is_transient_status") {
    for (long status : {408L, 429L, 500L, 502L, 503L, 504L}) {
      CHECK(ecc::net::is_transient_status(status));
    }
    for (long status : {200L, 304L, 400L, 403L, 404L, 410L}) {
      CHECK_FALSE(ecc::net::is_transient_status(status));
    }
  }

  TEST_CASE("net::is_transient_failure") {
    CHECK(ecc::net::is_transient_failure(FailureKind::timeout));
    CHECK(ecc::net::is_transient_failure(FailureKind::truncated));
    CHECK(ecc::net::is_transient_failure(FailureKind::connect));
    CHECK_FALSE(ecc::net::is_transient_failure(FailureKind::tls));
    CHECK_FALSE(ecc::net::is_transient_failure(FailureKind::too_large));
    CHECK_FALSE(ecc::net::is_transient_failure(FailureKind::redirect));
  }

  TEST_CASE("net::http_get refuses what it cannot fetch") {
    SUBCASE("a scheme other than http and https, without touching the network") {
      ecc::net::HttpRequest r;
      r.url = "file:///etc/passwd";
      CHECK_THROWS_AS(ecc::net::http_get(r), ecc::net::NetError);
    }
  }
}
