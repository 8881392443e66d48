#pragma once
// The grammar facade: the only header of grammar/ that other layers include for extraction.
//
// Recognizes quantities and time expressions in UTF-8 text (see each unit's header table in
// grammar/*_def.hpp). Spans are byte offsets into the given string_view. Extraction is one
// linear pass: the grammar is tried only at word starts; it never throws and returned spans
// are inside the text, sorted and non-overlapping within each vector.

#include <chrono>
#include <optional>
#include <string_view>
#include <vector>

#include "grammar/quantity.hpp"
#include "grammar/timex.hpp"

namespace factcheck::grammar {

enum class date_order { month_first, day_first };

struct time_context {
  // The article's reference date (its dateline); relative expressions stay unresolved without.
  std::optional<std::chrono::year_month_day> reference;
  date_order numeric_dates = date_order::day_first;  // 05/03/2024 -> 5 March 2024
};

std::vector<quantity> extract_quantities(std::string_view text);
std::vector<time_expression> extract_times(std::string_view text, const time_context& context);

}  // namespace factcheck::grammar
