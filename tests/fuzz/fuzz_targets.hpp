#pragma once
// The table of fuzz targets shared by the libFuzzer binaries and the replay
// driver (fuzz_targets.cpp).

#include <span>
#include <string_view>

namespace ecc::fuzz {

struct Target {
  const char* name;                     // also the folder of its seeds and regression inputs
  void (*run)(std::string_view input);  // parses `input`; may throw DataError only
};

// Every target, in the order scripts/test --fuzz runs them.
std::span<const Target> targets();
// The target called `name`, or nullptr.
const Target* find_target(std::string_view name);
// Runs `target` on `input`, accepting a DataError; any other exception escapes.
void run_one(const Target& target, std::string_view input);

}  // namespace ecc::fuzz
