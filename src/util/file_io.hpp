#pragma once
// Reading a whole file, with the error message every command uses.

#include <string>

namespace ecc::util {

// Returns the bytes of `path`. Throws DataError "PATH: cannot read file: REASON"
// (or "PATH: is a directory") when it cannot.
std::string read_file(const std::string& path);

}  // namespace ecc::util
