#pragma once
// time_normalize: a parsed time_ast -> TIMEX3 type/value/mod and a concrete [start, end) interval,
// resolved against the reference date (TimeML/TIMEX3 guidelines; news conventions below).
// Internal to grammar/. No X3 here.

#include <chrono>
#include <optional>
#include <string>

#include "grammar/extract.hpp"
#include "grammar/time_ast.hpp"

namespace factcheck::grammar {

// What the sentence around an expression says about its tense (from times.cpp).
enum class time_tense { unknown, past, future };

// Returns nothing when the AST does not denote a valid time (31 February, 27.13.22).
std::optional<time_expression> normalize_time(const time_ast& ast, const time_context& context,
                                              time_tense tense);

// ISO 8601 week of a day: "2013-W11".
std::string iso_week_value(std::chrono::sys_days day);

}  // namespace factcheck::grammar
