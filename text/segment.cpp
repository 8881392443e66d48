#include "text/segment.hpp"

#include <cctype>
#include <iterator>
#include <string>

#include "text/chars.hpp"

namespace factcheck::text {
namespace {

using detail::is_ascii_alpha;
using detail::is_ascii_digit;

// Lines this long or longer that end mid-sentence are taken to be wrapped prose.
constexpr std::size_t wrapped_line_min = 40;

// Words (lower-case, without the period) after which a period does not end a sentence.
constexpr std::string_view abbreviations[] = {
    "adm",  "apr", "approx", "aug", "capt", "cmdr", "co",   "col", "corp", "dec",    "dept",
    "dr",   "e.g", "est",    "feb", "fig",  "fr",   "ft",   "gen", "gov",  "hon",    "i.e",
    "inc",  "jan", "jr",     "jul", "jun",  "lt",   "ltd",  "maj", "mar",  "messrs", "mr",
    "mrs",  "ms",  "mt",     "nov", "oct",  "pres", "prof", "rep", "rev",  "sen",    "sep",
    "sept", "sgt", "sr",     "st",  "supt", "u.k",  "u.s",  "vs"};

bool is_abbreviation(std::string_view word) {
  std::string low;
  low.reserve(word.size());
  for (char c : word) low.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (auto a : abbreviations) {
    if (a == low) return true;
  }
  return false;
}

// "U.S", "e.g", "U.N": single letters joined by periods.
bool is_dotted_letters(std::string_view word) {
  if (word.size() < 3) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const bool letter_slot = i % 2 == 0;
    if (letter_slot ? !is_ascii_alpha(word[i]) : word[i] != '.') return false;
  }
  return true;
}

std::string_view line_at(std::string_view text, std::size_t b, std::size_t e) {
  return text.substr(b, e - b);
}

bool ends_sentence(std::string_view line) {
  std::size_t e = line.size();
  while (e > 0 && detail::closing_mark_before(line, e) > 0)
    e -= detail::closing_mark_before(line, e);
  if (e == 0) return false;
  const char c = line[e - 1];
  return c == '.' || c == '?' || c == '!' || c == ':' ||
         detail::ends_with_ellipsis(line.substr(0, e));
}

bool title_case(std::string_view line) {
  std::size_t words = 0, capitalized = 0;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    if (i >= line.size()) break;
    const std::size_t w = i;
    while (i < line.size() && line[i] != ' ') ++i;
    if (is_ascii_alpha(line[w])) {
      ++words;
      if (std::isupper(static_cast<unsigned char>(line[w])) != 0) ++capitalized;
    }
  }
  return words > 0 && capitalized * 10 >= words * 6;
}

// Does line [b, e) continue on the next line [nb, ne) as one wrapped paragraph?
bool joins_next(std::string_view text, std::size_t b, std::size_t e, std::size_t nb,
                std::size_t ne) {
  const std::string_view line = line_at(text, b, e);
  const std::string_view next = line_at(text, nb, ne);
  if (line.size() < wrapped_line_min || ends_sentence(line) || detail::bullet_length(next) > 0) {
    return false;
  }
  if (std::islower(static_cast<unsigned char>(next[0])) != 0) return true;
  const char last = line.back();
  if (last == ',' || last == ';' || last == '-' || last == '(' || detail::ends_with_dash(line)) {
    return true;
  }
  return std::islower(static_cast<unsigned char>(last)) != 0 && !title_case(line);
}

void add_block(std::string_view text, std::size_t b, std::size_t e, std::vector<block>& out) {
  while (b < e && text[b] == ' ') ++b;
  while (e > b && text[e - 1] == ' ') --e;
  if (b >= e) return;
  block bl;
  bl.span = {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
  bl.sentences = segment_sentences(text, bl.span);
  out.push_back(std::move(bl));
}

// A hard-wrapped paragraph: no bullets, and at least half of its lines but the last are
// long and end mid-sentence. Its lines that happen to end a sentence are wraps too.
bool wrapped_prose(std::string_view text, std::size_t b, std::size_t e) {
  std::size_t lines = 0, wraps = 0;
  std::size_t line_begin = b;
  while (line_begin < e) {
    std::size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos || line_end > e) line_end = e;
    const std::string_view line = line_at(text, line_begin, line_end);
    if (detail::bullet_length(line) > 0) return false;
    if (line_end >= e) break;  // the last line ends the paragraph, not a wrap
    ++lines;
    if (line.size() >= wrapped_line_min && !ends_sentence(line)) ++wraps;
    line_begin = line_end + 1;
  }
  return lines > 0 && wraps * 2 >= lines;
}

