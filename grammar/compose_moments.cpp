// compose_moments: the reference time of day: sub-day anchors, clock spans, count-first windows.
// Part of the period composer (grammar/time_compose.cpp has the phrase table and the driver;
// grammar/compose_detail.hpp what the parts share).

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "grammar/compose_detail.hpp"
#include "grammar/time_normalize.hpp"

namespace factcheck::grammar::compose {

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

}  // namespace factcheck::grammar::compose
