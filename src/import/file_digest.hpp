#pragma once
// SHA-256 of a file's bytes, for audit records (order digests) and
// `db verify` (comparing original list files with the recorded hashes).

#include <string>

namespace ecc::import {

// Lower-case hex SHA-256 of FILE's bytes. Throws DataError when unreadable.
std::string file_sha256(const std::string& path);

}  // namespace ecc::import
