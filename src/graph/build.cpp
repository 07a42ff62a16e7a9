// Builds the compressed-sparse-row ownership graph for one date. Statements
// dated after the date are dropped; for each (owner, owned) pair the latest
// statement wins, so a later 0 % ends a holding. Same-date duplicates and
// conflicts are reported, and a conflict keeps the larger share (conservative).
// Ids that only edges name become placeholder entities rather than lost edges.

#include <algorithm>
#include <climits>
#include <cmath>
#include <thread>

#include "graph/internal/ownership_index.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::graph::internal {
namespace {

// A statement in force, with what picking and the graph need from it, so
// that those passes read candidates in order instead of statements at random.
struct Candidate {
  Vertex owner;
  Vertex owned;
  std::int32_t day;  // INT_MIN when undated
  std::uint32_t input;
  std::int32_t share;  // units (to_units), k_unknown when not stated
  model::OwnershipKind kind;
};

std::int32_t day_of(const model::OwnershipEdge& e) {
  return e.as_of ? static_cast<std::int32_t>(e.as_of->days_since_epoch()) : INT_MIN;
}

constexpr Vertex k_pending = 0xffffffffu;  // an id with no entity record, numbered later

void index_entities(const model::OwnershipGraph& graph, OwnershipIndex& index) {
  index.input = &graph;
  index.ids.reserve(graph.entities.size());
  const std::size_t n = graph.entities.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i + 16 < n) {
      index.ids.prefetch_slot(util::IdTable::hash(graph.entities[i + 16].id));
    }
    const std::string& id = graph.entities[i].id;
    if (index.ids.insert(id) != i) {
      // A repeated id: the first record wins the id; keep vertex numbering aligned.
      index.ids.push_unindexed(id);
      index.diagnostics.push_back(
          {model::DiagnosticKind::duplicate_entity,
           {id},
           "entity " + util::quote(id) + " is defined twice; the first record is used"});
    }
  }
}

bool self_owned(const model::OwnershipGraph& graph, std::size_t i) {
  if (!graph.ends.empty() && graph.ends[i].owner != model::k_by_id) {
    return graph.ends[i].owner == graph.ends[i].owned;
  }
  return graph.edges[i].owner == graph.edges[i].owned;
}

// The statements in force on the date (self-ownership reported and dropped),
// with the owners' hashes computed first so that the lookups can be pipelined
// (not needed when the graph comes with its edges' ends).
std::vector<std::uint32_t> dated_statements(const model::OwnershipGraph& graph,
                                            const util::Date& as_of, OwnershipIndex& index,
                                            std::vector<std::uint64_t>& owner_hashes) {
  std::vector<std::uint32_t> kept;
  kept.reserve(graph.edges.size());
  const bool hash = graph.ends.empty();
  owner_hashes.reserve(hash ? graph.edges.size() : 0);
  long limit = as_of.days_since_epoch();
  for (std::size_t i = 0; i < graph.edges.size(); ++i) {
    const model::OwnershipEdge& e = graph.edges[i];
    if (e.as_of && e.as_of->days_since_epoch() > limit) {
      continue;
    }
    if (self_owned(graph, i)) {
      index.diagnostics.push_back(
          {model::DiagnosticKind::self_ownership,
           {e.owner},
           e.location + ": " + util::quote(e.owner) + " owns itself; ignored"});
      continue;
    }
    kept.push_back(static_cast<std::uint32_t>(i));
    if (hash) {
      owner_hashes.push_back(util::IdTable::hash(e.owner));
    }
  }
  return kept;
}

Vertex lookup(const OwnershipIndex& index, const std::string& id, std::uint64_t hash) {
  std::optional<Vertex> found = index.ids.find(id, hash);
  return found ? *found : k_pending;
}

