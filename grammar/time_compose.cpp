// time_compose: the periods a sentence speaks of, built from the atomic time expressions of
// extract_times and the few connecting words between them (extract_time_periods and
// compose_time_periods in grammar/extract.hpp; docs/grammar-time.md "Periods"; value conventions:
// docs/decisions/0030-time-period-values.md). No X3 here: the connecting words are a handful of
// fixed tokens read byte by byte, and the atoms are walked in three linear passes (ranges; a day
// with its clock; anchors, windows and open periods), each reading only the short gaps between
// neighbouring atoms.
//
// Accepted phrases (each row is exercised by tests/grammar/time_compose_test.cpp, tables kPeriods
// and kTimedPeriods):
//
// | family          | phrases                                                                 |
// |-----------------|-------------------------------------------------------------------------|
// | date range      | from August to October · between 2014 and 2018 · 2014~2018 · 2014-2018 ·  |
// |                 | from January to April 2015 · from next Monday to Friday ·               |
// |                 | June 2 through June 9 · from November to February ·                     |
// |                 | April 9th through 17th · from 26 June in 2019 to 3 July in 2019 ·        |
// |                 | between 3 and 12 June · from March to May · from 2019-Q2 to 2020-Q1      |
// | clock range     | 3-5pm · from 2 to 4pm · between 4pm and 5pm · 9:30 to 11:45 am ·          |
// |                 | between 9 and 11 am · from 8am to 3 · from 2:30 to 2:15 pm               |
// | date + clock    | tomorrow at 3pm · next Monday 1-3 pm · Friday, 10:30 to 11:15 ·          |
// |                 | from 5 to 6pm on Friday · tomorrow between 3:00 pm and 5:00 pm ·        |
// |                 | Thursday before 5pm · Feb. 1 no later than 6:00                         |
// | weekday + day   | Friday 23 · Wed the 13th (the nearest such date)                        |
// | weekday in span | Tuesday of last week · the first Monday of next month ·                 |
// |                 | next week on Thursday · Wednesday evening next week ·                   |
// |                 | last week - Monday                                                      |
// | week of         | the week of April 10, 2023 · the last week of July 2020 ·               |
// |                 | the last week of 2019 · the week beginning February 4, 2019             |
// | anchored        | 3 days from today · three weeks from tomorrow · 2 weeks before today ·   |
// |                 | ten days after March 3, 2020 · in two months · in 3 years ·             |
// |                 | more than 2 weeks before today · less than 3 days after tomorrow        |
// | anchored span   | for 3 days from today · a week starting tomorrow ·                      |
// |                 | 10 days beginning March 3, 2020                                         |
// | rolling window  | the next 3 days · the past two weeks · the coming three months ·        |
// |                 | within the next 10 months · the 3 past years · the two next weeks ·      |
// |                 | the 4 coming hours (*)                                                  |
// | from now (*)    | in 5 minutes · within 10 minutes · 20 minutes later                     |
// | clock + length  | from 2pm for 2 hours · for 3 hours from 10am · from 9 for 1.5 hours     |
// | part of period  | the first nine months of 2021 · the last 3 weeks of this year ·         |
// |                 | from 2007 to the end of 2008 · from April until the end of June ·       |
// |                 | first ten days of last year                                             |
// | open period     | since August · before 2010 · after 2:00 today · until Friday · by March ·|
// |                 | starting on January 7 · no later than 6:00 · later than 10am           |
// (*) needs the reference time of day (time_context::time_of_day); clock units stay durations
// without it.
//
// Not composed (tests/grammar/time_compose_test.cpp, kNotComposed): a range whose ends go
// backwards ("from 2018 to 2014"); ends separated by a bracket, a clause or a paragraph break;
// "and" without "between"; "in two years" after a superlative ("the highest in two years" is a
// window reaching back, not a point ahead); a bare number beside a clock with no connector ("3-5
// at 9pm").

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "grammar/extract.hpp"
#include "grammar/time_normalize.hpp"
#include "grammar/word_bytes.hpp"

