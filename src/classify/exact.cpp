// Fractions of 128-bit integers, reduced after every step. Inputs are at most
// a few million with six decimals, so numerators stay far below 2^127.
#include "classify/exact.hpp"

#include <cmath>

namespace ecc::classify {

namespace {

Wide gcd(Wide a, Wide b) {
  a = a < 0 ? -a : a;
  b = b < 0 ? -b : b;
  while (b != 0) {
    Wide t = a % b;
    a = b;
    b = t;
  }
  return a;
}

Ratio reduced(Wide num, Wide den) {
  if (den < 0) {
    num = -num;
    den = -den;
  }
  Wide g = gcd(num, den);
  if (g > 1) {
    num /= g;
    den /= g;
  }
  return Ratio{num, den};
}

std::string digits(Wide n) {
  if (n == 0) {
    return "0";
  }
  std::string s;
  while (n > 0) {
    s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(n % 10)));
    n /= 10;
  }
  return s;
}

std::string group_thousands(const std::string& s) {
  std::string out;
  int count = 0;
  for (size_t i = s.size(); i-- > 0;) {
    if (count > 0 && count % 3 == 0) {
      out.insert(out.begin(), ',');
    }
    out.insert(out.begin(), s[i]);
    ++count;
  }
  return out;
}

}  // namespace

Ratio from_decimal(double x) {
  return reduced(static_cast<Wide>(std::llround(x * 1e6)), 1000000);
}

Ratio from_int(long long n) {
  return Ratio{n, 1};
}

Ratio multiply(const Ratio& a, const Ratio& b) {
  return reduced(a.num * b.num, a.den * b.den);
}

Ratio divide(const Ratio& a, const Ratio& b) {
  return reduced(a.num * b.den, a.den * b.num);
}

bool is_zero(const Ratio& r) {
  return r.num == 0;
}

int compare(const Ratio& a, const Ratio& b) {
  Wide left = a.num * b.den;
  Wide right = b.num * a.den;
  return left < right ? -1 : (left > right ? 1 : 0);
}

double to_double(const Ratio& r) {
  return static_cast<double>(r.num) / static_cast<double>(r.den);
}

std::string format(const Ratio& r, int decimals, bool trim, bool grouped) {
  Wide scale = 1;
  for (int i = 0; i < decimals; ++i) {
    scale *= 10;
  }
  bool negative = r.num < 0;
  Wide magnitude = negative ? -r.num : r.num;
  Wide scaled = (magnitude * scale * 2 + r.den) / (r.den * 2);  // round half up
  std::string whole = digits(scaled / scale);
  std::string frac = decimals > 0 ? digits(scaled % scale) : std::string();
  if (frac.size() < static_cast<size_t>(decimals)) {
    frac.insert(frac.begin(), static_cast<size_t>(decimals) - frac.size(), '0');
  }
  while (trim && !frac.empty() && frac.back() == '0') {
    frac.pop_back();
  }
  std::string out =
      (negative && scaled != 0 ? "-" : "") + (grouped ? group_thousands(whole) : whole);
  return frac.empty() ? out : out + "." + frac;
}

}  // namespace ecc::classify
