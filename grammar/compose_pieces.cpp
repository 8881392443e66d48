// compose_pieces: the pieces composed: clock and date ranges from two atoms. Part of the period
// composer (grammar/time_compose.cpp has the phrase table and the driver;
// grammar/compose_detail.hpp what the parts share).

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "grammar/compose_detail.hpp"
#include "grammar/time_normalize.hpp"

namespace factcheck::grammar::compose {

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

}  // namespace factcheck::grammar::compose
