// dataset_files: one row per downloaded file of a dataset (docs/database.md,
// schema version 6). Written in the import's transaction, so a dataset and
// its provenance land together.
#include "store/provenance_store.hpp"

#include "store/sqlite.hpp"

namespace ecc::store {

void write_provenance(Database& db, long long dataset_id,
                      const std::vector<model::FileProvenance>& files) {
  Statement insert = db.prepare(
      "INSERT INTO dataset_files (dataset_id, position, name, url, origin_url, fetched_at, "
      "last_modified, etag, sha256, bytes) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)");
  long long position = 0;
  for (const model::FileProvenance& f : files) {
    insert.bind(1, dataset_id).bind(2, position++).bind(3, f.name).bind(4, f.url);
    insert.bind(5, f.origin_url).bind(6, f.fetched_at).bind(7, f.last_modified).bind(8, f.etag);
    insert.bind(9, f.sha256).bind(10, f.bytes).run();
  }
}

std::vector<model::FileProvenance> read_provenance(Database& db, long long dataset_id) {
  Statement s = db.prepare(
      "SELECT name, url, origin_url, fetched_at, last_modified, etag, sha256, bytes "
      "FROM dataset_files WHERE dataset_id = ?1 ORDER BY position");
  s.bind(1, dataset_id);
  std::vector<model::FileProvenance> out;
  while (s.step()) {
    model::FileProvenance f;
    f.name = s.text(0);
    f.url = s.text(1);
    f.origin_url = s.text(2);
    f.fetched_at = s.text(3);
    f.last_modified = s.text(4);
    f.etag = s.text(5);
    f.sha256 = s.text(6);
    f.bytes = s.integer(7);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace ecc::store
