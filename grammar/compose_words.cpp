// compose_words: bytes and words, and calendar steps by TIMEX3 unit. Part of the period composer
// (grammar/time_compose.cpp has the phrase table and the driver; grammar/compose_detail.hpp what
// the parts share).

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "grammar/compose_detail.hpp"
#include "grammar/time_normalize.hpp"

namespace factcheck::grammar::compose {

// ---- bytes and words -------------------------------------------------------------------------

bool contains_lower(std::string_view text, std::string_view needle) {
  for (std::size_t i = 0; i + needle.size() <= text.size(); ++i) {
    if (equals_lower(text.substr(i, needle.size()), needle)) return true;
  }
  return false;
}

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

bool range_connector(std::string_view t) { return one_of(t, range_words) || t == "~"; }

std::string iso(sys_days d) {
  return fmt::format("{:04}-{:02}-{:02}", year_of(d), month_of(d), day_of(d));
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

}  // namespace factcheck::grammar::compose
