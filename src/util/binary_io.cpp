// BinaryWriter / BinaryReader / checksum64: see binary_io.hpp.
#include "util/binary_io.hpp"

#include "util/error.hpp"

namespace ecc::util {

namespace {

uint64_t rotl(uint64_t x, int r) {
  return (x << r) | (x >> (64 - r));
}

uint64_t mix(uint64_t h, uint64_t word) {
  h ^= word * 0x9E3779B97F4A7C15ULL;
  h = rotl(h, 31) * 0xC2B2AE3D27D4EB4FULL;
  return h;
}

}  // namespace

uint64_t checksum64(std::string_view bytes) {
  uint64_t h = 0x27D4EB2F165667C5ULL ^ bytes.size();
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, bytes.data() + i, 8);
    h = mix(h, w);
  }
  if (i < bytes.size()) {
    uint64_t tail = 0;
    std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
    h = mix(h, tail);
  }
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  return h;
}

void BinaryWriter::append(const void* p, size_t n) {
  m_out.append(static_cast<const char*>(p), n);
}

void BinaryWriter::put_length(uint64_t n) {
  while (n >= 0x80) {
    m_out.push_back(static_cast<char>(n | 0x80));
    n >>= 7;
  }
  m_out.push_back(static_cast<char>(n));
}

void BinaryWriter::put_string(std::string_view s) {
  put_length(s.size());
  append(s.data(), s.size());
}

void BinaryWriter::put_strings(const std::vector<std::string>& v) {
  put_length(v.size());
  for (const std::string& s : v)
    put_string(s);
}

std::string BinaryWriter::finish() {
  put<uint64_t>(checksum64(m_out));
  return std::move(m_out);
}

BinaryReader::BinaryReader(std::string_view bytes, std::string what)
    : m_bytes(bytes), m_what(std::move(what)) {
  if (bytes.size() < sizeof(uint64_t))
    fail("truncated (" + std::to_string(bytes.size()) + " bytes)");
  m_bytes = bytes.substr(0, bytes.size() - sizeof(uint64_t));
  uint64_t recorded;
  std::memcpy(&recorded, bytes.data() + m_bytes.size(), sizeof recorded);
  if (recorded != checksum64(m_bytes))
    fail("checksum mismatch: the stored data is damaged");
}

BinaryReader BinaryReader::part(std::string_view bytes, std::string what) {
  BinaryReader r;
  r.m_bytes = bytes;
  r.m_what = std::move(what);
  return r;
}

void BinaryReader::fail(const std::string& message) const {
  throw DataError(m_what + ": " + message);
}

const char* BinaryReader::take(size_t n) {
  if (n > m_bytes.size() - m_pos)
    fail("truncated at byte " + std::to_string(m_pos));
  const char* p = m_bytes.data() + m_pos;
  m_pos += n;
  return p;
}

uint64_t BinaryReader::get_length() {
  uint64_t n = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    const auto byte = static_cast<uint8_t>(*take(1));
    n |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0)
      return n;
  }
  fail("bad length at byte " + std::to_string(m_pos));
}

std::string BinaryReader::get_string() {
  const uint64_t n = get_length();
  const char* p = take(n);
  return std::string(p, n);
}

std::vector<std::string> BinaryReader::get_strings() {
  const uint64_t n = get_length();
  if (n > m_bytes.size() - m_pos)  // every string takes at least one byte
    fail("length " + std::to_string(n) + " at byte " + std::to_string(m_pos) +
         " runs past the end");
  std::vector<std::string> v;
  v.reserve(n);
  for (uint64_t i = 0; i < n; ++i)
    v.push_back(get_string());
  return v;
}

}  // namespace ecc::util