// Splits paragraph [b, e) into blocks at line breaks that are not wraps.
void split_paragraph(std::string_view text, std::size_t b, std::size_t e, std::vector<block>& out) {
  // Wrapped prose ends with the end of a sentence; lines of a paragraph that does not are
  // items of a list (related headlines, menus) and each becomes a block.
  std::size_t last_line = text.rfind('\n', e - 1);
  last_line = last_line == std::string_view::npos || last_line < b ? b : last_line + 1;
  const bool list = !ends_sentence(line_at(text, last_line, e)) ||
                    text.substr(last_line, e - last_line).ends_with(':');
  if (!list && wrapped_prose(text, b, e)) {
    add_block(text, b, e, out);
    return;
  }
  std::size_t block_begin = b;
  std::size_t line_begin = b;
  while (line_begin < e) {
    std::size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos || line_end > e) line_end = e;
    if (line_end >= e) break;
    const std::size_t next_begin = line_end + 1;
    std::size_t next_end = text.find('\n', next_begin);
    if (next_end == std::string_view::npos || next_end > e) next_end = e;
    if (list || !joins_next(text, line_begin, line_end, next_begin, next_end)) {
      add_block(text, block_begin, line_end, out);
      block_begin = next_begin;
    }
    line_begin = next_begin;
  }
  add_block(text, block_begin, e, out);
}

// The word that ends right before the period at `dot` (back to a space or opening mark).
std::string_view word_before(std::string_view text, std::size_t begin, std::size_t dot) {
  std::size_t w = dot;
  while (w > begin && text[w - 1] != ' ' && text[w - 1] != '\n' && text[w - 1] != '(' &&
         text[w - 1] != '"' && text[w - 1] != '[') {
    --w;
  }
  return text.substr(w, dot - w);
}

// Whether a sentence may end at the terminal mark run [mark, after) followed by `next`.
bool sentence_break(std::string_view text, std::size_t begin, std::size_t mark, std::size_t next) {
  const char m = text[mark];
  if (next < text.size()) {
    const char n = text[next];
    // A lower-case continuation means the mark did not end the sentence ("?" he asked,
    // an abbreviation we do not know).
    if (std::islower(static_cast<unsigned char>(n)) != 0) return false;
    if (m == '.' && is_ascii_digit(n)) {
      const std::string_view w = word_before(text, begin, mark);
      if (w == "No" || w == "no" || w == "Nos" || w == "nos") return false;
    }
  }
  if (m != '.') return true;
  const std::string_view w = word_before(text, begin, mark);
  if (w.empty()) return true;
  if (w.size() == 1 && std::isupper(static_cast<unsigned char>(w[0])) != 0) return false;  // J.
  if (is_dotted_letters(w)) {
    // a.m./p.m. end a sentence when a capital follows; U.S., e.g. do not.
    const bool clock = w == "a.m" || w == "p.m" || w == "A.M" || w == "P.M";
    return clock;
  }
  return !is_abbreviation(w);
}

}  // namespace

std::string_view to_string(block_kind kind) {
  switch (kind) {
    case block_kind::headline:
      return "headline";
    case block_kind::dateline:
      return "dateline";
    case block_kind::byline:
      return "byline";
    case block_kind::body:
      return "body";
    case block_kind::caption:
      return "caption";
    case block_kind::boilerplate:
      return "boilerplate";
  }
  return "body";
}

std::vector<block> segment_blocks(std::string_view text) {
  std::vector<block> blocks;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) split_paragraph(text, start, end, blocks);
    start = end + 2;
  }
  return blocks;
}

