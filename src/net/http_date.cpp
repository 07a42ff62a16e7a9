// HTTP dates (RFC 9110 section 5.6.7): servers send IMF-fixdate,
// "Sun, 06 Nov 1994 08:49:37 GMT", always in GMT. The weekday is not checked
// against the date; the date itself must be a real calendar day.
#include <array>

#include "net/http.hpp"
#include "util/date.hpp"
#include "util/strings.hpp"

namespace ecc::net {

std::optional<std::string> http_date_to_iso(std::string_view http_date) {
  static constexpr std::array<std::string_view, 12> k_months = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::string_view s = util::trim(http_date);
  // "Www, DD Mon YYYY HH:MM:SS GMT" is exactly 29 characters.
  if (s.size() != 29 || s[3] != ',' || s[4] != ' ' || s.substr(26) != "GMT") {
    return std::nullopt;
  }
  int month = 0;
  for (size_t i = 0; i < k_months.size(); ++i) {
    month = s.substr(8, 3) == k_months[i] ? static_cast<int>(i) + 1 : month;
  }
  std::string time(s.substr(17, 8));
  bool time_ok = time.size() == 8 && time[2] == ':' && time[5] == ':';
  for (size_t i : {0, 1, 3, 4, 6, 7}) {
    time_ok = time_ok && time[i] >= '0' && time[i] <= '9';
  }
  if (month == 0 || !time_ok || time.substr(0, 2) > "23" || time.substr(3, 2) > "59" ||
      time.substr(6, 2) > "60") {
    return std::nullopt;
  }
  std::string iso = std::string(s.substr(12, 4)) + "-" + (month < 10 ? "0" : "") +
                    std::to_string(month) + "-" + std::string(s.substr(5, 2));
  if (!util::parse_iso_date(iso)) {
    return std::nullopt;
  }
  return iso + "T" + time + "Z";
}

}  // namespace ecc::net
