#pragma once
// number_rules_def: figures in digits and words, fractions, powers, ratios and vague amounts.
// Included by grammar/number_rules.cpp only. Phrase table: grammar/quantity_rules_def.hpp.
#include "grammar/number_rules.hpp"
#include "grammar/quantity_actions.hpp"
#include "grammar/quantity_lexicon.hpp"

namespace factcheck::grammar {
namespace quantity_parser {

using hundreds_type = x3::rule<class hundreds_class, double>;
using word_sum_type = x3::rule<class word_sum_class, ast::word_fold>;

const hundreds_type hundreds{"hundreds"};
const word_sum_type word_sum{"word_sum"};

// 94,300 | 1,234,567.5 | 12.5 | 7 | .08 | 1.3e6 | 40<NBSP>000: group separators only between
// groups of exactly three digits.
const auto group_separator =
    x3::lit(',') | x3::lit("\xC2\xA0") | x3::lit("\xE2\x80\xAF") | x3::lit("\xE2\x80\x89");
const auto grouped_integer = x3::repeat(1, 3)[digit] >>
                             +(group_separator >> x3::repeat(3)[digit] >> !digit);
// 12,34,567: Indian grouping (lakh, crore): two-digit groups before the last three digits.
// At most six groups of each kind (10^17 and more is not a news figure): an unbounded repeat
// read a whole run of groups before failing at its end, at every figure of the run (quadratic;
// fixtures/regressions/quantity-{indian,space}-groups-quadratic).
const auto indian_grouped_integer =
    x3::repeat(1, 2)[digit] >>
    x3::repeat(1, 6)[x3::lit(',') >> x3::repeat(2)[digit] >> &x3::lit(',')] >> x3::lit(',') >>
    x3::repeat(3)[digit] >> !digit;
// 1 234 567: ASCII spaces as group separators, only when every group after the first has
// exactly three digits and no further digit group follows ("555 123 4567" is a phone number;
// "in 2014 400 people" never merges: a first group has at most three digits).
const auto space_grouped_integer = x3::repeat(1, 3)[digit] >>
                                   x3::repeat(1,
                                              6)[x3::lit(' ') >> x3::repeat(3)[digit] >> !digit] >>
                                   !(x3::lit(' ') >> digit);
const auto exponent = (x3::lit('e') | x3::lit('E')) >> -(x3::lit('+') | x3::lit('-')) >> +digit;
const auto digit_number_def =
    x3::raw[(((indian_grouped_integer | grouped_integer | space_grouped_integer | +digit) >>
              -('.' >> +digit)) |
             ('.' >> +digit)) >>
            -exponent][actions::digits];

// seven | nineteen | twenty-one | twenty one | ninety - nine
const auto below_hundred_def =
    (kw(tens_words)[actions::assign] >>
     -((x3::lit('-') | gap >> -(x3::lit('-') >> gap)) >> kw(digit_words)[actions::add])) |
    kw(small_numbers)[actions::assign];

// Reading rule for spelled fractions (docs/decisions/0020-spelled-fractions.md): the numerator
// is the longest spelled cardinal, except that a tens word right before a unit ordinal opens a
// compound denominator ("one hundred thirty fifths" is 100/35, "thirty-fifths" too) unless
// "and" ties it to the numerator ("one hundred and thirty fifths" is 130/5).
// Lookaheads come before the action they guard: an action that has fired is not undone when a
// later element of its sequence fails.
const auto tens_ordinal_follows = kw(tens_words) >>
                                  ((x3::lit('-') | gap) >>
                                       kw(unit_ordinal_plurals | unit_ordinals) |
                                   x3::lit('-') >> kw(x3::lit("seconds") | x3::lit("second")));
// "... and three quarters": after "and", a unit word over a denominator is the fractional part
// of a mixed number (100.75), not the end of a numerator.
const auto unit_fraction_follows = kw(small_numbers) >> (gap | x3::lit('-')) >>
                                   kw(plural_denominators | singular_denominators);
const auto and_joins_group = kw(x3::lit("and")) >> gap >> !unit_fraction_follows;

// a hundred and twenty | twelve hundred | three hundred six: the tail never swallows the head
// of a following "... hundred" (so "between one hundred and two hundred" stays a range).
const auto hundreds_def =
    ((below_hundred[actions::assign] | kw(x3::lit("a") | x3::lit("one"))[actions::set_one]) >>
     gap >> kw(x3::lit("hundred"))[actions::times_hundred] >>
     -(gap >> (and_joins_group | !tens_ordinal_follows) >>
       &(below_hundred >> !(gap >> kw(x3::lit("hundred")))) >> below_hundred[actions::add])) |
    below_hundred[actions::assign];

// fourteen thousand | two hundred and two thousand | one million two thousand | a dozen
const auto word_sum_def =
    (hundreds[actions::fold_start] |
     (kw(x3::lit("an") | x3::lit("a")) >> &(gap >> kw(word_scales)))[actions::fold_one]) >>
    *(gap >> kw(word_scales)[actions::fold_scale] >>
      -(gap >> (and_joins_group | !tens_ordinal_follows) >> hundreds[actions::fold_add]));
const auto word_number_def = word_sum[actions::fold_done];

// "point five", "point nought four", "point seventy-one"
const auto point_digits_def = x3::eps[actions::point_start] >> kw(x3::lit("point")) >>
                              +(gap >> below_hundred[actions::point_append]);
// "one hundred [and] fifth(s)": a hundred-and-something ordinal, only after its own numerator
// ("one one hundred fifth" is 1/105; "one hundred fifths" is 100/5).
const auto hundred_ordinal_head = kw(x3::lit("one") | x3::lit("a")) >> gap >>
                                  kw(x3::lit("hundred")) >> gap >> -(kw(x3::lit("and")) >> gap);
const auto plural_denom_base = (kw(tens_words)[actions::assign] >>
                                ((x3::lit('-') | gap) >> kw(unit_ordinal_plurals)[actions::add] |
                                 x3::lit('-') >> kw(x3::lit("seconds"))[actions::add_two])) |
                               kw(plural_denominators)[actions::assign];
const auto singular_denom_base =
    (kw(tens_words)[actions::assign] >> ((x3::lit('-') | gap) >> kw(unit_ordinals)[actions::add] |
                                         x3::lit('-') >> kw(x3::lit("second"))[actions::add_two])) |
    kw(singular_denominators)[actions::assign];
const auto plural_denom_def =
    (hundred_ordinal_head >> plural_denom_base >> x3::eps[actions::add_hundred]) |
    plural_denom_base;
const auto singular_denom_def =
    (hundred_ordinal_head >> singular_denom_base >> x3::eps[actions::add_hundred]) |
    singular_denom_base;

// two-thirds | a third | three quarters | one-fourth | a hundred thousand trillionths
const auto fraction_head = (below_hundred[actions::fraction_numerator] |
                            kw(x3::lit("an") | x3::lit("a"))[actions::fraction_one]) >>
                           (-gap >> x3::lit('-') >> -gap | gap);
// "a third", "an eighth": the article as numerator (spelled numerators: see amount_def).
const auto fraction_def = kw(x3::lit("an") | x3::lit("a"))[actions::fraction_one] >>
                          denominator_tail(actions::fraction_denominator,
                                           actions::fraction_denominator_singular);
// After "and" or before a scale ("two and a half hours", "a quarter million"): any denominator.
const auto fraction_any_def = fraction_head >> (plural_denom[actions::fraction_denominator] |
                                                singular_denom[actions::fraction_denominator]);

// half a million | a quarter million | two thirds of a million | half million
const auto scaled_fraction_def = (fraction_any[actions::assign] |
                                  kw(x3::lit("half"))[actions::set_half] |
                                  kw(x3::lit("quarter"))[actions::set_quarter]) >>
                                 gap >> -(-(kw(x3::lit("of")) >> gap) >>
                                          kw(x3::lit("an") | x3::lit("a")) >> gap) >>
                                 kw(word_scales)[actions::fraction_scale];

// dozens | tens of thousands | hundreds of millions | several hundred | a handful
const auto vague_amount_def =
    (kw(vague_plurals)[actions::assign] >>
     *(gap >> kw(x3::lit("of")) >> gap >> kw(vague_bases)[actions::vague_of])) |
    (kw(vague_multipliers)[actions::assign] >> -(gap >> kw(digit_scales)[actions::vague_of]));
const auto ratio_divisor_def = digit_number | word_number;
const auto compound_group = gap >> -(kw(x3::lit("and")) >> gap) >>
                            (digit_number >> gap >> kw(digit_scales))[actions::compound_more];
// The rest is not itself scaled: "3 hundred and 2 hundred" is two figures.
const auto compound_rest_tail = gap >> kw(x3::lit("and")) >> gap >>
                                !((digit_number >> !word_char | below_hundred) >> gap >>
                                  kw(digit_scales)) >>
                                (digit_number[actions::compound_rest_digits] >> !word_char |
                                 below_hundred[actions::compound_rest_words]);
const auto digit_compound_def = (digit_number >> !word_char)[actions::compound_start] >> gap >>
                                kw(digit_scales)[actions::compound_scale] >>
                                ((+compound_group >> -compound_rest_tail) | compound_rest_tail);

BOOST_SPIRIT_DEFINE(digit_number, below_hundred, word_number, point_digits, fraction, fraction_any,
                    scaled_fraction, vague_amount, plural_denom, singular_denom, ratio_divisor,
                    digit_compound, hundreds, word_sum)

}  // namespace quantity_parser
}  // namespace factcheck::grammar
