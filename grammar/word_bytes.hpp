#pragma once
// Byte classes and ASCII word comparisons shared by the grammar's scan loops (times.cpp,
// time_compose.cpp) and its X3 rules (x3_config.hpp). No X3 here, so plain scanners can use it
// without paying for an X3 include.

#include <array>
#include <cstddef>
#include <string_view>

#include "text/ascii.hpp"

namespace factcheck::grammar::detail {

// ASCII letter or digit, or any byte >= 0x80 (part of a UTF-8 letter): x3::alpha is not used on
// UTF-8 text (it asserts on bytes >= 0x80 in Debug builds, see STYLE.md).
constexpr bool is_word_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80;
}

// A blank inside a sentence: space, tab, CR, LF. NBSP (C2 A0) is normalized to a space by ingest.
constexpr bool is_blank_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// `word` equals `lower_word` (already lower-case) up to ASCII case.
constexpr bool equals_lower(std::string_view word, std::string_view lower_word) {
  if (word.size() != lower_word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (text::to_lower_ascii(word[i]) != lower_word[i]) return false;
  }
  return true;
}

template <std::size_t N>
constexpr bool one_of(std::string_view word, const std::array<std::string_view, N>& list) {
  for (auto w : list) {
    if (equals_lower(word, w)) return true;
  }
  return false;
}

}  // namespace factcheck::grammar::detail
