// Day counting uses Howard Hinnant's days_from_civil algorithm, which is exact
// for the whole proleptic Gregorian calendar.
#include "util/date.hpp"

#include <array>
#include <charconv>

#include "util/strings.hpp"

namespace ecc::util {

namespace {

bool is_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
  static constexpr std::array<int, 12> k_days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return (m == 2 && is_leap(y)) ? 29 : k_days[static_cast<size_t>(m - 1)];
}

std::optional<int> parse_int(std::string_view s) {
  int v = 0;
  if (s.empty()) {
    return std::nullopt;
  }
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size()) {
    return std::nullopt;
  }
  return v;
}

std::optional<Date> make_date(int y, int m, int d) {
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) {
    return std::nullopt;
  }
  return Date{y, m, d};
}

}  // namespace

long Date::days_since_epoch() const {
  long y = year - (month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<Date> parse_iso_date(std::string_view s) {
  s = trim(s);
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') {
    return std::nullopt;
  }
  auto y = parse_int(s.substr(0, 4));
  auto m = parse_int(s.substr(5, 2));
  auto d = parse_int(s.substr(8, 2));
  if (!y || !m || !d) {
    return std::nullopt;
  }
  return make_date(*y, *m, *d);
}

bool has_iso_date_shape(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') {
    return false;
  }
  auto y = parse_int(s.substr(0, 4));
  auto m = parse_int(s.substr(5, 2));
  auto d = parse_int(s.substr(8, 2));
  return y && m && d && *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31;
}

std::optional<Date> parse_day_month_year(std::string_view s) {
  static constexpr std::array<std::string_view, 12> k_months = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  auto parts = split(s, " ");
  if (parts.size() != 3 || parts[1].size() < 3) {
    return std::nullopt;
  }
  std::string mon = to_lower_ascii(parts[1].substr(0, 3));
  for (size_t i = 0; i < k_months.size(); ++i) {
    if (mon == k_months[i]) {
      auto d = parse_int(parts[0]);
      auto y = parse_int(parts[2]);
      if (!d || !y) {
        return std::nullopt;
      }
      return make_date(*y, static_cast<int>(i + 1), *d);
    }
  }
  return std::nullopt;
}

long days_between(const Date& from, const Date& to) {
  return to.days_since_epoch() - from.days_since_epoch();
}

}  // namespace ecc::util
