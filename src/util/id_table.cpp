// Linear-probing hash table of entity ids (FNV-1a with murmur3's final mix).
// Load is kept at or below one half, so probes stay short.

#include "util/id_table.hpp"

namespace ecc::util {
namespace {

std::uint64_t hash_id(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  // murmur3 fmix64: FNV's low bits (the slot) depend only on the inputs' low
  // bits, which clusters short similar ids ("E1", "E2", ...) into long probes.
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  return h ^ (h >> 33);
}

std::uint32_t fingerprint(std::uint64_t h) {
  return static_cast<std::uint32_t>(h >> 32) | 1u;
}

}  // namespace

void IdTable::reserve(std::size_t n) {
  m_keys.reserve(n);
  std::size_t cap = 16;
  while (cap < 2 * n) {
    cap <<= 1;
  }
  if (cap > m_slots.size()) {
    std::vector<std::string_view> keys = std::move(m_keys);
    m_slots.assign(cap, 0);
    m_keys.clear();
    m_keys.reserve(n);
    for (std::string_view k : keys) {
      if (find(k)) {
        push_unindexed(k);
      } else {
        insert(k);
      }
    }
  }
}

std::uint64_t IdTable::hash(std::string_view id) {
  return hash_id(id);
}

void IdTable::prefetch_slot(std::uint64_t h) const {
  if (!m_slots.empty()) {
    __builtin_prefetch(&m_slots[h & (m_slots.size() - 1)]);
  }
}

void IdTable::prefetch_key(std::uint64_t h) const {
  if (!m_slots.empty()) {
    std::uint64_t slot = m_slots[h & (m_slots.size() - 1)];
    if (slot != 0) {
      __builtin_prefetch(&m_keys[static_cast<std::uint32_t>(slot)]);
    }
  }
}

void IdTable::prefetch_bytes(std::uint64_t h) const {
  if (!m_slots.empty()) {
    std::uint64_t slot = m_slots[h & (m_slots.size() - 1)];
    if (slot != 0) {
      __builtin_prefetch(m_keys[static_cast<std::uint32_t>(slot)].data());
    }
  }
}

std::optional<std::uint32_t> IdTable::find(std::string_view id) const {
  return find(id, hash_id(id));
}

std::optional<std::uint32_t> IdTable::find(std::string_view id, std::uint64_t h) const {
  if (m_slots.empty()) {
    return std::nullopt;
  }
  std::uint32_t fp = fingerprint(h);
  std::size_t mask = m_slots.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    std::uint64_t slot = m_slots[i];
    if (slot == 0) {
      return std::nullopt;
    }
    auto v = static_cast<std::uint32_t>(slot);
    if (static_cast<std::uint32_t>(slot >> 32) == fp && m_keys[v] == id) {
      return v;
    }
  }
}

std::uint32_t IdTable::insert(std::string_view id) {
  if (2 * (m_keys.size() + 1) > m_slots.size()) {
    grow();
  }
  std::uint64_t h = hash_id(id);
  std::uint32_t fp = fingerprint(h);
  std::size_t mask = m_slots.size() - 1;
  std::size_t i = h & mask;
  for (; m_slots[i] != 0; i = (i + 1) & mask) {  // one probe sequence: find or insert
    auto v = static_cast<std::uint32_t>(m_slots[i]);
    if (static_cast<std::uint32_t>(m_slots[i] >> 32) == fp && m_keys[v] == id) {
      return v;
    }
  }
  auto v = static_cast<std::uint32_t>(m_keys.size());
  m_slots[i] = (std::uint64_t{fp} << 32) | v;
  m_keys.push_back(id);
  return v;
}

std::uint32_t IdTable::push_unindexed(std::string_view id) {
  m_keys.push_back(id);
  return static_cast<std::uint32_t>(m_keys.size() - 1);
}

void IdTable::grow() {
  reserve(m_keys.size() * 2 + 8);
}

}  // namespace ecc::util
