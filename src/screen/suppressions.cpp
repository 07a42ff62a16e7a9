// Suppression matching. A suppression first gets a state from the file and
// the lists alone (expired, stale, gone); only a valid one is then matched
// against findings: same rule, and the order, party and entry it names. An
// entry-bound suppression also needs the party's hit on that entry to carry
// the reviewed content hash, so a changed listing always fires again.
#include "screen/suppressions.hpp"

#include <algorithm>

#include "util/strings.hpp"

namespace ecc::screen {

namespace {

std::string short_hash(const std::string& h) {
  return h.substr(0, 12);
}

}  // namespace

SuppressionStatus initial_status(const Suppression& s, const std::vector<model::ListEntry>& entries,
                                 util::Date today) {
  SuppressionStatus st{&s, SuppressionState::unused, 0, ""};
  if (s.expires < today) {
    st.state = SuppressionState::expired;
    st.detail = "expired on " + s.expires.iso();
    return st;
  }
  if (s.entry.empty()) {
    return st;
  }
  const model::ListEntry* found = nullptr;
  for (const model::ListEntry& e : entries) {
    if (e.entry_key != s.entry) {
      continue;
    }
    if (model::content_hash(e) == s.content_hash) {
      return st;
    }
    found = &e;
  }
  if (!found) {
    st.state = SuppressionState::gone;
    st.detail = "list entry " + s.entry + " is on no active list";
    return st;
  }
  st.state = SuppressionState::stale;
  st.detail = "list entry " + s.entry + " ('" + found->name + "', " + found->list_code +
              ") changed since review: content hash " + short_hash(s.content_hash) +
              " reviewed, now " + short_hash(model::content_hash(*found)) + "; review it again";
  return st;
}

namespace {

bool names_party(const Suppression& s, const ScreenResult& r, const model::Finding& f) {
  if (s.party.empty()) {
    return true;
  }
  if (f.party < 0) {
    return false;
  }
  const std::string& name = r.order->parties[static_cast<size_t>(f.party)].name;
  return util::to_lower_ascii(util::trim(name)) == util::to_lower_ascii(util::trim(s.party));
}

// The party's hit on the suppression's entry, with the reviewed content. A
// finding on a party with list hits needs an entry-bound suppression.
bool names_entry(const Suppression& s, const ScreenResult& r, const model::Finding& f) {
  const std::vector<PartyHit>* hits =
      f.party < 0 ? nullptr : &r.parties[static_cast<size_t>(f.party)].hits;
  if (s.entry.empty()) {
    return !hits || hits->empty();
  }
  if (!hits) {
    return false;
  }
  return std::any_of(hits->begin(), hits->end(), [&](const PartyHit& h) {
    return h.entry->entry_key == s.entry && model::content_hash(*h.entry) == s.content_hash;
  });
}

// A suppression naming a customer belongs to `audit` and never covers an order's finding.
bool names_finding(const Suppression& s, const ScreenResult& r, const model::Finding& f) {
  return f.rule->id == s.rule && s.customer.empty() &&
         (s.order.empty() || r.order->id == s.order) && names_party(s, r, f);
}

// Suppresses finding `f` of `r` with the first valid suppression that covers it.
const Suppression* suppress(std::vector<SuppressionStatus>& statuses, const ScreenResult& r,
                            const model::Finding& f) {
  for (SuppressionStatus& st : statuses) {
    const Suppression& s = *st.suppression;
    bool valid = st.state == SuppressionState::unused || st.state == SuppressionState::applied;
    if (!valid || !names_finding(s, r, f)) {
      continue;
    }
    if (names_entry(s, r, f)) {
      st.state = SuppressionState::applied;
      ++st.applied;
      return &s;
    }
    if (s.entry.empty() && st.detail.empty()) {
      st.detail =
          "a finding it names rests on a list match: add the entry key and its content_hash";
    }
  }
  return nullptr;
}

}  // namespace

std::string_view to_string(SuppressionState s) {
  switch (s) {
    case SuppressionState::applied:
      return "applied";
    case SuppressionState::unused:
      return "unused";
    case SuppressionState::expired:
      return "expired";
    case SuppressionState::stale:
      return "stale";
    case SuppressionState::gone:
      return "gone";
  }
  return "unused";
}

std::vector<std::string> suppressed_entry_keys(const std::vector<Suppression>& suppressions) {
  std::vector<std::string> keys;
  for (const Suppression& s : suppressions) {
    if (!s.entry.empty() && std::find(keys.begin(), keys.end(), s.entry) == keys.end()) {
      keys.push_back(s.entry);
    }
  }
  return keys;
}

SuppressionOutcome apply_suppressions(const std::vector<Suppression>& suppressions,
                                      const std::vector<ScreenResult>& results,
                                      const std::vector<model::ListEntry>& entries,
                                      util::Date today) {
  SuppressionOutcome out;
  for (const Suppression& s : suppressions) {
    out.statuses.push_back(initial_status(s, entries, today));
  }
  for (const ScreenResult& r : results) {
    std::vector<const Suppression*> row(r.findings.size(), nullptr);
    for (size_t f = 0; f < r.findings.size(); ++f) {
      row[f] = suppress(out.statuses, r, r.findings[f]);
    }
    out.effective.push_back(effective_verdict(r, row));
    out.by_finding.push_back(std::move(row));
  }
  return out;
}

model::Verdict effective_line_verdict(const ScreenResult& r,
                                      const std::vector<const Suppression*>& suppressed,
                                      size_t line) {
  model::Verdict v = model::Verdict::clear;
  for (size_t i = 0; i < r.findings.size(); ++i) {
    const model::Finding& f = r.findings[i];
    bool touches = f.line < 0 || f.line == static_cast<int>(line);
    bool is_suppressed = i < suppressed.size() && suppressed[i] != nullptr;
    if (touches && !is_suppressed) {
      v = std::max(v, f.verdict);
    }
  }
  return v;
}

model::Verdict effective_verdict(const ScreenResult& r,
                                 const std::vector<const Suppression*>& suppressed) {
  model::Verdict v = model::Verdict::clear;
  for (size_t l = 0; l < r.lines.size(); ++l) {
    v = std::max(v, effective_line_verdict(r, suppressed, l));
  }
  return v;
}

}  // namespace ecc::screen
