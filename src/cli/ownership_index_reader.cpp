// Reading the ownership index (ownership_index.hpp): graph::StoredGraph over
// the store, one indexed query per node, statement or lookup; each node's
// references checked against their checksum and bounds, each linked entry
// re-hashed when first read (Store::entries_by_id). A mutex serialises the
// queries so that audit's workers can share one connection.
#include <algorithm>
#include <mutex>
#include <unordered_map>

#include "cli/ownership_index.hpp"
#include "import/ownership_link.hpp"
#include "store/store.hpp"
#include "util/binary_io.hpp"
#include "util/error.hpp"

namespace ecc::cli {

namespace {

std::string links_what(const store::Store& db) {
  return "database '" + db.path() + "': stored ownership links";
}

class SqliteStoredGraph : public graph::StoredGraph {
 public:
  SqliteStoredGraph(const store::Store& db, StoredLinks links, std::size_t nodes,
                    std::size_t entities)
      : m_db(db), m_links(std::move(links)), m_nodes(nodes), m_entities(entities) {
    for (std::size_t i = 0; i < m_links.nodes.size(); ++i) {
      for (std::uint64_t k = m_links.offsets[i]; k < m_links.offsets[i + 1]; ++k) {
        m_by_entry[m_links.entries[k]].push_back(m_links.nodes[i]);
      }
    }
  }

  std::size_t size() const override { return m_nodes; }
  std::size_t entities() const override { return m_entities; }

  graph::StoredNode node(std::uint32_t n) const override {
    std::lock_guard<std::mutex> lock(m_mutex);
    std::optional<store::OwnershipNodeRow> row = m_db.ownership_node(n);
    if (!row) {
      throw DataError("database '" + m_db.path() +
                      "' is corrupt: the ownership index has no node " + std::to_string(n) +
                      "; re-import the ownership files");
    }
    graph::StoredNode out = decode(*row);
    if (!out.placeholder) {
      out.entity.listings = listings(n);
    }
    return out;
  }

  std::vector<model::OwnershipEdge> statements(
      const std::vector<std::int64_t>& keys) const override {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_db.ownership_edges_by_id(std::vector<long long>(keys.begin(), keys.end()));
  }

  std::vector<std::uint32_t> cycle_members(std::uint32_t group) const override {
    std::lock_guard<std::mutex> lock(m_mutex);
    return nodes(m_db.ownership_cycle_members(group));
  }

  std::optional<std::uint32_t> find_id(std::string_view id) const override {
    std::lock_guard<std::mutex> lock(m_mutex);
    std::optional<long long> n = m_db.ownership_node_by_id(std::string(id));
    return n ? std::optional<std::uint32_t>(static_cast<std::uint32_t>(*n)) : std::nullopt;
  }

  std::vector<std::uint32_t> find_name(std::string_view folded) const override {
    std::lock_guard<std::mutex> lock(m_mutex);
    return nodes(m_db.ownership_nodes_by_name(std::string(folded)));
  }

  std::vector<std::uint32_t> find_lei(std::string_view lei) const override {
    std::lock_guard<std::mutex> lock(m_mutex);
    return nodes(m_db.ownership_nodes_by_lei(std::string(lei)));
  }

