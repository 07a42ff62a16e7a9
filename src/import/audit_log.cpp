// Hash chain over JSON lines. The hash covers the record as re-serialised by
// nlohmann (compact, keys in written order), so whitespace is irrelevant but
// any change of a key, a value or the order of records is caught. Deleting
// the LAST records cannot be seen from the file alone: keep the last hash
// that `log verify` prints somewhere else (docs/ci.md).
#include "import/audit_log.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "import/json_input.hpp"
#include "util/error.hpp"
#include "util/sha256.hpp"

namespace ecc::import {

using ordered_json = OrderedJson;

namespace {

std::string record_hash(ordered_json record) {
  record.erase("hash");
  return util::sha256_hex(record.dump());
}

// The problem with one line, or "" when it chains onto `prev`.
std::string line_problem(const std::string& line, const std::string& prev, std::string& hash) {
  JsonProblem problem;
  std::optional<ordered_json> parsed = try_parse_ordered_json(line, problem);
  if (!parsed) {
    return "not a JSON record";
  }
  const ordered_json& j = *parsed;
  const ordered_json* hash_value = json_member(j, "hash");
  std::optional<std::string> recorded = hash_value ? json_string(*hash_value) : std::nullopt;
  if (!j.is_object() || !recorded || !j.contains("prev")) {
    return "record has no prev/hash fields";
  }
  const ordered_json* prev_value = json_member(j, "prev");
  std::string expected_prev = prev_value ? json_string(*prev_value).value_or("") : "";
  if (expected_prev != prev) {
    return prev.empty()
               ? "first record must have prev null, has " + expected_prev.substr(0, 12)
               : "prev does not match the hash of the record before (a record was removed, "
                 "inserted or reordered)";
  }
  hash = *recorded;
  if (record_hash(j) != hash) {
    return "hash does not match the record's content (the record was edited after it was written)";
  }
  return "";
}

}  // namespace

std::vector<std::string> read_audit_log(const std::string& path) {
  std::vector<std::string> lines;
  if (!std::filesystem::exists(path)) {
    return lines;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw DataError(path + ": cannot read file: " + std::strerror(errno));
  }
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

ChainCheck verify_audit_chain(const std::vector<std::string>& lines) {
  ChainCheck c;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string hash;
    std::string problem = line_problem(lines[i], c.last_hash, hash);
    if (!problem.empty()) {
      c.bad_line = i + 1;
      c.problem = problem;
      return c;
    }
    c.last_hash = hash;
    ++c.records;
  }
  return c;
}

std::string seal_audit_record(const std::string& record_json, const std::string& prev_hash) {
  JsonProblem problem;
  std::optional<ordered_json> parsed = try_parse_ordered_json(record_json, problem);
  if (!parsed || !parsed->is_object()) {
    throw DataError("audit record: invalid JSON: " + problem.reason);
  }
  ordered_json& j = *parsed;
  j["prev"] = prev_hash.empty() ? ordered_json(nullptr) : ordered_json(prev_hash);
  j["hash"] = record_hash(j);
  return j.dump();
}

}  // namespace ecc::import
