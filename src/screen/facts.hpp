#pragma once
// The facts of one evaluation context (an order, optionally one line and one
// party) and the three-valued evaluation of predicates over them.

#include <string>
#include <vector>

#include "model/freshness.hpp"
#include "model/screening.hpp"
#include "screen/screen.hpp"

namespace ecc::screen {

struct FactValue {
  enum class Kind { unknown, text, number, boolean, list };
  Kind kind = Kind::unknown;
  std::string text;
  double number = 0;
  bool boolean = false;
  std::vector<std::string> list;
};

enum class Truth { no, yes, unknown };

// One evaluation context; line and party are null when the rule's scope has
// none. `freshness` null: the data's age is unknown (data.* facts are unknown).
struct FactContext {
  const model::Order* order = nullptr;
  const LineResult* line = nullptr;
  const model::OrderParty* party = nullptr;
  const PartyResult* party_result = nullptr;
  util::Date as_of;
  const model::DataFreshness* freshness = nullptr;
  const std::vector<model::Assumption>* assumptions = nullptr;  // data.assumptions; null: none
};

// The value of fact `name` in `ctx`; unknown when the context cannot tell.
FactValue fact(const std::string& name, const FactContext& ctx);

// Evaluates `p`; `unknown_facts` collects the facts that made it unknown.
Truth evaluate(const model::Predicate& p, const FactContext& ctx,
               const model::CountryGroups& groups, std::vector<std::string>& unknown_facts);

}  // namespace ecc::screen
