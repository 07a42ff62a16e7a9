// Writes a generated ownership CSV (docs/ownership.md, "File formats") for the
// registry-scale benchmarks (bench/ownership_scale_bench.sh): the registry or
// random model of ownership_models.hpp, with its listed entities named after
// real entries of a CSL file so that `db import` links them by name. Also
// writes OUT.probes: a few unlisted entities that inherit a restriction on
// 2026-11-20 under the rules in RULES_DIR, to screen and to ask `owners`
// about. Same seed, same bytes.
// Usage: ownership_gen registry|random ENTITIES STATEMENTS SEED CSL.csv OUT.csv RULES_DIR

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <unordered_map>

#include "graph/ownership_analysis.hpp"
#include "import/list_import.hpp"
#include "ownership_models.hpp"
#include "rules/ownership_rules.hpp"

namespace {

using ecc::bench::ListedName;

// Entity names of the CSL's Entity List, SDN, MEU and NS-CMIC entries that an
// ownership CSV can carry as a party (not id-like: they contain a space).
std::vector<ListedName> listed_names(const std::string& csl) {
  std::vector<ListedName> out;
  ecc::model::ParsedDataset ds = ecc::import::read_list_file(csl, {});
  for (const ecc::model::ListEntry& e : ds.entries) {
    bool wanted = e.list_code == "entity_list" || e.list_code == "sdn" || e.list_code == "meu" ||
                  e.list_code == "ns_cmic";
    bool company =
        e.entry_type != "Individual" && e.entry_type != "Vessel" && e.entry_type != "Aircraft";
    if (wanted && company && e.name.find(' ') != std::string::npos) {
      out.push_back({e.list_code, e.name});
    }
  }
  return out;
}

std::string csv(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) {
    return s;
  }
  std::string q = "\"";
  for (char c : s) {
    q += c == '"' ? "\"\"" : std::string(1, c);
  }
  return q + "\"";
}

void write_csv(const ecc::model::OwnershipGraph& g, const std::string& path) {
  std::unordered_map<std::string, std::size_t> at;
  for (std::size_t i = 0; i < g.entities.size(); ++i) {
    at.emplace(g.entities[i].id, i);
  }
  std::ofstream out(path, std::ios::binary);
  out << "owner,owned,percent,as_of,source,owner_country,owned_country,owner_hq_country,"
         "owned_hq_country\n";
  for (const ecc::model::OwnershipEdge& e : g.edges) {
    const ecc::model::OwnedEntity& a = g.entities[at.at(e.owner)];
    const ecc::model::OwnedEntity& b = g.entities[at.at(e.owned)];
    out << csv(a.name) << ',' << csv(b.name) << ','
        << (e.percent ? std::to_string(static_cast<int>(*e.percent)) : "") << ','
        << (e.as_of ? e.as_of->iso() : "") << ',' << csv(e.source.empty() ? "generated" : e.source)
        << ',' << a.country << ',' << b.country << ',' << a.hq_country << ',' << b.hq_country
        << '\n';
  }
  if (!out) {
    throw std::runtime_error(path + ": cannot write");
  }
}

// Up to five unlisted entities that inherit a restriction (covered) on
// 2026-11-20 under the shipped rules, the deepest paths first among the
// first 1,000 found, to screen and to ask `owners` about.
std::vector<std::string> probes(const ecc::model::OwnershipGraph& g, const std::string& rules) {
  ecc::graph::AnalysisOptions options;
  options.as_of = ecc::util::Date{2026, 11, 20};
  options.rules = ecc::rules::load_ownership_rules(rules);
  ecc::graph::OwnershipAnalysis a(g, options);
  std::vector<std::pair<std::size_t, std::string>> found;  // (-path length, name)
  for (std::size_t i = 0; i < g.entities.size() && found.size() < 1000; ++i) {
    if (!g.entities[i].listings.empty()) {
      continue;
    }
    std::size_t longest = 0;
    for (const auto& r : a.restrictions(i, ecc::graph::OwnershipAnalysis::Detail::status)) {
      if (r.status == ecc::model::InheritanceStatus::covered) {
        for (const auto& x : a.restrictions(i)) {
          for (const auto& p : x.paths) {
            longest = std::max(longest, p.size());
          }
        }
        break;
      }
    }
    if (longest > 0) {
      found.emplace_back(1000 - longest, g.entities[i].name);
    }
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> out;
  for (std::size_t i = 0; i < found.size() && i < 5; ++i) {
    out.push_back(found[i].second);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 8) {
    std::cerr << "usage: ownership_gen registry|random ENTITIES STATEMENTS SEED CSL.csv OUT.csv "
                 "RULES_DIR\n";
    return 2;
  }
  std::string model = argv[1];
  std::size_t n = std::strtoul(argv[2], nullptr, 10);
  std::size_t m = std::strtoul(argv[3], nullptr, 10);
  auto seed = static_cast<unsigned>(std::strtoul(argv[4], nullptr, 10));
  try {
    std::vector<ListedName> names = listed_names(argv[5]);
    ecc::model::OwnershipGraph g = model == "random"
                                       ? ecc::bench::random_graph(n, m, seed, names)
                                       : ecc::bench::registry_graph(n, m, seed, names);
    std::set<std::string> listed;
    for (const ListedName& l : names) {
      listed.insert(l.name);
    }
    std::set<std::string> named;  // entities that appear in a statement (the CSV has no others)
    for (const ecc::model::OwnershipEdge& e : g.edges) {
      named.insert(e.owner);
      named.insert(e.owned);
    }
    std::size_t listed_used = 0;
    for (const ecc::model::OwnedEntity& e : g.entities) {
      listed_used += named.count(e.id) * listed.count(e.name);
    }
    write_csv(g, argv[6]);
    std::ofstream probe_file(std::string(argv[6]) + ".probes");
    for (const std::string& p : probes(g, argv[7])) {
      probe_file << p << '\n';
    }
    std::printf(
        "%s model, seed %u: %zu entities (%zu named after listed entries), %zu statements\n",
        model.c_str(), seed, named.size(), listed_used, g.edges.size());
  } catch (const std::exception& e) {
    std::cerr << "ownership_gen: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
