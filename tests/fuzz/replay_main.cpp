// Replays committed inputs through one fuzz target without libFuzzer (the
// GCC build): `fuzz_replay TARGET DIR|FILE...` runs every file, in name
// order, and fails when an input makes the target throw anything but a
// DataError (a sanitizer build also fails on its reports). No random search:
// this is what keeps a fixed crash fixed in every CI run.
#include <algorithm>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_targets.hpp"

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs(int argc, char** argv) {
  std::vector<fs::path> out;
  for (int i = 2; i < argc; ++i) {
    if (fs::is_directory(argv[i])) {
      std::vector<fs::path> files;
      for (const auto& e : fs::directory_iterator(argv[i])) {
        if (e.is_regular_file()) {
          files.push_back(e.path());
        }
      }
      std::sort(files.begin(), files.end());
      out.insert(out.end(), files.begin(), files.end());
    } else if (fs::exists(argv[i])) {
      out.emplace_back(argv[i]);
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  const ecc::fuzz::Target* target = argc >= 2 ? ecc::fuzz::find_target(argv[1]) : nullptr;
  if (target == nullptr) {
    std::cerr << "usage: fuzz_replay TARGET DIR|FILE...; targets:";
    for (const ecc::fuzz::Target& t : ecc::fuzz::targets()) {
      std::cerr << " " << t.name;
    }
    std::cerr << "\n";
    return 2;
  }
  const std::vector<fs::path> files = inputs(argc, argv);
  if (files.empty()) {
    std::cerr << target->name << ": no inputs found: a replay without inputs proves nothing\n";
    return 1;
  }
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    try {
      ecc::fuzz::run_one(*target, bytes.str());
    } catch (const std::exception& e) {
      std::cerr << f.string() << ": " << target->name << " threw: " << e.what() << "\n";
      return 1;
    } catch (...) {
      std::cerr << f.string() << ": " << target->name << " threw a non-standard exception\n";
      return 1;
    }
  }
  std::cout << target->name << ": " << files.size() << " inputs, no failure\n";
  return 0;
}
