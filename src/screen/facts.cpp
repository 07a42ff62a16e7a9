// Facts are computed on demand from the order, the line's classification and
// the party's list hits. Evaluation is three-valued (Kleene logic): a test on
// an unknown fact is unknown, `all` is false if any child is false, `any` is
// true if any child is true, otherwise unknown wins over the remaining value.
#include "screen/facts.hpp"

#include <algorithm>

#include "classify/classifier.hpp"
#include "screen/freshness.hpp"
#include "screen/screen_internal.hpp"

namespace ecc::screen {

namespace {

FactValue text(std::string s) {
  FactValue v;
  if (!s.empty()) {
    v.kind = FactValue::Kind::text;
    v.text = std::move(s);
  }
  return v;
}

FactValue boolean(bool b) {
  FactValue v;
  v.kind = FactValue::Kind::boolean;
  v.boolean = b;
  return v;
}

FactValue list(std::vector<std::string> items) {
  FactValue v;
  v.kind = FactValue::Kind::list;
  v.list = std::move(items);
  return v;
}

FactValue item_fact(const std::string& name, const LineResult& line, util::Date as_of) {
  if (name == "item.known") {
    return boolean(line.known);
  }
  if (name == "item.product") {
    return text(line.query);
  }
  if (!line.classification) {
    return {};
  }
  const model::Classification& c = *line.classification;
  FactValue v;
  if (name == "item.eccn") {
    return c.eccn == "undecided" ? FactValue{} : text(c.eccn);
  }
  if (name == "item.paragraph") {
    return text(c.paragraph);
  }
  if (name == "item.controlled") {
    return c.eccn == "undecided" ? FactValue{} : boolean(classify::is_controlled(c.eccn));
  }
  if (name == "item.nac_eligible") {
    return c.nac_eligible ? boolean(*c.nac_eligible) : FactValue{};
  }
  if (name == "item.china_review_eligible") {
    return c.china_review && c.china_review->eligible ? boolean(*c.china_review->eligible)
                                                      : FactValue{};
  }
  if (name == "item.tpp") {
    std::optional<double> tpp = c.board_tpp ? c.board_tpp : c.tpp;
    if (tpp) {
      v.kind = FactValue::Kind::number;
      v.number = *tpp;
    }
    return v;
  }
  if (name == "item.overlays") {
    std::vector<std::string> ids;
    for (const model::OverlayHit& hit : c.overlays) {
      if (hit.overlay && hit.overlay->effective_from <= as_of &&
          (!hit.overlay->effective_to || as_of <= *hit.overlay->effective_to)) {
        ids.push_back(hit.overlay->id);
      }
    }
    return list(ids);
  }
  return v;
}

FactValue party_fact(const std::string& name, const FactContext& ctx) {
  const model::OrderParty& p = *ctx.party;
  if (name == "party.role")
    return text(p.role);
  if (name == "party.name")
    return text(p.name);
  if (name == "party.country")
    return text(p.country);
  if (name == "party.hq_countries") {
    std::vector<std::string> hq;
    for (const std::string* c : {&p.headquarters_country, &p.ultimate_parent_country}) {
      if (!c->empty()) {
        hq.push_back(*c);
      }
    }
    // The ownership graph's ultimate parent, when the order does not name one.
    const PartyResult* pr = ctx.party_result;
    if (p.ultimate_parent_country.empty() && pr && pr->ultimate_parent &&
        !pr->ultimate_parent->hq_country.empty() &&
        std::find(hq.begin(), hq.end(), pr->ultimate_parent->hq_country) == hq.end()) {
      hq.push_back(pr->ultimate_parent->hq_country);
    }
    return list(hq);
  }
  if (name == "party.inherited_lists" || name == "party.inherited_review") {
    auto status = name == "party.inherited_lists" ? model::InheritanceStatus::covered
                                                  : model::InheritanceStatus::review;
    return list(ctx.party_result ? inherited_codes(*ctx.party_result, status)
                                 : std::vector<std::string>{});
  }
  if (name == "party.inherited_regimes") {
    return list(ctx.party_result ? inherited_regimes(*ctx.party_result)
                                 : std::vector<std::string>{});
  }
  if (name == "party.lists" || name == "party.similar_lists") {
    bool similar = name == "party.similar_lists";
    std::vector<std::string> codes;
    if (ctx.party_result) {
      for (const PartyHit& h : ctx.party_result->hits) {
        if (h.similar == similar &&
            std::find(codes.begin(), codes.end(), h.entry->list_code) == codes.end()) {
          codes.push_back(h.entry->list_code);
        }
      }
    }
    return list(codes);
  }
  return {};
}

bool in_groups(const std::string& country, const std::vector<std::string>& names,
               const model::CountryGroups& groups, util::Date date) {
  return std::any_of(names.begin(), names.end(),
                     [&](const std::string& g) { return groups.contains(g, country, date); });
}

Truth from(bool b) {
  return b ? Truth::yes : Truth::no;
}

Truth test(const model::Predicate& p, const FactValue& v, const model::CountryGroups& groups,
           util::Date date) {
  using Op = model::Predicate::Op;
  if (p.op == Op::known) {
    return from((v.kind != FactValue::Kind::unknown) == p.boolean);
  }
  if (v.kind == FactValue::Kind::unknown) {
    return Truth::unknown;
  }
  auto any_value = [&](const std::string& s) {
    return std::find(p.values.begin(), p.values.end(), s) != p.values.end();
  };
  std::vector<std::string> items =
      v.kind == FactValue::Kind::list ? v.list : std::vector<std::string>{v.text};
  switch (p.op) {
    case Op::eq:
      return p.compares_boolean ? from(v.boolean == p.boolean)
                                : from(!p.values.empty() && v.text == p.values[0]);
    case Op::ne:
      return p.compares_boolean ? from(v.boolean != p.boolean)
                                : from(p.values.empty() || v.text != p.values[0]);
    case Op::in:
      return from(any_value(v.text));
    case Op::not_in:
      return from(!any_value(v.text));
    case Op::contains:
    case Op::not_contains: {
      bool found = std::any_of(items.begin(), items.end(), any_value);
      return from(p.op == Op::contains ? found : !found);
    }
    case Op::in_group:
    case Op::not_in_group: {
      bool found = std::any_of(items.begin(), items.end(), [&](const std::string& c) {
        return in_groups(c, p.values, groups, date);
      });
      return from(p.op == Op::in_group ? found : !found);
    }
    case Op::lt:
      return from(v.number < p.number);
    case Op::le:
      return from(v.number <= p.number);
    case Op::gt:
      return from(v.number > p.number);
    case Op::ge:
      return from(v.number >= p.number);
    case Op::known:
      break;
  }
  return Truth::unknown;
}

FactValue data_fact(const std::string& name, const FactContext& ctx) {
  if (name == "data.assumptions") {
    std::vector<std::string> ids;
    for (const model::Assumption& a :
         ctx.assumptions ? *ctx.assumptions : std::vector<model::Assumption>{}) {
      ids.push_back(a.id);
    }
    return list(ids);
  }
  if (!ctx.freshness) {
    return {};
  }
  if (name == "data.stale") {
    return boolean(!stale_datasets(*ctx.freshness, ctx.as_of).empty());
  }
  if (name == "data.stale_accepted") {
    return boolean(ctx.freshness->policy.allow_stale);
  }
  return {};
}

}  // namespace

FactValue fact(const std::string& name, const FactContext& ctx) {
  if (name.rfind("data.", 0) == 0) {
    return data_fact(name, ctx);
  }
  const model::Order& o = *ctx.order;
  if (name == "order.destination")
    return text(o.destination);
  if (name == "order.ship_from")
    return text(o.ship_from);
  if (name == "order.service")
    return text(o.service.empty() ? "none" : o.service);
  if (name == "order.end_use")
    return text(o.end_use);
  if (name.rfind("item.", 0) == 0) {
    return ctx.line ? item_fact(name, *ctx.line, ctx.as_of) : FactValue{};
  }
  if (name.rfind("party.", 0) == 0) {
    return ctx.party ? party_fact(name, ctx) : FactValue{};
  }
  return {};
}

Truth evaluate(const model::Predicate& p, const FactContext& ctx,
               const model::CountryGroups& groups, std::vector<std::string>& unknown_facts) {
  using Kind = model::Predicate::Kind;
  if (p.kind == Kind::test) {
    Truth t = test(p, fact(p.fact, ctx), groups, ctx.as_of);
    if (t == Truth::unknown &&
        std::find(unknown_facts.begin(), unknown_facts.end(), p.fact) == unknown_facts.end()) {
      unknown_facts.push_back(p.fact);
    }
    return t;
  }
  if (p.kind == Kind::not_) {
    Truth t = evaluate(p.children.at(0), ctx, groups, unknown_facts);
    return t == Truth::unknown ? t : from(t == Truth::no);
  }
  bool all = p.kind == Kind::all;
  bool saw_unknown = false;
  for (const model::Predicate& child : p.children) {
    Truth t = evaluate(child, ctx, groups, unknown_facts);
    if (t == (all ? Truth::no : Truth::yes)) {
      return t;
    }
    saw_unknown = saw_unknown || t == Truth::unknown;
  }
  return saw_unknown ? Truth::unknown : (all ? Truth::yes : Truth::no);
}

}  // namespace ecc::screen
