// The stored match index and the targeted entry reads that go with it: a
// screening run loads the index (one row) and then only the entries a party
// matched, re-hashing each against the content hash recorded at import.
#include <algorithm>
#include <unordered_map>

#include "store/sqlite.hpp"
#include "store/store.hpp"
#include "util/binary_io.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::store {

namespace {

std::string id_list(const std::vector<long long>& ids) {
  std::string out;
  for (long long id : ids) {
    out += (out.empty() ? "" : ",") + std::to_string(id);
  }
  return out;
}

}  // namespace

std::string Store::active_lists_key() const {
  Statement s =
      m_db->prepare("SELECT id, sha256 FROM datasets WHERE superseded_by IS NULL ORDER BY id");
  std::string key;
  while (s.step()) {
    key += (key.empty() ? "" : " ") + std::to_string(s.integer(0)) + ":" + s.text(1);
  }
  return key;
}

std::optional<StoredMatchIndex> Store::match_index() const {
  Statement s =
      m_db->prepare("SELECT lists, entry_ids, ownership_links FROM match_index WHERE id = 1");
  if (!s.step()) {
    return std::nullopt;
  }
  StoredMatchIndex out;
  out.lists = s.text(0);
  out.ownership_links = std::string(s.blob(2));
  util::BinaryReader ids(s.blob(1), "database '" + path() + "': stored match index");
  out.entry_ids = ids.get_array<long long>();
  out.matcher = m_db->read_blob("match_index", "matcher", 1);  // megabytes: read once
  return out;
}

std::string Store::read_match_entries(uint64_t offset, uint64_t size) const {
  return m_db->read_blob("match_index", "matcher_entries", 1, offset, size);
}

std::optional<std::string> Store::stored_ownership_links(const std::string& lists) const {
  Statement s = m_db->prepare("SELECT lists, ownership_links FROM match_index WHERE id = 1");
  if (!s.step() || s.text(0) != lists) {
    return std::nullopt;
  }
  return std::string(s.blob(1));
}

void Store::put_match_index(const StoredMatchIndex& index, const std::string& built_at) {
  util::BinaryWriter ids;
  ids.put_array(index.entry_ids);
  Statement s = m_db->prepare(
      "INSERT OR REPLACE INTO match_index (id, lists, entry_ids, matcher, built_at, "
      "ownership_links, matcher_entries) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)");
  s.bind(1, index.lists).bind_blob(2, ids.finish()).bind_blob(3, index.matcher).bind(4, built_at);
  s.bind_blob(5, index.ownership_links).bind_blob(6, index.matcher_entries);
  s.run();
}

void Store::put_ownership_links(const std::string& links) {
  Statement s = m_db->prepare("UPDATE match_index SET ownership_links = ?1 WHERE id = 1");
  s.bind_blob(1, links).run();
}

std::vector<model::ListEntry> Store::entries_by_id(const std::vector<long long>& ids) const {
  if (ids.empty()) {
    return {};
  }
  std::vector<long long> sorted = ids;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  std::vector<long long> found;
  std::vector<model::ListEntry> loaded = load_entries("id IN (" + id_list(sorted) + ")", 0, &found);
  Statement h =
      m_db->prepare("SELECT id, content_hash FROM entries WHERE id IN (" + id_list(sorted) + ")");
  std::unordered_map<long long, std::string> recorded;
  while (h.step()) {
    recorded.emplace(h.integer(0), h.text(1));
  }
  std::unordered_map<long long, size_t> at;
  for (size_t i = 0; i < found.size(); ++i) {
    at.emplace(found[i], i);
    if (model::content_hash(loaded[i]) != recorded[found[i]]) {
      throw DataError("database '" + path() + "' is corrupt: entry " + std::to_string(found[i]) +
                      " (" + loaded[i].list_code + " " + util::quote(loaded[i].name) +
                      ") no longer gives the content hash recorded at import; " +
                      "'exportcheck db verify' checks every entry");
    }
  }
  std::vector<model::ListEntry> out;
  out.reserve(ids.size());
  for (long long id : ids) {
    auto it = at.find(id);
    if (it == at.end()) {
      throw DataError("database '" + path() + "' is corrupt: the match index names entry " +
                      std::to_string(id) + ", which is not stored; re-import the lists");
    }
    out.push_back(loaded[it->second]);
  }
  return out;
}

std::vector<model::ListEntry> Store::active_entries_with_keys(
    const std::vector<std::string>& keys) const {
  std::vector<model::ListEntry> out;
  for (const std::string& key : keys) {
    Statement s = m_db->prepare(
        "SELECT e.id FROM entries e JOIN datasets d ON d.id = e.dataset_id "
        "WHERE d.superseded_by IS NULL AND e.entry_key = ?1 ORDER BY e.id");
    s.bind(1, key);
    std::vector<long long> ids;
    while (s.step()) {
      ids.push_back(s.integer(0));
    }
    if (ids.empty()) {
      continue;
    }
    for (model::ListEntry& e : load_entries("id IN (" + id_list(ids) + ")", 0)) {
      out.push_back(std::move(e));
    }
  }
  return out;
}

}  // namespace ecc::store
