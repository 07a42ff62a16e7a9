#pragma once
// What changed between two sets of list entries: the entries a compliance
// officer must re-screen after a list update. Entries are matched by
// (list_code, entry_key); an entry whose content hash differs is "changed".

#include <string>
#include <vector>

#include "model/list_entry.hpp"

namespace ecc::model {

struct ChangedEntry {
  ListEntry before;
  ListEntry after;
  std::vector<std::string> fields;  // names of the fields that differ, e.g. "aliases"
};

struct EntryDiff {
  std::vector<ListEntry> added;
  std::vector<ListEntry> removed;
  std::vector<ChangedEntry> changed;
  size_t unchanged = 0;
};

// Compares `before` with `after`. Output is sorted by list code, then name,
// then key, so that it is stable whatever the input order.
EntryDiff diff_entries(const std::vector<ListEntry>& before, const std::vector<ListEntry>& after);

// The names of the fields in which `a` and `b` differ.
std::vector<std::string> differing_fields(const ListEntry& a, const ListEntry& b);

}  // namespace ecc::model
