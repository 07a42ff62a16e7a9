#pragma once
// Exact arithmetic for threshold tests. Spec figures and thresholds are
// decimals with a few fractional digits (989.4, 5.92); as binary doubles,
// 15,832 / 2,674.3 could land a hair below 5.92. Converting each decimal to
// an integer count of millionths and comparing fractions makes every edge exact.

#include <string>

namespace ecc::classify {

__extension__ using Wide = __int128;

// The exact rational value num / den (den > 0, reduced).
struct Ratio {
  Wide num = 0;
  Wide den = 1;
};

// The decimal nearest to `x` with at most 6 fractional digits, exactly.
Ratio from_decimal(double x);
Ratio from_int(long long n);
Ratio multiply(const Ratio& a, const Ratio& b);
// a / b; b must not be zero (callers check is_zero first).
Ratio divide(const Ratio& a, const Ratio& b);
bool is_zero(const Ratio& r);
// -1, 0 or 1 as a < b, a == b, a > b.
int compare(const Ratio& a, const Ratio& b);
double to_double(const Ratio& r);

// Rounds half up to `decimals` digits; drops trailing fractional zeros when
// `trim`; groups thousands with ',' when `grouped`. Example: 15832 -> "15,832".
std::string format(const Ratio& r, int decimals, bool trim, bool grouped);

}  // namespace ecc::classify
