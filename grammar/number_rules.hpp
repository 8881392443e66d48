#pragma once
// number_rules: figures in digits and words, fractions, ratios, vague amounts (X3 triad: this
// header, number_rules_def.hpp, number_rules.cpp). Only the quantity grammar's X3 files include
// this header; other layers use grammar/extract.hpp.

#include "grammar/quantity_ast.hpp"
#include "grammar/quantity_lexicon.hpp"
#include "grammar/x3_config.hpp"

namespace factcheck::grammar {
namespace quantity_parser {

using digit_number_type = x3::rule<class digit_number_class, ast::number>;
using below_hundred_type = x3::rule<class below_hundred_class, double>;
using word_number_type = x3::rule<class word_number_class, ast::number>;
using point_digits_type = x3::rule<class point_digits_class, ast::word_fold>;
using fraction_type = x3::rule<class fraction_class, ast::number>;
using fraction_any_type = x3::rule<class fraction_any_class, ast::number>;
using scaled_fraction_type = x3::rule<class scaled_fraction_class, ast::number>;
using vague_amount_type = x3::rule<class vague_amount_class, ast::vague>;
using plural_denom_type = x3::rule<class plural_denom_class, double>;
using singular_denom_type = x3::rule<class singular_denom_class, double>;
using ratio_divisor_type = x3::rule<class ratio_divisor_class, ast::number>;
using digit_compound_type = x3::rule<class digit_compound_class, ast::word_fold>;

inline const digit_number_type digit_number{"digit_number"};
inline const below_hundred_type below_hundred{"below_hundred"};
inline const word_number_type word_number{"word_number"};
inline const point_digits_type point_digits{"point_digits"};
inline const fraction_type fraction{"fraction"};
inline const fraction_any_type fraction_any{"fraction_any"};
inline const scaled_fraction_type scaled_fraction{"scaled_fraction"};
inline const vague_amount_type vague_amount{"vague_amount"};
inline const plural_denom_type plural_denom{"plural_denom"};
inline const singular_denom_type singular_denom{"singular_denom"};
inline const ratio_divisor_type ratio_divisor{"ratio_divisor"};
inline const digit_compound_type digit_compound{"digit_compound"};

BOOST_SPIRIT_DECLARE(digit_number_type, below_hundred_type, word_number_type, point_digits_type,
                     fraction_type, fraction_any_type, scaled_fraction_type, vague_amount_type,
                     plural_denom_type, singular_denom_type, ratio_divisor_type,
                     digit_compound_type)

// Standalone: hyphenated ("one-third stake", "two-thirds") any denominator; spaced, a singular
// denominator only before "of" or punctuation (see the table above). The numerator is any
// spelled cardinal ("four million six hundred seven ninths", read in amount_def);
// a singular denominator takes only "one" or "a" ("two millionth" is a count and an ordinal).
const auto not_compound = !(-gap >> x3::lit('-') >> word_char);  // "third-largest" is ordinal
// The denominator after its numerator, with the actions of the rule it is used in: a spelled
// numerator is parsed once, by the amount rule, which then tries this tail before its others.
template <typename Divide, typename DivideSingular>
constexpr auto denominator_tail(Divide divide, DivideSingular divide_singular) {
  return (-gap >> x3::lit('-') >> -gap >>
          (plural_denom[divide] | (singular_denom >> not_compound)[divide_singular])) |
         (gap >> (plural_denom[divide] |
                  (singular_denom >> (&(gap >> kw(x3::lit("of"))) | !(gap >> word_char)) >>
                   not_compound)[divide_singular]));
}

}  // namespace quantity_parser
}  // namespace factcheck::grammar
