// Ownership files as datasets: dispatches to the ownership parsers, removes
// repeated entity records (merge_ownership), and finds the data date (the
// latest dated statement) so that ownership imports have the same provenance
// as list imports.
#include <algorithm>

#include "import/list_parsers.hpp"
#include "import/ownership_import.hpp"
#include "util/error.hpp"

namespace ecc::import {

namespace {

model::OwnershipGraph parse_by_format(std::string_view format, std::string_view content,
                                      const std::string& name) {
  if (format == "ownership_csv") {
    return parse_ownership_csv(content, name);
  }
  if (format == "gleif_rr") {
    return parse_gleif_rr(content, name);
  }
  if (format == "gleif_lei") {
    model::OwnershipGraph graph;
    graph.entities = parse_gleif_lei(content, name);
    return graph;
  }
  if (format == "ftm_json") {
    return parse_ftm_ownership(content, name);
  }
  throw DataError(name + ": not an ownership format " + std::string(format));
}

}  // namespace

void parse_ownership_file(std::string_view format, std::string_view content,
                          const std::string& name, model::ParsedDataset& ds) {
  model::OwnershipGraph parsed = parse_by_format(format, content, name);
  if (parsed.entities.empty() && parsed.edges.empty()) {
    throw DataError(name + ": no ownership records in this file");
  }
  merge_ownership(ds.ownership, std::move(parsed));
  bool entities_only = ds.ownership.edges.empty();
  ds.info.rows = static_cast<long long>(entities_only ? ds.ownership.entities.size()
                                                      : ds.ownership.edges.size());
  std::optional<util::Date> latest;
  for (const model::OwnershipEdge& e : ds.ownership.edges) {
    if (e.as_of && (!latest || *latest < *e.as_of)) {
      latest = e.as_of;
    }
  }
  if (latest) {
    ds.info.data_date = std::max(ds.info.data_date, latest->iso());
  }
}

}  // namespace ecc::import
