#pragma once
// The ownership index (schema 7; docs/database.md, docs/ownership.md
// "Registry scale"): built by `db import` from the active ownership data and
// list entries, in the import's transaction, and read by `screen`, `owners`
// and `audit --changed-since` as a graph::StoredGraph, one node at a time.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/stored_graph.hpp"
#include "model/list_entry.hpp"
#include "model/ownership_rules.hpp"
#include "store/store.hpp"

namespace ecc::cli {

// Encoding of ownership_nodes.refs; another value means "rebuild".
inline constexpr long long k_ownership_index_format = 1;
// may_inherit is computed for rules with this threshold or more (percent).
inline constexpr double k_ownership_bound_percent = 50.0;

// Rebuilds the ownership index for `lists` (the active datasets key) from the
// active ownership data, linked to `entries` (whose entries.id are
// `entry_ids`); returns the links to store in the match index row (empty when
// there is no ownership data). Runs inside the import transaction.
// `written`, when given, is the active ownership data already scanned
// (Store::scan_written_ownership).
std::string build_ownership_index(store::Store& db, const std::vector<model::ListEntry>& entries,
                                  const std::vector<long long>& entry_ids, const std::string& lists,
                                  const std::string& built_at,
                                  std::optional<store::ActiveOwnershipScan> written = std::nullopt);

// The stored links (node -> entries.id), decoded; DataError when damaged.
struct StoredLinks {
  std::vector<std::uint32_t> nodes;  // linked nodes, ascending
  std::vector<std::uint64_t> offsets;
  std::vector<long long> entries;
  // entries.id linked to `node`, ascending.
  std::vector<long long> of(std::uint32_t node) const;
};
// nullopt when there are no links in the new format (none stored, or written
// by an older exportcheck).
std::optional<StoredLinks> read_stored_links(const std::string& bytes, const std::string& what);

// The stored links when the ownership index and they are current for `lists`
// (the active datasets key); nullopt otherwise. DataError when damaged.
std::optional<StoredLinks> current_ownership_links(const store::Store& db,
                                                   const std::string& lists);

// The ownership index of `db` as a StoredGraph; `db` must outlive it. Safe to
// call from several threads (one query at a time).
std::unique_ptr<graph::StoredGraph> open_ownership_index(const store::Store& db, StoredLinks links);

// What is wrong with the stored ownership index, empty when it is current and
// every node's references pass their checksum (for `db verify`). Throws
// DataError for a damaged node.
std::string ownership_index_problem(const store::Store& db, const std::string& lists);

// True when the index's may_inherit bound holds for these rules.
bool bound_holds_for(const model::OwnershipRules& rules, double threshold);

}  // namespace ecc::cli
