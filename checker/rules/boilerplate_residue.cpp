#include "checker/rules/boilerplate_residue.hpp"

#include <string>
#include <vector>

#include <fmt/format.h>

#include "checker/check.hpp"

namespace factcheck::checker::rules {
namespace {

// Residue text quoted in a message is cut to this many bytes (at a character boundary).
constexpr std::size_t max_quoted = 60;
// A line inside a body paragraph that starts with a residue phrase counts as residue only when
// it is short; a long line is prose that happens to begin with common words.
constexpr std::size_t max_residue_line_words = 15;
// A line stacked under residue (a related-stories list) is part of it when at most this long.
constexpr std::size_t max_list_item_words = 14;

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_phrase(std::string_view line, std::string_view phrase) {
  if (phrase.empty() || line.size() < phrase.size()) return false;
  for (std::size_t i = 0; i < phrase.size(); ++i) {
    if (lower(line[i]) != lower(phrase[i])) return false;
  }
  if (line.size() == phrase.size()) return true;
  const auto next = static_cast<unsigned char>(line[phrase.size()]);
  const bool word_continues = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') ||
                              (next >= '0' && next <= '9');
  return !word_continues;
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

bool digit(char c) { return c >= '0' && c <= '9'; }

// "3 hours ago", "Updated 12 mins ago", "a day ago": a relative timestamp on a line of its own.
bool relative_timestamp(std::string_view line) {
  std::string lowered;
  for (char c : line) lowered += lower(c);
  if (lowered.starts_with("updated ")) lowered.erase(0, 8);
  if (lowered.ends_with(".")) lowered.pop_back();
  if (!lowered.ends_with(" ago")) return false;
  std::string_view rest(lowered);
  rest.remove_suffix(4);
  std::size_t i = 0;
  if (rest.starts_with("a ") || rest.starts_with("an ")) {
    i = rest.find(' ') + 1;
  } else {
    while (i < rest.size() && digit(rest[i])) ++i;
    if (i == 0 || i >= rest.size() || rest[i] != ' ') return false;
    ++i;
  }
  static constexpr std::string_view units[] = {"second", "seconds", "sec", "secs", "minute", "minutes",
                                               "min",    "mins",    "hour", "hours", "hr",     "hrs",
                                               "day",    "days",    "week", "weeks", "month",  "months"};
  const std::string_view unit = rest.substr(i);
  for (auto u : units) {
    if (unit == u) return true;
  }
  return false;
}

std::string excerpt(std::string_view s) {
  if (const auto nl = s.find('\n'); nl != std::string_view::npos) s = s.substr(0, nl);
  if (s.size() <= max_quoted) return std::string(s);
  std::size_t cut = max_quoted;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

text::byte_span trim_span(std::string_view text, text::byte_span span) {
  while (span.begin < span.end && (text[span.begin] == ' ' || text[span.begin] == '\n')) ++span.begin;
  while (span.end > span.begin && (text[span.end - 1] == ' ' || text[span.end - 1] == '\n')) --span.end;
  return span;
}

bool copy_kind(text::block_kind kind) {
  return kind == text::block_kind::body || kind == text::block_kind::caption;
}

// A short single line without final punctuation on the line right after residue.
bool continues_list(std::string_view text, text::byte_span residue_span, text::byte_span block) {
  const auto span = trim_span(text, block);
  if (span.empty() || residue_span.end > span.begin) return false;
  const auto gap = text.substr(residue_span.end, span.begin - residue_span.end);
  const std::string_view line = span.of(text);
  if (gap.find("\n\n") != std::string_view::npos || line.find('\n') != std::string_view::npos) return false;
  if (word_count(line) > max_list_item_words) return false;
  const char last = line.back();
  return last != '.' && last != '!' && last != '?' && last != '"' && !line.ends_with("\xE2\x80\x9D");
}

struct residue {
  text::byte_span span;
  std::size_t lines = 1;
  bool known = false;  // starts with a configured boilerplate phrase
};

bool starts_with_any(std::string_view line, const std::vector<std::string>& patterns) {
  for (const auto& p : patterns) {
    if (starts_with_phrase(line, p)) return true;
  }
  return false;
}

void report(const analyzed_article& article, const residue& r, finding_sink& sink) {
  finding f;
  f.level = severity::info;
  f.where = locate(article, r.span);
  const std::string first = excerpt(f.where.text);
  f.message = r.lines > 1 ? fmt::format("Web page residue left in the copy ({} lines, starting with '{}'); "
                                        "delete it before publication",
                                        r.lines, first)
                          : fmt::format("Web page residue left in the copy: '{}'; delete it before publication",
                                        first);
  f.context = f.where.text;
  sink.report(std::move(f));
}

// Lines inside a body paragraph that are residue: a phrase of the boilerplate list starting a
// short line, or a relative timestamp standing alone.
void residue_lines_in_body(std::string_view text, text::byte_span block, const std::vector<std::string>& patterns,
                           std::vector<residue>& out) {
  std::size_t pos = block.begin;
  while (pos < block.end) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos || eol > block.end) eol = block.end;
    const auto span = trim_span(text, {static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(eol)});
    const std::string_view line = span.of(text);
    bool is_residue = !line.empty() && relative_timestamp(line);
    if (!is_residue && !line.empty() && word_count(line) <= max_residue_line_words) {
      for (const auto& p : patterns) {
        if (starts_with_phrase(line, p)) {
          is_residue = true;
          break;
        }
      }
    }
    if (is_residue) out.push_back({span, 1});
    pos = eol + 1;
  }
}

void check_article(const analyzed_article& article, const std::vector<std::string>& patterns,
                   finding_sink& sink) {
  const std::string_view text = article.text();
  const auto& blocks = article.blocks;
  // Residue above the first line of copy (site name, menus, "Home | World") is the page's
  // header, not a slip in the copy; an editor pasting the story drops it anyway.
  std::size_t first_copy = blocks.size();
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (copy_kind(blocks[i].kind) || blocks[i].kind == text::block_kind::headline) {
      first_copy = i;
      break;
    }
  }
  std::vector<residue> found;
  std::size_t previous = blocks.size();  // index of the last boilerplate block reported
  for (std::size_t i = first_copy; i < blocks.size(); ++i) {
    const auto& b = blocks[i];
    if (b.kind == text::block_kind::boilerplate) {
      const auto span = trim_span(text, b.span);
      if (span.empty()) continue;
      // Residue stacked on consecutive lines (a menu, a list of related stories) is one
      // finding; residue separated by a blank line is another.
      const bool follows = previous + 1 == i && found.back().span.end <= span.begin;
      previous = i;
      if (follows) {
        const auto gap = text.substr(found.back().span.end, span.begin - found.back().span.end);
        if (gap.find("\n\n") == std::string_view::npos) {
          found.back().span.end = span.end;
          ++found.back().lines;
          continue;
        }
      }
      found.push_back({span, 1, starts_with_any(span.of(text), patterns)});
      continue;
    }
    if (previous + 1 == i && b.kind != text::block_kind::dateline && b.kind != text::block_kind::byline) {
      if (found.back().known && continues_list(text, found.back().span, b.span)) {
        // The items under a residue heading ("Related stories" and the titles below it) are
        // part of the same residue even when, alone, they read like headlines.
        found.back().span.end = trim_span(text, b.span).end;
        ++found.back().lines;
        previous = i;
        continue;
      }
    }
    if (copy_kind(b.kind)) residue_lines_in_body(text, b.span, patterns, found);
  }
  for (const auto& r : found) report(article, r, sink);
}

}  // namespace

void boilerplate_residue_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  static const std::vector<std::string> none;
  const auto& patterns = corpus.settings != nullptr ? corpus.settings->boilerplate_patterns : none;
  for (const auto& article : corpus.articles) check_article(article, patterns, sink);
}

}  // namespace factcheck::checker::rules
