#pragma once
// A temporary directory for one test, removed with everything in it when the
// test ends. Set ECC_KEEP_TEMP=1 to keep it for a look after a failure.

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace ecc::test {

class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "ecc-unit.XXXXXX").string();
    m_path = mkdtemp(pattern.data());
  }
  ~TempDir() {
    if (std::getenv("ECC_KEEP_TEMP")) {
      MESSAGE("kept " << m_path.string());
      return;
    }
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string file(const std::string& name) const { return (m_path / name).string(); }

  std::string write(const std::string& name, const std::string& content) const {
    std::ofstream(file(name), std::ios::binary) << content;
    return file(name);
  }

 private:
  std::filesystem::path m_path;
};

}  // namespace ecc::test
