// Generates the labelled evaluation set for the matcher from a CSL snapshot:
//   match_gen_eval CSL.csv OUT.tsv [SEED]
// Positives: the lists' own aliases and perturbed primary names (typo,
// reorder, legal form, case/punctuation, joined words); hard negatives:
// siblings that keep an entry's rarest word; ordinary negatives: invented
// companies. Negatives whose normalized words equal any list name are
// dropped, so no negative is secretly on a list. Deterministic for a seed.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <set>

#include "import/list_import.hpp"
#include "match/name_index.hpp"
#include "match/normalize.hpp"
#include "perturb.hpp"

namespace {

using ecc::bench::Rng;

struct Row {
  std::string label, kind, query, country, key, name;
};

std::string first_country(const ecc::model::ListEntry& e) {
  for (const auto& a : e.addresses) {
    if (!a.country.empty())
      return a.country;
  }
  return "";
}

// The written word whose normalized token is rarest in the index.
std::string rarest_word(const std::string& name, const ecc::match::NameIndex& ix) {
  std::string best;
  size_t best_df = SIZE_MAX;
  for (const auto& w : ecc::bench::words_of(name)) {
    const auto n = ecc::match::normalize_name(w);
    if (n.tokens.size() != 1 || n.tokens[0].size() < 4)
      continue;
    const auto q = ix.resolve(n.tokens);
    const size_t df = q[0].id < 0 ? 0 : ix.postings_size(static_cast<uint32_t>(q[0].id));
    if (df < best_df)
      best_df = df, best = w;
  }
  return best;
}

bool eligible(const ecc::model::ListEntry& e) {
  return (e.entry_type.empty() || e.entry_type == "Entity") &&
         ecc::bench::words_of(e.name).size() >= 2 && e.name.size() <= 80;
}

void positives(const ecc::model::ListEntry& e, Rng& rng, std::vector<Row>& rows) {
  const std::string key = e.list_code + ":" + e.entry_key;
  const std::string cc = rng() % 2 ? first_country(e) : "";
  auto add = [&](const std::string& kind, const std::string& q) {
    if (!q.empty() && q != e.name)
      rows.push_back({"pos", kind, q, cc, key, e.name});
  };
  switch (std::uniform_int_distribution<int>(0, 5)(rng)) {
    case 0:
      add("typo", ecc::bench::typo(e.name, rng));
      break;
    case 1:
      add("reorder", ecc::bench::reorder(e.name));
      break;
    case 2:
      add("legal_form", ecc::bench::swap_legal_form(e.name, rng));
      break;
    case 3:
      add("case_punct", ecc::bench::case_punct(e.name));
      break;
    case 4:
      add("joined", ecc::bench::join_words(e.name));
      break;
    default:
      if (!e.aliases.empty())
        add("alias", e.aliases[rng() % e.aliases.size()].name);
  }
}

std::set<std::string> all_name_keys(const std::vector<ecc::model::ListEntry>& entries) {
  std::set<std::string> keys;
  for (const auto& e : entries) {
    keys.insert(ecc::match::normalize_name(e.name).joined());
    for (const auto& a : e.aliases)
      keys.insert(ecc::match::normalize_name(a.name).joined());
  }
  return keys;
}

void negatives(const std::vector<ecc::model::ListEntry>& picked, const ecc::match::NameIndex& ix,
               const std::set<std::string>& listed, Rng& rng, std::vector<Row>& rows) {
  auto add = [&](const std::string& kind, const std::string& q, const std::string& cc) {
    if (!q.empty() && !listed.count(ecc::match::normalize_name(q).joined())) {
      rows.push_back({"neg", kind, q, cc, "", ""});
    }
  };
  for (const auto& e : picked) {
    const std::string keep = rarest_word(e.name, ix);
    if (!keep.empty())
      add("sibling", ecc::bench::sibling(e.name, keep, rng), first_country(e));
    add("invented", ecc::bench::invented_company(rng), "");
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: match_gen_eval CSL.csv OUT.tsv [SEED] [ENTRIES]\n";
    return 2;
  }
  const uint64_t seed = argc > 3 ? std::stoull(argv[3]) : 20261123;
  const size_t want = argc > 4 ? std::stoul(argv[4]) : 600;
  auto data = ecc::import::read_list_file(argv[1], {});
  const ecc::match::NameIndex ix(data.entries);
  Rng rng(seed);
  std::vector<ecc::model::ListEntry> picked;
  for (const auto& e : data.entries) {
    if (eligible(e))
      picked.push_back(e);
  }
  std::shuffle(picked.begin(), picked.end(), rng);
  if (picked.size() > want)
    picked.resize(want);
  std::vector<Row> rows;
  for (const auto& e : picked)
    positives(e, rng, rows);
  negatives(picked, ix, all_name_keys(data.entries), rng, rows);
  std::ofstream out(argv[2]);
  out << "label\tkind\tquery\tcountry\texpected_key\texpected_name\n";
  for (const auto& r : rows) {
    out << r.label << '\t' << r.kind << '\t' << r.query << '\t' << r.country << '\t' << r.key
        << '\t' << r.name << '\n';
  }
  std::cerr << "wrote " << rows.size() << " rows to " << argv[2] << "\n";
  return 0;
}
