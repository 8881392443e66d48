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

// The first full date on a short line, if any.
std::optional<dateline> date_on_line(std::string_view text, text::byte_span span) {
  if (span.size() > max_dateline_line) return std::nullopt;
  const std::string_view s = span.of(text);
  const char* const base = text.data();
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
    if (!full) {
      i = static_cast<std::size_t>(first - s.data()) - 1;
      continue;
    }
    const auto t = normalize_time(ast, time_context{}, time_tense::unknown);
    if (!t || !t->start) continue;
    const std::size_t date_end = static_cast<std::size_t>(first - s.data());
    const std::size_t other = count_words(s.substr(0, i)) + count_words(s.substr(date_end));
    if (other > max_other_words) return std::nullopt;
    dateline d;
    d.date = std::chrono::year_month_day{*t->start};
    d.span = {static_cast<std::uint32_t>(s.data() + i - base), static_cast<std::uint32_t>(first - base)};
    d.has_weekday = t->has_weekday;
    d.weekday = t->weekday;
    return d;
  }
  return std::nullopt;
}

}  // namespace

dateline detect_dateline(std::string_view text, const std::vector<text::block>& blocks) {
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

  std::optional<dateline> byline;
  for (std::size_t k = 0; k < header_end; ++k) {
    const auto& l = lines[k];
    auto d = date_on_line(text, l.span);
    if (!d) continue;
    if (starts_with_by(l.span.of(text)) || l.kind == text::block_kind::byline) {
      if (!byline) {
        d->source = dateline_source::byline;
        byline = d;
      }
      continue;
    }
    d->source = dateline_source::header;
    return *d;
  }
  // A byline may also follow the first paragraph.
  for (std::size_t k = header_end; k < std::min(lines.size(), header_end + 3) && !byline; ++k) {
    const auto& l = lines[k];
    if (!starts_with_by(l.span.of(text)) && l.kind != text::block_kind::byline) continue;
    if (auto d = date_on_line(text, l.span)) {
      d->source = dateline_source::byline;
      byline = d;
    }
  }
  if (byline) return *byline;
  for (std::size_t k = footer_begin; k < lines.size(); ++k) {
    if (auto d = date_on_line(text, lines[k].span)) {
      d->source = dateline_source::footer;
      return *d;
    }
  }
  return {};
}

}  // namespace factcheck::grammar
