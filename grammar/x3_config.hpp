#pragma once
// Shared configuration of every Spirit X3 unit in grammar/ (quantities, times, ...).
//
// Every unit's .cpp instantiates its rules with these two types:
//   BOOST_SPIRIT_INSTANTIATE(foo_type, iterator_type, context_type);
// Extraction grammars run without a skipper (x3::parse, not phrase_parse): whitespace between
// words is explicit (the `gap` parser below), so "94, 300" never glues into one figure and a rule
// can tell "90,000-100,000" from "90,000 - 100,000". Article text is UTF-8, read as bytes.
//
// Only grammar/*.cpp and grammar/*_def.hpp may include this header (it pulls in X3).

#include <boost/spirit/home/x3.hpp>

#include "grammar/word_bytes.hpp"

namespace factcheck::grammar {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;
using context_type = x3::unused_type;

namespace detail {

// is_word_byte and is_blank_byte: grammar/word_bytes.hpp.

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

// Consumes one word byte (the lead byte for a UTF-8 letter); fails on punctuation sequences.
struct word_char_parser : x3::parser<word_char_parser> {
  using attribute_type = x3::unused_type;
  static constexpr bool has_attribute = false;
  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, const Iterator& last, const Context&, RContext&,
             Attribute&) const {
    // Iterators are const char* (iterator_type above).
    if (first == last || !is_word_char_at(first, last)) return false;
    ++first;
    return true;
  }
};

struct blank_char_parser : x3::char_parser<blank_char_parser> {
  using attribute_type = char;
  static constexpr bool has_attribute = true;
  template <typename Char, typename Context>
  bool test(Char ch, const Context&) const {
    return is_blank_byte(static_cast<char>(ch));
  }
};

}  // namespace detail

// word_char: use as `lexeme[no_case[sym] >> !word_char]` (symbols match prefixes).
inline constexpr detail::word_char_parser word_char{};
// gap: the whitespace between two words of one phrase (at least one blank, no attribute).
inline const auto gap = x3::omit[+detail::blank_char_parser{}];

}  // namespace factcheck::grammar
