// compose_ranges: pass 1: ranges. Part of the period composer (grammar/time_compose.cpp has the
// phrase table and the driver; grammar/compose_detail.hpp what the parts share).

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "grammar/compose_detail.hpp"
#include "grammar/time_normalize.hpp"

namespace factcheck::grammar::compose {

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

namespace {
// The range connector after blanks from `i` ("-", "to", "through", "and" when `and_joins`), or
// none.
std::optional<token> connector_after(std::string_view text, std::size_t i, std::size_t limit,
                                     bool and_joins) {
  while (i < limit && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (const std::size_t n = i < limit ? dash_length(text, i) : 0; n != 0) {
    return token{"-", i, i + n};
  }
  std::size_t e = i;
  while (e < limit && is_word(text[e])) ++e;
  const token conn{text.substr(i, e - i), i, e};
  if (!range_connector(conn.text) || (!and_joins && equals_lower(conn.text, "and"))) {
    return std::nullopt;
  }
  return conn;
}
}  // namespace

// "April 9th through 17th", "Sept 3-12": a day atom, a connector, a bare day of the same month.
std::optional<piece> trailing_day_range(std::string_view text, std::size_t floor, std::size_t limit,
                                        const piece& left) {
  if (left.clock_only || !dated(left.t) || grain_of(left.t) != grain::day ||
      weekday_value(left.t.value)) {
    return std::nullopt;
  }
  const auto conn = connector_after(text, left.t.span.end, limit, false);
  if (!conn) return std::nullopt;
  std::size_t i = conn->end;
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
  const auto conn = connector_after(text, left.t.span.end, limit, true);
  if (!conn) return std::nullopt;
  std::size_t i = conn->end;
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
  if (equals_lower(conn->text, "and") && !between) return std::nullopt;
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

}  // namespace factcheck::grammar::compose