namespace factcheck::grammar {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

// ---- bytes and words -------------------------------------------------------------------------

bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_word(char c) { return detail::is_word_byte(c); }
constexpr bool is_blank(char c) { return detail::is_blank_byte(c); }
using detail::equals_lower;
using detail::one_of;

bool contains_lower(std::string_view text, std::string_view needle) {
  for (std::size_t i = 0; i + needle.size() <= text.size(); ++i) {
    if (equals_lower(text.substr(i, needle.size()), needle)) return true;
  }
  return false;
}

// A token of the short stretch of text between two atoms: a word, or one punctuation mark.
// En and em dashes read as "-".
struct token {
  std::string_view text;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The few tokens of text[b, e), or nothing when the stretch is long or holds anything but words,
// blanks, commas and range dashes (a full stop, a bracket, a paragraph break): periods never span
// those.
constexpr std::size_t max_gap_tokens = 3;
constexpr std::size_t max_gap_bytes = 40;

struct gap_tokens {
  std::array<token, max_gap_tokens> items{};
  std::size_t size = 0;
  bool ok = false;
};

std::size_t dash_length(std::string_view text, std::size_t i) {
  if (text[i] == '-' || text[i] == '~') return 1;
  // U+2013 EN DASH, U+2014 EM DASH
  if (text.substr(i, 3) == "\xE2\x80\x93" || text.substr(i, 3) == "\xE2\x80\x94") return 3;
  return 0;
}

gap_tokens read_gap(std::string_view text, std::size_t b, std::size_t e) {
  gap_tokens g;
  if (e < b || e - b > max_gap_bytes) return g;
  std::size_t newlines = 0;
  std::size_t i = b;
  while (i < e) {
    const char c = text[i];
    if (is_blank(c)) {
      if (c == '\n' && ++newlines > 1) return g;
      ++i;
      continue;
    }
    std::size_t n = 0;
    std::string_view shown;
    if ((n = dash_length(text, i)) != 0) {
      shown = text[i] == '~' ? "~" : "-";
    } else if (is_word(c)) {
      while (i + n < e && is_word(text[i + n]) && dash_length(text, i + n) == 0) ++n;
      shown = text.substr(i, n);
    } else if (c == ',') {
      n = 1;
      shown = ",";
    } else {
      return g;
    }
    if (g.size == max_gap_tokens) return g;
    g.items[g.size++] = {shown, i, i + n};
    i += n;
  }
  g.ok = true;
  return g;
}

// The word ending right before `pos` (blanks skipped), not reaching below `floor`.
token word_before(std::string_view text, std::size_t floor, std::size_t pos) {
  std::size_t e = pos;
  while (e > floor && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  std::size_t b = e;
  while (b > floor && is_word(text[b - 1])) --b;
  if (b > floor && is_word(text[b - 1])) return {};
  return {text.substr(b, e - b), b, e};
}

constexpr std::array<std::string_view, 8> range_words = {"to",      "till", "til", "until",
                                                         "through", "thru", "and", "-"};

bool range_connector(std::string_view t) { return one_of(t, range_words) || t == "~"; }

// ---- calendar arithmetic ---------------------------------------------------------------------

int year_of(sys_days d) { return static_cast<int>(year_month_day{d}.year()); }
unsigned month_of(sys_days d) { return static_cast<unsigned>(year_month_day{d}.month()); }
unsigned day_of(sys_days d) { return static_cast<unsigned>(year_month_day{d}.day()); }

std::string iso(sys_days d) {
  return fmt::format("{:04}-{:02}-{:02}", year_of(d), month_of(d), day_of(d));
}

// d + n months, the day clamped to the target month's last day (Jan 31 + 1 month = Feb 28/29).
sys_days add_months(sys_days d, int n) {
  const year_month_day ymd{d};
  const auto ym = std::chrono::year_month{ymd.year(), ymd.month()} + std::chrono::months{n};
  const auto last =
      std::chrono::year_month_day_last{ym.year(), std::chrono::month_day_last{ym.month()}};
  const auto day = std::min(ymd.day(), last.day());
  return sys_days{ym.year() / ym.month() / day};
}

sys_days add_units(sys_days d, int n, char unit) {
  switch (unit) {
    case 'D':
      return d + days{n};
    case 'W':
      return d + days{7 * n};
    case 'M':
      return add_months(d, n);
    case 'Q':
      return add_months(d, 3 * n);
    case 'Y':
      return add_months(d, 12 * n);
    case 'X':
      return add_months(d, 120 * n);
    default:
      return d;
  }
}

// ---- what an atom is ------------------------------------------------------------------------

enum class grain : std::uint8_t { other, day, month, quarter, year };

bool digits_at(std::string_view s, std::size_t at, std::size_t n) {
  if (s.size() < at + n) return false;
  for (std::size_t i = at; i < at + n; ++i) {
    if (!is_digit(s[i])) return false;
  }
  return true;
}

bool weekday_value(std::string_view v) { return v.starts_with("XXXX-WXX-") && v.size() >= 10; }

// The granularity a date value is stated in: 2014 · 2014-08 / XXXX-08 · 2014-Q3 · 2014-08-03 /
// XXXX-WXX-1.
grain grain_of(const time_expression& t) {
  const std::string_view v = t.value;
  const bool year_part = digits_at(v, 0, 4) || v.starts_with("XXXX");
  if (!year_part) return grain::other;
  if (v.size() == 4) return grain::year;
  if (weekday_value(v)) return grain::day;
  if (v.size() >= 7 && v[4] == '-' && digits_at(v, 5, 2)) {
    if (v.size() == 7) return grain::month;
    if (v[7] == '-' && digits_at(v, 8, 2)) return grain::day;
  }
  // "2017-Q1": a range end like a month ("from 2017-Q1 to 2018-Q1" spans P12M)
  if (v.size() == 7 && v[4] == '-' && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4')
    return grain::quarter;
  return grain::other;
}

bool dated(const time_expression& t) {
  return t.start && t.end && t.type != timex_type::duration && t.type != timex_type::set;
}

// A time of day: hour and minute, whether the minutes and the meridiem were written.
struct clock {
  int hour = -1;
  int minute = 0;
  bool minutes_written = false;
  bool meridiem_known = false;
};

bool starts_like_clock(std::string_view s) {
  if (s.empty()) return false;
  if (is_digit(s.front())) return true;
  return s.size() >= 4 &&
         (equals_lower(s.substr(0, 4), "noon") || equals_lower(s.substr(0, 4), "midn"));
}

constexpr std::array<std::string_view, 26> clock_words = {
    "a", "am",  "p",   "pm", "m",   "noon", "midnight", "o",   "clock", "oclock",
    "h", "gmt", "utc", "et", "est", "edt",  "pt",       "pst", "pdt",
    // the part of the day that sets the half: "6:00 in the evening", "9 at night"
    "in", "the", "at", "morning", "afternoon", "evening", "night"};

// Whether every word of a written clock is a clock word: "10:45 a.m. GMT", not "2:30 pm on
// Tuesday".
bool only_clock_words(std::string_view written) {
  std::size_t i = 0;
  while (i < written.size()) {
    if (!is_word(written[i]) || is_digit(written[i])) {
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < written.size() && is_word(written[e]) && !is_digit(written[e])) ++e;
    if (!one_of(written.substr(i, e - i), clock_words)) return false;
    i = e;
  }
  return true;
}

// The clock of a bare time-of-day atom ("5pm", "10:45", "noon"); hour -1 for anything else.
clock clock_of_atom(const time_expression& t, std::string_view text) {
  clock c;
  const std::string_view written = t.span.of(text);
  if (t.type != timex_type::time || !starts_like_clock(written) || !only_clock_words(written))
    return c;
  const auto pos = t.value.find('T');
  if (pos == std::string::npos || !digits_at(t.value, pos + 1, 2)) return c;
  const std::string_view v = std::string_view(t.value).substr(pos + 1);
  if (v.size() < 5 || v[2] != ':' || !digits_at(v, 3, 2)) return c;
  // Only a clock alone: a date written before it makes it a date-time atom already.
  const std::string_view date = std::string_view(t.value).substr(0, pos);
  if (t.start && date != iso(*t.start) && date != "XXXX-XX-XX") return c;
  if (!t.start && date != "XXXX-XX-XX") return c;
  c.hour = (v[0] - '0') * 10 + (v[1] - '0');
  c.minute = (v[3] - '0') * 10 + (v[4] - '0');
  c.minutes_written =
      written.find(':') != std::string_view::npos || written.find('.') != std::string_view::npos;
  c.meridiem_known = c.hour == 0 || c.hour >= 13 || contains_lower(written, "m") ||
                     contains_lower(written, "noon");
  return c;
}

// "7", "11:30", "7.30" as the unwritten end of a clock range; hour -1 when not a clock.
clock bare_clock(std::string_view s) {
  clock c;
  std::size_t i = 0;
  int h = 0;
  while (i < s.size() && is_digit(s[i]) && i < 2) h = h * 10 + (s[i++] - '0');
  if (i == 0 || h > 24) return c;
  c.hour = h;
  if (i < s.size() && (s[i] == ':' || s[i] == '.') && digits_at(s, i + 1, 2)) {
    c.minute = (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
    c.minutes_written = true;
    i += 3;
    if (c.minute > 59) return {};
  }
  if (i != s.size()) return {};
  c.meridiem_known = h == 0 || h >= 13;
  return c;
}

// A day number as written after a connector: "17", "17th", "3rd".
int bare_day(std::string_view s) {
  std::size_t i = 0;
  int d = 0;
  while (i < s.size() && is_digit(s[i]) && i < 2) d = d * 10 + (s[i++] - '0');
  if (i == 0 || d < 1 || d > 31) return 0;
  const std::string_view rest = s.substr(i);
  if (!rest.empty() && !one_of(rest, std::array<std::string_view, 4>{"st", "nd", "rd", "th"}))
    return 0;
  return d;
}

// ---- rendering -------------------------------------------------------------------------------

std::string clock_text(const clock& c) {
  return c.minutes_written ? fmt::format("T{:02}:{:02}", c.hour, c.minute)
                           : fmt::format("T{:02}", c.hour);
}

std::string clock_distance(const clock& a, const clock& b) {
  const int minutes = (b.hour * 60 + b.minute) - (a.hour * 60 + a.minute);
  const int h = minutes / 60;
  const int m = minutes % 60;
  if (h == 0) return fmt::format("PT{}M", m);
  if (m == 0) return fmt::format("PT{}H", h);
  return fmt::format("PT{}H{}M", h, m);
}

bool has_four_digits(std::string_view s) {
  for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
    if (digits_at(s, i, 4)) return true;
  }
  return false;
}

constexpr std::array<std::string_view, 6> which_words = {"this",   "next",     "last",
                                                         "coming", "previous", "following"};

// "this August", "last May": the words say which year, though no number does.
bool says_which_year(std::string_view written) {
  std::size_t i = 0;
  while (i < written.size()) {
    if (!is_word(written[i])) {
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < written.size() && is_word(written[e])) ++e;
    if (one_of(written.substr(i, e - i), which_words)) return true;
    i = e;
  }
  return false;
}

// A calendar month or day written without its year ("August", "June 26", "Dec. 4"): the
// normalizer picked the year; composed values say "XXXX" as the text does.
bool year_unwritten(const time_expression& t, std::string_view text) {
  const grain g = grain_of(t);
  if (g != grain::month && g != grain::day) return false;
  if (weekday_value(t.value)) return false;
  if (says_which_year(t.span.of(text))) return false;
  if (t.value.starts_with("XXXX-") || !t.has_year) return true;
  return t.kind == timex_kind::absolute && !has_four_digits(t.span.of(text)) &&
         t.span.of(text).find('/') == std::string_view::npos;
}

// A value as written: the year replaced by XXXX when the text did not state it.
std::string as_written(const time_expression& t, bool no_year) {
  if (!no_year || t.value.size() < 7 || !digits_at(t.value, 0, 4)) return t.value;
  return "XXXX" + t.value.substr(4);
}

// A range end as the start day of what was written: XXXX-08-01 keeps the unstated year.
std::string point_value(const time_expression& t, bool no_year) {
  if (no_year) return "XXXX-" + iso(*t.start).substr(5);
  return iso(*t.start);
}

std::string date_distance(const time_expression& a, const time_expression& b) {
  const grain ga = grain_of(a);
  const grain gb = grain_of(b);
  const sys_days s = *a.start;
  const sys_days e = *b.start;
  if (ga == grain::year && gb == grain::year) return fmt::format("P{}Y", year_of(e) - year_of(s));
  if (ga != grain::day && gb != grain::day && day_of(s) == 1 && day_of(e) == 1) {
    return fmt::format("P{}M", (year_of(e) - year_of(s)) * 12 + static_cast<int>(month_of(e)) -
                                   static_cast<int>(month_of(s)));
  }
  return fmt::format("P{}D", (e - s).count());
}

constexpr std::array<std::string_view, 24> weekday_words = {
    "monday",   "tuesday",    "wednesday", "thursday", "friday",    "saturday",
    "sunday",   "mon",        "tue",       "tues",     "wed",       "thu",
    "thur",     "thurs",      "fri",       "sat",      "sun",       "mondays",
    "tuesdays", "wednesdays", "thursdays", "fridays",  "saturdays", "sundays"};

// A weekday named alone ("Friday", "Fri.", "6pm on Friday"): the text does not say which week.
bool bare_weekday(const time_expression& t, std::string_view text) {
  const std::string_view written = t.span.of(text);
  int weekdays = 0;
  std::size_t i = 0;
  while (i < written.size()) {
    if (!is_word(written[i]) || is_digit(written[i])) {
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < written.size() && is_word(written[e]) && !is_digit(written[e])) ++e;
    const std::string_view w = written.substr(i, e - i);
    if (one_of(w, weekday_words)) {
      ++weekdays;
    } else if (!one_of(w, clock_words) && !equals_lower(w, "on") && !equals_lower(w, "at")) {
      return false;
    }
    i = e;
  }
  return weekdays == 1;
}

// The date part of a day-level value as written: "2016-11-08" (tomorrow, next Monday),
// "XXXX-04-22" (April 22), "XXXX-WXX-1" (Monday); a part of day such as "TMO" dropped. Empty when
// the value is not a day.
std::string day_part(const time_expression& t, bool no_year, std::string_view text) {
  if (grain_of(t) != grain::day) return {};
  const std::string_view v = std::string_view(t.value).substr(0, t.value.find('T'));
  if (bare_weekday(t, text) && t.start)
    return fmt::format("XXXX-WXX-{}", std::chrono::weekday{*t.start}.iso_encoding());
  if (no_year && digits_at(v, 0, 4)) return "XXXX" + std::string(v.substr(4));
  return std::string(v);
}

int part_of_day(const time_expression& t) {
  const auto pos = t.value.find('T');
  if (pos == std::string::npos) return 0;
  const std::string_view p = std::string_view(t.value).substr(pos + 1);
  if (p == "AF" || p == "EV" || p == "NI") return 2;  // afternoon or later: clock hours are pm
  if (p == "MO") return 1;
  return 0;
}

// The Monday of the ISO week holding d.
sys_days monday_of(sys_days d) { return d - days{std::chrono::weekday{d}.iso_encoding() - 1}; }

// A single day as a composed expression.
time_expression point_at(const time_expression& base, sys_days d, std::size_t begin,
                         std::size_t end) {
  time_expression t = base;
  t.type = timex_type::date;
  t.kind = timex_kind::relative;
  t.value = iso(d);
  t.mod.clear();
  t.start = d;
  t.end = d + days{1};
  t.has_weekday = false;
  t.has_year = true;
  t.span = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
  return t;
}

// ---- the pieces composed ---------------------------------------------------------------------

// One expression on its way out, with what composition needs to know of it.
struct piece {
  time_expression t;
  clock from;  // clock pieces: the (first) time of day
  clock to;    // clock ranges: the second
  bool clock_range = false;
  bool clock_only = false;  // a time of day with no date stated
  bool no_year = false;     // a month or day written without its year
  bool weekday = false;     // a weekday named alone: its week follows the other end of a range
};

// Settles the meridiem of unwritten ends: "3-5pm" is 15-17, "8am-3" is 8-15, "11-4" is 11-16.
bool settle_clocks(clock& a, clock& b, int day_part) {
  if (day_part == 2) {
    if (!a.meridiem_known && a.hour < 12) a.hour += 12;
    if (!b.meridiem_known && b.hour < 12) b.hour += 12;
  }
  if (!a.meridiem_known && b.meridiem_known && b.hour >= 12 && a.hour < 12 &&
      (a.hour + 12) * 60 + a.minute < b.hour * 60 + b.minute) {
    a.hour += 12;
  }
  if (!b.meridiem_known && b.hour < 12 && b.hour * 60 + b.minute <= a.hour * 60 + a.minute)
    b.hour += 12;
  return b.hour * 60 + b.minute > a.hour * 60 + a.minute && b.hour < 24;
}

piece clock_range_piece(const clock& a, const clock& b, const time_expression& day_source,
                        std::size_t begin, std::size_t end) {
  piece p;
  p.t = day_source;
  p.t.type = timex_type::time;
  p.t.kind = timex_kind::relative;
  p.t.mod.clear();
  p.t.value = fmt::format("({},{},{})", clock_text(a), clock_text(b), clock_distance(a, b));
  p.t.span = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
  p.from = a;
  p.to = b;
  p.clock_range = true;
  p.clock_only = true;
  return p;
}

// The whole period a fuzzy atom narrows ("the end of 2008" is 2008 with mod END), read from its
// value: a year or a month; other values keep the atom's own interval.
std::pair<sys_days, sys_days> whole_period(const time_expression& t) {
  const std::string_view v = t.value;
  if (grain_of(t) == grain::year && digits_at(v, 0, 4)) {
    const int y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
    return {sys_days{std::chrono::year{y} / 1 / 1}, sys_days{std::chrono::year{y + 1} / 1 / 1}};
  }
  if (grain_of(t) == grain::month) {
    const sys_days s =
        sys_days{std::chrono::year{year_of(*t.start)} / std::chrono::month{month_of(*t.start)} / 1};
    return {s, add_months(s, 1)};
  }
  return {*t.start, *t.end};
}

// Where a range end lies when it is a part of a period: "the end of 2008" is where 2008 ends,
// "the start of 2008" where it starts, "the middle of March" its middle day.
std::optional<sys_days> fuzzy_point(const time_expression& t) {
  if (t.mod != "START" && t.mod != "MID" && t.mod != "END") return std::nullopt;
  const auto [s, e] = whole_period(t);
  if (t.mod == "START") return s;
  if (t.mod == "END") return e;
  return s + days{(e - s).count() / 2};
}

// Moves an expression with no stated year by whole years (its day interval with it).
void shift_years(time_expression& t, int n) {
  t.start = add_months(*t.start, 12 * n);
  t.end = add_months(*t.end, 12 * n);
}

// Joins two dated expressions into the period from the start of `a` to the end of `b`, filling
// a missing year from the other end and moving an end that resolved behind the start forward.
std::optional<piece> date_range(const piece& first, const piece& second, std::size_t begin,
                                std::size_t end) {
  time_expression a = first.t;
  time_expression b = second.t;
  if (!dated(a) || !dated(b)) return std::nullopt;
  if (first.no_year && !second.no_year && grain_of(a) != grain::other) {
    shift_years(a, year_of(*b.start) - year_of(*a.start));
    if (*a.start > *b.start) shift_years(a, -1);
  }
  if (first.no_year && second.no_year && grain_of(a) != grain::other &&
      grain_of(b) != grain::other) {
    // both years picked by the normalizer: keep the second end within a year after the first
    shift_years(b, year_of(*a.start) - year_of(*b.start));
  }
  if (*b.start < *a.start) {
    if (weekday_value(b.value) || second.weekday) {
      while (*b.start < *a.start) {
        b.start = *b.start + days{7};
        b.end = *b.end + days{7};
      }
    } else if (second.no_year) {
      shift_years(b, 1);
    }
  }
  if (*b.start < *a.start) return std::nullopt;
  // "previous week - Monday": one end inside the other, or a weekday beside its week, is not a
  // range
  if (*a.start <= *b.start && *b.end <= *a.end) return std::nullopt;
  const auto week_long = [](const time_expression& t) { return (*t.end - *t.start).count() == 7; };
  if ((first.weekday && week_long(b)) || (second.weekday && week_long(a))) return std::nullopt;
  // Fuzzy ends are points: "from 2007 to the end of 2008" ends when 2008 does.
  const auto fa = fuzzy_point(a);
  const auto fb = fuzzy_point(b);
  if (fa || fb) {
    if (fa) a.start = *fa;
    if (fb) b.start = *fb;
    if (!(*a.start < *b.start)) return std::nullopt;
    const bool no_year = first.no_year && second.no_year;
    piece p;
    p.t = a;
    p.no_year = no_year;
    const int months = (year_of(*b.start) - year_of(*a.start)) * 12 +
                       static_cast<int>(month_of(*b.start)) - static_cast<int>(month_of(*a.start));
    p.t.value = fmt::format("({},{},{})", point_value(a, no_year), point_value(b, no_year),
                            day_of(*a.start) == day_of(*b.start)
                                ? fmt::format("P{}M", months)
                                : fmt::format("P{}D", (*b.start - *a.start).count()));
    p.t.type = timex_type::date;
    p.t.mod.clear();
    p.t.end = fb ? *b.start : *b.end;
    p.t.has_year = !no_year;
    p.t.has_weekday = false;
    p.t.kind = timex_kind::relative;
    p.t.span = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
    return p;
  }
  piece p;
  p.t = a;
  p.no_year = first.no_year && second.no_year;
  p.t.value = fmt::format("({},{},{})", point_value(a, first.no_year && second.no_year),
                          point_value(b, first.no_year && second.no_year), date_distance(a, b));
  p.t.type = timex_type::date;
  p.t.mod.clear();
  p.t.start = a.start;
  p.t.end = b.end;
  p.t.has_year = !p.no_year;
  p.t.has_weekday = false;
  if (a.kind != b.kind) p.t.kind = timex_kind::relative;
  p.t.span = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
  return p;
}

// Where a range really begins: "from" or "between" right before its first end. `between` says
// whether "and" may join the ends.
std::size_t range_begin(std::string_view text, std::size_t floor, std::size_t first,
                        bool& between) {
  const token w = word_before(text, floor, first);
  between = equals_lower(w.text, "between");
  if (between || equals_lower(w.text, "from")) return w.begin;
  return first;
}

// The single connector of a gap: "to", "-", "and", "through"...
std::optional<token> connector(const gap_tokens& g) {
  if (!g.ok || g.size != 1 || !range_connector(g.items[0].text)) return std::nullopt;
  return g.items[0];
}

// A clock atom on its own ("5pm"), as a piece.
piece atom_piece(const time_expression& t, std::string_view text) {
  piece p;
  p.t = t;
  p.from = clock_of_atom(t, text);
  p.clock_only = p.from.hour >= 0;
  p.no_year = year_unwritten(t, text);
  p.weekday = !p.clock_only && grain_of(t) == grain::day && bare_weekday(t, text);
  return p;
}

// ---- pass 1: ranges --------------------------------------------------------------------------

// The bare number ending right before `pos` (blanks skipped), after `floor`.
token number_before(std::string_view text, std::size_t floor, std::size_t pos) {
  std::size_t e = pos;
  while (e > floor && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  std::size_t b = e;
  while (b > floor && (is_digit(text[b - 1]) || text[b - 1] == ':' || text[b - 1] == '.')) --b;
  while (b < e && !is_digit(text[b])) ++b;
  if (b == e || (b > floor && is_word(text[b - 1]))) return {};
  if (b > 0 && (text[b - 1] == '$' || text[b - 1] == '/' || text[b - 1] == '-')) return {};
  return {text.substr(b, e - b), b, e};
}

// The clock of an atom that begins with one and goes on with its day ("6pm on Friday"), and the
// date part of its value ("2021-12-03"); hour -1 when it is something else.
clock leading_clock(const time_expression& t, std::string_view text, std::string& date) {
  clock c;
  const std::string_view written = t.span.of(text);
  const std::string_view v = t.value;
  const auto pos = v.find('T');
  if (t.type != timex_type::time || !starts_like_clock(written) || pos == std::string_view::npos ||
      v.size() < pos + 6 || !digits_at(v, pos + 1, 2) || v[pos + 3] != ':' ||
      !digits_at(v, pos + 4, 2)) {
    return c;
  }
  date = v.substr(0, pos);
  if (bare_weekday(t, text) && t.start)
    date = fmt::format("XXXX-WXX-{}", std::chrono::weekday{*t.start}.iso_encoding());
  c.hour = (v[pos + 1] - '0') * 10 + (v[pos + 2] - '0');
  c.minute = (v[pos + 4] - '0') * 10 + (v[pos + 5] - '0');
  std::size_t n = 0;
  while (n < written.size() && (is_digit(written[n]) || written[n] == ':' || written[n] == '.'))
    ++n;
  c.minutes_written = written.substr(0, n).find_first_of(":.") != std::string_view::npos;
  c.meridiem_known =
      c.hour == 0 || c.hour >= 13 ||
      contains_lower(written.substr(0, std::min<std::size_t>(n + 6, written.size())), "m");
  return c;
}

// "3-5pm", "from 2 to 4pm", "between 9:30 and 11 am": a bare number, a connector, a clock atom.
std::optional<piece> leading_number_range(std::string_view text, std::size_t floor,
                                          const piece& right) {
  std::string date;
  const clock right_clock = right.clock_only ? right.from : leading_clock(right.t, text, date);
  if (right_clock.hour < 0 || right.clock_range) return std::nullopt;
  const std::size_t at = right.t.span.begin;
  std::size_t c_end = at;
  while (c_end > floor && (text[c_end - 1] == ' ' || text[c_end - 1] == '\t')) --c_end;
  token conn;
  if (c_end > floor && (text[c_end - 1] == '-' || text[c_end - 1] == '~')) {
    conn = {text.substr(c_end - 1, 1), c_end - 1, c_end};
  } else if (c_end >= floor + 3 && dash_length(text, c_end - 3) == 3) {
    conn = {"-", c_end - 3, c_end};
  } else {
    conn = word_before(text, floor, at);
    if (!range_connector(conn.text)) return std::nullopt;
  }
  const token num = number_before(text, floor, conn.begin);
  if (num.text.empty()) return std::nullopt;
  clock a = bare_clock(num.text);
  clock b = right_clock;
  if (a.hour < 0) return std::nullopt;
  bool between = false;
  const std::size_t begin = range_begin(text, floor, num.begin, between);
  if (equals_lower(conn.text, "and") && !between) return std::nullopt;
  // A bare "5 to 6pm" needs "from"/"between" or a dash: "rose 5 to 6pm" is rare, "aged 5 to" is
  // not.
  if (begin == num.begin && conn.text != "-" && conn.text != "~" && !b.meridiem_known)
    return std::nullopt;
  if (!settle_clocks(a, b, 0)) return std::nullopt;
  piece p = clock_range_piece(a, b, right.t, begin, right.t.span.end);
  if (!right.clock_only) {
    // "5 to 6pm on Friday": the day came with the second clock
    p.t.value = fmt::format("({}{},{}{},{})", date, clock_text(a), date, clock_text(b),
                            clock_distance(a, b));
    p.clock_only = false;
    p.clock_range = false;
  }
  return p;
}

// The connector ending right before `at`: a dash or tilde, or a range word.
std::optional<token> connector_before(std::string_view text, std::size_t floor, std::size_t at) {
  std::size_t c_end = at;
  while (c_end > floor && (text[c_end - 1] == ' ' || text[c_end - 1] == '\t')) --c_end;
  if (c_end > floor && (text[c_end - 1] == '-' || text[c_end - 1] == '~')) {
    return token{text.substr(c_end - 1, 1), c_end - 1, c_end};
  }
  if (c_end >= floor + 3 && dash_length(text, c_end - 3) == 3) return token{"-", c_end - 3, c_end};
  const token w = word_before(text, floor, at);
  if (!range_connector(w.text)) return std::nullopt;
  return w;
}

// "9 to 12 of June", "between 3 and 12 Sept.": a bare day, a connector, a day atom of that month.
std::optional<piece> leading_day_range(std::string_view text, std::size_t floor,
                                       const piece& right) {
  if (right.clock_only || right.weekday || !dated(right.t) || grain_of(right.t) != grain::day ||
      weekday_value(right.t.value)) {
    return std::nullopt;
  }
  const auto conn = connector_before(text, floor, right.t.span.begin);
  if (!conn) return std::nullopt;
  const token num = word_before(text, floor, conn->begin);
  const int d = bare_day(num.text);
  if (d == 0 || static_cast<unsigned>(d) >= day_of(*right.t.start)) return std::nullopt;
  if (num.begin > 0 &&
      (text[num.begin - 1] == '$' || text[num.begin - 1] == '/' || text[num.begin - 1] == '-')) {
    return std::nullopt;
  }
  bool between = false;
  const std::size_t begin = range_begin(text, floor, num.begin, between);
  if (equals_lower(conn->text, "and") && !between) return std::nullopt;
  piece left = right;
  const year_month_day ymd{std::chrono::year{year_of(*right.t.start)},
                           std::chrono::month{month_of(*right.t.start)},
                           std::chrono::day{static_cast<unsigned>(d)}};
  left.t.start = sys_days{ymd};
  left.t.end = *left.t.start + days{1};
  return date_range(left, right, begin, right.t.span.end);
}

// "April 9th through 17th", "Sept 3-12": a day atom, a connector, a bare day of the same month.
std::optional<piece> trailing_day_range(std::string_view text, std::size_t floor, std::size_t limit,
                                        const piece& left) {
  if (left.clock_only || !dated(left.t) || grain_of(left.t) != grain::day ||
      weekday_value(left.t.value)) {
    return std::nullopt;
  }
  std::size_t i = left.t.span.end;
  while (i < limit && (text[i] == ' ' || text[i] == '\t')) ++i;
  std::size_t n = 0;
  token conn;
  if (i < limit && (n = dash_length(text, i)) != 0) {
    conn = {"-", i, i + n};
  } else {
    std::size_t e = i;
    while (e < limit && is_word(text[e])) ++e;
    conn = {text.substr(i, e - i), i, e};
    if (!range_connector(conn.text) || equals_lower(conn.text, "and")) return std::nullopt;
  }
  i = conn.end;
  while (i < limit && (text[i] == ' ' || text[i] == '\t')) ++i;
  std::size_t e = i;
  while (e < limit && is_word(text[e])) ++e;
  if (e == i || (e < text.size() && is_word(text[e]))) return std::nullopt;
  const int d = bare_day(text.substr(i, e - i));
  const unsigned first = day_of(*left.t.start);
  if (d == 0 || static_cast<unsigned>(d) <= first) return std::nullopt;
  piece right = left;
  const int y = year_of(*left.t.start);
  const year_month_day ymd{std::chrono::year{y}, std::chrono::month{month_of(*left.t.start)},
                           std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  right.t.start = sys_days{ymd};
  right.t.end = *right.t.start + days{1};
  bool between = false;
  const std::size_t begin = range_begin(text, floor, left.t.span.begin, between);
  return date_range(left, right, begin, e);
}

constexpr std::array<std::string_view, 12> month_names = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

// "from March to May": extract_times leaves a bare "May" or "March" out (a modal, a verb), but
// after a month and a range connector it can only be the month.
std::optional<piece> trailing_month_range(std::string_view text, std::size_t floor,
                                          std::size_t limit, const piece& left) {
  if (left.clock_only || !dated(left.t) || grain_of(left.t) != grain::month) return std::nullopt;
  std::size_t i = left.t.span.end;
  while (i < limit && (text[i] == ' ' || text[i] == '\t')) ++i;
  std::size_t e = i;
  while (e < limit && is_word(text[e])) ++e;
  const std::string_view conn = text.substr(i, e - i);
  if (!range_connector(conn) || conn == "-") return std::nullopt;
  i = e;
  while (i < limit && (text[i] == ' ' || text[i] == '\t')) ++i;
  e = i;
  while (e < limit && is_word(text[e])) ++e;
  if (e == i || (e < text.size() && is_word(text[e])) || !(text[i] >= 'A' && text[i] <= 'Z'))
    return std::nullopt;
  int m = 0;
  for (std::size_t k = 0; k < month_names.size(); ++k) {
    if (equals_lower(text.substr(i, e - i), month_names[k])) m = static_cast<int>(k) + 1;
  }
  if (m == 0) return std::nullopt;
  bool between = false;
  const std::size_t begin = range_begin(text, floor, left.t.span.begin, between);
  if (equals_lower(conn, "and") && !between) return std::nullopt;
  if (begin == left.t.span.begin)
    return std::nullopt;  // "March to May" alone: "to" may be a verb's
  piece right = left;
  const sys_days s = sys_days{std::chrono::year{year_of(*left.t.start)} /
                              std::chrono::month{static_cast<unsigned>(m)} / 1};
  right.t.start = s;
  right.t.end = add_months(s, 1);
  right.t.value = left.no_year ? fmt::format("XXXX-{:02}", m) : iso(s).substr(0, 7);
  right.t.span = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(e)};
  if (*right.t.start < *left.t.start) {
    if (!left.no_year) return std::nullopt;
    shift_years(right.t, 1);
  }
  return date_range(left, right, begin, e);
}

// "Friday 23", "Wed the 13th": a weekday named with a day of the month but no month is the date
// nearest the reference (within a year either way) on which that day falls on that weekday.
std::optional<piece> weekday_with_day(std::string_view text, std::size_t limit, const piece& left,
                                      const time_context& context) {
  if (!context.reference || !left.weekday || !left.t.start) return std::nullopt;
  const sys_days ref{*context.reference};
  std::size_t i = left.t.span.end;
  while (i < limit && (text[i] == ' ' || text[i] == '\t')) ++i;
  std::size_t e = i;
  while (e < limit && is_word(text[e])) ++e;
  if (equals_lower(text.substr(i, e - i), "the")) {
    i = e;
    while (i < limit && (text[i] == ' ' || text[i] == '\t')) ++i;
    e = i;
    while (e < limit && is_word(text[e])) ++e;
  }
  if (e == i || (e < text.size() && is_word(text[e]))) return std::nullopt;
  // a month after the number would have made one atom of it; a figure would be followed by a noun
  if (e < text.size() && (text[e] == ':' || text[e] == '.' || text[e] == '/' || text[e] == '-') &&
      e + 1 < text.size() && is_digit(text[e + 1])) {
    return std::nullopt;
  }
  const int d = bare_day(text.substr(i, e - i));
  if (d == 0) return std::nullopt;
  {
    // "Friday 25 people voted": a figure counts the noun after it
    std::size_t k = e;
    while (k < text.size() && (text[k] == ' ' || text[k] == '\t')) ++k;
    std::size_t ke = k;
    while (ke < text.size() && is_word(text[ke])) ++ke;
    const std::string_view next = text.substr(k, ke - k);
    if (!next.empty() && !is_digit(next.front()) &&
        !one_of(next, std::array<std::string_view, 14>{"at", "in", "on", "of", "and", "or", "from",
                                                       "between", "to", "until", "till", "by",
                                                       "for", "the"})) {
      return std::nullopt;
    }
  }
  const std::chrono::weekday want{*left.t.start};
  const year_month_day r{ref};
  bool found = false;
  sys_days best{};
  for (int k = -12; k <= 12; ++k) {
    const auto ym = std::chrono::year_month{r.year(), r.month()} + std::chrono::months{k};
    const year_month_day cand{ym.year(), ym.month(), std::chrono::day{static_cast<unsigned>(d)}};
    if (!cand.ok() || std::chrono::weekday{sys_days{cand}} != want) continue;
    const sys_days c{cand};
    if (!found || std::abs((c - ref).count()) < std::abs((best - ref).count())) best = c;
    found = true;
  }
  if (!found) return std::nullopt;
  piece p = left;
  p.weekday = false;
  p.t = point_at(left.t, best, left.t.span.begin, e);
  p.t.has_weekday = true;
  p.t.weekday = want;
  return p;
}

// "6:30 to 9", "8am-3": a clock atom, a connector, a bare hour.
std::optional<piece> trailing_clock_range(std::string_view text, std::size_t floor,
                                          std::size_t limit, const piece& left) {
  if (!left.clock_only || left.clock_range) return std::nullopt;
  std::size_t i = left.t.span.end;
  while (i < limit && (text[i] == ' ' || text[i] == '\t')) ++i;
  std::size_t n = 0;
  token conn;
  if (i < limit && (n = dash_length(text, i)) != 0) {
    conn = {"-", i, i + n};
  } else {
    std::size_t e = i;
    while (e < limit && is_word(text[e])) ++e;
    conn = {text.substr(i, e - i), i, e};
    if (!range_connector(conn.text)) return std::nullopt;
  }
  i = conn.end;
  while (i < limit && (text[i] == ' ' || text[i] == '\t')) ++i;
  std::size_t e = i;
  while (e < limit && (is_digit(text[e]) || ((text[e] == ':' || text[e] == '.') && e + 1 < limit &&
                                             is_digit(text[e + 1]))))
    ++e;
  if (e == i || (e < text.size() && is_word(text[e]))) return std::nullopt;
  clock a = left.from;
  clock b = bare_clock(text.substr(i, e - i));
  if (b.hour < 0) return std::nullopt;
  bool between = false;
  const std::size_t begin = range_begin(text, floor, left.t.span.begin, between);
  if (equals_lower(conn.text, "and") && !between) return std::nullopt;
  // "8am to 3" needs "from"/"between": "at 8am to 3 people" is not a range.
  if (begin == left.t.span.begin) return std::nullopt;
  if (!settle_clocks(a, b, 0)) return std::nullopt;
  return clock_range_piece(a, b, left.t, begin, e);
}

// Two atoms joined by a connector: dates, or clocks.
std::optional<piece> atom_range(std::string_view text, std::size_t floor, const piece& a,
                                const piece& b) {
  const auto conn = connector(read_gap(text, a.t.span.end, b.t.span.begin));
  if (!conn) return std::nullopt;
  bool between = false;
  const std::size_t begin = range_begin(text, floor, a.t.span.begin, between);
  if (equals_lower(conn->text, "and") && !between) return std::nullopt;
  if (a.clock_only && b.clock_only && !a.clock_range && !b.clock_range) {
    clock x = a.from;
    clock y = b.from;
    if (!settle_clocks(x, y, 0)) return std::nullopt;
    return clock_range_piece(x, y, a.t, begin, b.t.span.end);
  }
  if (a.clock_only || b.clock_only) return std::nullopt;
  // Only dates that name a calendar point or period: not "now", not a set.
  if (grain_of(a.t) == grain::other && grain_of(b.t) == grain::other) return std::nullopt;
  return date_range(a, b, begin, b.t.span.end);
}

// "26 June in 2020", "April of 2016", "June 26, 2020" split in two atoms: the year joins the day.
// A year as a piece, for the year ranges extract_times leaves out.
piece year_piece(int y, std::size_t begin, std::size_t end) {
  piece p;
  p.t.type = timex_type::date;
  p.t.kind = timex_kind::absolute;
  p.t.value = fmt::format("{:04}", y);
  p.t.start = sys_days{std::chrono::year{y} / 1 / 1};
  p.t.end = sys_days{std::chrono::year{y + 1} / 1 / 1};
  p.t.span = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
  return p;
}

int four_digits(std::string_view s, std::size_t at) {
  int v = 0;
  for (std::size_t k = at; k < at + 4; ++k) v = v * 10 + (s[k] - '0');
  return v;
}

// "2014-2018", "2014 – 2018": extract_times drops a year touching a hyphen (ids, scores, phone
// numbers), so a year range is read here from the bytes between atoms: two years 1900-2099,
// the second later, nothing but a dash between them and no digit, dash or slash around them.
void year_ranges(std::string_view text, std::size_t b, std::size_t e, std::vector<piece>& out) {
  for (std::size_t i = b; i + 9 <= e; ++i) {
    if (!digits_at(text, i, 4) ||
        (i > 0 && (is_word(text[i - 1]) || text[i - 1] == '-' || text[i - 1] == '/' ||
                   text[i - 1] == '$' || text[i - 1] == '#' || text[i - 1] == '.'))) {
      continue;
    }
    std::size_t k = i + 4;
    while (k < e && (text[k] == ' ' || text[k] == '\t')) ++k;
    const std::size_t dash = k < e ? dash_length(text, k) : 0;
    if (dash == 0) {
      i += 3;
      continue;
    }
    k += dash;
    while (k < e && (text[k] == ' ' || text[k] == '\t')) ++k;
    if (k + 4 > e || !digits_at(text, k, 4)) continue;
    const std::size_t end = k + 4;
    if (end < text.size() &&
        (is_word(text[end]) || text[end] == '-' || text[end] == '/' || text[end] == '%' ||
         (text[end] == '.' && end + 1 < text.size() && is_digit(text[end + 1])))) {
      continue;
    }
    const int y1 = four_digits(text, i);
    const int y2 = four_digits(text, k);
    if (y1 < 1900 || y2 > 2099 || y2 <= y1) continue;
    out.push_back(year_piece(y1, i, i + 4));
    out.push_back(year_piece(y2, k, end));
    i = end;
  }
}

std::vector<piece> attach_years(std::string_view text, std::span<const time_expression> atoms) {
  std::vector<piece> out;
  out.reserve(atoms.size());
  std::size_t scanned = 0;
  for (std::size_t i = 0; i < atoms.size(); ++i) {
    year_ranges(text, scanned, atoms[i].span.begin, out);
    scanned = atoms[i].span.end;
    piece a = atom_piece(atoms[i], text);
    if (a.no_year && dated(a.t) && i + 1 < atoms.size() && grain_of(atoms[i + 1]) == grain::year &&
        atoms[i + 1].start && atoms[i + 1].span.size() == 4) {
      const gap_tokens g = read_gap(text, a.t.span.end, atoms[i + 1].span.begin);
      if (g.ok && g.size == 1 &&
          (g.items[0].text == "," ||
           one_of(g.items[0].text, std::array<std::string_view, 2>{"in", "of"}))) {
        shift_years(a.t, year_of(*atoms[i + 1].start) - year_of(*a.t.start));
        const std::string day = iso(*a.t.start);
        a.t.value = grain_of(a.t) == grain::month ? day.substr(0, 7) : day;
        a.t.has_year = true;
        a.t.kind = timex_kind::absolute;
        a.no_year = false;
        a.t.span.end = atoms[i + 1].span.end;
        scanned = a.t.span.end;
        ++i;
      }
    }
    out.push_back(std::move(a));
  }
  year_ranges(text, scanned, text.size(), out);
  return out;
}

std::vector<piece> compose_ranges(std::string_view text, std::vector<piece> in,
                                  const time_context& context) {
  std::vector<piece> out;
  out.reserve(in.size());
  std::size_t floor = 0;  // nothing composed reaches back before the end of the last piece
  for (std::size_t i = 0; i < in.size(); ++i) {
    const piece& a = in[i];
    if (i + 1 < in.size()) {
      if (auto r = atom_range(text, floor, a, in[i + 1])) {
        floor = r->t.span.end;
        out.push_back(std::move(*r));
        ++i;
        continue;
      }
    }
    auto lead = leading_number_range(text, floor, a);
    if (!lead) lead = leading_day_range(text, floor, a);
    if (auto r = std::move(lead)) {
      floor = r->t.span.end;
      out.push_back(std::move(*r));
      continue;
    }
    const std::size_t limit = i + 1 < in.size() ? in[i + 1].t.span.begin : text.size();
    auto r = trailing_day_range(text, floor, limit, a);
    if (!r) r = trailing_clock_range(text, floor, limit, a);
    if (!r) r = trailing_month_range(text, floor, limit, a);
    if (!r) r = weekday_with_day(text, limit, a, context);
    if (r) {
      floor = r->t.span.end;
      out.push_back(std::move(*r));
      continue;
    }
    floor = a.t.span.end;
    out.push_back(a);
  }
  return out;
}

// The words that open a period before an expression, and what they make of it.
struct bound {
  int kind =
      0;  // 0 none, 1 from the start on, 2 after the end, 3 before the start, 4 up to the end
  const char* mod = "";
  std::size_t begin = 0;
};

bound bound_before(std::string_view text, std::size_t floor, std::size_t at) {
  token w = word_before(text, floor, at);
  if (equals_lower(w.text, "on")) {
    // "starting on January 7"
    const token v = word_before(text, floor, w.begin);
    if (equals_lower(v.text, "starting") || equals_lower(v.text, "beginning")) w = v;
  }
  if (equals_lower(w.text, "since") || equals_lower(w.text, "starting") ||
      equals_lower(w.text, "beginning")) {
    return {1, "ON_OR_AFTER", w.begin};
  }
  if (equals_lower(w.text, "after")) return {2, "AFTER", w.begin};
  if (equals_lower(w.text, "before")) return {3, "BEFORE", w.begin};
  if (one_of(w.text, std::array<std::string_view, 4>{"until", "till", "by", "through"})) {
    return {4, "ON_OR_BEFORE", w.begin};
  }
  if (equals_lower(w.text, "than")) {
    // "later than 10", "no later than 6:00", "earlier than May"
    const token v = word_before(text, floor, w.begin);
    const token no = word_before(text, floor, v.begin);
    const bool negated = equals_lower(no.text, "no") || equals_lower(no.text, "not");
    const std::size_t begin = negated ? no.begin : v.begin;
    if (equals_lower(v.text, "later"))
      return negated ? bound{4, "ON_OR_BEFORE", begin} : bound{2, "AFTER", begin};
    if (equals_lower(v.text, "earlier") || equals_lower(v.text, "sooner")) {
      return negated ? bound{1, "ON_OR_AFTER", begin} : bound{3, "BEFORE", begin};
    }
  }
  return {};
}

// ---- pass 2: a day and a time of day; a weekday inside a period ------------------------------

constexpr std::array<std::string_view, 6> merge_words = {",", "at", "on", "of", "around", "from"};

bool merge_gap(const gap_tokens& g) {
  if (!g.ok) return false;
  for (std::size_t k = 0; k < g.size; ++k) {
    if (!one_of(g.items[k].text, merge_words)) return false;
  }
  return true;
}

// "tomorrow at 3pm", "next Monday 1-3 pm", "from 5 to 6pm on Friday".
std::optional<piece> day_and_clock(std::string_view text, const piece& day, const piece& clk,
                                   std::size_t begin, std::size_t end) {
  if (!clk.clock_only || day.clock_only || !dated(day.t)) return std::nullopt;
  const std::string date = day_part(day.t, day.no_year, text);
  if (date.empty()) return std::nullopt;
  piece p;
  p.t = day.t;
  p.t.type = timex_type::time;
  p.t.mod.clear();
  p.t.span = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
  clock a = clk.from;
  if (clk.clock_range) {
    clock b = clk.to;
    // The range already settled its meridiem; a part of day ("yesterday afternoon 3-8") may
    // still move unwritten hours.
    if (part_of_day(day.t) == 2) {
      if (!a.meridiem_known && a.hour < 12) a.hour += 12;
      if (!b.meridiem_known && b.hour < 12) b.hour += 12;
    }
    if (b.hour * 60 + b.minute <= a.hour * 60 + a.minute || b.hour >= 24) return std::nullopt;
    p.t.value = fmt::format("({}{},{}{},{})", date, clock_text(a), date, clock_text(b),
                            clock_distance(a, b));
  } else {
    if (!a.meridiem_known && part_of_day(day.t) == 2 && a.hour < 12) a.hour += 12;
    p.t.value = fmt::format("{}{}", date, clock_text(a));
  }
  return p;
}

// The weekday (0 = Sunday) a day-level atom names, or -1.
int weekday_of(const time_expression& t) {
  if (weekday_value(t.value)) {
    const int iso_day = t.value[9] - '0';
    return iso_day == 7 ? 0 : iso_day;
  }
  if (t.has_weekday) return static_cast<int>(t.weekday.c_encoding());
  return -1;
}

constexpr std::array<std::string_view, 5> ordinals = {"first", "second", "third", "fourth", "last"};

// "Tuesday of last week", "the first Monday of next month", "next week on Thursday".
std::optional<piece> weekday_in_period(std::string_view text, std::size_t floor, const piece& day,
                                       const piece& period, bool day_first) {
  if (day.clock_only || period.clock_only || !dated(period.t) || !day.t.start) return std::nullopt;
  int wd = weekday_of(day.t);
  if (wd < 0 && day.weekday) wd = static_cast<int>(std::chrono::weekday{*day.t.start}.c_encoding());
  if (wd < 0 || grain_of(day.t) != grain::day) return std::nullopt;
  const sys_days s = *period.t.start;
  const sys_days e = *period.t.end;
  if ((e - s).count() < 7 || (e - s).count() > 31) return std::nullopt;
  std::size_t begin = day_first ? day.t.span.begin : period.t.span.begin;
  int nth = 1;
  if (day_first) {
    token w = word_before(text, floor, day.t.span.begin);
    for (std::size_t k = 0; k < ordinals.size(); ++k) {
      if (equals_lower(w.text, ordinals[k])) {
        nth = k + 1 == ordinals.size() ? -1 : static_cast<int>(k) + 1;
        begin = w.begin;
        const token the = word_before(text, floor, w.begin);
        if (equals_lower(the.text, "the")) begin = the.begin;
      }
    }
  }
  const std::chrono::weekday want{static_cast<unsigned>(wd)};
  sys_days d = s;
  while (std::chrono::weekday{d} != want) d += days{1};
  if (nth > 1) d += days{7 * (nth - 1)};
  if (nth == -1) {
    while (d + days{7} < e) d += days{7};
  }
  if (d >= e) return std::nullopt;
  piece p;
  p.t = day.t;
  const auto tpos = day.t.value.find('T');
  p.t.value = iso(d) + (tpos == std::string::npos ? std::string() : day.t.value.substr(tpos));
  p.t.start = d;
  p.t.end = d + days{1};
  p.t.kind = timex_kind::relative;
  p.t.has_weekday = true;
  p.t.weekday = want;
  p.t.span = {static_cast<std::uint32_t>(begin),
              static_cast<std::uint32_t>(day_first ? period.t.span.end : day.t.span.end)};
  return p;
}

// "the week of April 10" (the ISO week holding that day), "the last week of July" (the last ISO
// week whose Thursday falls in the period, as ISO 8601 assigns weeks to years), "the week
// beginning February 4" (seven days from that day).
std::optional<piece> week_of(std::string_view text, const piece& week, const piece& target) {
  if (week.clock_only || target.clock_only || !dated(target.t) || !week.t.start)
    return std::nullopt;
  const gap_tokens g = read_gap(text, week.t.span.end, target.t.span.begin);
  if (!g.ok || g.size == 0 || g.size > 2) return std::nullopt;
  std::string_view written = week.t.span.of(text);
  if (written.size() >= 4 && equals_lower(written.substr(0, 4), "the ")) written.remove_prefix(4);
  const std::string_view w0 = g.items[0].text;
  const bool starting =
      one_of(w0, std::array<std::string_view, 4>{"beginning", "commencing", "starting", "from"});
  if (g.size == 2 && !(starting && equals_lower(g.items[1].text, "on"))) return std::nullopt;
  if (!starting && !equals_lower(w0, "of")) return std::nullopt;
  piece p;
  if (equals_lower(written, "week") && starting) {
    if (grain_of(target.t) != grain::day) return std::nullopt;
    const sys_days s = *target.t.start;
    p.t = point_at(target.t, s, week.t.span.begin, target.t.span.end);
    p.t.value = fmt::format("({},{},P1W)", iso(s), iso(s + days{7}));
    p.t.end = s + days{7};
    return p;
  }
  if (starting) return std::nullopt;
  sys_days monday;
  if (equals_lower(written, "week")) {
    if (grain_of(target.t) != grain::day) return std::nullopt;
    monday = monday_of(*target.t.start);
  } else if (equals_lower(written, "last week") || equals_lower(written, "final week")) {
    if ((*target.t.end - *target.t.start).count() < 28) return std::nullopt;
    monday = monday_of(*target.t.end - days{1});
    if (!(monday + days{3} < *target.t.end)) monday -= days{7};
  } else {
    return std::nullopt;
  }
  p.t = point_at(target.t, monday, week.t.span.begin, target.t.span.end);
  p.t.value = iso_week_value(monday);
  p.t.end = monday + days{7};
  return p;
}

std::vector<piece> compose_days(std::string_view text, std::vector<piece> in) {
  std::vector<piece> out;
  out.reserve(in.size());
  std::size_t floor = 0;
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (i + 1 < in.size()) {
      const piece& a = in[i];
      const piece& b = in[i + 1];
      const gap_tokens g = read_gap(text, a.t.span.end, b.t.span.begin);
      std::optional<piece> m;
      if (merge_gap(g)) {
        m = day_and_clock(text, a, b, a.t.span.begin, b.t.span.end);
        if (!m) m = day_and_clock(text, b, a, a.t.span.begin, b.t.span.end);
      }
      if (!m) m = week_of(text, a, b);
      if (!m && g.ok && g.size >= 1 && b.clock_only && !b.clock_range) {
        // "today before 4pm", "Feb 1st no later than 6:00": the day's clock, bounded
        const bound bd = bound_before(text, a.t.span.end, b.t.span.begin);
        if (bd.kind != 0 && bd.begin == g.items[0].begin) {
          m = day_and_clock(text, a, b, a.t.span.begin, b.t.span.end);
          if (m) m->t.mod = bd.mod;
        }
      }
      if (!m && g.ok && g.size == 1 &&
          (equals_lower(g.items[0].text, "of") || equals_lower(g.items[0].text, "in"))) {
        m = weekday_in_period(text, floor, a, b, true);
      }
      if (!m && g.ok && g.size == 1 && equals_lower(g.items[0].text, "on")) {
        m = weekday_in_period(text, floor, b, a, false);
      }
      // "Wednesday evening next week", "next week Wednesday", "last week - Monday": a weekday
      // beside a week
      const bool beside =
          g.ok &&
          (g.size == 0 || (g.size == 1 && (g.items[0].text == "-" || g.items[0].text == ",")));
      if (!m && beside && a.t.end && a.t.start && (*a.t.end - *a.t.start).count() == 7) {
        m = weekday_in_period(text, floor, b, a, false);
      }
      if (!m && beside && b.t.end && b.t.start && (*b.t.end - *b.t.start).count() == 7) {
        m = weekday_in_period(text, floor, a, b, true);
      }
      if (m) {
        floor = m->t.span.end;
        out.push_back(std::move(*m));
        ++i;
        continue;
      }
    }
    floor = in[i].t.span.end;
    out.push_back(std::move(in[i]));
  }
  return out;
}

// ---- pass 3: durations anchored to a point, rolling windows, open periods --------------------

// "P3D" -> {3, 'D'}; quarters come as P3M multiples. Nothing for vague or compound durations.
struct amount {
  int count = 0;
  char unit = 0;
};

std::optional<amount> amount_of(const time_expression& t, bool bounded = false) {
  const bool bound = t.mod == "MORE_THAN" || t.mod == "LESS_THAN";
  if (t.type != timex_type::duration || !(t.mod.empty() || (bounded && bound))) return std::nullopt;
  const std::string_view v = t.value;
  if (v.size() < 3 || v[0] != 'P' || !is_digit(v[1])) return std::nullopt;
  int n = 0;
  std::size_t i = 1;
  while (i < v.size() && is_digit(v[i])) n = n * 10 + (v[i++] - '0');
  if (i + 1 != v.size() || n <= 0 || n > 1000) return std::nullopt;
  const char u = v[i];
  if (u != 'D' && u != 'W' && u != 'M' && u != 'Y' && u != 'Q') return std::nullopt;
  return amount{n, u};
}

// "3 days from today", "two months after next Friday", "2 weeks before May 13": a point. "for 3
// days from today", "a week starting tomorrow": a period that long from the anchor.
std::optional<piece> anchored(std::string_view text, std::size_t floor, const piece& dur,
                              const piece& anchor) {
  const gap_tokens g = read_gap(text, dur.t.span.end, anchor.t.span.begin);
  if (!g.ok || g.size == 0 || anchor.clock_only || !dated(anchor.t)) return std::nullopt;
  const auto a = amount_of(dur.t, true);
  if (!a) return std::nullopt;
  std::size_t k = g.items[0].text == "," ? 1 : 0;
  if (k >= g.size) return std::nullopt;
  const std::string_view w = g.items[k].text;
  const bool starting = equals_lower(w, "starting") || equals_lower(w, "beginning");
  if (starting && k + 1 < g.size && equals_lower(g.items[k + 1].text, "from")) ++k;
  if (k + 1 != g.size) return std::nullopt;
  int sign = 0;
  if (starting || equals_lower(w, "from") || equals_lower(w, "after")) sign = 1;
  if (equals_lower(w, "before")) sign = -1;
  if (sign == 0) return std::nullopt;
  const token before = word_before(text, floor, dur.t.span.begin);
  const bool for_span = equals_lower(before.text, "for") && equals_lower(w, "from");
  piece p;
  if (starting || for_span) {
    const sys_days s = *anchor.t.start;
    const sys_days e = add_units(s, a->count, a->unit);
    p.t = point_at(anchor.t, s, for_span ? before.begin : dur.t.span.begin, anchor.t.span.end);
    p.t.value = fmt::format("({},{},{})", iso(s), iso(e), dur.t.value);
    p.t.end = e;
    return p;
  }
  if (g.size != 1) return std::nullopt;
  const sys_days point = add_units(*anchor.t.start, sign * a->count, a->unit);
  p.t = point_at(anchor.t, point, dur.t.span.begin, anchor.t.span.end);
  if (dur.t.mod == "MORE_THAN") {
    // "more than 2 weeks before today": some time before that point
    p.t.mod = sign < 0 ? "BEFORE" : "AFTER";
    if (sign < 0) {
      p.t.start.reset();
      p.t.end = point;
    } else {
      p.t.start = point + days{1};
      p.t.end.reset();
    }
  } else if (dur.t.mod == "LESS_THAN") {
    // "less than 3 days after tomorrow": within that span of the anchor
    const sys_days s = sign < 0 ? point : *anchor.t.start;
    const sys_days e = sign < 0 ? *anchor.t.start : point;
    p.t.value = fmt::format("({},{},P{}{})", iso(s), iso(e), a->count, a->unit);
    p.t.start = s;
    p.t.end = e;
  }
  return p;
}

constexpr std::array<std::string_view, 5> forward_words = {"next", "coming", "following",
                                                           "upcoming", "forthcoming"};
constexpr std::array<std::string_view, 4> backward_words = {"past", "last", "previous",
                                                            "preceding"};

// The start of the calendar quarter ('Q') or decade ('X') holding d.
sys_days unit_boundary(sys_days d, char unit) {
  const int y = year_of(d);
  if (unit == 'X') return sys_days{std::chrono::year{y - y % 10} / 1 / 1};
  const unsigned m = month_of(d);
  return sys_days{std::chrono::year{y} / std::chrono::month{(m - 1) / 3 * 3 + 1} / 1};
}

// The first word of a written expression, "the" skipped.
std::string_view first_word(std::string_view written) {
  for (int k = 0; k < 2; ++k) {
    std::size_t b = 0;
    while (b < written.size() && !is_word(written[b])) ++b;
    std::size_t e = b;
    while (e < written.size() && is_word(written[e])) ++e;
    if (k == 0 && equals_lower(written.substr(b, e - b), "the")) {
      written.remove_prefix(e);
      continue;
    }
    return written.substr(b, e - b);
  }
  return {};
}

// The window a duration atom spells with its own words, or "within" before it: "the next 3 days"
// [ref+1, ref+4), "the past two weeks" [ref-14, ref), "within 9 months" [ref, ref+9 months).
// Quarters and decades are calendar ones: "the last 2 quarters" ends where this quarter starts.
bool rolling_window(piece& p, std::string_view text, sys_days ref, bool within) {
  const auto a = amount_of(p.t);
  if (!a) return false;
  const std::string_view written = p.t.span.of(text);
  char unit = a->unit;
  int count = a->count;
  if (unit == 'Y' && count % 10 == 0 && contains_lower(written, "decade")) {
    unit = 'X';
    count /= 10;
  }
  const std::string_view first = first_word(written);
  const bool forward = one_of(first, forward_words);
  const bool backward = one_of(first, backward_words);
  if (!forward && !backward && !within) return false;
  const bool calendar = unit == 'Q' || unit == 'X';
  sys_days s;
  sys_days end;
  if (backward) {
    end = calendar ? unit_boundary(ref, unit) : ref;
    s = add_units(end, -count, unit);
  } else {
    s = calendar ? add_units(unit_boundary(ref, unit), 1, unit) : within ? ref : ref + days{1};
    end = add_units(s, count, unit);
  }
  const char shown = unit == 'Q' ? 'M' : unit == 'X' ? 'Y' : unit;
  const int shown_count = unit == 'Q' ? 3 * count : unit == 'X' ? 10 * count : count;
  p.t.value = fmt::format("({},{},P{}{})", iso(s), iso(end), shown_count, shown);
  p.t.type = timex_type::date;
  p.t.kind = timex_kind::relative;
  p.t.start = s;
  p.t.end = end;
  return true;
}

// "the first nine months of 2021", "the last 3 weeks of this year": that much of the period, from
// its start or up to its end.
std::optional<piece> window_of(std::string_view text, std::size_t floor, const piece& dur,
                               const piece& period) {
  if (period.clock_only || !dated(period.t)) return std::nullopt;
  const auto a = amount_of(dur.t);
  const gap_tokens g = read_gap(text, dur.t.span.end, period.t.span.begin);
  if (!a || !g.ok || g.size != 1 || !equals_lower(g.items[0].text, "of")) return std::nullopt;
  std::string_view first = first_word(dur.t.span.of(text));
  std::size_t begin = dur.t.span.begin;
  // "first ten days of last year": the atom is "ten days"
  const token before = word_before(text, floor, dur.t.span.begin);
  if (one_of(before.text, std::array<std::string_view, 3>{"first", "last", "final"})) {
    first = before.text;
    begin = before.begin;
    const token the = word_before(text, floor, before.begin);
    if (equals_lower(the.text, "the")) begin = the.begin;
  }
  const bool from_start = equals_lower(first, "first");
  if (!from_start && !equals_lower(first, "last") && !equals_lower(first, "final"))
    return std::nullopt;
  sys_days lo = *period.t.start;
  sys_days hi = *period.t.end;
  if (a->unit == 'W') {
    // weeks of a period are the ISO weeks whose Thursday falls in it (ISO 8601)
    lo = monday_of(lo);
    if (lo + days{3} < *period.t.start) lo += days{7};
    hi = monday_of(hi - days{1});
    if (!(hi + days{3} < *period.t.end)) hi -= days{7};
    hi += days{7};
  }
  const sys_days s = from_start ? lo : add_units(hi, -a->count, a->unit);
  const sys_days e = from_start ? add_units(lo, a->count, a->unit) : hi;
  if (s < lo || e > hi || !(s < e)) return std::nullopt;
  piece p;
  p.t = point_at(period.t, s, begin, period.t.span.end);
  p.t.value = fmt::format("({},{},{})", iso(s), iso(e), dur.t.value);
  p.t.end = e;
  return p;
}

// Words after which "in two years" is a window reaching back, not a point ahead: "the highest in
// two years", "for the first time in a decade".
bool superlative_before(std::string_view w) {
  return (w.size() > 4 && equals_lower(w.substr(w.size() - 3), "est")) || equals_lower(w, "time") ||
         equals_lower(w, "first") || equals_lower(w, "once");
}

// "since August" [August, ref); "before 2010" (.., 2010-01-01); "after 2:00"; "until Friday" and
// "by March" up to the end of the named period (ON_OR_BEFORE).
bool open_period(piece& p, std::string_view text, std::size_t floor,
                 const std::optional<sys_days>& ref) {
  if (p.t.type == timex_type::duration || p.t.type == timex_type::set || p.t.value.starts_with('('))
    return false;
  if (p.t.value.ends_with("_REF")) return false;
  const bound b = bound_before(text, floor, p.t.span.begin);
  if (b.kind == 0) return false;
  std::string mod = b.mod;
  std::optional<sys_days> s;
  std::optional<sys_days> e;
  if (b.kind == 1) {  // since, starting
    s = p.t.start;
    e = ref;
    if (s && e && *e < *s) e.reset();
  } else if (b.kind == 2) {  // after, later than
    s = p.t.end;
  } else if (b.kind == 3) {  // before, earlier than
    e = p.t.start;
  } else {  // until, by, no later than
    e = p.t.end;
  }
  const token w{{}, b.begin, b.begin};
  // A time of day keeps its own day: "after 2:00" is later that day.
  if (p.t.type == timex_type::time) {
    s = p.t.start;
    e = p.t.end;
  }
  p.t.mod = std::move(mod);
  p.t.value = as_written(p.t, p.no_year);
  p.t.start = s;
  p.t.end = e;
  p.t.span.begin = static_cast<std::uint32_t>(w.begin);
  return true;
}

// ---- reference time of day: sub-day anchors, clock spans, count-first windows ---------------

// "PT5M", "PT2H30M", "PT30S" in seconds; nothing for day-level, vague or bounded durations.
std::optional<long> subday_seconds(const time_expression& t) {
  if (t.type != timex_type::duration || !t.mod.empty()) return std::nullopt;
  std::string_view v = t.value;
  if (!v.starts_with("PT") || v.size() < 4) return std::nullopt;
  v.remove_prefix(2);
  long total = 0;
  while (!v.empty()) {
    long n = 0;
    std::size_t i = 0;
    while (i < v.size() && i < 6 && is_digit(v[i])) n = n * 10 + (v[i++] - '0');
    if (i == 0 || i == v.size()) return std::nullopt;
    const long unit = v[i] == 'H' ? 3600 : v[i] == 'M' ? 60 : v[i] == 'S' ? 1 : 0;
    if (unit == 0) return std::nullopt;
    total += n * unit;
    v.remove_prefix(i + 1);
  }
  if (total <= 0 || total > 7 * 86400) return std::nullopt;
  return total;
}

// A moment: a day and the seconds after its midnight (kept within [0, 86400)).
struct moment {
  sys_days day;
  long seconds = 0;
};

moment moment_after(moment m, long seconds) {
  long s = m.seconds + seconds;
  const long whole_days = s >= 0 ? s / 86400 : -((-s + 86399) / 86400);
  s -= whole_days * 86400;
  return {m.day + days{whole_days}, s};
}

std::string moment_text(moment m) {
  return fmt::format("{}T{:02}:{:02}:{:02}", iso(m.day), m.seconds / 3600, m.seconds / 60 % 60,
                     m.seconds % 60);
}

// A moment (or the window between two) as a composed expression of type TIME.
time_expression moment_expression(const time_expression& base, moment from,
                                  std::optional<moment> to, std::size_t begin, std::size_t end) {
  time_expression t = base;
  t.type = timex_type::time;
  t.kind = timex_kind::relative;
  t.mod.clear();
  t.value = to ? fmt::format("({},{},{})", moment_text(from), moment_text(*to), base.value)
               : moment_text(from);
  t.start = from.day;
  t.end = (to ? to->day : from.day) + days{1};
  t.has_weekday = false;
  t.span = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
  return t;
}

// The word starting at or after `pos` (spaces and tabs skipped); empty when something else comes.
token word_at(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  std::size_t e = pos;
  while (e < text.size() && is_word(text[e])) ++e;
  return {text.substr(pos, e - pos), pos, e};
}

// "in 5 minutes", "30 minutes later" (that far from the reference moment) and "within 5 minutes"
// (the window up to it). Needs the reference time of day; without it the atom stays a duration.
std::optional<time_expression> moment_from_now(std::string_view text, std::size_t floor,
                                               const piece& p, moment now, std::size_t limit) {
  const auto secs = subday_seconds(p.t);
  if (!secs) return std::nullopt;
  const token before = word_before(text, floor, p.t.span.begin);
  const token after = word_at(text, p.t.span.end);
  const moment then = moment_after(now, *secs);
  if (equals_lower(before.text, "within")) {
    return moment_expression(p.t, now, then, before.begin, p.t.span.end);
  }
  if (equals_lower(before.text, "in") &&
      !superlative_before(word_before(text, floor, before.begin).text)) {
    return moment_expression(p.t, then, std::nullopt, before.begin, p.t.span.end);
  }
  // "later" read as its own word: not the start of "later this week", not "later than planned"
  if (equals_lower(after.text, "later") && after.end <= limit &&
      !equals_lower(word_at(text, after.end).text, "than")) {
    return moment_expression(p.t, then, std::nullopt, p.t.span.begin, after.end);
  }
  return std::nullopt;
}

// A clock span given by its start and its length: "from 2pm for 2 hours", "for 2 hours from 2pm",
// "from 9 for 2.5 hours" (a bare hour after "from" is read as a clock). TIMEX3
// "(T14,T16:00:00,PT2H)": the start as written, the end as a full clock.
time_expression clock_span(const time_expression& dur, clock from, long secs, std::size_t begin,
                           std::size_t end, const std::optional<sys_days>& day) {
  time_expression t = dur;
  const long e = from.hour * 3600L + from.minute * 60L + secs;
  t.type = timex_type::time;
  t.kind = timex_kind::relative;
  t.mod.clear();
  t.value = fmt::format("({},T{:02}:{:02}:{:02},{})", clock_text(from), e / 3600, e / 60 % 60,
                        e % 60, dur.value);
  t.start = day;
  t.end = day ? std::optional<sys_days>{*day + days{1}} : std::nullopt;
  t.span = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
  return t;
}

// A duration atom with its clock: the clock an atom ("2pm") or a bare hour written after "from".
std::optional<piece> clock_with_length(std::string_view text, std::size_t floor, const piece& dur,
                                       const piece* next, const std::optional<sys_days>& ref) {
  const auto secs = subday_seconds(dur.t);
  if (!secs) return std::nullopt;
  const token before = word_before(text, floor, dur.t.span.begin);
  if (!equals_lower(before.text, "for")) return std::nullopt;
  clock from;
  std::size_t begin = before.begin;
  std::size_t end = dur.t.span.end;
  std::optional<sys_days> day = ref;
  const token after = word_at(text, dur.t.span.end);
  if (equals_lower(after.text, "from")) {
    // "for 2 hours from 2pm" / "for 2 hours from 9"
    if (next && next->clock_only && !next->clock_range &&
        read_gap(text, dur.t.span.end, next->t.span.begin).size == 1) {
      from = next->from;
      end = next->t.span.end;
      day = next->t.start;
    } else {
      const token n = word_at(text, after.end);
      from = bare_clock(n.text);
      end = n.end;
      if (next && next->t.span.begin < end) return std::nullopt;
    }
  } else {
    // "from 2pm for 2 hours" (the clock atom came just before) / "from 9 for 2 hours"
    const token n = word_before(text, floor, before.begin);
    from = bare_clock(n.text);
    const token f = word_before(text, floor, n.begin);
    if (!equals_lower(f.text, "from")) return std::nullopt;
    begin = f.begin;
  }
  const long e = from.hour * 3600L + from.minute * 60L + *secs;
  if (from.hour < 0 || from.hour > 23 || e > 86400) return std::nullopt;
  piece p;
  p.t = clock_span(dur.t, from, *secs, begin, end, day);
  return p;
}

// "from 2pm for 2 hours": the clock atom, then "for" and the duration.
std::optional<piece> clock_then_length(std::string_view text, std::size_t floor, const piece& clk,
                                       const piece& dur) {
  if (!clk.clock_only || clk.clock_range) return std::nullopt;
  const auto secs = subday_seconds(dur.t);
  const gap_tokens g = read_gap(text, clk.t.span.end, dur.t.span.begin);
  if (!secs || !g.ok || g.size != 1 || !equals_lower(g.items[0].text, "for")) return std::nullopt;
  const token f = word_before(text, floor, clk.t.span.begin);
  if (!equals_lower(f.text, "from")) return std::nullopt;
  const long e = clk.from.hour * 3600L + clk.from.minute * 60L + *secs;
  if (e > 86400) return std::nullopt;
  piece p;
  p.t = clock_span(dur.t, clk.from, *secs, f.begin, dur.t.span.end, clk.t.start);
  return p;
}

// A count written as digits or as a small number word.
int small_count(std::string_view w) {
  static constexpr std::array<std::string_view, 12> words = {"one",  "two", "three",  "four",
                                                             "five", "six", "seven",  "eight",
                                                             "nine", "ten", "eleven", "twelve"};
  if (!w.empty() && w.size() <= 4 && std::all_of(w.begin(), w.end(), is_digit)) {
    int n = 0;
    for (const char c : w) n = n * 10 + (c - '0');
    return n;
  }
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (equals_lower(w, words[k])) return static_cast<int>(k) + 1;
  }
  return 0;
}

// The unit a plural time noun names: 'Y', 'M', 'W', 'D', or 'h', 'm', 's' for the clock units.
char plural_unit(std::string_view w) {
  static constexpr std::array<std::pair<std::string_view, char>, 10> units = {{{"years", 'Y'},
                                                                               {"months", 'M'},
                                                                               {"weeks", 'W'},
                                                                               {"days", 'D'},
                                                                               {"hours", 'h'},
                                                                               {"hrs", 'h'},
                                                                               {"minutes", 'm'},
                                                                               {"mins", 'm'},
                                                                               {"seconds", 's'},
                                                                               {"secs", 's'}}};
  for (const auto& [name, unit] : units) {
    if (equals_lower(w, name)) return unit;
  }
  return 0;
}

// "the 5 past years", "the 2 next days", "the 13 last minutes": a rolling window with the count
// before the direction word (the atoms only know "the next 5 days"). Same values as
// rolling_window; clock units need the reference time of day.
std::optional<time_expression> count_first_window(std::string_view text, std::size_t at,
                                                  sys_days ref,
                                                  const std::optional<std::chrono::seconds>& now) {
  const token count = word_at(text, at);
  const token dir = word_at(text, count.end);
  const token noun = word_at(text, dir.end);
  const int n = small_count(count.text);
  const char unit = plural_unit(noun.text);
  const bool forward = one_of(dir.text, forward_words);
  const bool backward = one_of(dir.text, backward_words);
  if (n <= 0 || n > 1000 || unit == 0 || (!forward && !backward)) return std::nullopt;
  if (noun.end < text.size() && is_word(text[noun.end])) return std::nullopt;
  time_expression t;
  t.span = {static_cast<std::uint32_t>(count.begin), static_cast<std::uint32_t>(noun.end)};
  t.type = timex_type::date;
  t.kind = timex_kind::relative;
  if (unit == 'h' || unit == 'm' || unit == 's') {
    if (!now) return std::nullopt;
    const long secs = n * (unit == 'h' ? 3600L : unit == 'm' ? 60L : 1L);
    t.value = fmt::format("PT{}{}", n, static_cast<char>(unit - 'a' + 'A'));
    const moment here{ref, static_cast<long>(now->count())};
    const moment there = moment_after(here, forward ? secs : -secs);
    return forward ? moment_expression(t, here, there, t.span.begin, t.span.end)
                   : moment_expression(t, there, here, t.span.begin, t.span.end);
  }
  const sys_days s = forward ? ref + days{1} : add_units(ref, -n, unit);
  const sys_days e = forward ? add_units(ref + days{1}, n, unit) : ref;
  t.value = fmt::format("({},{},P{}{})", iso(s), iso(e), n, unit);
  t.start = s;
  t.end = e;
  return t;
}

// Adds the count-first windows that no composed expression covers; one pass over the text, each
// "the" looking at most three words ahead.
void add_count_first_windows(std::string_view text, std::vector<time_expression>& out,
                             const time_context& context) {
  if (!context.reference) return;
  const sys_days ref{*context.reference};
  std::vector<time_expression> extra;
  std::size_t next = 0;  // the first expression that may still overlap
  for (std::size_t i = 0; i + 3 < text.size(); ++i) {
    if ((i > 0 && is_word(text[i - 1])) || !equals_lower(text.substr(i, 3), "the") ||
        is_word(text[i + 3])) {
      continue;
    }
    auto w = count_first_window(text, i + 3, ref, context.time_of_day);
    if (!w) continue;
    while (next < out.size() && out[next].span.end <= w->span.begin) ++next;
    if (next < out.size() && out[next].span.begin < w->span.end) continue;
    i = w->span.end;
    extra.push_back(std::move(*w));
  }
  if (extra.empty()) return;
  for (auto& t : extra) out.push_back(std::move(t));
  std::stable_sort(out.begin(), out.end(), [](const time_expression& a, const time_expression& b) {
    return a.span.begin < b.span.begin;
  });
}

std::vector<time_expression> compose_anchors(std::string_view text, std::vector<piece> in,
                                             const time_context& context) {
  std::vector<time_expression> out;
  out.reserve(in.size());
  std::size_t floor = 0;
  const std::optional<sys_days> ref =
      context.reference ? std::optional<sys_days>{sys_days{*context.reference}} : std::nullopt;
  for (std::size_t i = 0; i < in.size(); ++i) {
    piece& p = in[i];
    if (auto c = clock_with_length(text, floor, p, i + 1 < in.size() ? &in[i + 1] : nullptr, ref)) {
      const bool took_next = i + 1 < in.size() && in[i + 1].t.span.end <= c->t.span.end;
      floor = c->t.span.end;
      out.push_back(std::move(c->t));
      if (took_next) ++i;
      continue;
    }
    if (ref && context.time_of_day) {
      const std::size_t limit = i + 1 < in.size() ? in[i + 1].t.span.begin : text.size();
      const moment now{*ref, static_cast<long>(context.time_of_day->count())};
      if (auto m = moment_from_now(text, floor, p, now, limit)) {
        floor = m->span.end;
        out.push_back(std::move(*m));
        continue;
      }
    }
    if (i + 1 < in.size()) {
      auto m = anchored(text, floor, p, in[i + 1]);
      if (!m) m = window_of(text, floor, p, in[i + 1]);
      if (!m) m = clock_then_length(text, floor, p, in[i + 1]);
      if (m) {
        floor = m->t.span.end;
        out.push_back(std::move(m->t));
        ++i;
        continue;
      }
    }
    if (ref && amount_of(p.t)) {
      const token w = word_before(text, floor, p.t.span.begin);
      if (rolling_window(p, text, *ref, equals_lower(w.text, "within"))) {
        if (equals_lower(w.text, "within") || equals_lower(w.text, "in") ||
            equals_lower(w.text, "over")) {
          p.t.span.begin = static_cast<std::uint32_t>(w.begin);
        }
      } else {
        // "in two months": that far ahead of the reference.
        if (equals_lower(w.text, "in") &&
            !superlative_before(word_before(text, floor, w.begin).text)) {
          const auto a = amount_of(p.t);
          p.t = point_at(p.t, add_units(*ref, a->count, a->unit), w.begin, p.t.span.end);
        }
      }
    } else {
      open_period(p, text, floor, ref);
    }
    floor = p.t.span.end;
    out.push_back(std::move(p.t));
  }
  return out;
}

}  // namespace

std::vector<time_expression> compose_time_periods(std::string_view text,
                                                  std::span<const time_expression> atoms,
                                                  const time_context& context) {
  std::vector<time_expression> out = compose_anchors(
      text, compose_days(text, compose_ranges(text, attach_years(text, atoms), context)), context);
  add_count_first_windows(text, out, context);
  return out;
}

std::vector<time_expression> extract_time_periods(std::string_view text,
                                                  const time_context& context) {
  const std::vector<time_expression> atoms = extract_times(text, context);
  return compose_time_periods(text, atoms, context);
}

}  // namespace factcheck::grammar
