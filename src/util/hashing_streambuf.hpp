#pragma once
// A read-only stream buffer over another that hashes (SHA-256) every byte
// read through it: the digest of an input that cannot be read twice, such
// as standard input, of exactly the bytes that were processed.

#include <array>
#include <istream>
#include <streambuf>
#include <string>

#include "util/sha256.hpp"

namespace ecc::util {

class HashingStreambuf : public std::streambuf {
 public:
  explicit HashingStreambuf(std::streambuf* source) : m_source(source) {}

  // Lower-case hex SHA-256 of every byte read so far; call once, at the end.
  std::string hex_digest() { return m_sha.hex_digest(); }

 protected:
  int_type underflow() override;

 private:
  std::streambuf* m_source;
  Sha256 m_sha;
  std::array<char, 1 << 16> m_buf{};
};

// An input stream over `source` that hashes every byte read through it.
class HashingIstream : public std::istream {
 public:
  explicit HashingIstream(std::streambuf* source) : std::istream(nullptr), m_buf(source) {
    rdbuf(&m_buf);
  }
  // Lower-case hex SHA-256 of every byte read so far; call once, at the end.
  std::string hex_digest() { return m_buf.hex_digest(); }

 private:
  HashingStreambuf m_buf;
};

}  // namespace ecc::util
