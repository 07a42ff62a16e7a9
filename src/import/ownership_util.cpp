// Validation shared by the ownership importers: percentages are plain decimal
// numbers in 0..100 (an optional trailing %), dates are strict ISO dates.

#include "import/ownership_util.hpp"

#include <charconv>

#include "util/date.hpp"
#include "util/strings.hpp"

namespace ecc::import {

std::size_t EntitySet::index_of(std::string_view id, std::uint64_t hash) {
  if (std::optional<std::uint32_t> found = m_index.find(id, hash)) {
    return *found;
  }
  m_ids.emplace_back(id);
  m_index.insert(m_ids.back());
  model::OwnedEntity e;
  e.id = m_ids.back();
  e.name = e.id;
  m_entities.push_back(std::move(e));
  return m_entities.size() - 1;
}

std::optional<double> parse_percent(std::string_view text) {
  std::string_view t = util::trim(text);
  if (t.empty()) {
    return std::nullopt;
  }
  if (t.back() == '%') {
    t = util::trim(t.substr(0, t.size() - 1));
  }
  double value = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
  if (ec != std::errc() || end != t.data() + t.size() || t.empty()) {
    throw EdgeError("percent is not a number: " + util::quote(text));
  }
  if (value != value) {
    throw EdgeError("percent is not a number: " + util::quote(text));
  }
  if (value < 0) {
    throw EdgeError("percent must not be negative: " + util::quote(text));
  }
  if (value > 100) {
    throw EdgeError("percent above 100: " + util::quote(text));
  }
  return value;
}

model::OwnershipEdge make_edge(const std::string& owner, const std::string& owned,
                               std::string_view percent, std::string_view as_of,
                               const std::string& location) {
  if (owner.empty() || owned.empty()) {
    throw EdgeError(owner.empty() ? "owner is empty" : "owned is empty");
  }
  if (owner == owned) {
    throw EdgeError(util::quote(owner) + " cannot own itself");
  }
  model::OwnershipEdge e;
  e.owner = owner;
  e.owned = owned;
  e.percent = parse_percent(percent);
  if (!util::trim(as_of).empty()) {
    e.as_of = util::parse_iso_date(util::trim(as_of));
    if (!e.as_of) {
      throw EdgeError("bad as_of date " + util::quote(as_of) + " (expected YYYY-MM-DD)");
    }
  }
  e.location = location;
  return e;
}

std::string upper_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') {
      c = static_cast<char>(c - 'a' + 'A');
    }
  }
  return out;
}

}  // namespace ecc::import
