// Perturbation helpers of the evaluation-set generator. They work on words as
// written (not normalized tokens) so that the queries look like real
// customer-master data.
#include "perturb.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace ecc::bench {

namespace {

const std::vector<std::string> k_legal = {
    "Co., Ltd.",   "Co. Ltd.", "Ltd.", "Limited",         "LTD",     "Inc.",   "Corp.",
    "Corporation", "LLC",      "GmbH", "Company Limited", "Co.,Ltd", "L.L.C.", "Co"};
const std::vector<std::string> k_places = {"Qingdao",   "Ningbo", "Dalian",   "Xiamen",   "Kunming",
                                           "Lanzhou",   "Hefei",  "Nanchang", "Guiyang",  "Taiyuan",
                                           "Rotterdam", "Porto",  "Gdansk",   "Valencia", "Izmir"};
const std::vector<std::string> k_trades = {
    "Furniture", "Textile", "Agricultural", "Ceramics", "Food",  "Garment",  "Paper",
    "Pharmacy",  "Tourism", "Bicycle",      "Footwear", "Dairy", "Printing", "Toys"};
const std::vector<std::string> k_syll = {"nor", "vel", "kar", "tis", "lum", "bra", "quen", "dor",
                                         "sil", "mab", "rex", "fen", "gol", "tra", "vin",  "hal"};

template <class T>
const T& pick(const std::vector<T>& v, Rng& rng) {
  return v[std::uniform_int_distribution<size_t>(0, v.size() - 1)(rng)];
}

std::string join_words_vec(const std::vector<std::string>& w) {
  std::string s;
  for (const auto& x : w)
    s += (s.empty() ? "" : " ") + x;
  return s;
}

bool is_legal_word(const std::string& w) {
  std::string l;
  for (const char c : w) {
    if (std::isalpha(static_cast<unsigned char>(c)))
      l.push_back(static_cast<char>(std::tolower(c)));
  }
  return l == "co" || l == "ltd" || l == "limited" || l == "inc" || l == "corp" ||
         l == "corporation" || l == "llc" || l == "gmbh" || l == "company" || l == "coltd";
}

size_t trailing_legal(const std::vector<std::string>& w) {
  size_t n = 0;
  while (n < w.size() && is_legal_word(w[w.size() - 1 - n]))
    ++n;
  return n;
}

}  // namespace

std::vector<std::string> words_of(const std::string& name) {
  std::istringstream in(name);
  std::vector<std::string> w;
  for (std::string x; in >> x;)
    w.push_back(x);
  return w;
}

std::string typo(const std::string& name, Rng& rng) {
  std::vector<std::string> w = words_of(name);
  size_t best = w.size();
  for (size_t i = 0; i < w.size(); ++i) {
    const bool alpha = std::all_of(w[i].begin(), w[i].end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c));
    });
    if (alpha && w[i].size() >= 6 && (best == w.size() || w[i].size() > w[best].size()))
      best = i;
  }
  if (best == w.size())
    return {};
  std::string& t = w[best];
  const size_t pos = std::uniform_int_distribution<size_t>(1, t.size() - 2)(rng);
  const char letter = static_cast<char>('a' + std::uniform_int_distribution<int>(0, 25)(rng));
  switch (std::uniform_int_distribution<int>(0, 3)(rng)) {
    case 0:
      t[pos] = t[pos] == letter ? 'x' : letter;
      break;
    case 1:
      t.erase(pos, 1);
      break;
    case 2:
      std::swap(t[pos], t[pos + 1]);
      break;
    default:
      t.insert(pos, 1, letter);
      break;
  }
  return join_words_vec(w);
}

std::string reorder(const std::string& name) {
  std::vector<std::string> w = words_of(name);
  const size_t legal = trailing_legal(w);
  if (w.size() - legal < 3)
    return {};
  std::rotate(w.begin(), w.begin() + 1, w.end() - static_cast<std::ptrdiff_t>(legal));
  return join_words_vec(w);
}

std::string swap_legal_form(const std::string& name, Rng& rng) {
  std::vector<std::string> w = words_of(name);
  const size_t legal = trailing_legal(w);
  if (legal == 0)
    return {};
  w.resize(w.size() - legal);
  if (w.empty())
    return {};
  std::string out = join_words_vec(w);
  if (out.back() == ',')
    out.pop_back();
  if (std::uniform_int_distribution<int>(0, 1)(rng) == 0)
    return out;
  return out + " " + pick(k_legal, rng);
}

std::string case_punct(const std::string& name) {
  std::string out;
  for (const char c : name) {
    if (c == '.' || c == ',' || c == '(' || c == ')')
      continue;
    out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    if (c == ' ' && out.size() % 3 == 0)
      out.push_back(' ');
  }
  return out;
}

std::string join_words(const std::string& name) {
  std::vector<std::string> w = words_of(name);
  const size_t legal = trailing_legal(w);
  if (w.size() - legal < 2)
    return {};
  auto alpha = [](const std::string& x) {
    return x.size() >= 3 && std::all_of(x.begin(), x.end(), [](char c) {
             return std::isalpha(static_cast<unsigned char>(c));
           });
  };
  size_t best = w.size();
  for (size_t i = 0; i + 1 < w.size() - legal; ++i) {
    if (!alpha(w[i]) || !alpha(w[i + 1]))
      continue;
    if (best == w.size() || w[i].size() + w[i + 1].size() > w[best].size() + w[best + 1].size())
      best = i;
  }
  if (best == w.size())
    return {};
  w[best] += w[best + 1];
  w.erase(w.begin() + static_cast<std::ptrdiff_t>(best) + 1);
  return join_words_vec(w);
}

std::string sibling(const std::string& name, const std::string& keep, Rng& rng) {
  std::vector<std::string> w = words_of(name);
  const size_t legal = trailing_legal(w);
  std::vector<std::string> out = {pick(k_places, rng)};
  out.push_back(keep);
  out.push_back(pick(k_trades, rng));
  for (size_t i = w.size() - legal; i < w.size(); ++i)
    out.push_back(w[i]);
  if (legal == 0)
    out.push_back(pick(k_legal, rng));
  return join_words_vec(out);
}

std::string invented_company(Rng& rng) {
  std::string brand = pick(k_syll, rng) + pick(k_syll, rng);
  brand[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(brand[0])));
  return pick(k_places, rng) + " " + brand + " " + pick(k_trades, rng) + " " + pick(k_legal, rng);
}

}  // namespace ecc::bench
