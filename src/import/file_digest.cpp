#include "import/file_digest.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>

#include "util/error.hpp"
#include "util/sha256.hpp"

namespace ecc::import {

std::string file_sha256(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw DataError(path + ": cannot read file: " + std::strerror(errno));
  }
  util::Sha256 h;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    h.update(std::string_view(buf, static_cast<size_t>(in.gcount())));
  }
  return h.hex_digest();
}

}  // namespace ecc::import
