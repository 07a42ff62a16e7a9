// Generates a customer master file for the audit benchmark:
//   audit_gen CSL.csv OUT.csv [ROWS] [SEED] [LISTED_PERCENT]
// Most rows are invented companies (brand words built from random syllables,
// so nearly every brand is unique as in a real customer master, plus common
// English words, places, trades and legal forms of many countries) and some
// people; LISTED_PERCENT (default 3) of the rows are list names and aliases,
// unchanged or perturbed (typo, reordered words, swapped legal form,
// case/punctuation noise, joined words). Deterministic for a seed.
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "import/list_import.hpp"
#include "perturb.hpp"

namespace {

using ecc::bench::Rng;

const std::vector<std::string> k_syll = {
    "ka",  "lo",  "mi",  "ra",  "te",  "vo",  "zen", "tra", "quin", "bel", "dor", "fa",
    "gri", "hal", "jo",  "kes", "lum", "mar", "nex", "or",  "pa",   "qua", "ri",  "sol",
    "tan", "ul",  "ver", "wen", "xa",  "yor", "zu",  "bra", "cor",  "del", "eon", "fin",
    "gal", "hex", "ix",  "jun", "kor", "lin", "mon", "nor", "ova",  "pri", "ros", "sta",
    "tor", "uni", "vel", "wix", "yan", "zo",  "ar",  "bi",  "ce",   "du",  "el",  "go",
    "hu",  "is",  "ja",  "ki",  "le",  "mu",  "ne",  "po",  "sa",   "ti"};
const std::vector<std::string> k_words = {
    "Global",    "Pacific",  "Green",       "River",       "Solutions", "Systems",    "Partners",
    "Digital",   "Northern", "Blue",        "Summit",      "United",    "Advanced",   "Precision",
    "Smart",     "Quantum",  "Bright",      "Capital",     "Network",   "Data",       "Cloud",
    "Logistics", "Energy",   "Medical",     "Foods",       "Supply",    "Consulting", "Design",
    "Media",     "Robotics", "Motors",      "Labs",        "Analytics", "Security",   "Industries",
    "Holdings",  "Services", "Engineering", "Electronics", "Computing"};
const std::vector<std::string> k_places = {
    "Berlin",   "Austin", "Osaka",     "Lyon",   "Porto",   "Denver", "Leeds",
    "Seoul",    "Pune",   "Quito",     "Dallas", "Oslo",    "Perth",  "Turin",
    "Graz",     "Boston", "Nagoya",    "Malmo",  "Cork",    "Ghent",  "Shenzhen",
    "Hangzhou", "Taipei", "Singapore", "Dubai",  "Toronto", "Munich", "Madrid"};
const std::vector<std::string> k_legal = {"Inc.",  "LLC",        "Ltd.",   "Limited", "GmbH",
                                          "AG",    "S.A.",       "S.A.S.", "B.V.",    "Pty Ltd",
                                          "Corp.", "Co., Ltd.",  "K.K.",   "S.p.A.",  "Oy",
                                          "AB",    "Sp. z o.o.", "PLC",    "S.r.l.",  "Pte. Ltd."};
const std::vector<std::string> k_first = {"Anna", "Li",    "Carlos", "Priya", "John",  "Mei",
                                          "Olga", "Ahmed", "Sofia",  "Kenji", "Maria", "David"};
const std::vector<std::string> k_countries = {"US", "DE", "JP", "FR", "GB", "KR", "IN", "CN",
                                              "SG", "NL", "CA", "TW", "HK", "AE", "BR", ""};

template <class T>
const T& pick(const std::vector<T>& v, Rng& rng) {
  return v[rng() % v.size()];
}

std::string brand(Rng& rng) {
  std::string b;
  const size_t n = 2 + rng() % 3;
  for (size_t i = 0; i < n; ++i)
    b += pick(k_syll, rng);
  b[0] = static_cast<char>(b[0] - 'a' + 'A');
  return b;
}

std::string invented(Rng& rng) {
  switch (rng() % 10) {
    case 0:
      return pick(k_first, rng) + " " + brand(rng);  // a person
    case 1:
    case 2:
      return pick(k_places, rng) + " " + brand(rng) + " " + pick(k_words, rng) + " " +
             pick(k_legal, rng);
    case 3:
      return brand(rng) + " " + brand(rng) + " " + pick(k_legal, rng);
    default:
      return brand(rng) + " " + pick(k_words, rng) + " " + pick(k_legal, rng);
  }
}

std::string listed(const std::vector<ecc::model::ListEntry>& entries, Rng& rng,
                   std::string& country) {
  const auto& e = entries[rng() % entries.size()];
  const std::string name =
      e.aliases.empty() || rng() % 2 ? e.name : e.aliases[rng() % e.aliases.size()].name;
  country = rng() % 2 == 0 && !e.addresses.empty() ? e.addresses.front().country : "";
  std::string p;
  switch (rng() % 6) {
    case 0:
      p = ecc::bench::typo(name, rng);
      break;
    case 1:
      p = ecc::bench::reorder(name);
      break;
    case 2:
      p = ecc::bench::swap_legal_form(name, rng);
      break;
    case 3:
      p = ecc::bench::case_punct(name);
      break;
    case 4:
      p = ecc::bench::join_words(name);
      break;
    default:
      break;
  }
  return p.empty() ? name : p;
}

std::string csv(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos)
    return s;
  std::string out = "\"";
  for (const char c : s)
    out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: audit_gen CSL.csv OUT.csv [ROWS] [SEED] [LISTED_PERCENT]\n";
    return 2;
  }
  const size_t rows = argc > 3 ? std::stoul(argv[3]) : 1000000;
  Rng rng(argc > 4 ? std::stoull(argv[4]) : 20261123);
  const unsigned listed_pct = argc > 5 ? static_cast<unsigned>(std::stoul(argv[5])) : 3;
  const auto data = ecc::import::read_list_file(argv[1], {});
  std::ofstream out(argv[2], std::ios::binary);
  out << "customer_id,name,country\n";
  size_t n_listed = 0;
  for (size_t i = 0; i < rows; ++i) {
    std::string country = pick(k_countries, rng);
    std::string name;
    if (rng() % 100 < listed_pct) {
      name = listed(data.entries, rng, country);
      ++n_listed;
    } else {
      name = invented(rng);
    }
    out << "C" << i + 1 << "," << csv(name) << "," << country << "\n";
  }
  std::cerr << "wrote " << rows << " rows (" << n_listed << " from the lists) to " << argv[2]
            << "\n";
  return out ? 0 : 1;
}
