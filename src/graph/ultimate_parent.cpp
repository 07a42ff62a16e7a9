// Ultimate parent: climb from the entity to its controlling parent until there
// is none. The controlling parent is an owner with > 50 % (largest wins);
// failing that, an owner of unknown share or a direct consolidator, when the
// other owners' known shares leave room for it to hold a majority; failing
// that, a GLEIF ultimate consolidator. A cycle stops the climb and is flagged.
// Also: the display neighbourhood of an entity (owners up, holdings down).

#include <algorithm>
#include <unordered_set>

#include "graph/internal/ownership_index.hpp"

namespace ecc::graph::internal {
namespace {

constexpr std::size_t k_max_chain = 1'000;

struct Parent {
  Vertex vertex;
  std::int32_t share;
};

std::optional<Parent> controlling_parent(const Csr& csr, Vertex v) {
  std::optional<Parent> majority, consolidator, ultimate;
  std::int64_t known = 0;
  for (auto e : boost::make_iterator_range(boost::in_edges(v, csr))) {
    Parent p{static_cast<Vertex>(boost::source(e, csr)), csr[e].share};
    model::OwnershipKind kind = csr[e].kind;
    if (kind == model::OwnershipKind::ultimate_consolidation) {
      ultimate = ultimate ? ultimate : p;
      continue;
    }
    if (p.share == k_unknown) {
      consolidator = consolidator ? consolidator : p;
      continue;
    }
    known += p.share;
    if (p.share * 2 > k_full && (!majority || p.share > majority->share)) {
      majority = p;
    }
  }
  if (majority) {
    return majority;
  }
  if (consolidator && known * 2 < k_full) {
    return consolidator;
  }
  return ultimate;
}

model::PathHop hop_of(const OwnershipIndex& index, Vertex v, std::optional<std::int32_t> share) {
  const model::OwnedEntity& e = index.entity(v);
  model::PathHop hop{e.id, e.name, std::nullopt, false};
  if (share) {
    hop.share_unknown = *share == k_unknown;
    if (!hop.share_unknown) {
      hop.percent = to_percent(*share);
    }
  }
  return hop;
}

void collect(const Csr& csr, Vertex focus, int levels, bool up, std::size_t max_entities,
             std::vector<Vertex>& order, std::unordered_set<Vertex>& seen) {
  std::vector<Vertex> frontier{focus};
  for (int level = 0; level < levels && !frontier.empty(); ++level) {
    std::vector<Vertex> next;
    for (Vertex v : frontier) {
      auto visit = [&](Vertex w) {
        if (order.size() < max_entities && seen.insert(w).second) {
          order.push_back(w);
          next.push_back(w);
        }
      };
      if (up) {
        for (auto e : boost::make_iterator_range(boost::in_edges(v, csr))) {
          visit(boost::source(e, csr));
        }
      } else {
        for (auto e : boost::make_iterator_range(boost::out_edges(v, csr))) {
          visit(boost::target(e, csr));
        }
      }
    }
    frontier = std::move(next);
  }
}

}  // namespace

std::vector<ParentLink> controlling_parents(const Csr& csr) {
  std::vector<ParentLink> out(boost::num_vertices(csr), ParentLink{k_no_parent, 0});
  for (Vertex v = 0; v < out.size(); ++v) {
    if (std::optional<Parent> p = controlling_parent(csr, v)) {
      out[v] = {p->vertex, p->share};
    }
  }
  return out;
}

std::vector<ParentTop> parent_tops(const std::vector<ParentLink>& parents) {
  enum : std::uint8_t { unseen, on_walk, done };
  std::vector<ParentTop> tops(parents.size(), ParentTop{k_no_parent, 0, false});
  std::vector<std::uint8_t> state(parents.size(), unseen);
  std::vector<Vertex> walk;
  for (Vertex start = 0; start < parents.size(); ++start) {
    walk.clear();
    Vertex x = start;
    while (state[x] == unseen) {  // follow the parents until a known vertex or the top
      state[x] = on_walk;
      walk.push_back(x);
      if (parents[x].vertex == k_no_parent) {
        break;
      }
      x = parents[x].vertex;
    }
    std::size_t rest = walk.size();  // the walk's vertices not yet answered
    if (state[x] == on_walk && parents[x].vertex == k_no_parent) {
      tops[x] = {x, 1, false};  // the climb stops here: no controlling parent
      state[x] = done;
      --rest;
    } else if (state[x] == on_walk) {  // a cycle: from x to the walk's end
      auto from = static_cast<std::size_t>(std::find(walk.begin(), walk.end(), x) - walk.begin());
      auto length = static_cast<std::uint32_t>(walk.size() - from);
      for (std::size_t i = from; i < walk.size(); ++i) {
        tops[walk[i]] = {walk[i], length, true};  // climbs round to itself
        state[walk[i]] = done;
      }
      rest = from;
    }
    // The climb of walk[i] is its parent's, one longer (a parent on a cycle is
    // its own top: the first vertex the climb meets twice).
    for (std::size_t i = rest; i-- > 0;) {
      const ParentTop& up = tops[parents[walk[i]].vertex];
      tops[walk[i]] = {up.top, up.length + 1, up.cycle};
      state[walk[i]] = done;
    }
  }
  return tops;
}

model::UltimateParent find_ultimate_parent(const OwnershipIndex& index,
                                           const std::vector<ParentLink>& parents, Vertex v,
                                           bool with_path, const std::vector<ParentTop>* tops) {
  model::UltimateParent result;
  if (!with_path && tops && (*tops)[v].length < k_max_chain) {
    const ParentTop& t = (*tops)[v];
    result.cycle = t.cycle;
    const model::OwnedEntity& e = index.entity(t.top);
    result.entity_id = e.id;
    result.name = e.name;
    result.hq_country = e.hq_country.empty() ? e.country : e.hq_country;
    result.hq_from_incorporation = e.hq_country.empty() && !e.country.empty();
    return result;
  }
  std::vector<Vertex> chain{v};
  if (with_path) {
    result.path.push_back(hop_of(index, v, std::nullopt));
  }
  Vertex top = v;
  while (chain.size() < k_max_chain) {
    const ParentLink& parent = parents[top];
    if (parent.vertex == k_no_parent) {
      break;
    }
    if (std::find(chain.begin(), chain.end(), parent.vertex) != chain.end()) {
      result.cycle = true;
      top = parent.vertex;
      break;
    }
    chain.push_back(parent.vertex);
    if (with_path) {
      result.path.push_back(hop_of(index, parent.vertex, parent.share));
    }
    top = parent.vertex;
  }
  const model::OwnedEntity& e = index.entity(top);
  result.entity_id = e.id;
  result.name = e.name;
  result.hq_country = e.hq_country.empty() ? e.country : e.hq_country;
  result.hq_from_incorporation = e.hq_country.empty() && !e.country.empty();
  return result;
}

model::OwnershipNeighbourhood find_neighbourhood(const OwnershipIndex& index, Vertex focus, int up,
                                                 int down, std::size_t max_entities) {
  std::vector<Vertex> order{focus};
  std::unordered_set<Vertex> seen{focus};
  collect(index.csr, focus, up, true, max_entities, order, seen);
  collect(index.csr, focus, down, false, max_entities, order, seen);
  model::OwnershipNeighbourhood result;
  result.focus = index.entity(focus).id;
  for (Vertex v : order) {
    result.entities.push_back(index.entity(v));
    for (auto e : boost::make_iterator_range(boost::out_edges(v, index.csr))) {
      if (seen.count(boost::target(e, index.csr)) != 0) {
        result.edges.push_back(index.input->edges[index.csr[e].input]);
      }
    }
  }
  return result;
}

}  // namespace ecc::graph::internal
