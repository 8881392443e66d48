#pragma once
// Plain AST of one recognized time expression, filled by the X3 rules in time_rules_def.hpp and
// read by time_normalize.cpp. No X3 here. Fields left at their defaults were not stated.

#include <cstdint>


namespace factcheck::grammar {

enum class time_form : std::uint8_t {
  none,
  date,          // December 04, 2021; Dec. 4; 4 December 2021; 2021-12-04; with optional clock
  numeric_date,  // 27.01.22, 05/03/2024: day/month order decided by the normalizer
  month_year,    // December 2021
  month,         // in March
  year,          // in 2014, fiscal 1999
  decade,        // the 1990s
  season,        // last summer, the summer of 2014
  quarter,       // the third quarter of 1998, third-quarter
  half,          // the first half of 2022
  clock,         // 11:30, 10:45AM, 12:04 GMT, noon
  deictic,       // yesterday, today, tomorrow, tonight, this morning, last night
  ref,           // now, recently, the future
  rel_unit,      // last week, next month, this year
  part_this,     // earlier this month, later this year
  weekday,       // Friday, on Friday, next Tuesday, Friday morning
  ago,           // two days ago, seven years ago, a year earlier
  duration,      // seven years, 10 days, a decade, two-year, the past two months
  set,           // every week, daily, each month
  week,          // the first week of 2015, week 31, the last week of 2016 (ISO weeks)
  century,       // the 21st century, the fifteenth century
  holiday,       // Christmas, Thanksgiving Day, Easter 2018 (rule in `holiday`, see time_rules_def.hpp)
};

enum class time_unit : std::uint8_t {
  none, second, minute, hour, day, week, weekend, fortnight, month, quarter, year, decade, century
};

struct time_ast {
  time_form form = time_form::none;
  int year = -1;
  bool two_digit_year = false;
  int month = 0;      // 1..12
  int day = 0;        // 1..31
  int holiday = 0;    // holiday date rule (holiday_symbols in time_rules_def.hpp)
  int weekday = -1;   // 0 = Sunday .. 6 = Saturday
  int hour = -1;
  int minute = -1;
  int second = -1;    // only when written ("7:56:30 pm")
  int meridiem = 0;   // 1 am, 2 pm
  int part_of_day = 0;  // 1 MO, 2 AF, 3 EV, 4 NI
  int season = 0;     // 1 SP, 2 SU, 3 FA, 4 WI
  int quarter = 0;    // 1..4
  int half = 0;       // 1..2
  int decade = -1;    // 199 for the 1990s
  int dir = 0;        // -1 last/past, 0 this, +1 next
  bool has_dir = false;
  time_unit unit = time_unit::none;
  int count = -1;     // -1: unspecified ("years", "several years")
  double amount = -1;  // a count with a fraction ("2.5 hours", "one and a half hours"): wins over count
  time_unit unit2 = time_unit::none;  // second part of a compound duration ("1 hour and 30 minutes")
  int count2 = -1;
  int week = 0;       // week of the year, 1..53; -1 the last
  int shift = 0;      // deictic day shift: yesterday -1, tomorrow +1
  int fuzzy = 0;      // 1 START, 2 MID, 3 END
  int quant_mod = 0;  // 1 MORE_THAN, 2 LESS_THAN, 3 APPROX, 4 EQUAL_OR_MORE, 5 EQUAL_OR_LESS
  int ref = 0;        // 1 PRESENT_REF, 2 PAST_REF, 3 FUTURE_REF
  int num_a = -1, num_b = -1, num_c = -1;  // numeric date fields as written
  char num_sep = 0;
  int earlier_later = 0;  // -1 earlier this month, +1 later this year
  bool anchored = false;  // seven years after the annexation
  bool anaphoric = false;  // "the quarter", "the latest quarter": the period the story is about
  bool bare = false;       // a bare plural unit ("for years")
  bool focus = false;      // anaphoric ("the following year", "that day"): from the last date mentioned
  bool and_half = false;   // half a unit more than the count ("2 1/2 years", "an hour and a half")
  bool loose_month = false;  // a lower-case or undotted abbreviated month name ("august", "Sep")
  bool quarter_context = false;  // set by times.cpp: the sentence speaks of a quarter
};

}  // namespace factcheck::grammar
