// detect_dateline: the publication date of an article, from its header, byline or footer.
//
// Accepted (tests/grammar/dateline_formats_test.cpp and dateline_seeds_test.cpp):
//   December 04, 2021 · Saturday, December 9, 2023 · 27.01.22 11:30 · 2022-01-27 ·
//   December 22, 2021 at 10:45AM · Published 12:04 GMT, 6 March 2024 ·
//   By A. Writer | March 6, 2024 · Updated: 4 December 2021
//
// The date rules are the time grammar's (time_rules_def.hpp); only full dates (day, month and
// year) count. Where a line sits matters more than the class the text layer gave its block (the
// classifier may call a lone date line a headline or boilerplate): the header is the lines before
// the first body paragraph, the footer the lines after the last one. A candidate line must be
// short (a dateline, not a sentence that happens to hold a date). Header wins over byline, byline
// over footer.

#include "grammar/dateline.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "grammar/extract.hpp"
#include "grammar/time_normalize.hpp"
#include "grammar/parsers.hpp"
#include "grammar/word_bytes.hpp"

namespace factcheck::grammar {
namespace {

constexpr std::size_t max_dateline_line = 110;   // bytes
constexpr std::size_t body_paragraph = 150;      // a line this long is article copy
constexpr std::size_t max_region_lines = 12;
constexpr std::size_t max_other_words = 8;       // words on the line besides the date

struct line {
  text::byte_span span;
  text::block_kind kind = text::block_kind::body;
};

bool blank(char c) { return detail::is_blank_byte(c); }

std::vector<line> split_lines(std::string_view text, const std::vector<text::block>& blocks) {
  std::vector<line> lines;
  for (const auto& b : blocks) {
    std::uint32_t start = b.span.begin;
    const std::uint32_t stop = std::min<std::uint32_t>(b.span.end, static_cast<std::uint32_t>(text.size()));
    for (std::uint32_t k = start; k <= stop; ++k) {
      if (k == stop || text[k] == '\n') {
        std::uint32_t s = start;
        std::uint32_t e = k;
        while (s < e && blank(text[s])) ++s;
        while (e > s && blank(text[e - 1])) --e;
        if (e > s) lines.push_back({{s, e}, b.kind});
        start = k + 1;
      }
    }
  }
  return lines;
}

std::size_t count_words(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool w = detail::is_word_byte(c);
    if (w && !in_word) ++n;
    in_word = w;
  }
  return n;
}

bool starts_with_by(std::string_view s) {
  return s.size() > 3 && (s.starts_with("By ") || s.starts_with("BY ") || s.starts_with("by "));
}

// The words of a stretch of a line (ASCII word bytes).
std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (!detail::is_word_byte(s[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && detail::is_word_byte(s[j])) ++j;
    out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// Labels a page puts before its date ("Published:", "Updated", "Posted on", "Last modified").
constexpr std::array<std::string_view, 10> label_words = {
    "published", "updated", "posted", "modified", "originally", "created", "last", "date", "edited", "first"};
// Words that may sit between a label and the date: "on", "at", a clock, a zone, a weekday.
constexpr std::array<std::string_view, 24> filler_words = {
    "on", "at", "am", "pm", "a", "p", "m", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
    "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

bool all_digits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool zone_like(std::string_view w) {  // ET, EDT, GMT, PDT, BST
  return w.size() >= 2 && w.size() <= 4 &&
         std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// "Updated", "Posted on Thu", "Published: 12:04 GMT,": a label (or nothing) before the date.
bool label_prefix(std::string_view prefix, bool& has_label) {
  has_label = false;
  const auto words = words_of(prefix);
  if (words.size() > 8) return false;
  for (auto w : words) {
    if (detail::one_of(w, label_words)) {
      has_label = true;
    } else if (!detail::one_of(w, filler_words) && !all_digits(w) && !zone_like(w)) {
      return false;
    }
  }
  return true;
}

// A wire dateline's place: "MUMBAI,", "New Delhi,", "WASHINGTON (AP) -" comes after the date.
bool place_prefix(std::string_view prefix) {
  std::size_t e = prefix.size();
  while (e > 0 && blank(prefix[e - 1])) --e;
  if (e == 0 || (prefix[e - 1] != ',' && prefix[e - 1] != '-')) return false;  // "WASHINGTON-April 27 -"
  const auto words = words_of(prefix.substr(0, e - 1));
  if (words.empty() || words.size() > 4) return false;
  return std::all_of(words.begin(), words.end(), [](std::string_view w) { return w[0] >= 'A' && w[0] <= 'Z'; });
}

// After a wire dateline's date: an optional "(Agency)" and a dash.
bool wire_dash_after(std::string_view after) {
  std::size_t i = 0;
  while (i < after.size() && blank(after[i])) ++i;
  if (i < after.size() && after[i] == '(') {
    const auto close = after.find(')', i);
    if (close == std::string_view::npos || close - i > 40) return false;
    i = close + 1;
    while (i < after.size() && blank(after[i])) ++i;
  }
  const std::string_view rest = after.substr(i);
  return rest.starts_with("-") || rest.starts_with("\xE2\x80\x94") || rest.starts_with("\xE2\x80\x93");
}

// The first word after a date that opens a long line: a sentence going on in lower case ("May 3,
// 2013 was ...", "December 15, 2013, will be held ...") makes the date part of the copy.
bool copy_continues(std::string_view after) {
  const auto words = words_of(after.substr(0, std::min<std::size_t>(after.size(), 40)));
  if (words.empty()) return false;
  const std::string_view w = words.front();
  if (detail::one_of(w, filler_words) || detail::one_of(w, label_words) || zone_like(w) || all_digits(w)) return false;
  return w[0] >= 'a' && w[0] <= 'z';
}

bool twelve_hour_after(const time_ast& ast, std::string_view after) {
  if (ast.meridiem != 0) return true;
  const auto words = words_of(after.substr(0, std::min<std::size_t>(after.size(), 24)));
  for (std::size_t k = 0; k < words.size() && k < 4; ++k) {
    const auto w = words[k];
    if (detail::equals_lower(w, "am") || detail::equals_lower(w, "pm")) return true;
    if (w.size() > 2 && all_digits(w.substr(0, w.size() - 2)) &&
        (detail::equals_lower(w.substr(w.size() - 2), "am") || detail::equals_lower(w.substr(w.size() - 2), "pm"))) {
      return true;
    }
    if ((detail::equals_lower(w, "a") || detail::equals_lower(w, "p")) && k + 1 < words.size() && detail::equals_lower(words[k + 1], "m")) return true;
  }
  return false;
}

// The first date on a line that reads as a dateline: on a short line any full date with few
// other words; on any line a date after a label or opening it ("Updated 4/9/2007 6:04 PM", "May
// 03, 2013 After ..."), or a wire dateline ("MUMBAI, Nov 11 (Reuters) -", the only place a date
// without a year is taken).
std::optional<dateline> date_on_line(std::string_view text, text::byte_span span, date_order order) {
  const std::string_view s = span.of(text);
  const char* const base = text.data();
  const bool short_line = span.size() <= max_dateline_line;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool start = (i == 0 || !detail::is_word_byte(s[i - 1])) && detail::is_word_byte(c) &&
                       static_cast<unsigned char>(c) < 0x80;
    if (!start) continue;
    const char* first = s.data() + i;
    time_ast ast;
    if (!parse_time_at(first, s.data() + s.size(), ast)) continue;
    const bool full = (ast.form == time_form::date && ast.year >= 0) ||
                      (ast.form == time_form::numeric_date && ast.num_c >= 0);
    const bool yearless = ast.form == time_form::date && ast.year < 0 && ast.month >= 1 &&
                          ast.month <= 12 && ast.day >= 1 && ast.day <= 31;
    const std::size_t date_end = static_cast<std::size_t>(first - s.data());
    if (!full && !yearless) {
      i = date_end - 1;
      continue;
    }
    const std::string_view prefix = s.substr(0, i);
    const std::string_view after = s.substr(date_end);
    bool has_label = false;
    const bool labelled = label_prefix(prefix, has_label);
    const bool wire = place_prefix(prefix) && wire_dash_after(after);
    bool accept = false;
    if (full) {
      const std::size_t other = count_words(prefix) + count_words(after);
      accept = (short_line && other <= max_other_words) || wire ||
               (labelled && (has_label || prefix.empty() || words_of(prefix).size() <= 1) && !copy_continues(after));
    } else {
      // A yearless date alone on a header line ("APR 28"), after a label, or in a wire dateline.
      accept = wire || (labelled && short_line &&
                        (has_label ? count_words(after) <= 2 : prefix.empty() && count_words(after) == 0));
    }
    if (!accept) {
      if (!short_line) return std::nullopt;  // only the opening of a long line is a dateline
      continue;
    }
    dateline d;
    d.span = {static_cast<std::uint32_t>(s.data() + i - base), static_cast<std::uint32_t>(first - base)};
    d.twelve_hour_clock = twelve_hour_after(ast, after);
    if (yearless) {
      d.without_year = std::chrono::month_day{std::chrono::month{static_cast<unsigned>(ast.month)},
                                              std::chrono::day{static_cast<unsigned>(ast.day)}};
      if (ast.weekday >= 0) {
        d.has_weekday = true;
        d.weekday = std::chrono::weekday{static_cast<unsigned>(ast.weekday)};
      }
      return d;
    }
    time_context context;
    context.numeric_dates = order;
    const auto t = normalize_time(ast, context, time_tense::unknown);
    if (!t || !t->start) continue;
    d.date = std::chrono::year_month_day{*t->start};
    d.has_weekday = t->has_weekday;
    d.weekday = t->weekday;
    if (ast.form == time_form::numeric_date && ast.num_sep != '.' && ast.num_a >= 1 && ast.num_a <= 12 &&
        ast.num_b >= 1 && ast.num_b <= 12 && ast.num_a != ast.num_b) {
      context.numeric_dates = order == date_order::day_first ? date_order::month_first : date_order::day_first;
      if (const auto o = normalize_time(ast, context, time_tense::unknown); o && o->start) {
        d.other_reading = std::chrono::year_month_day{*o->start};
      }
    }
    return d;
  }
  return std::nullopt;
}

}  // namespace

dateline detect_dateline(std::string_view text, const std::vector<text::block>& blocks, date_order order) {
  const std::vector<line> lines = split_lines(text, blocks);
  if (lines.empty()) return {};
  // Body paragraphs delimit the header and the footer.
  std::size_t first_body = lines.size();
  std::size_t last_body = lines.size();
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].span.size() >= body_paragraph) {
      if (first_body == lines.size()) first_body = k;
      last_body = k;
    }
  }
  std::size_t header_end = 0;
  std::size_t footer_begin = lines.size();
  if (first_body == lines.size()) {
    // No long paragraph (a short piece): the first half is the header, the rest the footer.
    header_end = std::min(max_region_lines, (lines.size() + 1) / 2);
    footer_begin = std::max(header_end, lines.size() > max_region_lines ? lines.size() - max_region_lines : 0);
  } else {
    header_end = std::min(first_body, max_region_lines);
    footer_begin = std::max(last_body + 1, lines.size() > max_region_lines ? lines.size() - max_region_lines : 0);
  }

