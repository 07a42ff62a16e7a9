#pragma once
// The audit log of `screen --log FILE` and `audit --log FILE`: one JSON record
// per line, hash-chained.
// Each record carries `prev` (the previous record's hash, null for the first)
// and `hash`: SHA-256 of the record's compact JSON without `hash`, keys in the
// order written. Editing, inserting or deleting a line breaks the chain.

#include <optional>
#include <string>
#include <vector>

namespace ecc::import {

// The lines of FILE (empty when the file does not exist). Throws DataError
// when it exists but cannot be read.
std::vector<std::string> read_audit_log(const std::string& path);

struct ChainCheck {
  size_t records = 0;              // records verified before the first problem (all when ok)
  std::string last_hash;           // hash of the last good record ("" when none)
  std::optional<size_t> bad_line;  // 1-based line of the first problem
  std::string problem;             // what is wrong with that line
};

// Verifies the chain of `lines`. Pure.
ChainCheck verify_audit_chain(const std::vector<std::string>& lines);

// Seals a record (a JSON object without prev/hash): adds `prev` and `hash`
// and returns the one-line JSON to append. Throws DataError on bad JSON.
std::string seal_audit_record(const std::string& record_json, const std::string& prev_hash);

}  // namespace ecc::import
