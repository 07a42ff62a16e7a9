// `db verify`: every entry's rows (entry, aliases, addresses, identifiers) are
// loaded back exactly as screening loads them and re-hashed; the result must
// equal the content_hash written at import. A difference means the rows were
// edited after import, or the loader no longer reads what the importer wrote.
#include "store/sqlite.hpp"
#include "store/store.hpp"

namespace ecc::store {

std::vector<HashMismatch> Store::content_hash_mismatches() const {
  std::vector<model::ListEntry> entries = load_entries("1 = 1", 0);
  Statement s =
      m_db->prepare("SELECT id, dataset_id, content_hash FROM entries WHERE 1 = 1 ORDER BY id");
  std::vector<HashMismatch> out;
  for (size_t i = 0; s.step(); ++i) {
    if (i >= entries.size()) {
      break;
    }
    const model::ListEntry& e = entries[i];
    std::string computed = model::content_hash(e);
    if (computed != s.text(2)) {
      out.push_back(
          {s.integer(0), s.integer(1), e.list_code, e.entry_key, e.name, s.text(2), computed});
    }
  }
  return out;
}

}  // namespace ecc::store
