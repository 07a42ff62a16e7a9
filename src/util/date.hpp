#pragma once
// Calendar dates (proleptic Gregorian, no time zone). Rules, list entries and
// orders speak in whole days, so this is all the time arithmetic we need.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace ecc::util {

struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  // Days since 1970-01-01 (negative before).
  long days_since_epoch() const;
  static Date from_days(long days);
  // "YYYY-MM-DD".
  std::string iso() const;

  auto operator<=>(const Date&) const = default;
};

// Parses "YYYY-MM-DD" strictly (real calendar dates only).
std::optional<Date> parse_iso_date(std::string_view s);

// True when `s` has the shape YYYY-MM-DD with month 1-12 and day 1-31,
// whatever the year: real lists contain typos such as "0097-06-30".
bool has_iso_date_shape(std::string_view s);

// Parses OFAC's "10 Dec 2021" style.
std::optional<Date> parse_day_month_year(std::string_view s);

// Whole days from `from` to `to` (positive when `to` is later).
long days_between(const Date& from, const Date& to);

}  // namespace ecc::util
