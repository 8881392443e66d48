#pragma once
// The grammar facade: the only header of grammar/ that other layers include for extraction.
//
// Recognizes quantities and time expressions in UTF-8 text (see each unit's header table in
// grammar/*_def.hpp). Spans are byte offsets into the given string_view. Extraction is one
// linear pass: the grammar is tried only at word starts; it never throws and returned spans
// are inside the text, sorted and non-overlapping within each vector.

#include <chrono>
#include <optional>
#include <span>
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
  // The reference moment's time of day, when known (a timestamped feed item, a spec's
  // ReferenceDateTime). Only extract_time_periods reads it: "in 5 minutes", "the 5 past minutes"
  // are resolved to a clock with it and stay durations without.
  std::optional<std::chrono::seconds> time_of_day;
};

std::vector<quantity> extract_quantities(std::string_view text);
std::vector<time_expression> extract_times(std::string_view text, const time_context& context);

// The periods a text speaks of: extract_times, then ranges ("from March to May", "3-5pm"), a day
// with its time of day ("tomorrow at 3pm"), durations anchored to a point ("3 days from today",
// "in two months"), rolling windows ("the next 3 days") and open periods ("since August") are
// composed into one expression each (docs/grammar-time.md, "Periods"; value conventions in
// docs/decisions/0030-time-period-values.md). Atoms that compose with nothing are returned as
// extract_times returns them. Same span contract; one extra linear pass over the atoms.
std::vector<time_expression> extract_time_periods(std::string_view text, const time_context& context);

// The composition step alone, for callers that already hold the atoms of `text` (sorted,
// non-overlapping, spans into `text`, as extract_times returns them).
std::vector<time_expression> compose_time_periods(std::string_view text, std::span<const time_expression> atoms,
                                                  const time_context& context);

}  // namespace factcheck::grammar
