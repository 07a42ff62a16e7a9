#pragma once
// Ownership data (who owns whom, by how much, as of when) and the results of
// the ownership analyses in graph/: restrictions that flow down to owned
// entities under the OFAC 50 % rule and the BIS Affiliates Rule, ultimate
// parents, and data-quality diagnostics. Plain values, no behaviour.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/list_entry.hpp"
#include "util/date.hpp"

namespace ecc::model {

// A restricted-party list entry an entity is the same party as, with what the
// ownership rules need from it.
struct EntityListing {
  std::string list_code;              // entity_list, meu, sdn, ns_cmic, ... (list_code.hpp)
  std::string entry_key;              // ListEntry::entry_key; empty when linked by hand
  std::vector<std::string> programs;  // OFAC programs of an SDN entry, e.g. "SDGT"
  std::string license_requirement;    // Entity List Supp. 4 column, verbatim
  std::string license_policy;         // Entity List Supp. 4 column, verbatim
  std::vector<int> fdp_footnotes;     // Entity List FDP footnotes (1, 3, 4, 5)
  std::string start_date;             // ISO date the entry was listed; empty = unknown (counts)
  std::string end_date;               // ISO date the entry was removed; empty = still listed
  bool operator==(const EntityListing&) const = default;
};

// A company, organisation or person in the ownership data.
struct OwnedEntity {
  std::string id;          // stable id as the source gives it: LEI, list entry id, FtM id or name
  std::string name;        // display name; the id when the source gives none
  std::string country;     // ISO-2 country of incorporation (or nationality); empty = unknown
  std::string hq_country;  // ISO-2 country of the headquarters; empty = unknown
  std::vector<Identifier> identifiers;  // LEI, registration numbers, ...
  std::vector<EntityListing> listings;  // list entries this entity is (empty = not listed)
  bool operator==(const OwnedEntity&) const = default;
};

// What an edge states. Consolidation edges (GLEIF) never carry a percentage.
enum class OwnershipKind { equity, direct_consolidation, ultimate_consolidation };

// `owner` holds `percent` of `owned`, as stated on `as_of`. A later statement
// about the same pair supersedes an earlier one (0 % ends the holding).
struct OwnershipEdge {
  std::string owner;              // OwnedEntity::id
  std::string owned;              // OwnedEntity::id
  std::optional<double> percent;  // 0..100; nullopt = owned/consolidated, share unknown
  OwnershipKind kind = OwnershipKind::equity;
  std::optional<util::Date> as_of;  // nullopt = undated, used on every date
  std::string source;               // "ownership_csv", "gleif_rr", "opensanctions", ...
  std::string location;             // where it was read: "FILE:LINE" or "FILE: record N"
  bool operator==(const OwnershipEdge&) const = default;
};

// Where an edge's parties are in OwnershipGraph::entities, for graphs read
// with interned ids (the analyses then skip looking the ids up); k_by_id: an
// id to look up (one with no entity record).
inline constexpr std::uint32_t k_by_id = 0xffffffffu;
struct EdgeEnds {
  std::uint32_t owner = k_by_id;
  std::uint32_t owned = k_by_id;
};

// The input of every ownership analysis.
struct OwnershipGraph {
  std::vector<OwnedEntity> entities;
  std::vector<OwnershipEdge> edges;
  // Empty, or one per edge and consistent with the ids (whoever reorders
  // entities or edges clears it).
  std::vector<EdgeEnds> ends;
};

// The rule by which a restriction flows down.
enum class OwnershipRegime { ofac_50, bis_affiliates, ns_cmic };

// covered: the entity inherits the restriction. review: a listed (or possibly
// covered) owner holds an unknown share that could reach the threshold (BIS Red
// Flag 29); never clear. minority: listed/covered owners hold > 0 and below the
// threshold (heightened diligence only). suspended: would be covered or review
// but the rule is not in force on the date (stayed). exempt: would be covered
// but the rule does not reach this entity (a US entity under the Affiliates
// Rule). info: a note, no restriction (NS-CMIC does not extend to subsidiaries).
enum class InheritanceStatus { covered, review, minority, suspended, exempt, info };

// One step of an ownership path: the entity, and the share the previous hop
// holds in it (none on the first hop; share_unknown when not stated).
struct PathHop {
  std::string entity_id;
  std::string name;
  std::optional<double> percent;
  bool share_unknown = false;
  bool operator==(const PathHop&) const = default;
};

// From a listed owner (first hop) down to the entity (last hop), or from an
// entity up to its ultimate parent.
using OwnershipPath = std::vector<PathHop>;

// A listed party whose holdings reach the entity, and the listing that counts.
struct ListedOwner {
  std::string entity_id;
  std::string name;
  EntityListing listing;
  bool operator==(const ListedOwner&) const = default;
};

// A restriction (or note) an entity inherits through ownership.
struct InheritedRestriction {
  OwnershipRegime regime = OwnershipRegime::ofac_50;
  InheritanceStatus status = InheritanceStatus::covered;
  std::vector<ListedOwner> listed_owners;  // listed roots of the contributing paths
  std::optional<ListedOwner> governing;    // bis_affiliates: the most restrictive owner
  std::vector<int> fdp_footnotes;          // bis_affiliates: union over the listed owners
  double aggregate_percent = 0;            // known share held directly by listed or covered owners
  bool percent_unknown = false;            // a contributing owner holds an unknown share
  std::vector<OwnershipPath> paths;        // contributing paths, listed owner first
  bool paths_truncated = false;            // more paths exist than were listed
  std::string note;                        // rule, citation and reason in one sentence
  bool operator==(const InheritedRestriction&) const = default;
};

// The top of the chain of > 50 % or consolidation parents of an entity.
struct UltimateParent {
  std::string entity_id;  // the entity itself when it has no controlling parent
  std::string name;
  std::string hq_country;              // headquarters country, else country of incorporation
  bool hq_from_incorporation = false;  // hq_country fell back to the incorporation country
  OwnershipPath path;                  // the entity first, the ultimate parent last
  bool cycle = false;                  // the chain runs into a cycle; entity_id is where it closes
  bool operator==(const UltimateParent&) const = default;
};

enum class DiagnosticKind {
  cycle,             // cross-holdings: a strongly connected set of owners
  over_100,          // stated shares in one entity add up to more than 100 %
  duplicate_edge,    // the same statement twice
  conflicting_edge,  // two statements, same pair and date, different shares
  unknown_entity,    // an edge names an id with no entity record
  self_ownership,    // an edge from an entity to itself (ignored)
  duplicate_entity,  // two entity records with one id (the first is used)
};

// A data-quality finding about the ownership data; the analysis continues.
struct OwnershipDiagnostic {
  DiagnosticKind kind = DiagnosticKind::cycle;
  std::vector<std::string> entity_ids;  // the entities concerned (capped for large cycles)
  std::string message;                  // lower case, ids quoted
  bool operator==(const OwnershipDiagnostic&) const = default;
};

// An entity's ownership surroundings on a date, for display (owners --dot).
struct OwnershipNeighbourhood {
  std::string focus;                  // OwnedEntity::id of the entity asked about
  std::vector<OwnedEntity> entities;  // the focus first, then in discovery order
  std::vector<OwnershipEdge> edges;   // the statements in force on the date
  bool operator==(const OwnershipNeighbourhood&) const = default;
};

// Stable lower-case names, for JSON and tables: "ofac_50", "covered", "over_100".
std::string_view regime_name(OwnershipRegime regime);
std::string_view status_name(InheritanceStatus status);
std::string_view diagnostic_kind_name(DiagnosticKind kind);
std::string_view ownership_kind_name(OwnershipKind kind);

}  // namespace ecc::model
