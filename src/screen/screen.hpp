#pragma once
// Screening an order: classify every line, resolve every party against the
// lists, evaluate every rule in force on the as-of date, and return findings
// and verdicts. Pure: everything it needs comes in as values.

#include <optional>
#include <string>
#include <vector>

#include "model/chip.hpp"
#include "model/freshness.hpp"
#include "model/order.hpp"
#include "model/ownership.hpp"
#include "model/screening.hpp"

namespace ecc::match {
class Matcher;
}

namespace ecc::screen {

class OwnershipSource;

// The list entries a party can be matched to, by the matcher's entry index.
// Screening asks only for the few entries a party matched: the command line
// reads those from the database on demand (cli/screening_lists.cpp); tests
// and the in-memory fallback hand in a vector. May throw DataError.
class EntrySource {
 public:
  virtual ~EntrySource() = default;
  // The entry behind matcher entry `index`; the reference stays valid as
  // long as the source.
  virtual const model::ListEntry& entry(size_t index) const = 0;
};

// Entries held in memory, indexed as the matcher built over them.
class EntryVector : public EntrySource {
 public:
  explicit EntryVector(std::vector<model::ListEntry> entries) : m_entries(std::move(entries)) {}
  const model::ListEntry& entry(size_t index) const override { return m_entries.at(index); }
  const std::vector<model::ListEntry>& all() const { return m_entries; }

 private:
  std::vector<model::ListEntry> m_entries;
};

// What screening needs besides the order. All referenced objects must
// outlive the result.
struct ScreenInputs {
  const model::ProductCatalog* catalog = nullptr;
  const model::RuleSet* classification_rules = nullptr;
  const model::RuleBook* rules = nullptr;
  const EntrySource* entries = nullptr;        // the active list entries
  const match::Matcher* matcher = nullptr;     // built over *entries
  const OwnershipSource* ownership = nullptr;  // null or empty: no ownership data
  // The active datasets and the maximum data age; null: the data's age is
  // unknown, so the stale-lists rule cannot be decided (review).
  const model::DataFreshness* freshness = nullptr;
};

// A list entry a party matched (or resembles).
struct PartyHit {
  const model::ListEntry* entry = nullptr;
  double score = 0;
  std::string alias;     // the name or alias that matched
  bool similar = false;  // resembles without matching: review
  std::string how;       // one line: method and score
};

struct PartyResult {
  std::vector<PartyHit> hits;
  std::vector<std::string> notes;  // e.g. entries not yet listed on the as-of date
  // Ownership (screen/ownership.cpp): the graph entity the party is (empty id
  // when none), what it inherits on the as-of date, and its ultimate parent.
  std::string ownership_entity;
  std::string ownership_name;
  std::vector<model::InheritedRestriction> inherited;
  std::optional<model::UltimateParent> ultimate_parent;
  // What the party's result rests on that is assumed (the Affiliates Rule's state).
  std::vector<model::Assumption> assumptions;
};

struct LineResult {
  std::string query;  // the product as the order names it
  long long quantity = 0;
  bool known = false;
  std::string unknown_reason;  // why the product is unknown or ambiguous
  std::optional<model::Classification> classification;
  model::Verdict verdict = model::Verdict::clear;
  // A name that fits several catalog products which classify alike: every
  // variant's classification (the first is `classification`) and the note
  // naming them; screen_order keeps the line only when their verdicts agree too.
  std::vector<model::Classification> variants;
  std::string variants_note;
};

struct ScreenResult {
  const model::Order* order = nullptr;
  util::Date as_of;
  model::Verdict verdict = model::Verdict::clear;
  std::vector<LineResult> lines;
  std::vector<PartyResult> parties;
  std::vector<model::Finding> findings;
  std::string rules_version;
  std::vector<model::Assumption> assumptions;  // of all parties, once each
};

// Screens `order` as of `as_of`. Never throws for an order that parsed: an
// unknown product or an undecidable rule becomes a `review` finding.
ScreenResult screen_order(const model::Order& order, const ScreenInputs& inputs, util::Date as_of);

// True when `rule` is in force on `date` (inside its dates, outside its suspensions).
bool in_force(const model::ScreeningRule& rule, util::Date date);

}  // namespace ecc::screen