  // The header's lines, and the first paragraph: its opening may be the dateline ("Updated
  // 4/9/2007 6:04 PM The council ...", "MUMBAI, Nov 11 (Reuters) - ...").
  const std::size_t header_scan =
      first_body < lines.size() && first_body <= max_region_lines ? first_body + 1 : header_end;
  std::optional<dateline> byline;
  std::optional<dateline> yearless;  // the last resort: a date without its year
  for (std::size_t k = 0; k < header_scan; ++k) {
    const auto& l = lines[k];
    auto d = date_on_line(text, l.span, order);
    if (!d) continue;
    const bool by = starts_with_by(l.span.of(text)) || l.kind == text::block_kind::byline;
    d->source = by ? dateline_source::byline : dateline_source::header;
    if (!d->date) {
      if (!yearless) yearless = d;
      continue;
    }
    if (by) {
      if (!byline) byline = d;
      continue;
    }
    return *d;
  }
  // A labelled date, or a line that is a date, may follow the first paragraph ("PUBLISHED:
  // THURSDAY, MAY 2, 2013, 1:32 PM" or "August 9, 2011" after the standfirst).
  // Only between body paragraphs: after the last one is the footer.
  const std::size_t between_end = last_body < lines.size() ? last_body : 0;
  for (std::size_t k = header_scan; k < std::min(between_end, header_scan + 3); ++k) {
    const auto& l = lines[k];
    const auto first_words = words_of(l.span.of(text).substr(0, 24));
    if (first_words.empty()) continue;
    const bool labelled = detail::one_of(first_words.front(), label_words);
    if (auto d = date_on_line(text, l.span, order);
        d && d->date && (labelled || (d->span.begin == l.span.begin && count_words(text.substr(d->span.end, l.span.end - d->span.end)) <= 3))) {
      d->source = dateline_source::header;
      return *d;
    }
  }
  // A byline may also follow the first paragraph.
  for (std::size_t k = header_end; k < std::min(lines.size(), header_end + 3) && !byline; ++k) {
    const auto& l = lines[k];
    if (!starts_with_by(l.span.of(text)) && l.kind != text::block_kind::byline) continue;
    if (auto d = date_on_line(text, l.span, order); d && d->date) {
      d->source = dateline_source::byline;
      byline = d;
    }
  }
  if (byline) return *byline;
  for (std::size_t k = footer_begin; k < lines.size(); ++k) {
    if (auto d = date_on_line(text, lines[k].span, order); d && d->date) {
      d->source = dateline_source::footer;
      return *d;
    }
  }
  if (yearless) return *yearless;
  return {};
}

