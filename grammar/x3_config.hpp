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

// is_utf8_punct, is_word_char_at and word_char_before: grammar/word_bytes.hpp.

// Consumes one word byte (the lead byte for a UTF-8 letter); fails on punctuation sequences.
struct word_char_parser : x3::parser<word_char_parser> {
  using attribute_type = x3::unused_type;
  static constexpr bool has_attribute = false;
  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, const Iterator& last, const Context&, RContext&, Attribute&) const {
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
