#pragma once
// SHA-256 (FIPS 180-4), used for dataset provenance and entry content hashes.
// Self-contained so that no crypto library is needed.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace ecc::util {

class Sha256 {
 public:
  Sha256();
  // Feeds more bytes.
  void update(std::string_view data);
  // Finishes and returns the lower-case hex digest; the object is spent after.
  std::string hex_digest();

 private:
  void compress(const uint8_t* block);
  std::array<uint32_t, 8> m_state;
  std::array<uint8_t, 64> m_buffer{};
  size_t m_buffered = 0;
  uint64_t m_length = 0;
};

// Hex SHA-256 of a string.
std::string sha256_hex(std::string_view data);

}  // namespace ecc::util
