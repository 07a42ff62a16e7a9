#include "screen/suppressions.hpp"

#include <doctest/doctest.h>

using ecc::model::Verdict;
using ecc::screen::SuppressionState;

namespace {

// One order, one line, one party matching one Entity List entry; two findings:
// the party's entity-list finding and a line finding of another rule.
struct Fixture {
  ecc::model::ListEntry entry;
  ecc::model::ScreeningRule listed;
  ecc::model::ScreeningRule chip;
  ecc::model::Order order;
  ecc::screen::ScreenResult result;
  std::vector<ecc::model::ListEntry> entries;
  Fixture() {
    entry.list_code = "entity_list";
    entry.entry_key = "k1";
    entry.name = "Acme Ltd";
    entries = {entry};
    listed.id = "entity-list";
    chip.id = "chip-rule";
    order.id = "SO-1";
    order.parties.push_back({});
    order.parties[0].name = "Acme Ltd";
    order.items.push_back({});
    result.order = &order;
    result.lines.resize(1);
    result.parties.resize(1);
    result.parties[0].hits.push_back({&entries[0], 1.0, "Acme Ltd", false, "matches"});
    result.findings.push_back({&listed, Verdict::license_required, "", "listed", -1, 0, false, {}});
    result.findings.push_back({&chip, Verdict::notify, "", "chip", 0, -1, false, {}});
    result.verdict = Verdict::license_required;
  }
  ecc::model::Suppression on_entry(const std::string& hash,
                                   ecc::util::Date expires = {2027, 1, 1}) const {
    ecc::model::Suppression s;
    s.rule = "entity-list";
    s.entry = "k1";
    s.content_hash = hash;
    s.reason = "reviewed";
    s.approved_by = "a";
    s.expires = expires;
    return s;
  }
  ecc::screen::SuppressionOutcome run(const std::vector<ecc::model::Suppression>& s) const {
    return ecc::screen::apply_suppressions(s, {result}, entries, ecc::util::Date{2026, 11, 23});
  }
};

}  // namespace

TEST_SUITE("screen") {
  TEST_CASE("screen::apply_suppressions") {
    Fixture f;
    std::string hash = ecc::model::content_hash(f.entry);
    SUBCASE("an entry-bound suppression with the reviewed hash suppresses; the rest still counts") {
      auto out = f.run({f.on_entry(hash)});
      CHECK(out.by_finding[0][0] != nullptr);
      CHECK(out.by_finding[0][1] == nullptr);
      CHECK(out.effective[0] == Verdict::notify);
      CHECK(out.statuses[0].state == SuppressionState::applied);
      CHECK(out.statuses[0].applied == 1);
    }
    SUBCASE("a suppression naming a customer belongs to audit and never covers an order") {
      auto s = f.on_entry(hash);
      s.customer = "C1";
      auto out = f.run({s});
      CHECK(out.by_finding[0][0] == nullptr);
      CHECK(out.statuses[0].state == SuppressionState::unused);
    }
    SUBCASE("a changed entry makes it stale and the finding counts again") {
      f.entries[0].aliases.push_back({"Acme Trading", "aka"});
      auto out = f.run({f.on_entry(hash)});
      CHECK(out.by_finding[0][0] == nullptr);
      CHECK(out.effective[0] == Verdict::license_required);
      CHECK(out.statuses[0].state == SuppressionState::stale);
      CHECK(out.statuses[0].detail.find("changed since review") != std::string::npos);
    }
    SUBCASE("expired the day after its expiry date, not on it") {
      auto on_day = f.run({f.on_entry(hash, {2026, 11, 23})});
      CHECK(on_day.statuses[0].state == SuppressionState::applied);
      auto after = f.run({f.on_entry(hash, {2026, 11, 22})});
      CHECK(after.statuses[0].state == SuppressionState::expired);
      CHECK(after.effective[0] == Verdict::license_required);
    }
    SUBCASE("an entry no longer on any list is gone") {
      f.entries[0].entry_key = "other";
      CHECK(f.run({f.on_entry(hash)}).statuses[0].state == SuppressionState::gone);
    }
    SUBCASE("a party-only suppression does not cover a list-based finding") {
      ecc::model::Suppression s = f.on_entry("");
      s.entry.clear();
      s.party = "ACME LTD";
      auto out = f.run({s});
      CHECK(out.by_finding[0][0] == nullptr);
      CHECK(out.statuses[0].state == SuppressionState::unused);
      CHECK(!out.statuses[0].detail.empty());
    }
    SUBCASE("an order-bound suppression covers a line finding of that order only") {
      ecc::model::Suppression s = f.on_entry("");
      s.entry.clear();
      s.rule = "chip-rule";
      s.order = "SO-1";
      CHECK(f.run({s}).by_finding[0][1] != nullptr);
      s.order = "SO-2";
      CHECK(f.run({s}).statuses[0].state == SuppressionState::unused);
    }
    SUBCASE("another rule's suppression does not apply") {
      ecc::model::Suppression s = f.on_entry(hash);
      s.rule = "ofac-sdn";
      CHECK(f.run({s}).by_finding[0][0] == nullptr);
    }
  }

  TEST_CASE("screen::effective_verdict") {
    Fixture f;
    std::vector<const ecc::model::Suppression*> none(2, nullptr);
    CHECK(ecc::screen::effective_verdict(f.result, none) == Verdict::license_required);
    ecc::model::Suppression s;
    std::vector<const ecc::model::Suppression*> both{&s, &s};
    CHECK(ecc::screen::effective_verdict(f.result, both) == Verdict::clear);
    CHECK(ecc::screen::effective_line_verdict(f.result, {&s, nullptr}, 0) == Verdict::notify);
  }
}
