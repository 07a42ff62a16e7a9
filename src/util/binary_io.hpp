#pragma once
// A minimal binary format for data that exportcheck writes once and reads
// often (the name matcher's index, stored in the database at import time):
// little-endian fixed-width integers and doubles, length-prefixed strings and
// arrays, and a 64-bit checksum over everything. The reader checks every
// length against the bytes left, so damaged input is a DataError, never a
// crash. Not a general serialisation library: only what the index needs.

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

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
  void put_string(std::string_view s);  // at most 4 GiB
  void put_strings(const std::vector<std::string>& v);
  // Arrays of numbers or of plain structs of numbers (copied as bytes).
  template <class T>
  void put_array(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    put<uint64_t>(v.size());
    append(v.data(), v.size() * sizeof(T));
  }
  // Appends the checksum of everything written so far and returns the bytes.
  std::string finish();
  // The bytes written so far, without a checksum (for a part of a larger whole).
  const std::string& bytes() const { return m_out; }

 private:
  void append(const void* p, size_t n);
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
    static_assert(std::is_trivially_copyable_v<T>);
    const uint64_t n = count(sizeof(T));
    std::vector<T> v(n);
    if (n > 0)
      std::memcpy(v.data(), take(n * sizeof(T)), n * sizeof(T));
    return v;
  }
  bool at_end() const { return m_pos == m_bytes.size(); }
  // Throws DataError "<what>: <message>".
  [[noreturn]] void fail(const std::string& message) const;

 private:
  BinaryReader() = default;
  const char* take(size_t n);
  uint64_t count(size_t item_size);
  std::string_view m_bytes;
  size_t m_pos = 0;
  std::string m_what;
};

}  // namespace ecc::util
