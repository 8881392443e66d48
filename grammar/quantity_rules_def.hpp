#pragma once
// The quantity grammar (Spirit X3). Tried only at word starts by grammar/quantities.cpp; the
// counted noun phrase and the context filters (years, dates, clock times, ids) live there too.
//
// Accepted phrases                        -> value / interval           test (tests/grammar/)
// ---------------------------------------------------------------------------------------------
// 94,300  1,234,567  7  12.5               digits, thousands commas     quantity_rules_test Digits*
// seven  fourteen  twenty-one  ninety nine number words                 ...WordNumbers
// a hundred and twenty  twelve hundred     hundreds                     ...WordNumbers
// fourteen thousand  two million          word scales                   ...WordNumbers
// a dozen  three dozen  half a million     dozen, half                  ...WordNumbers
// two-thirds  a third (of)  three quarters fractions; "a third time" is an ordinal ...Fractions
// two and a half  six and a quarter       "and" + fraction             ...Fractions
// half a million  a quarter million  two thirds of a million  fraction of a scale  ...Fractions
// \u00BD \u00BE \u2154  2\u00BD              vulgar fraction glyphs       ...Fractions
// 3/8  4 3/4  -1/2                        slashed fractions (common denominators)
// ...SlashedFractions one twenty-fifth  three thirty-seconds  compound ordinal denominators
// ...CompoundDenominators one hundred thirty fifths  a hundred thousand trillionths  one one
// hundred fifth
//                                  spelled numerators (decision 0020)  ...CompoundNumerators
// two hundred and five eighths  four million and two fifths  mixed numbers ...CompoundNumerators
// one over eight  4 out of 5  one in four  1 in a million   ratios     ...PowersAndRatios
// 1.1^23  2.5^-1  2.4x10^5                powers                       ...PowersAndRatios
// 4 thousand 3 hundred and 21             digits with spelled scales   ...DigitsWithSpelledScales
// two billion and a half million          scaled fraction added        ...Fractions
// five point five  six point nought two    spoken decimals              ...WordNumbers
// -5  minus five  negative 12             negative figures             ...Negatives
// 1.3e6  .08  40\u00A0000 (NBSP/thin-space groups)  digit forms     ...Digits
// three dozens  3 dozen                   dozen as a multiplier        ...WordNumbers
// 1.2 million  94.3 thousand  1.5 trillion scale words                  ...Scaled
// 3bn  12m  10k  4.5mn  2tn                attached scale suffixes      ...Scaled
// 20G  2.5g  $ 3MM  4.75 k  3,120.5 G  7,250.5 M
//                                  SI letters (spaced: no word after)  ...ScaleLetters
// 2 345 678  51 000  23,45,678.50  4,56,78,901   space and Indian digit groups ...DigitGroups
// 45%  45 %  45 per cent  45 percent       percentages                  ...Percentages
// per cent of 15  percent of twelve        percent word first           ...PercentOf
// 4.5 percentage points                    percentages                  ...Percentages
// $4.5bn  US$ 20  EUR 3m  €12  £2,000      money (sign or ISO code)     ...Money
// 300 dollars  5 euros  2m rubles  9 yen   money (currency word)        ...Money
// 4 dollars 20 cents  8 euros 40  45 MUSD  MEUR 12  NZD$40  Mex$ 10 million  \u20BF3  ...MoneyForms
// dozens  hundreds  thousands  millions    vague plurals [2b, 10b-1]    ...Vague
// tens of thousands  hundreds of millions  vague compounds              ...Vague
// several  a few  a handful  scores        vague multipliers            ...Vague
// several hundred  a few thousand          vague with a scale           ...Vague
// over  more than  above  exceeding  just over  well over  in excess of  (v, inf)  ...Hedges
// at least  no fewer than  no less than  a minimum of                   [v, inf)    ...Hedges
// under  fewer than  less than  below                                   [0, v)      ...Hedges
// up to  at most  no more than  as many as  a maximum of                [0, v]      ...Hedges
// nearly  almost  just under  close to  just shy of                     [0.9v, v)   ...Hedges
// about  around  some  roughly  approximately  an estimated  estimated   [0.9v,1.1v] ...Hedges
// >30  >= 30  <5%  <= 12  \u2265 40  \u2264 40  ~50                       comparison signs
// ...Hedges 100,000 or more / or so / or fewer / -plus   post-hedges              ...PostHedges
// less than or equal to  greater than or equal to   [0, v] / [v, inf)      ...Hedges
// 200 or greater / or higher / or above / or below / or lower            ...PostHedges
// more than 100 and less than 300  over 20 but under 50  (100, 300)     ...BoundedRanges
// bigger or equal than 300  equal to or greater than 90  smaller or equal than 80
//                                  comparatives with "or equal"        ...ComparativeForms
// exceed(s/ed) 60 million  surpassed 2 million  more than half  half of    ...ComparativeForms
// higher or equal than 40, lower or equal than 90   [40, 90]           ...ComparativeForms
// x>10  y<20  (a sign after a name; never after < > =)                  ...ComparativeForms
// between 90,000 and 100,000               ranges                       ...Ranges
// 20 through 100  20~100                   ranges                       ...Ranges
// from 90,000 to 100,000  90,000 to 100,000  90,000-100,000  90–100     ranges  ...Ranges
// $5-6bn  between 90 and 100 million       the second end lends scale and currency  ...Ranges
// 8- to 16-meter  -18 C to -34 C           suspended hyphen; negative ends either way  units_families_test
// 5 ft 2 in  5 feet and 2 inches  6-foot-3 compounds: one figure in the larger unit  units_families_test
// 1.8m tall (metres)  12-cent  one-yen     glued m with a length word; hyphenated currency  units_families_test

