// Composition of store, import and graph for the ownership index: building
// it at import (scan the active data, link, compute the facts, write one row
// per node) and reading it back as a graph::StoredGraph. The store keeps
// bytes; the encodings are here: ownership_nodes.refs = identifiers, then the
// statements into and out of the node, checksummed; the links in the match
// index row = linked nodes, offsets, entries.id, checksummed.
#include "cli/ownership_index.hpp"

#include <algorithm>
#include <mutex>
#include <unordered_map>

#include "import/ownership_link.hpp"
#include "store/store.hpp"
#include "util/binary_io.hpp"
#include "util/error.hpp"

namespace ecc::cli {

namespace {

constexpr std::uint64_t k_links_magic = 0x3273'6b6e'696c'6e77;  // "wnlinks2"

std::string encode_links(const std::vector<std::vector<std::size_t>>& links,
                         const std::vector<long long>& entry_ids) {
  std::vector<std::uint32_t> nodes;
  std::vector<std::uint64_t> offsets{0};
  std::vector<long long> entries;
  for (std::size_t n = 0; n < links.size(); ++n) {
    if (links[n].empty()) {
      continue;
    }
    nodes.push_back(static_cast<std::uint32_t>(n));
    for (std::size_t e : links[n]) {
      entries.push_back(entry_ids.at(e));
    }
    offsets.push_back(entries.size());
  }
  util::BinaryWriter out;
  out.put<std::uint64_t>(k_links_magic);
  out.put_array(nodes);
  out.put_array(offsets);
  out.put_array(entries);
  return out.finish();
}

std::string encode_refs(const graph::StoredNode& node) {
  std::vector<std::string> ids;
  for (const model::Identifier& i : node.entity.identifiers) {
    ids.insert(ids.end(), {i.type, i.number, i.country});
  }
  util::BinaryWriter out;
  out.put_strings(ids);
  out.put_array(node.owners);
  out.put_array(node.holdings);
  return out.finish();
}

// The entities of `scan`, linked to `entries` (names as linked); `links` per entity.
std::vector<std::uint8_t> link_entities(model::OwnershipGraph& g,
                                        const std::vector<model::ListEntry>& entries,
                                        std::vector<std::vector<std::size_t>>& links) {
  links = import::resolve_links(g, entries);
  std::vector<std::vector<const model::ListEntry*>> pointers(links.size());
  std::vector<std::uint8_t> listed(links.size(), 0);
  for (std::size_t i = 0; i < links.size(); ++i) {
    for (std::size_t e : links[i]) {
      pointers[i].push_back(&entries[e]);
    }
    listed[i] = links[i].empty() ? 0 : 1;
  }
  import::apply_links(g, pointers);
  return listed;
}

std::vector<graph::KeyedStatement> keyed_statements(store::ActiveOwnershipScan& scan) {
  std::vector<graph::KeyedStatement> out;
  out.reserve(scan.statements.size());
  for (const store::ActiveOwnershipScan::Statement& s : scan.statements) {
    long day = s.as_of ? s.as_of->days_since_epoch() : graph::k_undated;
    out.push_back({s.id, s.owner, s.owned, s.percent, day});
  }
  scan.statements = {};
  return out;
}

std::vector<std::pair<std::string, long long>> lei_rows(const model::OwnershipGraph& g) {
  std::vector<std::pair<std::string, long long>> out;
  for (std::size_t i = 0; i < g.entities.size(); ++i) {
    for (const model::Identifier& id : g.entities[i].identifiers) {
      if (graph::is_lei_type(id.type) && id.number != g.entities[i].id) {
        out.emplace_back(id.number, static_cast<long long>(i));
      }
    }
  }
  return out;
}

void fill_row(const graph::StoredNode& node, store::OwnershipNodeRow& row) {
  const model::OwnedEntity& e = node.entity;
  row.node = node.node;
  row.entity_id = e.id;
  row.name = e.name;
  row.name_key = graph::fold_name(e.name);
  row.country = e.country;
  row.hq_country = e.hq_country;
  row.placeholder = node.placeholder;
  row.may_inherit = node.may_inherit;
  row.first_day = node.first_day;
  row.cycle_group = node.cycle_group == graph::k_no_group
                        ? std::nullopt
                        : std::optional<long long>(node.cycle_group);
  row.refs = encode_refs(node);
}

}  // namespace

std::string build_ownership_index(store::Store& db, const std::vector<model::ListEntry>& entries,
                                  const std::vector<long long>& entry_ids, const std::string& lists,
                                  const std::string& built_at,
                                  std::optional<store::ActiveOwnershipScan> written) {
  store::ActiveOwnershipScan scan = written ? std::move(*written) : db.scan_active_ownership();
  model::OwnershipGraph g;
  g.entities = std::move(scan.entities);
  std::vector<std::vector<std::size_t>> links;
  std::vector<std::uint8_t> listed = link_entities(g, entries, links);
  listed.resize(g.entities.size() + scan.placeholders.size(), 0);
  const graph::StoredGraphBuilder builder(g.entities.size(), scan.placeholders,
                                          keyed_statements(scan), listed,
                                          k_ownership_bound_percent);
  std::uint32_t n = 0;
  auto next = [&](store::OwnershipNodeRow& row) {
    if (n == builder.size()) {
      return false;
    }
    graph::StoredNode node;
    builder.fill(n, node);
    if (!node.placeholder) {
      node.entity = std::move(g.entities[n]);  // each entity is written once
    }
    fill_row(node, row);
    ++n;
    return true;
  };
  std::vector<std::pair<std::string, long long>> leis = lei_rows(g);
  store::OwnershipIndexInfo info{lists, k_ownership_index_format, k_ownership_bound_percent,
                                 static_cast<long long>(builder.size()),
                                 static_cast<long long>(builder.entities())};
  db.put_ownership_index(info, built_at, next, leis);
  return builder.size() == 0 ? std::string() : encode_links(links, entry_ids);
}

std::vector<long long> StoredLinks::of(std::uint32_t node) const {
  auto it = std::lower_bound(nodes.begin(), nodes.end(), node);
  if (it == nodes.end() || *it != node) {
    return {};
  }
  auto i = static_cast<std::size_t>(it - nodes.begin());
  return {entries.begin() + static_cast<std::ptrdiff_t>(offsets[i]),
          entries.begin() + static_cast<std::ptrdiff_t>(offsets[i + 1])};
}

std::optional<StoredLinks> read_stored_links(const std::string& bytes, const std::string& what) {
  if (bytes.empty()) {
    return std::nullopt;
  }
  util::BinaryReader in(bytes, what);  // checksum: DataError when damaged
  if (bytes.size() < 16 || in.get<std::uint64_t>() != k_links_magic) {
    return std::nullopt;  // written by an older exportcheck: rebuilt by the next import
  }
  StoredLinks links;
  links.nodes = in.get_array<std::uint32_t>();
  links.offsets = in.get_array<std::uint64_t>();
  links.entries = in.get_array<long long>();
  bool ok = links.offsets.size() == links.nodes.size() + 1 && links.offsets.front() == 0 &&
            links.offsets.back() == links.entries.size() &&
            std::is_sorted(links.offsets.begin(), links.offsets.end()) &&
            std::is_sorted(links.nodes.begin(), links.nodes.end());
  if (!ok) {
    in.fail("inconsistent links");
  }
  return links;
}

bool bound_holds_for(const model::OwnershipRules& rules, double threshold) {
  return rules.ofac.threshold_percent >= threshold &&
         rules.affiliates.threshold_percent >= threshold;
}

}  // namespace ecc::cli
