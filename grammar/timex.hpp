#pragma once
// Plain result types for extracted time expressions (TIMEX3). No X3 here.

#include <chrono>
#include <optional>
#include <string>

#include "text/span.hpp"

namespace factcheck::grammar {

enum class timex_type { date, time, duration, set };
std::string_view to_string(timex_type t);  // "DATE", "TIME", "DURATION", "SET"

enum class timex_kind {
  absolute,   // December 04, 2021; 2021-12-04; 27.01.22 11:30; in 2014
  relative,   // on Friday, next month, two days ago: resolved against the reference date
  anchored,   // seven years after the annexation: relative to an event, not to the dateline
  duration,   // seven years, 10 days
  set,        // every week
};

struct time_expression {
  text::byte_span span;
  timex_type type = timex_type::date;
  timex_kind kind = timex_kind::absolute;
  std::string value;  // TIMEX3 value: 2021-12-03, 2022-01, 2013-W11, P7Y, PRESENT_REF, XXXX-WXX-5
  std::string mod;    // "", START, MID, END, APPROX, MORE_THAN, LESS_THAN, ...
  // Concrete interval [start, end) in days, resolved against the reference date; absent for
  // durations, sets and expressions that cannot be resolved (no reference date for a relative).
  std::optional<std::chrono::sys_days> start;
  std::optional<std::chrono::sys_days> end;
  bool has_weekday = false;             // "Saturday, December 9, 2023": weekday stated...
  std::chrono::weekday weekday{};       // ...and which one (for weekday-mismatch)
  bool has_year = true;                 // false for "Dec. 4" (year taken from the reference)
};

}  // namespace factcheck::grammar
