// GLEIF golden-copy XML (RR-CDF relationship records, LEI-CDF entity records)
// -> ownership data, read with Boost.PropertyTree's XML parser. Element names
// are matched on their local part, so any namespace prefix works. GLEIF
// consolidation says nothing about equity percentages: edges carry no share.
// The whole file is held in memory: fine for extracts, not for the full
// multi-gigabyte golden copy.

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <sstream>

#include "import/ownership_import.hpp"
#include "import/ownership_util.hpp"
#include "util/date.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::import {
namespace {

using boost::property_tree::ptree;

std::string_view local_name(std::string_view tag) {
  std::size_t colon = tag.find(':');
  return colon == std::string_view::npos ? tag : tag.substr(colon + 1);
}

const ptree* child(const ptree& node, std::string_view local) {
  for (const auto& [tag, sub] : node) {
    if (local_name(tag) == local) {
      return &sub;
    }
  }
  return nullptr;
}

std::string text_at(const ptree& node, std::initializer_list<std::string_view> path) {
  const ptree* at = &node;
  for (std::string_view step : path) {
    at = child(*at, step);
    if (at == nullptr) {
      return "";
    }
  }
  return std::string(util::trim(at->data()));
}

ptree read_xml(std::string_view content, const std::string& name) {
  std::istringstream in{std::string(content)};
  ptree tree;
  try {
    boost::property_tree::read_xml(in, tree);
  } catch (const boost::property_tree::xml_parser_error& e) {
    throw DataError(name + ":" + std::to_string(e.line()) + ": malformed XML: " + e.message());
  }
  return tree;
}

// The records under ROOT/LIST, or a DataError naming what the file is.
std::vector<const ptree*> records(const ptree& tree, const std::string& name, std::string_view root,
                                  std::string_view list, std::string_view record) {
  const ptree* top = child(tree, root);
  const ptree* all = top ? child(*top, list) : nullptr;
  if (all == nullptr) {
    std::string found = tree.empty() ? "nothing" : util::quote(tree.begin()->first);
    throw DataError(name + ": not a GLEIF " + std::string(root) + " file (root element " + found +
                    ")");
  }
  std::vector<const ptree*> out;
  for (const auto& [tag, sub] : *all) {
    if (local_name(tag) == record) {
      out.push_back(&sub);
    }
  }
  return out;
}

std::optional<util::Date> start_date(const ptree& relationship, const ptree& record) {
  if (const ptree* periods = child(relationship, "RelationshipPeriods")) {
    for (const auto& [tag, period] : *periods) {
      if (text_at(period, {"PeriodType"}) == "RELATIONSHIP_PERIOD") {
        return util::parse_iso_date(text_at(period, {"StartDate"}).substr(0, 10));
      }
    }
  }
  return util::parse_iso_date(
      text_at(record, {"Registration", "InitialRegistrationDate"}).substr(0, 10));
}

}  // namespace

model::OwnershipGraph parse_gleif_rr(std::string_view content, const std::string& name) {
  ptree tree = read_xml(content, name);
  model::OwnershipGraph graph;
  EntitySet entities;
  std::size_t n = 0;
  for (const ptree* record :
       records(tree, name, "RelationshipData", "RelationshipRecords", "RelationshipRecord")) {
    std::string where = name + ": record " + std::to_string(++n);
    const ptree* rel = child(*record, "Relationship");
    std::string type = rel ? text_at(*rel, {"RelationshipType"}) : "";
    bool direct = type == "IS_DIRECTLY_CONSOLIDATED_BY";
    if ((!direct && type != "IS_ULTIMATELY_CONSOLIDATED_BY") ||
        text_at(*rel, {"RelationshipStatus"}) == "INACTIVE") {
      continue;
    }
    std::string child_lei = text_at(*rel, {"StartNode", "NodeID"});
    std::string parent_lei = text_at(*rel, {"EndNode", "NodeID"});
    if (child_lei.empty() || parent_lei.empty()) {
      throw DataError(where + ": missing StartNode or EndNode NodeID");
    }
    if (child_lei == parent_lei) {
      throw DataError(where + ": " + util::quote(child_lei) + " cannot consolidate itself");
    }
    model::OwnershipEdge e;
    e.owner = parent_lei;
    e.owned = child_lei;
    e.kind = direct ? model::OwnershipKind::direct_consolidation
                    : model::OwnershipKind::ultimate_consolidation;
    e.as_of = start_date(*rel, *record);
    e.source = "gleif_rr";
    e.location = where;
    entities.get(parent_lei);
    entities.get(child_lei);
    graph.edges.push_back(std::move(e));
  }
  graph.entities = entities.take();
  return graph;
}

std::vector<model::OwnedEntity> parse_gleif_lei(std::string_view content, const std::string& name) {
  ptree tree = read_xml(content, name);
  std::vector<model::OwnedEntity> out;
  std::size_t n = 0;
  for (const ptree* record : records(tree, name, "LEIData", "LEIRecords", "LEIRecord")) {
    ++n;
    model::OwnedEntity e;
    e.id = text_at(*record, {"LEI"});
    if (e.id.empty()) {
      throw DataError(name + ": record " + std::to_string(n) + ": missing LEI");
    }
    e.name = text_at(*record, {"Entity", "LegalName"});
    std::string jurisdiction = text_at(*record, {"Entity", "LegalJurisdiction"});
    e.country = upper_ascii(jurisdiction.substr(0, 2));
    if (e.country.empty()) {
      e.country = text_at(*record, {"Entity", "LegalAddress", "Country"});
    }
    e.hq_country = text_at(*record, {"Entity", "HeadquartersAddress", "Country"});
    e.identifiers.push_back({"LEI", e.id, "", "", ""});
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace ecc::import
