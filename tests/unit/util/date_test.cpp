#include "util/date.hpp"

#include <doctest/doctest.h>

using ecc::util::Date;

TEST_SUITE("util") {
  TEST_CASE("util::parse_iso_date") {
    CHECK(ecc::util::parse_iso_date("2023-11-17").value() == Date{2023, 11, 17});
    CHECK(ecc::util::parse_iso_date("2024-02-29").has_value());
    CHECK_FALSE(ecc::util::parse_iso_date("2023-02-29").has_value());
    CHECK_FALSE(ecc::util::parse_iso_date("2023-13-01").has_value());
    CHECK_FALSE(ecc::util::parse_iso_date("0097-06-30").has_value());
    CHECK(ecc::util::has_iso_date_shape("0097-06-30"));
    CHECK_FALSE(ecc::util::parse_iso_date("17/11/2023").has_value());
  }
  TEST_CASE("util::parse_day_month_year") {
    CHECK(ecc::util::parse_day_month_year("10 Dec 2021").value() == Date{2021, 12, 10});
    CHECK_FALSE(ecc::util::parse_day_month_year("10 Foo 2021").has_value());
  }
  TEST_CASE("util::days_between") {
    CHECK(ecc::util::days_between(Date{2022, 4, 21}, Date{2026, 11, 23}) == 1677);
    CHECK(Date::from_days(Date{2025, 11, 10}.days_since_epoch()) == Date{2025, 11, 10});
    CHECK(Date{1970, 1, 1}.days_since_epoch() == 0);
  }
}
