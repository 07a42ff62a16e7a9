#pragma once
// Common Chinese business words and their usual English renderings in
// company names (科技 -> technology, 有限公司 -> co ltd), so that a name in
// characters can meet the romanized English form a list prints.

#include <string_view>
#include <utility>
#include <vector>

namespace ecc::match {

// (Simplified Chinese term, English words), longest terms first.
const std::vector<std::pair<std::string_view, std::string_view>>& chinese_terms();

}  // namespace ecc::match
