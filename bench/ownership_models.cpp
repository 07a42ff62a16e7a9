// Generated ownership graphs (ownership_models.hpp). Both models draw from
// one std::mt19937_64 seeded by the caller, so a seed gives the same graph
// on every machine. The random model is the generator bench/ownership_bench
// always used (same draws in the same order, so its figures stay comparable).

#include "ownership_models.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>

namespace ecc::bench {
namespace {

using Rng = std::mt19937_64;

// Names of listed parties per list code, handed out in order, each once (two
// entities of one name would be one entity in an ownership CSV).
class NamePool {
 public:
  explicit NamePool(const std::vector<ListedName>& names) {
    std::set<std::string> seen;
    for (const ListedName& n : names) {
      if (seen.insert(n.name).second) {
        m_names[n.list_code].push_back(n.name);
      }
    }
    m_given = !names.empty();
  }
  bool empty() const { return !m_given; }
  // The next unused name for `list_code`, or "" when there is none left.
  std::string take(const std::string& list_code) {
    auto it = m_names.find(list_code);
    std::size_t& next = m_next[list_code];
    if (it == m_names.end() || next >= it->second.size()) {
      return {};
    }
    return it->second[next++];
  }

 private:
  std::map<std::string, std::vector<std::string>> m_names;
  std::map<std::string, std::size_t> m_next;
  bool m_given = false;
};

model::EntityListing invented_listing(const char* list_code) {
  model::EntityListing l;
  l.list_code = list_code;
  l.programs = {"NPWMD"};
  l.license_policy = "Presumption of denial";
  return l;
}

// Makes `e` listed on `list_code` (an invented listing); when names are
// given, only if one is left, and then it takes that real entry's name (db
// import links it by name).
void make_listed(model::OwnedEntity& e, const char* list_code, NamePool& pool) {
  if (!pool.empty()) {
    std::string name = pool.take(list_code);
    if (name.empty()) {
      return;
    }
    e.name = std::move(name);
  }
  e.listings.push_back(invented_listing(list_code));
}

// --- random model (bench/ownership_bench) ---------------------------------

model::OwnedEntity random_entity(std::size_t i, Rng& rng, NamePool& pool) {
  static const char* k_lists[] = {"sdn", "entity_list", "meu", "ns_cmic"};
  static const char* k_countries[] = {"CN", "HK", "SG", "US", "KY", "MY", "AE", "RU"};
  model::OwnedEntity e;
  e.id = "E" + std::to_string(i);
  e.name = "Entity " + std::to_string(i);
  e.country = k_countries[rng() % 8];
  if (rng() % 100 == 0) {
    make_listed(e, k_lists[rng() % 4], pool);
  }
  return e;
}

// Edges into entity `v`: `k` owners, mostly older entities (a hierarchy with
// some cross-holdings); shares split 100 % at random, 10 % of them unknown.
void random_owners(std::size_t v, std::size_t n, int k, Rng& rng, model::OwnershipGraph& g) {
  int left = 100;
  for (int j = 0; j < k; ++j) {
    std::size_t owner = (v > 0 && rng() % 100 < 95) ? rng() % v : rng() % n;
    if (owner == v) {
      owner = (v + 1) % n;
    }
    int share = left > 0 ? 1 + static_cast<int>(rng() % static_cast<unsigned>(left)) : 0;
    left -= share;
    model::OwnershipEdge e;
    e.owner = "E" + std::to_string(owner);
    e.owned = "E" + std::to_string(v);
    if (rng() % 10 != 0) {
      e.percent = share;
    }
    e.as_of = util::Date{2024, 1 + static_cast<int>(rng() % 12), 1};
    g.edges.push_back(std::move(e));
  }
}

// --- registry model ---------------------------------------------------------

constexpr const char* k_home[] = {"CN", "CN", "CN", "HK", "US", "US", "SG", "KY",
                                  "RU", "AE", "DE", "GB", "JP", "MY", "IN", "NL"};
constexpr const char* k_abroad[] = {"MY", "SG", "HK", "US", "AE", "NL", "VN", "KZ"};

double uniform(Rng& rng) {
  return std::uniform_real_distribution<double>(0.0, 1.0)(rng);
}

std::size_t below(Rng& rng, std::size_t n) {
  return static_cast<std::size_t>(rng() % n);
}

util::Date day_after(util::Date from, long days) {
  return util::Date::from_days(from.days_since_epoch() + days);
}

struct Registry {
  Rng rng;
  NamePool pool;
  model::OwnershipGraph g;
  std::size_t investors = 0;
  std::size_t next_investor = 0;
  std::size_t limit = 0;  // statements wanted
  double listed_scale = 1.0;

