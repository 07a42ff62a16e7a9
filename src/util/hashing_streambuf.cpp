#include "util/hashing_streambuf.hpp"

#include <string_view>

namespace ecc::util {

std::streambuf::int_type HashingStreambuf::underflow() {
  if (gptr() < egptr()) {
    return traits_type::to_int_type(*gptr());
  }
  const std::streamsize n =
      m_source->sgetn(m_buf.data(), static_cast<std::streamsize>(m_buf.size()));
  if (n <= 0) {
    return traits_type::eof();
  }
  m_sha.update(std::string_view(m_buf.data(), static_cast<size_t>(n)));
  setg(m_buf.data(), m_buf.data(), m_buf.data() + n);
  return traits_type::to_int_type(m_buf[0]);
}

}  // namespace ecc::util