// Resolves kept statements first..last-1 into out[first..last-1]; ids
// without an entity record stay k_pending.
void resolve_range(const model::OwnershipGraph& graph, const std::vector<std::uint32_t>& kept,
                   const std::vector<std::uint64_t>& hashes, const OwnershipIndex& index,
                   std::size_t first, std::size_t last, std::vector<Candidate>& out) {
  for (std::size_t k = first; k < last; ++k) {
    // Owners come in random order: each lookup misses the cache three times
    // unless the memory is asked for ahead (distances 24, 16, 8).
    if (k + 24 < last)
      index.ids.prefetch_slot(hashes[k + 24]);
    if (k + 16 < last)
      index.ids.prefetch_key(hashes[k + 16]);
    if (k + 8 < last)
      index.ids.prefetch_bytes(hashes[k + 8]);
    const model::OwnershipEdge& e = graph.edges[kept[k]];
    Vertex owner = lookup(index, e.owner, hashes[k]);
    // Files list an entity's owners together: reuse the previous lookup.
    bool same_owned = k > first && graph.edges[kept[k - 1]].owned == e.owned;
    Vertex owned =
        same_owned ? out[k - 1].owned : lookup(index, e.owned, util::IdTable::hash(e.owned));
    out[k] = {owner, owned, day_of(e), kept[k], to_units(e.percent), e.kind};
  }
}

// Resolves every kept statement's parties by id. The lookups wait on memory
// (a million ids do not fit in cache), so a large graph is resolved in two
// halves on two threads; the table is only read.
std::vector<Candidate> resolve_by_id(const model::OwnershipGraph& graph,
                                     const std::vector<std::uint32_t>& kept,
                                     const std::vector<std::uint64_t>& hashes,
                                     const OwnershipIndex& index) {
  std::vector<Candidate> out(kept.size());
  const std::size_t n = kept.size();
  constexpr std::size_t k_parallel_from = 100'000;
  if (n < k_parallel_from || std::thread::hardware_concurrency() < 2) {
    resolve_range(graph, kept, hashes, index, 0, n, out);
    return out;
  }
  std::thread second([&] { resolve_range(graph, kept, hashes, index, n / 2, n, out); });
  resolve_range(graph, kept, hashes, index, 0, n / 2, out);
  second.join();
  return out;
}

std::vector<Candidate> resolve_by_ends(const model::OwnershipGraph& graph,
                                       const std::vector<std::uint32_t>& kept) {
  std::vector<Candidate> out;
  out.reserve(kept.size());
  for (std::uint32_t i : kept) {
    const model::OwnershipEdge& e = graph.edges[i];
    const model::EdgeEnds& ends = graph.ends[i];
    out.push_back({ends.owner == model::k_by_id ? k_pending : ends.owner,
                   ends.owned == model::k_by_id ? k_pending : ends.owned, day_of(e), i,
                   to_units(e.percent), e.kind});
  }
  return out;
}

// Ids that only statements name become placeholder entities, numbered after
// the entities in the order of their ids: the vertex order then depends
// neither on the date nor on which statements were read, so an analysis of
// part of the graph orders its vertices as the whole-graph analysis does.
void add_placeholders(const model::OwnershipGraph& graph, OwnershipIndex& index,
                      std::vector<Candidate>& cands) {
  std::vector<std::string_view> missing;
  for (const Candidate& c : cands) {
    const model::OwnershipEdge& e = graph.edges[c.input];
    if (c.owner == k_pending) {
      missing.push_back(e.owner);
    }
    if (c.owned == k_pending) {
      missing.push_back(e.owned);
    }
  }
  if (missing.empty()) {
    return;
  }
  std::sort(missing.begin(), missing.end());
  missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
  for (std::string_view id : missing) {
    model::OwnedEntity placeholder;
    placeholder.id = std::string(id);
    placeholder.name = placeholder.id;
    index.placeholders.push_back(std::move(placeholder));
    index.ids.insert(index.placeholders.back().id);
    index.diagnostics.push_back(
        {model::DiagnosticKind::unknown_entity,
         {std::string(id)},
         "no entity record for " + util::quote(id) + ", kept as a bare id"});
  }
  for (Candidate& c : cands) {
    const model::OwnershipEdge& e = graph.edges[c.input];
    c.owner = c.owner == k_pending ? *index.ids.find(e.owner) : c.owner;
    c.owned = c.owned == k_pending ? *index.ids.find(e.owned) : c.owned;
  }
}

std::vector<Candidate> active_candidates(const model::OwnershipGraph& graph,
                                         const util::Date& as_of, OwnershipIndex& index) {
  std::vector<std::uint64_t> hashes;
  std::vector<std::uint32_t> kept = dated_statements(graph, as_of, index, hashes);
  std::vector<Candidate> out =
      graph.ends.empty() ? resolve_by_id(graph, kept, hashes, index) : resolve_by_ends(graph, kept);
  add_placeholders(graph, index, out);
  return out;
}

