#pragma once
// Internal to text/: byte-level character tests on valid UTF-8 shared by segment and
// classify. Only the punctuation that news copy uses is recognized beyond ASCII; any other
// non-ASCII character counts as a letter (names in Cyrillic or with diacritics stay words).

#include <cstddef>
#include <string_view>

#include "text/char_class.hpp"

namespace factcheck::text::detail {

using text::is_ascii_alpha;
using text::is_ascii_digit;
using text::is_ascii_lower;
using text::is_ascii_upper;

inline unsigned char byte(std::string_view s, std::size_t i) {
  return static_cast<unsigned char>(s[i]);
}

// Length of the non-ASCII punctuation character at s[i] (general punctuation U+2000-U+206F,
// Latin-1 punctuation and symbols U+00A1-U+00BF, CJK punctuation U+3000-U+303F, the euro
// sign and friends), or 0.
inline std::size_t unicode_punct_length(std::string_view s, std::size_t i) {
  const unsigned char b0 = byte(s, i);
  if (b0 == 0xC2 && i + 1 < s.size()) {
    const unsigned char b1 = byte(s, i + 1);
    return (b1 >= 0xA1 && b1 <= 0xBF) ? 2 : 0;
  }
  if (b0 == 0xC3 && i + 1 < s.size()) {
    const unsigned char b1 = byte(s, i + 1);
    return (b1 == 0x97 || b1 == 0xB7) ? 2 : 0;  // × ÷
  }
  if (b0 == 0xE2 && i + 2 < s.size()) {
    const unsigned char b1 = byte(s, i + 1);
    if (b1 == 0x80 || b1 == 0x81) return 3;              // U+2000-U+207F
    if (b1 == 0x82 && byte(s, i + 2) >= 0xA0) return 3;  // currency signs
    if (b1 >= 0x86 && b1 <= 0x9F) return 3;              // arrows, math, boxes, shapes, bullets
    return 0;
  }
  if (b0 == 0xE3 && i + 2 < s.size() && byte(s, i + 1) == 0x80) return 3;
  return 0;
}

// Any punctuation or symbol character at s[i]: its length, else 0.
inline std::size_t punctuation_length(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (static_cast<unsigned char>(c) < 0x80) {
    return (c != ' ' && c != '\n' && !is_ascii_alpha(c) && !is_ascii_digit(c)) ? 1 : 0;
  }
  return unicode_punct_length(s, i);
}

// A byte that belongs to a word: ASCII letter or digit, or part of a non-punctuation
// non-ASCII character.
inline bool word_byte_at(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (static_cast<unsigned char>(c) < 0x80) return is_ascii_alpha(c) || is_ascii_digit(c);
  if ((byte(s, i) & 0xC0) == 0x80) return true;  // continuation of a letter
  return unicode_punct_length(s, i) == 0;
}

// Characters that join two word parts: apostrophes and hyphens.
inline std::size_t word_joiner_at(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (c == '\'' || c == '-') return 1;
  if (s.substr(i, 3) == "\u2019" || s.substr(i, 3) == "\u2010" || s.substr(i, 3) == "\u2011") {
    return 3;
  }
  return 0;
}

// Closing quotes and brackets that may follow a sentence's final mark.
inline std::size_t closing_mark_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  const char c = s[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  const std::string_view three = s.substr(i, 3);
  if (three == "\u201D" || three == "\u2019" || three == "\u203A") return 3;
  if (s.substr(i, 2) == "\u00BB") return 2;
  return 0;
}

// Length of a closing mark that ends right before `end`, or 0.
inline std::size_t closing_mark_before(std::string_view s, std::size_t end) {
  if (end >= 1 && closing_mark_at(s, end - 1) == 1) return 1;
  if (end >= 2 && closing_mark_at(s, end - 2) == 2) return 2;
  if (end >= 3 && closing_mark_at(s, end - 3) == 3) return 3;
  return 0;
}

inline bool ends_with_ellipsis(std::string_view s) {
  return s.ends_with("...") || s.ends_with("\u2026");
}

inline bool ends_with_dash(std::string_view s) {
  return s.ends_with("\u2013") || s.ends_with("\u2014");
}

// Length of a list bullet and its space at the start of `line` ("• ", "- ", "* ", "· "), or 0.
inline std::size_t bullet_length(std::string_view line) {
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') {
    return 2;
  }
  for (std::string_view b :
       {"\u2022", "\u00B7", "\u25AA", "\u25E6", "\u2023", "\u25BA", "\u25CF", "\u2013", "\u2014"}) {
    if (line.starts_with(b) && line.size() > b.size() && line[b.size()] == ' ') {
      return b.size() + 1;
    }
  }
  return 0;
}

}  // namespace factcheck::text::detail
