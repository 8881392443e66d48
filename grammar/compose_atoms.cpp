// compose_atoms: what an atom is, and how a composed period is written. Part of the period composer
// (grammar/time_compose.cpp has the phrase table and the driver; grammar/compose_detail.hpp what
// the parts share).

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "grammar/compose_detail.hpp"
#include "grammar/time_normalize.hpp"

namespace factcheck::grammar::compose {

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

bool starts_like_clock(std::string_view s) {
  if (s.empty()) return false;
  if (is_digit(s.front())) return true;
  return s.size() >= 4 &&
         (equals_lower(s.substr(0, 4), "noon") || equals_lower(s.substr(0, 4), "midn"));
}

namespace {
// Calls `keep` on each run of letters of `written` (words without their digits: "10:45am" has
// "am"); false as soon as `keep` returns false.
template <typename Keep>
bool each_letter_word(std::string_view written, Keep keep) {
  std::size_t i = 0;
  while (i < written.size()) {
    if (!is_word(written[i]) || is_digit(written[i])) {
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < written.size() && is_word(written[e]) && !is_digit(written[e])) ++e;
    if (!keep(written.substr(i, e - i))) return false;
    i = e;
  }
  return true;
}
}  // namespace

// Whether every word of a written clock is a clock word: "10:45 a.m. GMT", not "2:30 pm on
// Tuesday".
bool only_clock_words(std::string_view written) {
  return each_letter_word(written, [](std::string_view w) { return one_of(w, clock_words); });
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

// A weekday named alone ("Friday", "Fri.", "6pm on Friday"): the text does not say which week.
bool bare_weekday(const time_expression& t, std::string_view text) {
  int weekdays = 0;
  const bool only_days_and_clocks = each_letter_word(t.span.of(text), [&](std::string_view w) {
    if (one_of(w, weekday_words)) {
      ++weekdays;
      return true;
    }
    return one_of(w, clock_words) || equals_lower(w, "on") || equals_lower(w, "at");
  });
  return only_days_and_clocks && weekdays == 1;
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

}  // namespace factcheck::grammar::compose