  std::vector<std::uint32_t> find_listed(std::string_view list_code,
                                         std::string_view entry_key) const override {
    std::lock_guard<std::mutex> lock(m_mutex);
    std::vector<std::uint32_t> out;
    for (long long id : m_db.active_entry_ids(std::string(list_code), std::string(entry_key))) {
      auto it = m_by_entry.find(id);
      if (it != m_by_entry.end()) {
        out.insert(out.end(), it->second.begin(), it->second.end());
      }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // Id, name, placeholder and first day only: one scan of the table.
  void each_name(const std::function<void(const graph::StoredNode&)>& visit) const override {
    std::lock_guard<std::mutex> lock(m_mutex);
    graph::StoredNode node;
    m_db.each_ownership_node([&](long long n, const std::string& id, const std::string& name,
                                 bool placeholder, long long first_day) {
      node.node = static_cast<std::uint32_t>(n);
      node.entity.id = id;
      node.entity.name = name;
      node.placeholder = placeholder;
      node.first_day = static_cast<long>(first_day);
      visit(node);
    });
  }

 private:
  std::vector<std::uint32_t> nodes(const std::vector<long long>& rows) const {
    return {rows.begin(), rows.end()};
  }

  std::vector<graph::StatementRef> refs(util::BinaryReader& in) const {
    std::vector<graph::StatementRef> out = in.get_array<graph::StatementRef>();
    for (const graph::StatementRef& r : out) {
      if (r.node >= m_nodes) {
        in.fail("names node " + std::to_string(r.node) + " of " + std::to_string(m_nodes));
      }
    }
    return out;
  }

  graph::StoredNode decode(const store::OwnershipNodeRow& row) const {
    graph::StoredNode out;
    out.node = static_cast<std::uint32_t>(row.node);
    out.entity.id = row.entity_id;
    out.entity.name = row.name;
    out.entity.country = row.country;
    out.entity.hq_country = row.hq_country;
    out.placeholder = row.placeholder;
    out.may_inherit = row.may_inherit;
    out.first_day = static_cast<long>(row.first_day);
    out.cycle_group =
        row.cycle_group ? static_cast<std::uint32_t>(*row.cycle_group) : graph::k_no_group;
    util::BinaryReader in(row.refs, "database '" + m_db.path() + "': ownership index node " +
                                        std::to_string(row.node));
    std::vector<std::string> ids = in.get_strings();
    for (std::size_t i = 0; i + 2 < ids.size(); i += 3) {
      out.entity.identifiers.push_back({ids[i], ids[i + 1], ids[i + 2], "", ""});
    }
    out.owners = refs(in);
    out.holdings = refs(in);
    return out;
  }

  // The listings of node `n` from its linked entries (read and re-hashed once).
  std::vector<model::EntityListing> listings(std::uint32_t n) const {
    std::vector<long long> ids = m_links.of(n);
    std::vector<long long> missing;
    for (long long id : ids) {
      if (m_entries.count(id) == 0) {
        missing.push_back(id);
      }
    }
    std::vector<model::ListEntry> read = m_db.entries_by_id(missing);
    for (std::size_t i = 0; i < missing.size(); ++i) {
      m_entries.emplace(missing[i], import::listing_of(read[i]));
    }
    std::vector<model::EntityListing> out;
    for (long long id : ids) {
      out.push_back(m_entries.at(id));
    }
    return out;
  }

  const store::Store& m_db;
  StoredLinks m_links;
  std::size_t m_nodes;
  std::size_t m_entities;
  std::unordered_map<long long, std::vector<std::uint32_t>> m_by_entry;
  mutable std::mutex m_mutex;
  mutable std::unordered_map<long long, model::EntityListing> m_entries;
};

}  // namespace

std::optional<StoredLinks> current_ownership_links(const store::Store& db,
                                                   const std::string& lists) {
  std::optional<store::OwnershipIndexInfo> info = db.ownership_index();
  if (!info || info->lists != lists || info->format != k_ownership_index_format) {
    return std::nullopt;
  }
  if (info->nodes == 0) {
    return StoredLinks{{}, {0}, {}};
  }
  std::optional<std::string> bytes = db.stored_ownership_links(lists);
  if (!bytes) {
    return std::nullopt;
  }
  return read_stored_links(*bytes, links_what(db));
}

std::unique_ptr<graph::StoredGraph> open_ownership_index(const store::Store& db,
                                                         StoredLinks links) {
  std::optional<store::OwnershipIndexInfo> info = db.ownership_index();
  auto nodes = static_cast<std::size_t>(info ? info->nodes : 0);
  auto entities = static_cast<std::size_t>(info ? info->entities : 0);
  return std::make_unique<SqliteStoredGraph>(db, std::move(links), nodes, entities);
}

std::string ownership_index_problem(const store::Store& db, const std::string& lists) {
  std::optional<store::OwnershipIndexInfo> info = db.ownership_index();
  if (!info) {
    return "ownership index: missing (any 'exportcheck db import' builds it)";
  }
  if (info->lists != lists || info->format != k_ownership_index_format) {
    return "ownership index: built for other lists or by another exportcheck (any 'exportcheck "
           "db import' rebuilds it)";
  }
  for (long long n = 0; n < info->nodes; ++n) {
    std::optional<store::OwnershipNodeRow> row = db.ownership_node(n);
    if (!row) {
      return "ownership index: node " + std::to_string(n) + " is missing";
    }
    util::BinaryReader check(row->refs, "ownership index node " + std::to_string(n));  // checksum
  }
  return "";
}

}  // namespace ecc::cli
