// Resolution of ownership ids and names to list entries: three exact indexes
// (entry key, LEI, folded name or alias) over the active entries, then one
// lookup per entity. Exact on purpose: a wrong link would make an unlisted
// company inherit a listing, so near-misses are left to `exportcheck match`.
#include "import/ownership_link.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::import {

namespace {

using Index = std::unordered_map<std::string, std::vector<std::size_t>>;

std::string fold(std::string_view s) {
  return util::to_lower_ascii(util::collapse_spaces(s));
}

bool is_lei_type(const std::string& type) {
  return util::to_lower_ascii(type).find("lei") != std::string::npos ||
         util::to_lower_ascii(type).find("legal entity identifier") != std::string::npos;
}

struct EntryIndex {
  Index keys, leis, names;

  explicit EntryIndex(const std::vector<model::ListEntry>& entries) {
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const model::ListEntry& e = entries[i];
      keys[e.entry_key].push_back(i);
      names[fold(e.name)].push_back(i);
      for (const model::Alias& a : e.aliases) {
        names[fold(a.name)].push_back(i);
      }
      for (const model::Identifier& id : e.identifiers) {
        if (is_lei_type(id.type) || looks_like_lei(id.number)) {
          leis[util::collapse_spaces(id.number)].push_back(i);
        }
      }
    }
  }

  void add(const Index& index, const std::string& key, std::set<std::size_t>& out) const {
    auto it = index.find(key);
    if (it != index.end()) {
      out.insert(it->second.begin(), it->second.end());
    }
  }

  // Entry indexes for an entity, ascending.
  std::set<std::size_t> resolve(const model::OwnedEntity& e) const {
    std::set<std::size_t> out;
    add(keys, e.id, out);
    add(leis, e.id, out);
    for (const model::Identifier& id : e.identifiers) {
      if (is_lei_type(id.type)) {
        add(leis, id.number, out);
      }
    }
    std::string id = fold(e.id);
    add(names, id, out);
    if (e.name != e.id) {  // most entities are named by their id: one lookup
      add(names, fold(e.name), out);
    }
    return out;
  }
};

bool looks_like_id(std::string_view s) {
  bool space = std::any_of(s.begin(), s.end(),
                           [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
  bool digit = std::any_of(s.begin(), s.end(),
                           [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  return !space && digit && !looks_like_lei(s);
}

}  // namespace

bool looks_like_lei(std::string_view s) {
  if (s.size() != 20) {
    return false;
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    bool ok = i < 18 ? (std::isdigit(c) || std::isupper(c)) : std::isdigit(c) != 0;
    if (!ok) {
      return false;
    }
  }
  return true;
}

model::EntityListing listing_of(const model::ListEntry& entry) {
  model::EntityListing l;
  l.list_code = entry.list_code;
  l.entry_key = entry.entry_key;
  l.programs = entry.programs;
  l.license_requirement = entry.license_requirement;
  l.license_policy = entry.license_policy;
  l.start_date = entry.start_date;
  l.end_date = entry.end_date;
  return l;
}

std::vector<std::vector<std::size_t>> resolve_links(const model::OwnershipGraph& graph,
                                                    const std::vector<model::ListEntry>& entries) {
  EntryIndex index(entries);
  std::vector<std::vector<std::size_t>> out;
  out.reserve(graph.entities.size());
  for (const model::OwnedEntity& e : graph.entities) {
    std::set<std::size_t> found = index.resolve(e);
    out.emplace_back(found.begin(), found.end());
  }
  return out;
}

void apply_links(model::OwnershipGraph& graph,
                 const std::vector<std::vector<const model::ListEntry*>>& links) {
  for (std::size_t i = 0; i < graph.entities.size() && i < links.size(); ++i) {
    model::OwnedEntity& e = graph.entities[i];
    e.listings.clear();
    for (const model::ListEntry* entry : links[i]) {
      e.listings.push_back(listing_of(*entry));
      bool bare_id = looks_like_id(e.id) || looks_like_lei(e.id);
      if (e.name == e.id && bare_id && e.listings.size() == 1) {
        e.name = entry->name;  // named by key or LEI only: show the entry's name
      }
    }
  }
}

void link_ownership(model::OwnershipGraph& graph, const std::vector<model::ListEntry>& entries) {
  std::vector<std::vector<const model::ListEntry*>> links;
  for (const std::vector<std::size_t>& found : resolve_links(graph, entries)) {
    links.emplace_back();
    for (std::size_t i : found) {
      links.back().push_back(&entries[i]);
    }
  }
  apply_links(graph, links);
}

void check_party_ids(const model::OwnershipGraph& graph,
                     const std::vector<model::ListEntry>& entries) {
  std::set<std::string> keys;
  for (const model::ListEntry& e : entries) {
    keys.insert(e.entry_key);
  }
  for (const model::OwnershipEdge& edge : graph.edges) {
    for (const std::string* id : {&edge.owner, &edge.owned}) {
      if (looks_like_id(*id) && keys.count(*id) == 0) {
        throw DataError(edge.location + ": unknown party id " + util::quote(*id) +
                        ": not the key of any list entry in the database or this import (give " +
                        "an entry key, an LEI, or the party's exact name)");
      }
    }
  }
}

}  // namespace ecc::import
