#pragma once
// Three-valued evaluation of rule conditions against an item's quantities. A
// condition on an unknown figure is "unknown", not false: the classifier then
// reports what is missing instead of guessing.

#include <optional>
#include <string>
#include <vector>

#include "classify/exact.hpp"
#include "model/chip.hpp"

namespace ecc::classify {

enum class Truth { no, yes, unknown };

// The quantities of one item that rules can test; nullopt when unknown.
struct Quantities {
  std::optional<Ratio> tpp;
  std::optional<Ratio> performance_density;
  std::optional<Ratio> interconnect_gbps;
  std::optional<Ratio> memory_bandwidth_gbps;
  std::optional<Ratio> hbm_bandwidth_density;
  std::optional<bool> datacenter;
  bool standalone_hbm = false;
  std::string tpp_formula;  // "1,979 TFLOPS × 8 bit (FP8)"
  std::string pd_formula;   // "15,832 / 814 mm²"
};

// One test as text: value "2.91" and relation "< 5.92"; for flags the value
// is empty and the relation is a phrase ("not designed or marketed for datacenters").
struct TestText {
  model::Parameter parameter = model::Parameter::tpp;
  std::string value;
  std::string relation;
};

struct Evaluation {
  Truth truth = Truth::yes;
  std::vector<model::Parameter> missing;  // parameters that were unknown
  std::vector<TestText> holds;
  std::vector<TestText> fails;
};

// AND of every threshold and flag of `c`: no if any fails, else unknown if
// any figure is missing, else yes.
Evaluation evaluate(const model::Condition& c, const Quantities& q);

// Short label of a parameter: "TPP", "PD", "I/O", ...
std::string label(model::Parameter p);
// Unit suffix of a parameter: "" or " GB/s".
std::string unit(model::Parameter p);
// A parameter's value as shown to people: TPP exact, PD to 2 decimals.
std::string format_value(model::Parameter p, const Ratio& v);
// A threshold limit as written in the rule file: 4800, 5.92.
std::string format_limit(double limit);
// Missing-figure names for a parameter, e.g. "applicable die area" for PD.
std::string missing_figure(model::Parameter p);

}  // namespace ecc::classify
