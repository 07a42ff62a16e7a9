#pragma once
// Pure text renderings of ownership results for the `owners` command: a
// Graphviz DOT digraph of a neighbourhood and a one-line path. Return
// strings; printing is the caller's business.

#include <string>
#include <string_view>

#include "model/ownership.hpp"

namespace ecc::graph {

// DOT digraph of `hood`: owners point to what they own, edges are labelled
// with the share ("?" and dashed when unknown, "consolidates" for GLEIF), listed
// entities are filled red and tagged with their list codes, the focus is bold.
// Deterministic: nodes and edges in the order of `hood`.
std::string render_dot(const model::OwnershipNeighbourhood& hood);

// "Beijing SenseTime (EL) —60 %→ X —100 %→ Y"; `root_tag` ("EL") is put after
// the first hop's name when not empty; an unknown share prints as "? %".
std::string render_path(const model::OwnershipPath& path, std::string_view root_tag = {});

}  // namespace ecc::graph