  Registry(unsigned seed, const std::vector<ListedName>& names) : rng(seed), pool(names) {}

  bool full() const { return g.edges.size() >= limit; }

  const char* list_code() {
    static const char* k_lists[] = {"entity_list", "entity_list", "entity_list", "sdn",
                                    "sdn",         "meu",         "ns_cmic",     "ns_cmic"};
    return k_lists[below(rng, 8)];
  }

  void add_entity(std::string id, std::string name, std::string country, std::string hq) {
    model::OwnedEntity e;
    e.id = std::move(id);
    e.name = std::move(name);
    e.country = std::move(country);
    e.hq_country = std::move(hq);
    g.entities.push_back(std::move(e));
  }

  // A statement from entity index `owner` into `owned`, dated in 2010-2024
  // (2 % undated); `percent` < 0 = unknown share.
  void state(std::size_t owner, std::size_t owned, int percent) {
    if (full() || owner == owned) {
      return;
    }
    model::OwnershipEdge e;
    e.owner = g.entities[owner].id;
    e.owned = g.entities[owned].id;
    if (percent >= 0) {
      e.percent = percent;
    }
    if (below(rng, 50) != 0) {
      e.as_of = day_after(util::Date{2010, 1, 1}, static_cast<long>(below(rng, 5478)));
    }
    e.source = "generated registry";
    g.edges.push_back(std::move(e));
  }

  std::size_t investor() {
    // Round robin first, so that every fund and person owns something.
    std::size_t k = next_investor < investors ? next_investor++ : below(rng, investors);
    return k;
  }

  void make_investors(std::size_t count) {
    investors = count;
    for (std::size_t i = 0; i < count; ++i) {
      bool person = below(rng, 3) == 0;
      std::string id = (person ? "Person " : "Fund ") + std::to_string(i) + (person ? "" : " LP");
      add_entity(id, id, k_home[below(rng, 16)], "");
      if (uniform(rng) * 400 < listed_scale) {
        make_listed(g.entities.back(), "sdn", pool);
      }
    }
  }

