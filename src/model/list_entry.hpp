#pragma once
// One entry of a restricted-party list (Entity List, SDN, NS-CMIC, a company's
// own watchlist, ...), as every importer produces it and the store keeps it.

#include <string>
#include <vector>

namespace ecc::model {

struct Alias {
  std::string name;
  // "aka", "fka", "nka", "dba", or what reading the list's name text found:
  // "acronym" (NAME (ACR)), "brand" (NAME (Brand)), "variant" (a spelling in
  // parentheses), "part" (one of two names run together); or empty.
  std::string type;
  std::string raw = {};  // the source text it was read from, when that differs from `name`
  bool operator==(const Alias&) const = default;
};

// A listed party that the list names inside an entry's name: "PARENT.
// Affiliated Entity: CHILD" (the entry is CHILD), "... Subordinate
// Institution - ...", "(a subordinate institute of X)".
struct EntryLink {
  std::string relation;  // "affiliate_of", "subordinate_of"
  std::string name;      // the related party's name as the list writes it, read
  bool operator==(const EntryLink&) const = default;
};

struct Address {
  std::string text;  // the address as the source prints it, without the country
  std::string city;
  std::string state;
  std::string postal_code;
  std::string country;  // ISO 3166-1 alpha-2 when the source gives one, else empty
  bool operator==(const Address&) const = default;
};

struct Identifier {
  std::string type;  // e.g. "Passport", "Unified Social Credit Code (USCC)", "LEI"
  std::string number;
  std::string country;
  std::string issue_date;
  std::string expiration_date;
  bool operator==(const Identifier&) const = default;
};

struct ListEntry {
  std::string list_code;    // stable code: entity_list, sdn, ns_cmic, ... (see list_code.hpp)
  std::string source_name;  // the source's own name for its list
  std::string entry_key;    // stable key within (source file, list_code); see docs/data-sources.md
  std::string entity_number;
  std::string entry_type;  // Entity, Individual, Vessel, Aircraft, or empty
  std::string name;
  std::string raw_name;  // the name field as the source wrote it, when reading it changed it
  std::vector<Alias> aliases;
  std::vector<EntryLink> links;
  std::vector<Address> addresses;
  std::vector<Identifier> identifiers;
  std::vector<std::string> programs;
  std::vector<std::string> fr_citations;
  std::string start_date;  // ISO date or empty
  std::string end_date;    // ISO date or empty
  std::string license_requirement;
  std::string license_policy;
  std::string remarks;
  std::string source_url;
  bool operator==(const ListEntry&) const = default;
};

// "listed as an affiliate of Huawei Technologies Co., Ltd." / "listed as a
// subordinate of ...": how explanations show a link.
std::string link_text(const EntryLink& link);

// SHA-256 over a canonical serialisation of every field but entry_key. Two
// imports of an unchanged entry give the same hash; any change changes it.
std::string content_hash(const ListEntry& e);

}  // namespace ecc::model
