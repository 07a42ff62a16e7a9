#include "model/list_entry.hpp"

#include "util/sha256.hpp"

namespace ecc::model {

namespace {

// Length-prefixed fields, so that no choice of separator can make two
// different entries serialise alike.
void put(util::Sha256& h, const std::string& s) {
  h.update(std::to_string(s.size()));
  h.update(":");
  h.update(s);
}

}  // namespace

std::string link_text(const EntryLink& link) {
  const char* as = link.relation == "affiliate_of"     ? "an affiliate of "
                   : link.relation == "subordinate_of" ? "a subordinate of "
                                                       : "related to ";
  return "listed as " + std::string(as) + link.name;
}

std::string content_hash(const ListEntry& e) {
  util::Sha256 h;
  for (const std::string* f :
       {&e.list_code, &e.source_name, &e.entity_number, &e.entry_type, &e.name, &e.start_date,
        &e.end_date, &e.license_requirement, &e.license_policy, &e.remarks, &e.source_url}) {
    put(h, *f);
  }
  put(h, "aliases" + std::to_string(e.aliases.size()));
  for (const Alias& a : e.aliases) {
    put(h, a.name);
    put(h, a.type);
    if (!a.raw.empty()) {  // only when set, so that entries without it hash as before
      put(h, "raw:" + a.raw);
    }
  }
  if (!e.raw_name.empty()) {
    put(h, "raw_name:" + e.raw_name);
  }
  if (!e.links.empty()) {
    put(h, "links" + std::to_string(e.links.size()));
    for (const EntryLink& l : e.links) {
      put(h, l.relation);
      put(h, l.name);
    }
  }
  put(h, "addresses" + std::to_string(e.addresses.size()));
  for (const Address& a : e.addresses) {
    for (const std::string* f : {&a.text, &a.city, &a.state, &a.postal_code, &a.country}) {
      put(h, *f);
    }
  }
  put(h, "ids" + std::to_string(e.identifiers.size()));
  for (const Identifier& i : e.identifiers) {
    for (const std::string* f :
         {&i.type, &i.number, &i.country, &i.issue_date, &i.expiration_date}) {
      put(h, *f);
    }
  }
  put(h, "programs" + std::to_string(e.programs.size()));
  for (const std::string& p : e.programs) {
    put(h, p);
  }
  put(h, "fr" + std::to_string(e.fr_citations.size()));
  for (const std::string& c : e.fr_citations) {
    put(h, c);
  }
  return h.hex_digest();
}

}  // namespace ecc::model
