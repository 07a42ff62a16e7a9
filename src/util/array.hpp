#pragma once
// An immutable array that either owns its elements (built in memory) or views
// elements that live in a loaded buffer someone else keeps alive (see
// BinaryReader::view_array). Lets a large structure load from bytes without
// copying them: the name matcher's index is read from the database this way.

#include <cstddef>
#include <span>
#include <vector>

namespace ecc::util {

template <class T>
class Array {
 public:
  Array() = default;
  Array(std::vector<T> owned) : m_own(std::move(owned)) { point(nullptr, 0); }  // NOLINT
  // Views `items`; they must outlive the array and every copy of it.
  static Array view(std::span<const T> items) {
    Array a;
    a.m_view = true;
    a.point(items.data(), items.size());
    return a;
  }
  Array(const Array& o) : m_own(o.m_own), m_view(o.m_view) { point(o.m_data, o.m_size); }
  Array(Array&& o) noexcept : m_own(std::move(o.m_own)), m_view(o.m_view) {
    point(o.m_data, o.m_size);
  }
  Array& operator=(Array o) noexcept {
    m_own = std::move(o.m_own);
    m_view = o.m_view;
    point(o.m_data, o.m_size);
    return *this;
  }

  size_t size() const { return m_size; }
  bool empty() const { return m_size == 0; }
  const T* data() const { return m_data; }
  const T* begin() const { return m_data; }
  const T* end() const { return m_data + m_size; }
  const T& operator[](size_t i) const { return m_data[i]; }
  const T& front() const { return m_data[0]; }
  const T& back() const { return m_data[m_size - 1]; }
  operator std::span<const T>() const { return {m_data, m_size}; }  // NOLINT
  // Heap bytes owned (0 for a view).
  size_t owned_bytes() const { return m_own.capacity() * sizeof(T); }

 private:
  void point(const T* data, size_t size) {
    m_data = m_view ? data : m_own.data();
    m_size = m_view ? size : m_own.size();
  }
  std::vector<T> m_own;
  bool m_view = false;
  const T* m_data = nullptr;
  size_t m_size = 0;
};

}  // namespace ecc::util
