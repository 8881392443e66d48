#pragma once
// The grammar's names for the shared byte classes of text/char_class.hpp, and the UTF-8 word
// tests of its scanners (times.cpp, quantities.cpp) and of the X3 word_char (x3_config.hpp).
// No X3 here.

#include "text/char_class.hpp"

namespace factcheck::grammar::detail {

using text::equals_lower;
using text::one_of;
constexpr bool is_word_byte(char c) { return text::is_word_byte(c); }
constexpr bool is_blank_byte(char c) { return text::is_blank(c); }

// A UTF-8 sequence that is punctuation or a symbol, not part of a word: C2 80-BF (NBSP, the
// Latin-1 signs: « » £ ¥ ° ...), E2 80-81 (dashes, curly quotes, ellipsis, narrow spaces) and
// E2 82 (currency signs: € ₹ ₽ ₴).
constexpr bool is_utf8_punct(const char* p, const char* last) {
  if (p == last) return false;
  const auto b0 = static_cast<unsigned char>(*p);
  if (b0 == 0xC2) return true;
  if (b0 == 0xE2 && last - p >= 2) {
    const auto b1 = static_cast<unsigned char>(p[1]);
    return b1 == 0x80 || b1 == 0x81 || b1 == 0x82;
  }
  return false;
}

// Is the character starting at p part of a word? (ASCII letters/digits, non-punctuation UTF-8)
constexpr bool is_word_char_at(const char* p, const char* last) {
  return p != last && is_word_byte(*p) && !is_utf8_punct(p, last);
}

// Does the character ending right before p belong to a word? Walks back over UTF-8
// continuation bytes to the lead byte (at most three).
constexpr bool word_char_before(const char* first, const char* p) {
  if (p == first) return false;
  const char* lead = p - 1;
  for (int i = 0; i < 3 && lead != first && (static_cast<unsigned char>(*lead) & 0xC0) == 0x80;
       ++i) {
    --lead;
  }
  return is_word_char_at(lead, p);
}

}  // namespace factcheck::grammar::detail