// Orders candidates by owner, then owned, newest first, then input order: a
// counting sort by owner (O(E)) and small sorts within each owner's bucket,
// instead of one O(E log E) sort over every edge.
std::vector<Candidate> sort_candidates(const std::vector<Candidate>& cands, std::size_t vertices) {
  std::vector<std::uint32_t> start(vertices + 1, 0);
  for (const Candidate& c : cands) {
    ++start[c.owner + 1];
  }
  for (std::size_t v = 0; v < vertices; ++v) {
    start[v + 1] += start[v];
  }
  std::vector<Candidate> out(cands.size());
  std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
  for (const Candidate& c : cands) {
    out[next[c.owner]++] = c;
  }
  auto before = [](const Candidate& a, const Candidate& b) {
    if (a.owned != b.owned) {
      return a.owned < b.owned;
    }
    return a.day != b.day ? a.day > b.day : a.input < b.input;
  };
  for (std::size_t v = 0; v < vertices; ++v) {
    if (start[v + 1] - start[v] > 1) {
      std::sort(out.begin() + start[v], out.begin() + start[v + 1], before);
    }
  }
  return out;
}

std::string pair_text(const model::OwnershipEdge& e) {
  return util::quote(e.owner) + " -> " + util::quote(e.owned);
}

// Picks the statement that counts among one pair's statements sorted newest
// first; reads the statements themselves only when there are two of a date.
const Candidate* pick_statement(const model::OwnershipGraph& graph, const Candidate* first,
                                const Candidate* last, OwnershipIndex& index) {
  const Candidate* best = first;
  for (const Candidate* c = first + 1; c != last && c->day == first->day; ++c) {
    const model::OwnershipEdge& a = graph.edges[best->input];
    const model::OwnershipEdge& b = graph.edges[c->input];
    bool same = a.percent == b.percent && a.kind == b.kind;
    std::string where = a.location + " and " + b.location + ": ";
    index.diagnostics.push_back(
        {same ? model::DiagnosticKind::duplicate_edge : model::DiagnosticKind::conflicting_edge,
         {a.owner, a.owned},
         where + (same ? "duplicate statement " : "conflicting shares for ") + pair_text(a) +
             (same ? "" : "; the larger share is used")});
    if (c->share > best->share) {
      best = c;
    }
  }
  return best;
}

}  // namespace

std::int32_t to_units(const std::optional<double>& percent) {
  if (!percent) {
    return k_unknown;
  }
  return static_cast<std::int32_t>(std::llround(*percent * 10'000.0));
}

double to_percent(std::int64_t units) {
  return static_cast<double>(units) / 10'000.0;
}

std::string percent_text(std::int64_t units) {
  std::string text = std::to_string(units / 10'000);
  std::int64_t frac = units % 10'000;
  if (frac != 0) {
    std::string digits = std::to_string(10'000 + frac).substr(1);
    digits.erase(digits.find_last_not_of('0') + 1);
    text += "." + digits;
  }
  return text;
}

void build_index(const model::OwnershipGraph& graph, const util::Date& as_of,
                 OwnershipIndex& index) {
  index_entities(graph, index);
  // Two statements: index.size() counts the placeholders active_candidates adds.
  std::vector<Candidate> resolved = active_candidates(graph, as_of, index);
  std::vector<Candidate> cands = sort_candidates(resolved, index.size());
  std::vector<std::pair<Vertex, Vertex>> pairs;
  std::vector<EdgeData> data;
  pairs.reserve(cands.size());
  data.reserve(cands.size());
  for (std::size_t i = 0; i < cands.size();) {
    std::size_t j = i;
    while (j < cands.size() && cands[j].owner == cands[i].owner &&
           cands[j].owned == cands[i].owned) {
      ++j;
    }
    const Candidate& chosen = *pick_statement(graph, &cands[i], cands.data() + j, index);
    std::int32_t share = chosen.share;
    if (share != k_unknown && (share < 0 || share > k_full)) {
      const model::OwnershipEdge& e = graph.edges[chosen.input];
      throw DataError(e.location + ": percentage out of range 0..100 for " + pair_text(e));
    }
    if (share != 0) {
      pairs.emplace_back(chosen.owner, chosen.owned);
      data.push_back({share, chosen.kind, chosen.input});
    }
    i = j;
  }

  index.csr = Csr(boost::edges_are_unsorted_multi_pass, pairs.begin(), pairs.end(), data.begin(),
                  static_cast<Vertex>(index.size()));
}

}  // namespace ecc::graph::internal