  // Group members base..base+size-1: a random recursive tree under the first.
  void make_group(std::size_t group, std::size_t base, std::size_t size);
  void member_owners(std::size_t base, std::size_t k, std::size_t size);
  void restate();
};

void Registry::make_group(std::size_t group, std::size_t base, std::size_t size) {
  const char* home = k_home[below(rng, 16)];
  for (std::size_t k = 0; k < size; ++k) {
    bool abroad = k > 0 && below(rng, 5) == 0;
    const char* country = abroad ? k_abroad[below(rng, 8)] : home;
    std::string id = "Group " + std::to_string(group) + " Member " + std::to_string(k) + " Ltd.";
    add_entity(id, id, country, k == 0 || below(rng, 2) == 0 ? home : "");
    bool listed = uniform(rng) * (k == 0 ? 250 : 2000) < listed_scale;
    if (listed) {
      make_listed(g.entities.back(), list_code(), pool);
    }
  }
  for (std::size_t k = 0; k < size; ++k) {
    member_owners(base, k, size);
  }
}

// The owners of member k of the group at `base`: a majority parent (unknown
// share 8 % of the time), a minority co-owner for what is left, now and then a
// stake in an ancestor (a cycle) or an extra owner beyond 100 %.
void Registry::member_owners(std::size_t base, std::size_t k, std::size_t size) {
  std::size_t self = base + k;
  if (k == 0) {
    if (size == 1 || below(rng, 3) == 0) {  // a lone company appears in some statement
      state(investor(), self, 1 + static_cast<int>(below(rng, 30)));
    }
    return;
  }
  std::size_t parent = base + below(rng, k);
  int major = below(rng, 2) == 0 ? 100 : 50 + static_cast<int>(below(rng, 50));
  state(parent, self, below(rng, 12) == 0 ? -1 : major);
  if (major < 100 && below(rng, 10) < 7) {
    std::size_t roll = below(rng, 20);
    std::size_t co = roll < 15   ? investor()
                     : roll < 18 ? base + below(rng, k)
                                 : investors + below(rng, base - investors + 1);
    state(co, self, 1 + static_cast<int>(below(rng, static_cast<std::size_t>(100 - major))));
  }
  if (k >= 2 && below(rng, 400) == 0) {
    state(self, parent, 5 + static_cast<int>(below(rng, 20)));  // cross-holding: a cycle
  }
  if (below(rng, 800) == 0) {
    state(investor(), self, 60);  // more than 100 % stated in all
  }
}

// A later statement about an existing pair: a new share, a divestment below
// 50 %, an end (0 %), a rise to 100 % or an unknown share; dated up to 2027,
// so some lie after the benchmark's date. Now and then the same date again
// (duplicate or conflicting statements).
void Registry::restate() {
  const model::OwnershipEdge old = g.edges[below(rng, g.edges.size())];
  model::OwnershipEdge e = old;
  util::Date base = old.as_of ? *old.as_of : util::Date{2016, 1, 1};
  std::size_t roll = below(rng, 20);
  if (roll < 7) {
    e.percent = 1 + static_cast<int>(below(rng, 100));
  } else if (roll < 12) {
    e.percent = 10 + static_cast<int>(below(rng, 39));
  } else if (roll < 15) {
    e.percent = 0;
  } else if (roll < 18) {
    e.percent = 100;
  } else {
    e.percent.reset();
  }
  std::size_t same_day = below(rng, 1000);
  e.as_of = same_day < 2 ? base : day_after(base, 30 + static_cast<long>(below(rng, 2500)));
  if (same_day == 0) {
    e.percent = old.percent;  // a duplicate statement
  }
  if (*e.as_of > util::Date{2027, 12, 31}) {
    e.as_of = util::Date{2027, 12, 31};
  }
  g.edges.push_back(std::move(e));
}

}  // namespace

model::OwnershipGraph random_graph(std::size_t n, std::size_t edges, unsigned seed,
                                   const std::vector<ListedName>& names) {
  Rng rng(seed);
  NamePool pool(names);
  model::OwnershipGraph g;
  g.entities.reserve(n);
  g.edges.reserve(edges);
  for (std::size_t i = 0; i < n; ++i) {
    g.entities.push_back(random_entity(i, rng, pool));
  }
  for (std::size_t v = 0; v < n && g.edges.size() < edges; ++v) {
    std::size_t remaining = edges - g.edges.size();
    int k = static_cast<int>(std::min<std::size_t>(remaining, (edges / n) + (v < edges % n)));
    random_owners(v, n, k, rng, g);
  }
  return g;
}

model::OwnershipGraph registry_graph(std::size_t n, std::size_t statements, unsigned seed,
                                     const std::vector<ListedName>& names, double listed_scale) {
  Registry r(seed, names);
  r.limit = statements;
  r.listed_scale = listed_scale;
  r.g.entities.reserve(n);
  r.g.edges.reserve(statements);
  r.make_investors(std::max<std::size_t>(1, n / 25));
  std::size_t group = 0;
  while (r.g.entities.size() < n) {
    // Pareto group sizes (alpha 1.2): mostly a handful, a few thousands.
    auto size = static_cast<std::size_t>(std::pow(1.0 - uniform(r.rng), -1.0 / 1.2));
    size = std::clamp<std::size_t>(size, 1, std::min<std::size_t>(20'000, n - r.g.entities.size()));
    r.make_group(group++, r.g.entities.size(), size);
  }
  while (!r.full() && !r.g.edges.empty()) {
    r.restate();
  }
  return r.g;
}

}  // namespace ecc::bench
