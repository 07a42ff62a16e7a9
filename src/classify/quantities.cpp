// Computes the rule quantities of one chip exactly (see exact.hpp) and the
// text of their formulas. TPP follows the 3A090 technical notes as summarised
// in docs/classification.md: dense figures only, the highest value over all
// formats, aggregated over dies; PD divides by the applicable die area.
#include "classify/quantities.hpp"

#include <algorithm>

namespace ecc::classify {

namespace {

using model::Parameter;

std::string throughput_unit(const std::string& format) {
  bool floating =
      format.rfind("FP", 0) == 0 || format.rfind("BF", 0) == 0 || format.rfind("TF", 0) == 0;
  return floating ? "TFLOPS" : "TOPS";
}

std::optional<Ratio> exact(const model::Figure& f) {
  return f.value ? std::optional<Ratio>(from_decimal(*f.value)) : std::nullopt;
}

void measure_tpp(const model::ProductSpec& chip, Quantities& q) {
  if (!chip.throughput) {
    return;
  }
  if (chip.throughput->empty()) {
    q.tpp = from_int(0);
    q.tpp_formula = "no processing units";
    return;
  }
  const model::Throughput* best = nullptr;
  Ratio best_tpp;
  for (const model::Throughput& t : *chip.throughput) {
    Ratio tpp = multiply(from_decimal(t.dense_tops), from_int(t.bits));
    if (best == nullptr || compare(tpp, best_tpp) > 0) {
      best = &t;
      best_tpp = tpp;
    }
  }
  std::string formula = format(from_decimal(best->dense_tops), 6, true, true) + " " +
                        throughput_unit(best->format) + " × " + std::to_string(best->bits) +
                        " bit (" + best->format + ")";
  if (chip.throughput_per_die && chip.dies > 1) {
    best_tpp = multiply(best_tpp, from_int(chip.dies));
    formula = std::to_string(chip.dies) + " dies × " + formula;
  }
  q.tpp = best_tpp;
  q.tpp_formula = formula;
}

void measure_density(const model::ProductSpec& chip, Quantities& q) {
  std::optional<Ratio> area = exact(chip.die_area_mm2);
  if (q.tpp && area && !is_zero(*area)) {
    q.performance_density = divide(*q.tpp, *area);
    q.pd_formula = format(*q.tpp, 6, true, true) + " / " + format(*area, 6, true, true) + " mm²";
  }
}

void measure_hbm(const model::ProductSpec& chip, Quantities& q) {
  if (!chip.hbm) {
    return;
  }
  q.standalone_hbm = !chip.hbm->co_packaged_with_logic;
  std::optional<Ratio> bw = exact(chip.hbm->stack_bandwidth_gbps);
  std::optional<Ratio> area = exact(chip.hbm->stack_area_mm2);
  if (bw && area && !is_zero(*area)) {
    q.hbm_bandwidth_density = divide(*bw, *area);
  }
}

}  // namespace

Quantities measure(const model::ProductSpec& chip) {
  Quantities q;
  measure_tpp(chip, q);
  measure_density(chip, q);
  q.interconnect_gbps = exact(chip.interconnect_gbps);
  q.memory_bandwidth_gbps = exact(chip.memory_bandwidth_gbps);
  q.datacenter = chip.datacenter.value;
  measure_hbm(chip, q);
  return q;
}

std::string value_text(Parameter p, const Quantities& q) {
  if (p == Parameter::tpp && q.tpp) {
    return "TPP = " + q.tpp_formula + " = " + format_value(p, *q.tpp);
  }
  if (p == Parameter::performance_density && q.performance_density) {
    return "PD = " + q.pd_formula + " = " + format_value(p, *q.performance_density);
  }
  if (p == Parameter::interconnect_gbps && q.interconnect_gbps) {
    return "I/O " + format_value(p, *q.interconnect_gbps) + unit(p);
  }
  if (p == Parameter::memory_bandwidth_gbps && q.memory_bandwidth_gbps) {
    return "DRAM BW " + format_value(p, *q.memory_bandwidth_gbps) + unit(p);
  }
  if (p == Parameter::hbm_bandwidth_density && q.hbm_bandwidth_density) {
    return "HBM MBD " + format_value(p, *q.hbm_bandwidth_density) + unit(p);
  }
  return "";
}

std::string render_tests(const std::vector<TestText>& tests, const Quantities& q) {
  std::string out;
  std::vector<Parameter> shown;
  for (const TestText& t : tests) {
    if (!out.empty()) {
      out += " and ";
    }
    if (t.value.empty()) {
      out += t.relation;
      continue;
    }
    bool first = std::find(shown.begin(), shown.end(), t.parameter) == shown.end();
    std::string formula = t.parameter == Parameter::tpp                   ? q.tpp_formula
                          : t.parameter == Parameter::performance_density ? q.pd_formula
                                                                          : "";
    shown.push_back(t.parameter);
    out += label(t.parameter) + (first && !formula.empty() ? " = " + formula + " = " : " ");
    out += t.value + unit(t.parameter) + " " + t.relation;
  }
  return out;
}

}  // namespace ecc::classify
