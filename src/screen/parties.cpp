// Party resolution: every party name goes through the matcher (the same one
// `exportcheck match` uses). A `match` decision is a hit; a `review` decision
// is a similar hit, which rules turn into a review, never a clear. Entries
// not yet listed (start date after the as-of date) or delisted are set aside
// with a note, so that a screening "as of" an old date sees the old lists.
#include <cstdio>

#include "match/matcher.hpp"
#include "screen/screen_internal.hpp"

namespace ecc::screen {

namespace {

bool listed_on(const model::ListEntry& e, util::Date date) {
  auto start = util::parse_iso_date(e.start_date);
  auto end = util::parse_iso_date(e.end_date);
  return (!start || *start <= date) && (!end || date <= *end);
}

std::string score_text(double score) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", score);
  return buf;
}

}  // namespace

PartyResult resolve_party(const model::OrderParty& party, const ScreenInputs& in,
                          util::Date as_of) {
  PartyResult result;
  if (!in.matcher || !in.entries) {
    return result;
  }
  match::Query q{party.name, party.country, party.ids};
  match::MatchResponse response = in.matcher->match(q);
  for (const match::MatchResult& r : response.results) {
    if (r.decision == match::Decision::clear) {
      continue;
    }
    const model::ListEntry& e = in.entries->entry(r.entry_index);
    if (!listed_on(e, as_of)) {
      result.notes.push_back("'" + e.name + "' (" + e.list_code + ") is not listed on " +
                             as_of.iso() + " (listed " + e.start_date +
                             (e.end_date.empty() ? "" : " to " + e.end_date) + ")");
      continue;
    }
    bool duplicate = false;  // the same listing from two sources (CSL and OFAC's own file)
    for (const PartyHit& h : result.hits) {
      duplicate = duplicate || (h.entry->list_code == e.list_code && h.entry->name == e.name &&
                                h.entry->entry_key == e.entry_key);
    }
    if (duplicate) {
      continue;
    }
    PartyHit hit;
    hit.entry = &e;
    hit.score = r.score;
    hit.alias = r.matched_alias;
    hit.similar = r.decision == match::Decision::review;
    const std::string& method = r.aliases.front().score.method;
    const bool told = method == "contained" || method == "contains" || method == "acronym";
    hit.how = std::string(hit.similar ? "resembles" : "matches") + " '" + r.matched_alias +
              "' (score " + score_text(r.score) + (told ? ", " + method : "") + ")";
    for (const model::EntryLink& link : e.links) {
      hit.how += " (" + model::link_text(link) + ")";
    }
    result.hits.push_back(hit);
  }
  add_ownership(party, in, as_of, result);
  return result;
}

}  // namespace ecc::screen
