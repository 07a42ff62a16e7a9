#pragma once
// A minimal binary format for data that exportcheck writes once and reads
// often (the name matcher's index, stored in the database at import time):
// native-endian (little-endian on every supported machine) fixed-width
// numbers, strings with a variable-length prefix, arrays aligned to 8 bytes
// so that they can be viewed in place, and a 64-bit checksum over everything. The reader checks
// every length against the bytes left, so damaged input is a DataError, never a crash. Not a
// general serialisation library: only what the index needs.

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "util/array.hpp"

namespace ecc::util {

// A fast 64-bit checksum (word-wise multiply-rotate). It detects damage, not
// tampering: the database's own integrity is `exportcheck db verify`'s job.
uint64_t checksum64(std::string_view bytes);

class BinaryWriter {
 public:
  template <class T>
  void put(T value) {
    static_assert(std::is_arithmetic_v<T>);
    append(&value, sizeof value);
  }
  void put_string(std::string_view s);  // length-prefixed (7 bits a byte)
  void put_strings(const std::vector<std::string>& v);
  // Arrays of numbers or of plain structs of numbers, copied as bytes and
  // aligned to 8 bytes from the start (so that a reader can view them in place).
  template <class T>
  void put_array(std::span<const T> v) {
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= 8);
    put<uint64_t>(v.size());
    m_out.append((8 - m_out.size() % 8) % 8, '\0');
    append(v.data(), v.size() * sizeof(T));
  }
  template <class T>
  void put_array(const std::vector<T>& v) {
    put_array(std::span<const T>(v));
  }
  template <class T>
  void put_array(const Array<T>& v) {
    put_array(std::span<const T>(v));
  }
  // Appends the checksum of everything written so far and returns the bytes.
  std::string finish();
  // The bytes written so far, without a checksum (for a part of a larger whole).
  const std::string& bytes() const { return m_out; }

 private:
  void append(const void* p, size_t n);
  void put_length(uint64_t n);
  std::string m_out;
};

class BinaryReader {
 public:
  // Checks and strips the trailing checksum; `what` names the data in errors.
  BinaryReader(std::string_view bytes, std::string what);
  // Reads a part of a checked whole (no checksum of its own).
  static BinaryReader part(std::string_view bytes, std::string what);

  template <class T>
  T get() {
    static_assert(std::is_arithmetic_v<T>);
    T value;
    std::memcpy(&value, take(sizeof value), sizeof value);
    return value;
  }
  std::string get_string();
  std::vector<std::string> get_strings();
  template <class T>
  std::vector<T> get_array() {
    const auto [p, n] = array_bytes<T>();
    std::vector<T> v(n);
    if (n > 0)
      std::memcpy(v.data(), p, n * sizeof(T));
    return v;
  }
  // An array written by put_array, viewed in place: the bytes given to the
  // constructor must outlive it (and start 8-byte aligned).
  template <class T>
  Array<T> view_array() {
    const auto [p, n] = array_bytes<T>();
    if (reinterpret_cast<uintptr_t>(p) % alignof(T) != 0)
      fail("misaligned array at byte " + std::to_string(m_pos));
    return Array<T>::view({reinterpret_cast<const T*>(p), n});
  }
  bool at_end() const { return m_pos == m_bytes.size(); }
  // Throws DataError "<what>: <message>".
  [[noreturn]] void fail(const std::string& message) const;

 private:
  BinaryReader() = default;
  const char* take(size_t n);
  // The bytes of an array written by put_array, and its length.
  template <class T>
  std::pair<const char*, size_t> array_bytes() {
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= 8);
    const auto n = get<uint64_t>();
    take((8 - m_pos % 8) % 8);
    if (n > (m_bytes.size() - m_pos) / sizeof(T))
      fail("length " + std::to_string(n) + " at byte " + std::to_string(m_pos) +
           " runs past the end");
    return {take(n * sizeof(T)), n};
  }
  uint64_t get_length();
  std::string_view m_bytes;
  size_t m_pos = 0;
  std::string m_what;
};

}  // namespace ecc::util
