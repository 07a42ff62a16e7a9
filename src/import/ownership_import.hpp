#pragma once
// Ownership importers: files -> model::OwnershipGraph. Ids and names are kept
// as the file gives them; linking them to list entries is the store's job.
// Every error is a DataError starting with the location ("FILE:LINE:").

#include <string>
#include <string_view>

#include "model/ownership.hpp"

namespace ecc::import {

// Ownership CSV: header with at least owner,owned,percent,as_of,source (any
// order); optional owner_country,owned_country,owner_hq_country,owned_hq_country
// (ISO-2). Empty percent = owned, share unknown; empty as_of = undated.
// Rejects negative or > 100 percent, self-ownership, bad dates or country
// codes, a missing column, and conflicting countries for one entity.
model::OwnershipGraph parse_ownership_csv(std::string_view content, const std::string& name);

// GLEIF Level 2 RR-CDF XML: IS_DIRECTLY_CONSOLIDATED_BY and
// IS_ULTIMATELY_CONSOLIDATED_BY records become consolidation edges
// (StartNode = child = owned, EndNode = parent = owner, share unknown, as_of =
// relationship start date). Other relationship types and INACTIVE records are
// skipped. Entities are bare LEIs (names come from parse_gleif_lei).
model::OwnershipGraph parse_gleif_rr(std::string_view content, const std::string& name);

// GLEIF LEI-CDF XML: one entity per LEIRecord (id = LEI, legal name, legal
// jurisdiction country, headquarters country, LEI identifier).
std::vector<model::OwnedEntity> parse_gleif_lei(std::string_view content, const std::string& name);

// OpenSanctions FollowTheMoney JSON lines: Ownership (owner, asset, percentage,
// startDate, endDate) becomes an edge (an endDate adds a 0 % statement on that
// date); Company, Organization, LegalEntity and Person become entities (name,
// jurisdiction or country, leiCode, registrationNumber). Other schemas are skipped.
model::OwnershipGraph parse_ftm_ownership(std::string_view content, const std::string& name);

// Adds `more` to `into`; entities with an id already present fill only empty fields.
void merge_ownership(model::OwnershipGraph& into, model::OwnershipGraph more);

}  // namespace ecc::import