numeric_date_style scan_numeric_date_style(std::string_view text) {
  numeric_date_style style;
  auto number = [&](std::size_t& i, std::size_t max_digits) {
    int v = 0;
    std::size_t n = 0;
    while (i < text.size() && n < max_digits + 1 && text[i] >= '0' && text[i] <= '9') {
      v = v * 10 + (text[i] - '0');
      ++i;
      ++n;
    }
    return n >= 1 && n <= max_digits ? v : -1;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9' || (i > 0 && (detail::is_word_byte(text[i - 1]) || text[i - 1] == '/'))) continue;
    std::size_t j = i;
    const int a = number(j, 2);
    if (a < 0 || j >= text.size() || (text[j] != '/' && text[j] != '-')) continue;
    const char sep = text[j++];
    const int b = number(j, 2);
    if (b < 0 || j >= text.size() || text[j] != sep) continue;
    ++j;
    const std::size_t year_begin = j;
    const int y = number(j, 4);
    const std::size_t year_digits = j - year_begin;
    if (y < 0 || (year_digits != 2 && year_digits != 4)) continue;
    if (j < text.size() && (detail::is_word_byte(text[j]) || text[j] == '/')) continue;
    if (a >= 1 && b >= 1 && a <= 31 && b <= 31) {
      if (a > 12 && b <= 12) ++style.day_first;
      if (b > 12 && a <= 12) ++style.month_first;
    }
    i = j;
  }
  return style;
}

}  // namespace factcheck::grammar
