// compose_days: pass 2: a day and a time of day; a weekday inside a period. Part of the period
// composer (grammar/time_compose.cpp has the phrase table and the driver;
// grammar/compose_detail.hpp what the parts share).

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "grammar/compose_detail.hpp"
#include "grammar/time_normalize.hpp"

namespace factcheck::grammar::compose {

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

}  // namespace factcheck::grammar::compose
