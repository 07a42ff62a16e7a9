#include "screen/audit_findings.hpp"

#include <doctest/doctest.h>

#include "screen/changed_since.hpp"

using ecc::match::Decision;
using ecc::screen::SuppressionState;

namespace {

// One Entity List entry, the rule that names it, and a customer that matches it.
struct Fixture {
  std::vector<ecc::model::ListEntry> entries;
  ecc::model::RuleBook book;
  ecc::model::Customer customer;
  ecc::util::Date today{2026, 11, 23};
  Fixture() {
    ecc::model::ListEntry e;
    e.list_code = "entity_list";
    e.entry_key = "k1";
    e.name = "Acme Ltd";
    entries = {e};
    ecc::model::ScreeningRule listed;
    listed.id = "entity-list";
    listed.effective_from = {1997, 2, 3};
    listed.when.fact = "party.lists";
    listed.when.op = ecc::model::Predicate::Op::contains;
    listed.when.values = {"entity_list"};
    book.rules = {listed};
    customer.id = "C1";
    customer.name = "Acme Ltd.";
  }
  ecc::match::MatchResult hit(Decision d) const {
    ecc::match::MatchResult r;
    r.entry_index = 0;
    r.list_code = "entity_list";
    r.entry_key = "k1";
    r.decision = d;
    return r;
  }
  ecc::model::Suppression suppression() const {
    ecc::model::Suppression s;
    s.rule = "entity-list";
    s.entry = "k1";
    s.content_hash = ecc::model::content_hash(entries[0]);
    s.customer = "C1";
    s.reason = "reviewed";
    s.approved_by = "a";
    s.expires = {2027, 1, 1};
    return s;
  }
};

}  // namespace

TEST_SUITE("screen") {
  TEST_CASE("screen::audit_findings") {
    Fixture f;
    ecc::screen::AuditRules rules(f.book, f.today);
    SUBCASE("a match takes the rule naming its list; a review the fallback resemblance rule") {
      auto found = ecc::screen::audit_findings(
          {f.hit(Decision::match), f.hit(Decision::review), f.hit(Decision::clear)}, rules);
      REQUIRE(found.size() == 2);
      CHECK(found[0].rule->id == "entity-list");
      CHECK(found[1].rule->id == "similar-party");
      CHECK(ecc::screen::effective_decision(found) == Decision::match);
    }
    SUBCASE("a list no rule names still gives a finding") {
      auto h = f.hit(Decision::match);
      h.list_code = "unknown_list";
      auto found = ecc::screen::audit_findings({h}, rules);
      REQUIRE(found.size() == 1);
      CHECK(found[0].rule->id == "listed-party");
      CHECK_FALSE(found[0].rule->citations.empty());
    }
  }

  TEST_CASE("screen::AuditSuppressor") {
    Fixture f;
    ecc::screen::AuditRules rules(f.book, f.today);
    auto findings = [&] { return ecc::screen::audit_findings({f.hit(Decision::match)}, rules); };
    SUBCASE("the reviewed entry, hash and customer id suppress; the decision becomes clear") {
      std::vector<ecc::model::Suppression> s{f.suppression()};
      ecc::screen::AuditSuppressor sup(s, f.entries, f.today);
      auto found = findings();
      sup.apply(f.customer, found);
      CHECK(found[0].suppressed == &s[0]);
      CHECK(ecc::screen::effective_decision(found) == Decision::clear);
      CHECK(sup.statuses()[0].state == SuppressionState::applied);
    }
    SUBCASE("another customer, or no customer at all, is not suppressed") {
      std::vector<ecc::model::Suppression> s{f.suppression(), f.suppression()};
      s[0].customer = "C2";
      s[1].customer.clear();
      ecc::screen::AuditSuppressor sup(s, f.entries, f.today);
      auto found = findings();
      sup.apply(f.customer, found);
      CHECK(found[0].suppressed == nullptr);
      CHECK(sup.statuses()[0].state == SuppressionState::unused);
      CHECK(sup.statuses()[1].detail.find("names no customer") != std::string::npos);
    }
    SUBCASE("by customer name, ASCII case-insensitive") {
      std::vector<ecc::model::Suppression> s{f.suppression()};
      s[0].customer.clear();
      s[0].party = " ACME LTD. ";
      ecc::screen::AuditSuppressor sup(s, f.entries, f.today);
      auto found = findings();
      sup.apply(f.customer, found);
      CHECK(found[0].suppressed != nullptr);
    }
    SUBCASE("a changed entry makes the suppression stale") {
      std::vector<ecc::model::Suppression> s{f.suppression()};
      f.entries[0].aliases.push_back({"Acme Trading", "aka"});
      ecc::screen::AuditSuppressor sup(s, f.entries, f.today);
      auto found = findings();
      sup.apply(f.customer, found);
      CHECK(found[0].suppressed == nullptr);
      CHECK(sup.statuses()[0].state == SuppressionState::stale);
    }
  }

  TEST_CASE("screen::ChangedPrefilter") {
    auto entry = [](const std::string& key, const std::string& name) {
      ecc::model::ListEntry e;
      e.list_code = "sdn";
      e.entry_key = key;
      e.name = name;
      return e;
    };
    const std::vector<ecc::model::ListEntry> changed{entry("k1", "Coast Refinery Company")};
    std::vector<ecc::model::ListEntry> all = changed;
    all.push_back(entry("k2", "Cobalt Mining Enterprise"));
    all.push_back(entry("k3", "Northern Shipping Lines"));
    const ecc::match::Matcher full(all);
    const ecc::screen::ChangedPrefilter pre(changed, full);
    SUBCASE("a name resembling a changed entry is selected, an unrelated one is not") {
      CHECK(pre.selects({"Coast Refinery Co", "", {}}));
      CHECK_FALSE(pre.selects({"Northern Shipping Lines", "", {}}));
    }
    SUBCASE("a joined word the full matcher splits onto a changed entry's word is selected") {
      // "cobaltrefinery" = "cobalt" (an unchanged entry's word) + "refinery" (a changed one's):
      // the prefilter's own vocabulary cannot split it, the full matcher's can.
      CHECK(pre.selects({"Cobaltrefinery Inc", "", {}}));
      CHECK_FALSE(pre.selects({"Cobaltmining Inc", "", {}}));
    }
  }

  TEST_CASE("screen::changed_flags") {
    Fixture f;
    auto changed = f.entries;
    CHECK(ecc::screen::changed_flags(f.entries, changed) == std::vector<char>{1});
    changed[0].remarks = "new remark";
    CHECK(ecc::screen::changed_flags(f.entries, changed) == std::vector<char>{0});
  }
}
