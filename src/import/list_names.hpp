#pragma once
// Reading list names as the lists write them. A list's name field often holds
// more than one name and more than a name: "NAME (ACRONYM)", "NAME (Brand)",
// "a.k.a." / "f.k.a." / "d.b.a." inside the field, "PARENT (P).  Affiliated
// Entity:  CHILD", trailing address fragments, "; and X" alias tails, "?" for
// an apostrophe. read_names() turns that text into the entry's name, its
// aliases and its links to related listed parties, keeping the raw text as
// provenance (docs/data-sources.md, "How names are read").

#include "model/list_entry.hpp"

namespace ecc::import {

// Bumped whenever read_names() reads a name differently: a dataset imported
// by an older reader is read again when the same file is imported again.
constexpr int k_name_reader_version = 1;

// Rewrites e.name, e.aliases (adding those found inside the name and alias
// texts, each with its raw text) and e.links in place; sets e.raw_name when
// the name changed. Idempotent: reading a read entry changes nothing.
void read_names(model::ListEntry& e);

}  // namespace ecc::import