std::vector<sentence> segment_sentences(std::string_view text, byte_span within) {
  std::vector<sentence> out;
  const std::size_t b = within.begin;
  const std::size_t e = std::min<std::size_t>(within.end, text.size());
  std::size_t start = b;
  auto skip_space = [&](std::size_t p) {
    while (p < e && (text[p] == ' ' || text[p] == '\n')) ++p;
    return p;
  };
  start = skip_space(start);
  std::size_t p = start;
  const char* d = text.data();
  while (p < e) {
    const char c = d[p];
    if (c != '.' && c != '?' && c != '!') {
      ++p;
      continue;
    }
    // An ellipsis is a pause, not an end ("...", "…" are never sentence ends).
    if (c == '.' && p + 1 < e && text[p + 1] == '.') {
      while (p < e && text[p] == '.') ++p;
      continue;
    }
    std::size_t after = p + 1;
    while (after < e && (text[after] == '?' || text[after] == '!')) ++after;
    while (after < e) {
      const std::size_t n = detail::closing_mark_at(text.substr(0, e), after);
      if (n == 0) break;
      after += n;
    }
    if (after < e && text[after] != ' ' && text[after] != '\n') {
      p = after;  // "3.5", "U.S.-led", "example.com"
      continue;
    }
    const std::size_t next = skip_space(after);
    if (sentence_break(text, start, p, next)) {
      out.push_back({{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(after)}});
      start = next;
    }
    p = after;
  }
  std::size_t end = e;
  while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
  if (end > start) {
    out.push_back({{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)}});
  }
  return out;
}

std::vector<byte_span> tokenize(std::string_view text, byte_span within) {
  std::vector<byte_span> out;
  const std::size_t e = std::min<std::size_t>(within.end, text.size());
  const std::string_view t = text.substr(0, e);
  const char* d = t.data();
  auto word_byte = [&](std::size_t i) {
    const char c = d[i];
    if (static_cast<unsigned char>(c) < 0x80) return is_ascii_alpha(c) || is_ascii_digit(c);
    return detail::word_byte_at(t, i);
  };
  std::size_t p = within.begin;
  auto push = [&](std::size_t b, std::size_t end) {
    out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(end)});
  };
  while (p < e) {
    const char c = d[p];
    if (c == ' ' || c == '\n') {
      ++p;
      continue;
    }
    const std::size_t punct = detail::punctuation_length(t, p);
    if (punct > 0) {
      push(p, p + punct);
      p += punct;
      continue;
    }
    const std::size_t b = p;
    if (is_ascii_digit(c)) {
      // 94,300  3.5  27.01.22  10:45
      while (p < e) {
        if (is_ascii_digit(d[p])) {
          ++p;
        } else if ((d[p] == ',' || d[p] == '.' || d[p] == ':') && p + 1 < e &&
                   is_ascii_digit(d[p + 1])) {
          p += 2;
        } else {
          break;
        }
      }
      // Digits glued to letters ("10:45AM", "2nd", "5km") stay one token.
      while (p < e && word_byte(p)) ++p;
      push(b, p);
      continue;
    }
    // A word: letters, digits, non-ASCII letters; inner apostrophes and hyphens join
    // ("Russia's", "de-escalation"); single letters joined by periods keep them ("U.S.").
    while (p < e) {
      if (word_byte(p)) {
        ++p;
        continue;
      }
      const std::size_t joiner = detail::word_joiner_at(t, p);
      if (joiner > 0 && p > b && p + joiner < e && word_byte(p + joiner)) {
        p += joiner;
        continue;
      }
      break;
    }
    if (p < e && d[p] == '.' && p - b == 1 && p + 2 < e && is_ascii_alpha(d[p + 1]) &&
        d[p + 2] == '.') {
      while (p + 1 < e && d[p] == '.' && is_ascii_alpha(d[p + 1])) p += 2;
      if (p < e && d[p] == '.') ++p;
    }
    if (p == b) ++p;  // defensive: never loop on an unclassified byte
    push(b, p);
  }
  return out;
}

}  // namespace factcheck::text
