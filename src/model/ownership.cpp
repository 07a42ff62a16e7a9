#include "model/ownership.hpp"

#include "model/ownership_rules.hpp"

namespace ecc::model {

std::string_view regime_name(OwnershipRegime regime) {
  switch (regime) {
    case OwnershipRegime::ofac_50:
      return "ofac_50";
    case OwnershipRegime::bis_affiliates:
      return "bis_affiliates";
    case OwnershipRegime::ns_cmic:
      return "ns_cmic";
  }
  return "?";
}

std::string_view status_name(InheritanceStatus status) {
  switch (status) {
    case InheritanceStatus::covered:
      return "covered";
    case InheritanceStatus::review:
      return "review";
    case InheritanceStatus::minority:
      return "minority";
    case InheritanceStatus::suspended:
      return "suspended";
    case InheritanceStatus::exempt:
      return "exempt";
    case InheritanceStatus::info:
      return "info";
  }
  return "?";
}

std::string_view diagnostic_kind_name(DiagnosticKind kind) {
  switch (kind) {
    case DiagnosticKind::cycle:
      return "cycle";
    case DiagnosticKind::over_100:
      return "over_100";
    case DiagnosticKind::duplicate_edge:
      return "duplicate_edge";
    case DiagnosticKind::conflicting_edge:
      return "conflicting_edge";
    case DiagnosticKind::unknown_entity:
      return "unknown_entity";
    case DiagnosticKind::self_ownership:
      return "self_ownership";
    case DiagnosticKind::duplicate_entity:
      return "duplicate_entity";
  }
  return "?";
}

std::string_view ownership_kind_name(OwnershipKind kind) {
  switch (kind) {
    case OwnershipKind::equity:
      return "equity";
    case OwnershipKind::direct_consolidation:
      return "direct_consolidation";
    case OwnershipKind::ultimate_consolidation:
      return "ultimate_consolidation";
  }
  return "?";
}

std::string_view rule_state_name(RuleState state) {
  switch (state) {
    case RuleState::not_in_force:
      return "not_in_force";
    case RuleState::active:
      return "active";
    case RuleState::stayed:
      return "stayed";
  }
  return "?";
}

std::optional<RuleWindow> affiliates_window_on(const AffiliatesRule& rule, const util::Date& date) {
  for (const RuleWindow& window : rule.windows) {
    if (date >= window.from && (!window.to || date <= *window.to)) {
      return window;
    }
  }
  return std::nullopt;
}

}  // namespace ecc::model
