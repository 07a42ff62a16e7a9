#pragma once
// Shared pieces of the ownership importers: building entities by id in first-
// seen order, and validating one ownership statement.

#include <deque>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model/ownership.hpp"
#include "util/id_table.hpp"

namespace ecc::import {

// A statement that is wrong; the caller adds the location and throws DataError.
class EdgeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Entities by id, in the order first seen (ids interned: a million entities
// and three million statements cost a hash probe per party).
class EntitySet {
 public:
  // The index of the entity with `id`, created (name = id) when new.
  std::size_t index_of(std::string_view id) { return index_of(id, util::IdTable::hash(id)); }
  // The same with `hash` = util::IdTable::hash(id) computed beforehand.
  std::size_t index_of(std::string_view id, std::uint64_t hash);
  // The id table, for prefetch hints ahead of a run of lookups.
  const util::IdTable& ids() const { return m_index; }
  // The entity with `id`, created when new; valid until the next index_of/get.
  model::OwnedEntity& get(std::string_view id) { return m_entities[index_of(id)]; }
  model::OwnedEntity& at(std::size_t index) { return m_entities[index]; }
  bool contains(std::string_view id) const { return m_index.find(id).has_value(); }
  std::vector<model::OwnedEntity> take() { return std::move(m_entities); }

 private:
  std::deque<std::string> m_ids;  // the table's keys: stable while entities move
  util::IdTable m_index;
  std::vector<model::OwnedEntity> m_entities;
};

// "60", "60.5", "60 %", "" (unknown). Throws EdgeError when not a number in 0..100.
std::optional<double> parse_percent(std::string_view text);

// Validates and builds an equity statement. Throws EdgeError for a missing
// party, self-ownership, a bad percentage or a bad date (YYYY-MM-DD or empty).
model::OwnershipEdge make_edge(const std::string& owner, const std::string& owned,
                               std::string_view percent, std::string_view as_of,
                               const std::string& location);

// ASCII upper-casing (country codes).
std::string upper_ascii(std::string_view s);

}  // namespace ecc::import
