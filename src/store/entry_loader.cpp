// Loads list entries with their aliases, addresses and identifiers: one query
// per table over the same entry filter, stitched together by entry id. Four
// sequential scans beat one query per entry by two orders of magnitude.
#include <unordered_map>

#include "store/sqlite.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::store {

namespace {

// The entry a detail row belongs to. Within one read transaction every row
// has its entry; a row without one means a damaged file, not a race.
model::ListEntry& owner(std::vector<model::ListEntry>& out,
                        const std::unordered_map<long long, size_t>& index, long long entry_id,
                        const Database& db) {
  auto it = index.find(entry_id);
  if (it == index.end()) {
    throw DataError("database '" + db.path() + "' is corrupt: a detail row names entry " +
                    std::to_string(entry_id) + ", which is not stored");
  }
  return out[it->second];
}

}  // namespace

std::vector<model::ListEntry> Store::load_entries(const std::string& where, long long arg,
                                                  std::vector<long long>* ids) const {
  std::vector<model::ListEntry> out;
  std::unordered_map<long long, size_t> index;
  auto bind_arg = [&](Statement& s) {
    if (where.find("?1") != std::string::npos) {
      s.bind(1, arg);
    }
  };
  Statement s = m_db->prepare(
      "SELECT id, list_code, source_name, entry_key, entity_number, entry_type, name, programs, "
      "fr_citations, start_date, end_date, license_requirement, license_policy, remarks, "
      "source_url "
      "FROM entries WHERE " +
      where + " ORDER BY id");
  bind_arg(s);
  while (s.step()) {
    model::ListEntry e;
    e.list_code = s.text(1);
    e.source_name = s.text(2);
    e.entry_key = s.text(3);
    e.entity_number = s.text(4);
    e.entry_type = s.text(5);
    e.name = s.text(6);
    e.programs = util::split(s.text(7), ";");
    e.fr_citations = util::split(s.text(8), ";");
    e.start_date = s.text(9);
    e.end_date = s.text(10);
    e.license_requirement = s.text(11);
    e.license_policy = s.text(12);
    e.remarks = s.text(13);
    e.source_url = s.text(14);
    index.emplace(s.integer(0), out.size());
    if (ids) {
      ids->push_back(s.integer(0));
    }
    out.push_back(std::move(e));
  }
  std::string sub = "entry_id IN (SELECT id FROM entries WHERE " + where + ")";
  Statement a = m_db->prepare("SELECT entry_id, name, alias_type FROM aliases WHERE " + sub +
                              " ORDER BY entry_id, position");
  bind_arg(a);
  while (a.step()) {
    owner(out, index, a.integer(0), *m_db).aliases.push_back({a.text(1), a.text(2)});
  }
  Statement d = m_db->prepare(
      "SELECT entry_id, address, city, state, postal_code, country FROM addresses WHERE " + sub +
      " ORDER BY entry_id, position");
  bind_arg(d);
  while (d.step()) {
    owner(out, index, d.integer(0), *m_db)
        .addresses.push_back({d.text(1), d.text(2), d.text(3), d.text(4), d.text(5)});
  }
  Statement i = m_db->prepare(
      "SELECT entry_id, id_type, number, country, issue_date, expiration_date FROM identifiers "
      "WHERE " +
      sub + " ORDER BY entry_id, position");
  bind_arg(i);
  while (i.step()) {
    owner(out, index, i.integer(0), *m_db)
        .identifiers.push_back({i.text(1), i.text(2), i.text(3), i.text(4), i.text(5)});
  }
  return out;
}

}  // namespace ecc::store
