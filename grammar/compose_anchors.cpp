// compose_anchors: pass 3: durations anchored to a point, rolling windows, open periods. Part of
// the period composer (grammar/time_compose.cpp has the phrase table and the driver;
// grammar/compose_detail.hpp what the parts share).

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "grammar/compose_detail.hpp"
#include "grammar/time_normalize.hpp"

namespace factcheck::grammar::compose {

std::optional<amount> amount_of(const time_expression& t, bool bounded) {
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

}  // namespace factcheck::grammar::compose
