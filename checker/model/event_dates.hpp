#pragma once
// What a dated event's time expression says, field by field, for date-conflict (issue 10).
//
// A date read against a dateline that was itself guessed (inferred from other sources, or an
// ambiguous numeric date read by the default order) is only as good as that guess, but the words
// of the expression still say something: "on Friday" names a weekday whatever the week, "in
// January" a month whatever the year, "Dec. 16" a month and a day. Two dates of one event
// conflict when a field both give differs (a Friday is never a Tuesday), or, when both are read
// against trustworthy datelines, when their intervals are disjoint.

#include <chrono>
#include <optional>
#include <string_view>

#include "grammar/timex.hpp"

namespace factcheck::checker {

struct event_date_fields {
  // The resolved interval [start, end), when it can be trusted.
  std::optional<std::chrono::sys_days> start;
  std::optional<std::chrono::sys_days> end;
  // Fields the words give (or the trusted interval pins down).
  std::optional<int> year;
  std::optional<unsigned> month;    // 1-12
  std::optional<unsigned> day;      // 1-31
  std::optional<unsigned> weekday;  // 0 = Sunday ... 6 = Saturday
};

// `trusted`: the expression's resolved interval holds (it gives its year, or its article's
// dateline was read from the article). `written` is the expression's text.
event_date_fields date_fields(const grammar::time_expression& t, std::string_view written,
                              bool trusted);

// Whether the words of a time expression name a day (a month, a weekday, a year, "yesterday"),
// not only a time of day: "April 9 at 3 am" dates an event, "at 3 am" alone does not.
bool names_a_day(std::string_view written);

enum class date_agreement { unknown, agree, conflict };

// Whether two dates of one event agree: intervals when both are whole, else the fields both give.
date_agreement compare_dates(const event_date_fields& x, const event_date_fields& y);

}  // namespace factcheck::checker
