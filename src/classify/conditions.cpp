// Evaluates rule conditions (thresholds from rules/*.json) exactly, and renders
// each test as a short formula a person can check ("PD 6.59 ≥ 5.92"). When a
// rounded value would print equal to its limit on the wrong side, more decimals
// are shown so the text never contradicts the decision.
#include "classify/conditions.hpp"

namespace ecc::classify {

namespace {

using model::Bound;
using model::Parameter;

std::optional<Ratio> value_of(Parameter p, const Quantities& q) {
  switch (p) {
    case Parameter::tpp:
      return q.tpp;
    case Parameter::performance_density:
      return q.performance_density;
    case Parameter::interconnect_gbps:
      return q.interconnect_gbps;
    case Parameter::memory_bandwidth_gbps:
      return q.memory_bandwidth_gbps;
    case Parameter::hbm_bandwidth_density:
      return q.hbm_bandwidth_density;
    default:
      return std::nullopt;
  }
}

bool holds(Bound b, int cmp) {
  switch (b) {
    case Bound::min:
      return cmp >= 0;
    case Bound::below:
      return cmp < 0;
    case Bound::above:
      return cmp > 0;
    case Bound::max:
      return cmp <= 0;
  }
  return false;
}

// The relation between value and limit as a symbol: the bound's own when it
// holds, its opposite when it fails.
std::string symbol(Bound b, bool ok) {
  switch (b) {
    case Bound::min:
      return ok ? "≥" : "<";
    case Bound::below:
      return ok ? "<" : "≥";
    case Bound::above:
      return ok ? ">" : "≤";
    case Bound::max:
      return ok ? "≤" : ">";
  }
  return "?";
}

// `v` rounded half up to `decimals` digits (v >= 0).
Ratio rounded(const Ratio& v, int decimals) {
  Wide scale = 1;
  for (int i = 0; i < decimals; ++i) {
    scale *= 10;
  }
  return Ratio{(v.num * scale * 2 + v.den) / (v.den * 2), scale};
}

// The value shown next to `limit`: with more decimals than usual when the
// usual rounding would print it equal to a limit it is not equal to.
std::string shown_value(Parameter p, const Ratio& v, const Ratio& limit) {
  std::string text = format_value(p, v);
  int decimals =
      p == Parameter::performance_density || p == Parameter::hbm_bandwidth_density ? 2 : 6;
  while (decimals < 10 && compare(v, limit) != 0 && compare(rounded(v, decimals), limit) == 0) {
    decimals += 2;
    text = format(v, decimals, false, true);
  }
  return text;
}

std::string render_flag(const model::FlagTest& f, bool actual) {
  if (f.parameter == Parameter::datacenter) {
    return actual ? "designed or marketed for datacenters"
                  : "not designed or marketed for datacenters";
  }
  return actual ? "a stand-alone HBM stack" : "not a stand-alone HBM stack";
}

void record_missing(Evaluation& e, Parameter p) {
  e.missing.push_back(p);
  if (e.truth == Truth::yes) {
    e.truth = Truth::unknown;
  }
}

}  // namespace

Evaluation evaluate(const model::Condition& c, const Quantities& q) {
  Evaluation e;
  for (const model::Threshold& t : c.thresholds) {
    std::optional<Ratio> v = value_of(t.parameter, q);
    if (!v) {
      record_missing(e, t.parameter);
      continue;
    }
    Ratio limit = from_decimal(t.limit);
    bool ok = holds(t.bound, compare(*v, limit));
    TestText text{t.parameter, shown_value(t.parameter, *v, limit),
                  symbol(t.bound, ok) + " " + format_limit(t.limit) + unit(t.parameter)};
    (ok ? e.holds : e.fails).push_back(text);
    if (!ok) {
      e.truth = Truth::no;
    }
  }
  for (const model::FlagTest& f : c.flags) {
    std::optional<bool> actual =
        f.parameter == Parameter::datacenter ? q.datacenter : std::optional<bool>(q.standalone_hbm);
    if (!actual) {
      record_missing(e, f.parameter);
      continue;
    }
    bool ok = *actual == f.value;
    (ok ? e.holds : e.fails).push_back(TestText{f.parameter, "", render_flag(f, *actual)});
    if (!ok) {
      e.truth = Truth::no;
    }
  }
  return e;
}

std::string label(Parameter p) {
  switch (p) {
    case Parameter::tpp:
      return "TPP";
    case Parameter::performance_density:
      return "PD";
    case Parameter::interconnect_gbps:
      return "I/O";
    case Parameter::memory_bandwidth_gbps:
      return "DRAM BW";
    case Parameter::hbm_bandwidth_density:
      return "HBM MBD";
    case Parameter::datacenter:
      return "datacenter";
    case Parameter::standalone_hbm:
      return "stand-alone HBM";
  }
  return "?";
}

std::string unit(Parameter p) {
  switch (p) {
    case Parameter::interconnect_gbps:
    case Parameter::memory_bandwidth_gbps:
      return " GB/s";
    case Parameter::hbm_bandwidth_density:
      return " GB/s/mm²";
    default:
      return "";
  }
}

std::string format_value(Parameter p, const Ratio& v) {
  if (p == Parameter::performance_density || p == Parameter::hbm_bandwidth_density) {
    return format(v, 2, false, true);
  }
  return format(v, 6, true, true);
}

std::string format_limit(double limit) {
  return format(from_decimal(limit), 6, true, false);
}

std::string missing_figure(Parameter p) {
  switch (p) {
    case Parameter::tpp:
      return "dense throughput (TPP)";
    case Parameter::performance_density:
      return "applicable die area (performance density)";
    case Parameter::interconnect_gbps:
      return "interconnect bandwidth";
    case Parameter::memory_bandwidth_gbps:
      return "memory bandwidth";
    case Parameter::hbm_bandwidth_density:
      return "HBM stack bandwidth and area";
    case Parameter::datacenter:
      return "datacenter flag (designed or marketed for datacenters)";
    case Parameter::standalone_hbm:
      return "HBM stack packaging";
  }
  return "?";
}

}  // namespace ecc::classify
