#pragma once
// Shared pieces of the ownership importers: building entities by id in first-
// seen order, and validating one ownership statement.

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model/ownership.hpp"

namespace ecc::import {

// A statement that is wrong; the caller adds the location and throws DataError.
class EdgeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Entities by id, in the order first seen.
class EntitySet {
 public:
  // The entity with `id`, created (name = id) when new.
  model::OwnedEntity& get(const std::string& id);
  bool contains(const std::string& id) const { return m_index.count(id) != 0; }
  std::vector<model::OwnedEntity> take() { return std::move(m_entities); }

 private:
  std::map<std::string, std::size_t> m_index;
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
