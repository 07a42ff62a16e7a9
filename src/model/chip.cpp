#include "model/chip.hpp"

#include <array>
#include <utility>

namespace ecc::model {

namespace {

constexpr std::array<std::pair<Parameter, std::string_view>, 7> k_parameter_names = {{
    {Parameter::tpp, "tpp"},
    {Parameter::performance_density, "pd"},
    {Parameter::interconnect_gbps, "interconnect_gbps"},
    {Parameter::memory_bandwidth_gbps, "memory_bandwidth_gbps"},
    {Parameter::hbm_bandwidth_density, "hbm_mbd"},
    {Parameter::datacenter, "datacenter"},
    {Parameter::standalone_hbm, "standalone_hbm"},
}};

constexpr std::array<std::pair<RuleScope, std::string_view>, 3> k_scope_names = {{
    {RuleScope::parameters, "3a090_parameters"},
    {RuleScope::hbm, "3a090_hbm"},
    {RuleScope::china_review, "china_review_policy"},
}};

}  // namespace

std::string display_name(const ProductSpec& p) {
  return p.vendor.empty() ? p.model : p.vendor + " " + p.model;
}

std::string_view to_string(ProductKind k) {
  switch (k) {
    case ProductKind::board:
      return "board";
    case ProductKind::server:
      return "server";
    case ProductKind::chip:
      break;
  }
  return "chip";
}

std::optional<ProductKind> parse_product_kind(std::string_view s) {
  for (ProductKind k : {ProductKind::chip, ProductKind::board, ProductKind::server}) {
    if (to_string(k) == s) {
      return k;
    }
  }
  return std::nullopt;
}

std::string_view json_name(Parameter p) {
  for (const auto& [param, name] : k_parameter_names) {
    if (param == p) {
      return name;
    }
  }
  return "?";
}

std::optional<Parameter> parse_parameter(std::string_view name) {
  for (const auto& [param, n] : k_parameter_names) {
    if (n == name) {
      return param;
    }
  }
  return std::nullopt;
}

bool is_boolean(Parameter p) {
  return p == Parameter::datacenter || p == Parameter::standalone_hbm;
}

std::string_view json_name(RuleScope s) {
  for (const auto& [scope, name] : k_scope_names) {
    if (scope == s) {
      return name;
    }
  }
  return "?";
}

std::optional<RuleScope> parse_rule_scope(std::string_view s) {
  for (const auto& [scope, name] : k_scope_names) {
    if (name == s) {
      return scope;
    }
  }
  return std::nullopt;
}

}  // namespace ecc::model
