#pragma once
// char_class: the byte classes and ASCII word comparisons every layer uses (text, grammar,
// checker, reports). Article text is valid UTF-8 (checked once, in ingest); these tests read
// bytes: a byte >= 0x80 is part of a multibyte character and never matches an ASCII class.
// Case folding is ASCII only (text/ascii.hpp), so folding never breaks a multibyte character.

#include <array>
#include <cstddef>
#include <string_view>

#include "text/ascii.hpp"

namespace factcheck::text {

constexpr bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_ascii_alpha(char c) { return is_ascii_upper(c) || is_ascii_lower(c); }
constexpr bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }

// A blank inside a sentence: space, tab, CR, LF. NBSP (C2 A0) is normalized to a space by ingest.
constexpr bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// ASCII letter or digit, or any byte >= 0x80 (part of a UTF-8 letter; callers that must tell
// UTF-8 punctuation apart use text/chars.hpp or the grammar's word_char).
constexpr bool is_word_byte(char c) {
  return is_ascii_alnum(c) || static_cast<unsigned char>(c) >= 0x80;
}

// `word` equals `lower_word` (already lower-case) up to ASCII case.
constexpr bool equals_lower(std::string_view word, std::string_view lower_word) {
  if (word.size() != lower_word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (to_lower_ascii(word[i]) != lower_word[i]) return false;
  }
  return true;
}

// `word` equals one of `list` (lower-case) up to ASCII case.
template <std::size_t N>
constexpr bool one_of(std::string_view word, const std::array<std::string_view, N>& list) {
  for (auto w : list) {
    if (equals_lower(word, w)) return true;
  }
  return false;
}

}  // namespace factcheck::text