#include "grammar/money_rules.hpp"
#include "grammar/number_rules.hpp"
#include "grammar/quantity_actions.hpp"
#include "grammar/quantity_lexicon.hpp"
#include "grammar/quantity_rules.hpp"

namespace factcheck::grammar {
namespace quantity_parser {

using range_type = x3::rule<class range_class, ast::phrase>;
using bounded_range_type = x3::rule<class bounded_range_class, ast::phrase>;
using hedged_half_type = x3::rule<class hedged_half_class, ast::amount>;

const range_type range{"range"};
const bounded_range_type bounded_range{"bounded_range"};
const hedged_half_type hedged_half{"hedged_half"};
const quantity_phrase_type quantity_phrase = "quantity_phrase";

const auto range_word = kw(x3::lit("to") | x3::lit("through") | x3::lit("thru"));
// "8- to 16-metre": a suspended hyphen before "to".
const auto range_connector = (x3::lit('-') >> gap >> range_word >> gap) | dash |
                             (-gap >> x3::lit('~') >> -gap) | (gap >> range_word >> gap);
// between A and B | from A to B (A to B, A-B, A–B, A~B: the optional tail of single_or_range)
const auto range_def = (kw(x3::lit("between")) >> gap >> amount[actions::phrase_first] >> gap >>
                        kw(x3::lit("and")) >> gap >> amount[actions::phrase_second]) |
                       (kw(x3::lit("from")) >> gap >> amount[actions::phrase_first] >> gap >>
                        kw(x3::lit("to")) >> gap >> amount[actions::phrase_second]);

// One figure, or a range written A-B / A to B: the first figure is parsed once.
const auto single_or_range = amount[actions::phrase_single] >>
                             -(range_connector >> amount[actions::phrase_second]);

// more than 100 and less than 300 | over 20 but under 50
const auto bounded_range_def = kw(hedges)[actions::bounded_low] >> gap >>
                               amount[actions::phrase_first] >>
                               (gap >> kw(x3::lit("and") | x3::lit("but")) | x3::lit(',')) >> gap >>
                               kw(hedges)[actions::bounded_high] >> gap
                               >> amount[actions::bounded_done];
const auto hedged_half_def =
    x3::eps[actions::amount_reset] >>
    kw(x3::lit("half"))[actions::amount_half_alone] >> x3::eps[actions::amount_end];

// A hedge in words ("more than" + blank) or a comparison sign (">30", ">= 30", "≤ 5%").
const auto hedge_prefix =
    (kw(hedges)[actions::phrase_hedge] >> gap) | (comparison_signs[actions::phrase_hedge] >> -gap);

const auto quantity_phrase_def =
    x3::eps[actions::phrase_reset] >>
    (bounded_range[actions::phrase_bounded] |
     // "aged 20", "ages 5 to 11"; "magnitude 7.8", "a magnitude-6 quake"
     (kw(x3::lit("aged") | x3::lit("ages") | x3::lit("age")) >> gap >>
      (range[actions::phrase_range] | single_or_range) >> x3::eps[actions::phrase_age]) |
     (kw(x3::lit("magnitude")) >> (gap | x3::lit('-')) >> single_or_range >>
      x3::eps[actions::phrase_magnitude]) |
     (-hedge_prefix >> (range[actions::phrase_range] | single_or_range)) |
     (kw(hedges)[actions::phrase_hedge] >> gap >> hedged_half[actions::phrase_single])) >>
    // "200 or greater than 190": a comparative before "than" opens the next figure.
    -((gap | x3::lit('-')) >>
      &(kw(post_hedges) >> !(gap >> kw(x3::lit("than")) >> gap >> amount)) >>
      kw(post_hedges)[actions::phrase_post_hedge]);

BOOST_SPIRIT_DEFINE(range, bounded_range, hedged_half, quantity_phrase)

}  // namespace quantity_parser
}  // namespace factcheck::grammar
