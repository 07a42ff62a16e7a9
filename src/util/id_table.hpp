#pragma once
// An open-addressing table of ids (strings) to their index, for interning a
// million entity ids (graph vertices, ownership import). At a million
// entities the node-based std::unordered_map costs three cache misses per
// lookup; this costs one for the slot and one to confirm the id.

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace ecc::util {

class IdTable {
 public:
  // Prepares for about `n` ids without rehashing.
  void reserve(std::size_t n);
  // The vertex of `id`, or nullopt.
  std::optional<std::uint32_t> find(std::string_view id) const;
  // The same with `h` = hash(id) computed beforehand.
  std::optional<std::uint32_t> find(std::string_view id, std::uint64_t h) const;
  static std::uint64_t hash(std::string_view id);
  // Prefetch hints for a coming lookup of hash `h`, issued in this order some
  // lookups apart: the slot, then the key's string_view, then the key's bytes.
  // A bulk lookup then waits for memory once per batch, not three times per id.
  void prefetch_slot(std::uint64_t h) const;
  void prefetch_key(std::uint64_t h) const;
  void prefetch_bytes(std::uint64_t h) const;
  // Adds `id` as the next vertex (ids.size()) unless present; returns its vertex.
  // `id` must stay valid as long as the table.
  std::uint32_t insert(std::string_view id);
  // Adds a vertex that cannot be found by id (a repeated id); returns it.
  std::uint32_t push_unindexed(std::string_view id);
  std::size_t size() const { return m_keys.size(); }

 private:
  void grow();
  std::vector<std::uint64_t> m_slots;  // (fingerprint << 32) | vertex; 0 = empty
  std::vector<std::string_view> m_keys;
};

}  // namespace ecc::util
