#pragma once
// money_rules_def: an amount: a figure with its scale, its sign, and its currency or percent.
// Included by grammar/money_rules.cpp only. Phrase table: grammar/quantity_rules_def.hpp.
#include "grammar/money_rules.hpp"
#include "grammar/number_rules.hpp"
#include "grammar/quantity_actions.hpp"
#include "grammar/quantity_lexicon.hpp"

namespace factcheck::grammar {
namespace quantity_parser {

// "^23", "^-1", "^+23": a power of the figure before it (no blank: "2 ^ 3" is prose).
const auto power_tail = x3::raw[x3::lit('^') >> *(x3::lit('+') | x3::lit('-')) >> +digit];
// "x10^6", " x 10^-4", "\u00D7 10^6": times a power of ten.
const auto times_ten_tail =
    -gap >> (x3::lit('x') | x3::lit('X') | x3::lit("\xC3\x97")) >> -gap
    >> x3::lit("10") >> x3::raw[x3::lit('^') >> *(x3::lit('+') | x3::lit('-')) >> +digit];
// "/4" glued to the figure, never part of a date ("3/4/2020").
const auto slash_tail = x3::raw[x3::lit('/') >> +digit] >> !(x3::lit('/') | x3::lit('.') >> digit);
const auto mixed_tail =
    gap >> x3::raw[+digit >> x3::lit('/') >> +digit] >> !(x3::lit('/') | x3::lit('.') >> digit);
// "one over three" | "1 over 20" | "two out of five": "over" only when nothing follows the
// divisor ("killed 200 over three days" is a duration); "out of" always ("2 out of 5 voters").
const auto ratio_tail =
    (gap >> kw(x3::lit("over")) >> gap >> &(ratio_divisor >> !(gap >> word_char)) >>
     !(ratio_divisor >> -gap >> (x3::lit('%') | x3::lit('-') | digit)) >>
     ratio_divisor[actions::number_over]) |
    (gap >> kw(x3::lit("out")) >> gap >> kw(x3::lit("of")) >> gap >>
     ratio_divisor[actions::number_out_of]) |
    // "one in five adults", "1 in a million": not before a time unit ("3 in 10 days") nor a
    // year ("3 in 2019", rejected by the action).
    (gap >> kw(x3::lit("in")) >> gap >> &(ratio_divisor >> !(gap >> kw(time_units))) >>
     ratio_divisor[actions::number_in]);

const auto minus_sign =
    (x3::lit('-') >> -gap >> &digit) | (kw(x3::lit("minus") | x3::lit("negative")) >> gap);

// "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50.": the cents
// of a sum in whole units; without a subunit word only at the end of the clause ("15 dollars
// and 15 people" is two figures).
const auto cents_figure = (digit_number >> !word_char) | below_hundred;
const auto cents_tail = gap >> -(kw(x3::lit("and")) >> gap) >>
                        &(cents_figure >> (gap >> kw(subunit_words) | !(gap >> word_char))) >>
                        ((digit_number >> !word_char)[actions::add_cents_digits] |
                         below_hundred[actions::add_cents_words]) >>
                        -(gap >> kw(subunit_words));

// "MUSD", "MEUR": written in capitals only ("Mars" is not millions of pesos).
const auto upper_code_million = x3::repeat(4)[x3::char_('A', 'Z')] >> !word_char;

// "20 years old", "20-year-old", "3 years of age". The lookahead comes first: an action that
// has fired is not undone when the rest of its sequence fails.
const auto age_end = ((x3::lit('-') | gap) >> kw(x3::lit("old"))) |
                     (gap >> kw(x3::lit("of")) >> gap >> kw(x3::lit("age")));
const auto age_tail = &((x3::lit('-') | gap) >> kw(age_units) >> age_end) >> (x3::lit('-') | gap) >>
                      kw(age_units)[actions::amount_age] >> age_end;
// "87 yo", "a 30 y.o. man": years old, abbreviated.
const auto age_abbreviation = gap >> kw(x3::lit("yo") | x3::lit("y.o."))[actions::amount_age_years];
// A unit from the lexicon: a symbol glued or after one space ("5km", "5 km", "30°C"), or a name
// after a blank or a hyphen ("200 feet", "a 5-mile run", "30 degrees Celsius").
const auto unit_word = (unit_symbols >> !word_char) | kw(unit_names);
// "5 ft 2 in", "5 feet and 2 inches", "3 lb 4 oz": the smaller part of a compound (the unit's
// `part`, checked by the action); "6-foot-3": the part without its unit, after a hyphen.
const auto part_unit = ((unit_symbols | part_symbols) >> !word_char) | kw(unit_names);
const auto compound_part =
    (gap >> -(kw(x3::lit("and")) >> gap) >> &(digit_number >> -gap >> part_unit) >>
     digit_number[actions::part_figure] >> -gap >>
     ((unit_symbols >> !word_char)[actions::amount_part] |
      (part_symbols >> !word_char)[actions::amount_part] | kw(unit_names)[actions::amount_part])) |
    (x3::lit('-') >> &(x3::repeat(1, 2)[digit] >> !word_char >> !(x3::lit('-') >> digit)) >>
     digit_number[actions::part_figure] >> x3::eps[actions::amount_implied_part]);
const auto unit_tail = ((-x3::lit(' ') >> unit_symbols[actions::amount_unit] >> !word_char) |
                        (-(gap | x3::lit('-')) >> kw(unit_names)[actions::amount_unit])) >>
                       -compound_part >>
                       // "per hour", "km/h" (a symbol of its own), "tonnes a year", "per capita"
                       -(((gap >> kw(x3::lit("per")) >> gap) | x3::lit('/') |
                          (gap >> kw(x3::lit("a") | x3::lit("an")) >> gap)) >>
                             &unit_word >> ((unit_symbols[actions::amount_per_unit] >> !word_char) |
                                            kw(unit_names)[actions::amount_per_unit]) |
                         (gap >> kw(per_person_words))[actions::amount_per_person]);

// [$ | US$ | EUR | -] figure [and a half] [scale] [% | per cent | dollars]
const auto amount_def =
    x3::eps[actions::amount_reset] >> -minus_sign[actions::amount_negative] >>
    -((x3::no_case[currency_signs][actions::amount_currency] >> -gap) |
      // "MUSD 30", "MAUD 60": finance's millions of a currency
      (&upper_code_million >> x3::lit('M') >>
       x3::no_case[currency_codes][actions::amount_currency_million] >> (&digit | !word_char) >>
       -gap) |
      (currency_glyphs[actions::amount_currency] >> -gap) |
      // "USD 40", "USD115", "nzd$15"
      (x3::no_case[currency_codes][actions::amount_currency] >> -x3::lit('$') >>
       (&digit | !word_char) >> -gap)) >>
    (vague_amount[actions::amount_vague] | scaled_fraction[actions::amount_number] |
     vulgar_fractions[actions::vulgar_number] | digit_compound[actions::amount_compound] |
     (digit_number[actions::amount_number] >>
      -(power_tail[actions::number_power] | times_ten_tail[actions::number_times_ten] |
        slash_tail[actions::number_slash] | mixed_tail[actions::number_mixed]) >>
      -vulgar_fractions[actions::number_vulgar] >>
      (
       // "1.8m tall", "a 300m long tunnel": a glued "m" before a length word is metres
       (x3::eps[actions::no_currency_yet] >>
        &(x3::lit('m') >> !word_char >> gap >> kw(length_context_words))) |
       kw(attached_scales)[actions::amount_scale] |
       (x3::lit("MM") >> !word_char)[actions::amount_million] | !word_char |
       kw(currency_codes)[actions::amount_currency] |
       // "5km", "40C", "3.5GW": a unit symbol glued to the figure (read by unit_tail)
       &(unit_symbols >> !word_char)) >>
      -((gap >> kw(digit_scales)[actions::amount_scale]) |
        (gap >> &(spaced_scales >> !word_char >> !(gap >> word_char)) >>
         spaced_scales[actions::amount_scale])) >>
      -(gap >> kw(x3::lit("and")) >> gap >> fraction_any[actions::number_and_fraction]) >>
      -ratio_tail) |
     fraction[actions::amount_number] |
     (kw(percent_words) >> gap >> kw(x3::lit("of")) >> gap >>
      ratio_divisor[actions::amount_number] >> !word_char)[actions::amount_percent] |
     (kw(x3::lit("half")) >> &(gap >> kw(x3::lit("of"))))[actions::amount_half_alone] |
     (word_number[actions::amount_number] >>
      (denominator_tail(actions::amount_denominator, actions::amount_denominator_singular) |
       (-(gap >> point_digits[actions::number_point]) >>
        -(gap >> kw(x3::lit("and")) >> gap >> (scaled_fraction[actions::number_and_scaled] |
                                               fraction_any[actions::number_and_fraction])) >>
        -(gap >> kw(digit_scales)[actions::amount_scale]) >> -ratio_tail)))) >>
    -((-x3::lit(' ') >> x3::lit('%'))[actions::amount_percent] |
      (gap >> kw(percent_words)[actions::amount_percent_word]) |
      // "75 USD million", "300 dollars", "5 €", "10 $", "50 cents"
      (gap >> &upper_code_million >> x3::lit('M') >>
       kw(currency_codes)[actions::amount_currency_million]) |
      // "a 10-dollar bill", "a one-yen bid", "a 12-cent dividend"
      (x3::eps[actions::no_currency_yet] >> (gap | x3::lit('-')) >>
       kw(currency_words)[actions::amount_currency] >>
       -(gap >> kw(digit_scales)[actions::amount_scale]) >> -cents_tail) |
      // A sign after the figure only when none came before: "$ 20 $ 37" is two sums.
      (x3::eps[actions::no_currency_yet] >> -x3::lit(' ') >>
       (currency_glyphs[actions::amount_currency] | x3::lit('$')[actions::amount_dollar])) |
      ((gap | x3::lit('-')) >> kw(subunit_words)[actions::amount_subunit]) |
      // "20 years old", "a 20-year-old", "95 years of age"
      (x3::eps[actions::no_currency_yet] >> (age_tail | age_abbreviation)) |
      // "200 feet", "5km", "40 degrees Celsius", "10 tonnes a year", "30 km/h"
      (x3::eps[actions::no_currency_yet] >> unit_tail)) >>
    x3::eps[actions::amount_end];

BOOST_SPIRIT_DEFINE(amount)

}  // namespace quantity_parser
}  // namespace factcheck::grammar
