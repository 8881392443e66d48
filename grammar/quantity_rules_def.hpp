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
// 3/8  4 3/4  -1/2                        slashed fractions (common denominators) ...SlashedFractions
// one twenty-fifth  three thirty-seconds  compound ordinal denominators ...CompoundDenominators
// one hundred thirty fifths  a hundred thousand trillionths  one one hundred fifth
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
// >30  >= 30  <5%  <= 12  \u2265 40  \u2264 40  ~50                       comparison signs ...Hedges
// 100,000 or more / or so / or fewer / -plus   post-hedges              ...PostHedges
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

#include <charconv>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>
#include <system_error>

#include <boost/fusion/include/at_c.hpp>

#include "grammar/quantity_ast.hpp"
#include "grammar/quantity_rules.hpp"
#include "grammar/x3_config.hpp"

namespace factcheck::grammar {
namespace quantity_parser {

// ---- lexicons (keys lower-case, always used through kw: no_case + word boundary) -------------

struct small_number_table : x3::symbols<double> {
  small_number_table() {
    add("zero", 0)("nought", 0)("naught", 0)("one", 1)("two", 2)("three", 3)("four", 4)("five", 5)(
        "six", 6)("seven", 7)("eight", 8)("nine", 9)("ten", 10)("eleven", 11)("twelve", 12)(
        "thirteen", 13)("fourteen", 14)("fifteen", 15)("sixteen", 16)("seventeen", 17)(
        "eighteen", 18)("nineteen", 19);
  }
};
struct digit_word_table : x3::symbols<double> {  // the unit after "twenty-"
  digit_word_table() {
    add("one", 1)("two", 2)("three", 3)("four", 4)("five", 5)("six", 6)("seven", 7)("eight", 8)(
        "nine", 9);
  }
};
struct tens_table : x3::symbols<double> {
  tens_table() {
    add("twenty", 20)("thirty", 30)("forty", 40)("fourty", 40)("fifty", 50)("sixty", 60)(
        "seventy", 70)("eighty", 80)("ninety", 90);
  }
};
// Multipliers after a spelled-out group ("fourteen thousand", "three dozen").
struct word_scale_table : x3::symbols<double> {
  word_scale_table() {
    add("thousand", 1e3)("million", 1e6)("billion", 1e9)("trillion", 1e12)("dozen", 12)(
        "lakh", 1e5)("crore", 1e7);
  }
};
// Scale words after digits ("1.2 million", "322 hundred", "3 bn").
struct digit_scale_table : x3::symbols<double> {
  digit_scale_table() {
    add("hundred", 1e2)("thousand", 1e3)("million", 1e6)("billion", 1e9)("trillion", 1e12)(
        "dozen", 12)("dozens", 12)("doz", 12)("dozs", 12)("dz", 12)("dzs", 12)("lakh", 1e5)(
        "crore", 1e7)("bn", 1e9)("mn", 1e6)("mln", 1e6)("bln", 1e9)(
        "tn", 1e12)("tln", 1e12)("trn", 1e12);
  }
};
// Scale suffixes glued to digits ("3bn", "12m", "10k").
struct attached_scale_table : x3::symbols<double> {
  attached_scale_table() {
    add("k", 1e3)("m", 1e6)("mn", 1e6)("mln", 1e6)("mil", 1e6)("b", 1e9)("bn", 1e9)(
        "bln", 1e9)("g", 1e9)("tn", 1e12)("trn", 1e12)("tln", 1e12);
  }
};
// Units of time: "3 in 10 days" is a count and a duration, not a ratio.
struct time_unit_table : x3::symbols<int> {
  time_unit_table() {
    for (const char* unit : {"second", "minute", "hour", "day", "week", "month", "year", "decade",
                             "century", "centuries"}) {
      add(unit, 1);
      add(std::string(unit) + "s", 1);
    }
  }
};
// SI-style letters after a blank ("2.33 k", "1,674.5 G"), matched case-sensitively and only
// when no word follows: "10 m" is ten metres, "5 K rounds" is not a figure.
struct spaced_scale_table : x3::symbols<double> {
  spaced_scale_table() { add("k", 1e3)("K", 1e3)("M", 1e6)("MM", 1e6)("G", 1e9); }
};
// Singular denominators double as ordinals ("for a third time"), so a fraction written with
// one is only read before "of" or punctuation ("a third of the vote", "rose by a third.").
struct singular_denominator_table : x3::symbols<double> {
  singular_denominator_table() {
    add("half", 2)("third", 3)("quarter", 4)("fourth", 4)("fifth", 5)("sixth", 6)("seventh", 7)(
        "eighth", 8)("ninth", 9)("tenth", 10)("hundredth", 100)("thousandth", 1e3)(
        "millionth", 1e6)("billionth", 1e9)("trillionth", 1e12)("twentieth", 20)(
        "thirtieth", 30)("fortieth", 40)("fiftieth", 50)("sixtieth", 60)("seventieth", 70)(
        "eightieth", 80)("ninetieth", 90);
  }
};
// The unit ordinal of a compound denominator ("twenty-first", "thirty fifths"). "second" is
// left to the hyphenated form: "a thirty seconds spot" is a duration.
struct unit_ordinal_table : x3::symbols<double> {
  unit_ordinal_table() {
    add("first", 1)("third", 3)("fourth", 4)("fifth", 5)("sixth", 6)("seventh", 7)(
        "eighth", 8)("ninth", 9);
  }
};
struct unit_ordinal_plural_table : x3::symbols<double> {
  unit_ordinal_plural_table() {
    add("firsts", 1)("thirds", 3)("fourths", 4)("fifths", 5)("sixths", 6)(
        "sevenths", 7)("eighths", 8)("ninths", 9);
  }
};
struct plural_denominator_table : x3::symbols<double> {
  plural_denominator_table() {
    add("halves", 2)("thirds", 3)("quarters", 4)("fourths", 4)("fifths", 5)("sixths", 6)(
        "sevenths", 7)("eighths", 8)("ninths", 9)("tenths", 10)("hundredths", 100)(
        "thousandths", 1e3)("millionths", 1e6)("billionths", 1e9)("trillionths", 1e12)(
        "twentieths", 20)("thirtieths", 30)("fortieths", 40)("fiftieths", 50)("sixtieths", 60)(
        "seventieths", 70)("eightieths", 80)("ninetieths", 90);
  }
};
// "dozens" [24, 99], otherwise b-s = [2b, 10b - 1] ("hundreds" [200, 999]).
struct vague_plural_table : x3::symbols<ast::vague> {
  vague_plural_table() {
    add("dozens", {24, 99})("tens", {20, 99})("hundreds", {200, 999})("thousands", {2e3, 9999})(
        "millions", {2e6, 1e7 - 1})("billions", {2e9, 1e10 - 1})("scores", {40, 199});
  }
};
// The base of a plural after "of" ("tens of thousands").
struct vague_base_table : x3::symbols<double> {
  vague_base_table() {
    add("hundreds", 1e2)("thousands", 1e3)("millions", 1e6)("billions", 1e9)("trillions", 1e12);
  }
};
struct vague_multiplier_table : x3::symbols<ast::vague> {
  vague_multiplier_table() {
    add("several", {3, 9})("a few", {2, 5})("a handful", {2, 6})("a couple", {2, 2});
  }
};
struct hedge_table : x3::symbols<hedge> {
  hedge_table() {
    add("over", hedge::over)("more than", hedge::over)("above", hedge::over)(
        "exceeding", hedge::over)("just over", hedge::over)("well over", hedge::over)(
        "in excess of", hedge::over)("upwards of", hedge::over)("greater than", hedge::over)(
        "higher than", hedge::over)("larger than", hedge::over)("at least", hedge::at_least)(
        "no fewer than", hedge::at_least)("no less than", hedge::at_least)(
        "a minimum of", hedge::at_least)("under", hedge::under)("fewer than", hedge::under)(
        "less than", hedge::under)("below", hedge::under)("lower than", hedge::under)(
        "smaller than", hedge::under)("up to", hedge::at_most)("at most", hedge::at_most)(
        "no more than", hedge::at_most)("as many as", hedge::at_most)(
        "as much as", hedge::at_most)("a maximum of", hedge::at_most)("nearly", hedge::nearly)(
        "almost", hedge::nearly)("just under", hedge::nearly)("close to", hedge::nearly)(
        "just shy of", hedge::nearly)("just below", hedge::nearly)("about", hedge::approx)(
        "around", hedge::approx)("some", hedge::approx)("roughly", hedge::approx)(
        "approximately", hedge::approx)("an estimated", hedge::approx)(
        "estimated", hedge::approx)("approx.", hedge::approx)("circa", hedge::approx)(
        "an approximate", hedge::approx)("less than or equal to", hedge::at_most)(
        "fewer than or equal to", hedge::at_most)("greater than or equal to", hedge::at_least)(
        "more than or equal to", hedge::at_least)("equal to or more than", hedge::at_least)(
        "equal to or less than", hedge::at_most)("bigger than", hedge::over)(
        "exceed", hedge::over)("exceeds", hedge::over)("exceeded", hedge::over)(
        "surpass", hedge::over)("surpasses", hedge::over)("surpassed", hedge::over)(
        "surpassing", hedge::over)("at least or equal to", hedge::at_least)(
        "at most or equal to", hedge::at_most);
    // "bigger or equal than", "less than or equal to", "equal to or greater than": every
    // comparative with every way English attaches "or equal".
    for (const char* c : {"more", "greater", "bigger", "larger", "higher"}) {
      add_or_equal(c, hedge::at_least);
    }
    for (const char* c : {"less", "fewer", "smaller", "lower"}) add_or_equal(c, hedge::at_most);
  }

 private:
  void add_or_equal(const std::string& comparative, hedge h) {
    for (const char* tail : {" or equal to", " or equal than", " than or equal to"}) {
      add(comparative + tail, h);
    }
    add("equal to or " + comparative + " than", h);
  }
};
// Comparison signs, matched without a word boundary (">30").
struct comparison_sign_table : x3::symbols<hedge> {
  comparison_sign_table() {
    add(">", hedge::over)(">=", hedge::at_least)("> =", hedge::at_least)("<", hedge::under)(
        "<=", hedge::at_most)("< =", hedge::at_most)("\xE2\x89\xA5", hedge::at_least)(
        "\xE2\x89\xA4", hedge::at_most)("~", hedge::approx)("\xE2\x89\x88", hedge::approx);
  }
};
struct post_hedge_table : x3::symbols<hedge> {
  post_hedge_table() {
    add("or more", hedge::at_least)("or so", hedge::approx)("or fewer", hedge::at_most)(
        "or less", hedge::at_most)("plus", hedge::at_least)("or greater", hedge::at_least)(
        "or higher", hedge::at_least)("or above", hedge::at_least)("or over", hedge::at_least)(
        "or below", hedge::at_most)("or lower", hedge::at_most)("or under", hedge::at_most)(
        "and more", hedge::at_least)("and above", hedge::at_least)("and over", hedge::at_least);
  }
};
// Currency signs glued or spaced before the figure; values are ISO 4217 codes.
struct currency_sign_table : x3::symbols<const char*> {
  currency_sign_table() {
    add("$", "USD")("us$", "USD")("us $", "USD")("c$", "CAD")("c $", "CAD")("a$", "AUD")(
        "hk$", "HKD")("mex$", "MXN")("nz$", "NZD")("s$", "SGD")("r$", "BRL");
  }
};
// Non-ASCII signs, matched case-sensitively: x3's no_case compares bytes >= 0x80 as unsigned
// while the symbol tree is ordered by (signed) char, so it misses them.
struct currency_glyph_table : x3::symbols<const char*> {
  currency_glyph_table() {
    add("\xE2\x82\xAC", "EUR")("\xC2\xA3", "GBP")("\xC2\xA5", "JPY")("\xE2\x82\xB9", "INR")(
        "\xE2\x82\xBD", "RUB")("\xE2\x82\xB4", "UAH")("\xE2\x82\xBF", "BTC")(
        "\xE2\x82\xA9", "KRW")("\xE2\x82\xAA", "ILS")("\xE2\x82\xA6", "NGN")(
        "\xE2\x82\xB1", "PHP")("\xE2\x82\xBA", "TRY")("\xE2\x82\xA1", "CRC")(
        "\xE2\x82\xBE", "GEL")("\xE2\x82\xAD", "LAK")("\xE2\x82\xAB", "VND")(
        "\xE2\x82\xB8", "KZT");
  }
};
// Vulgar fraction glyphs (matched case-sensitively, like the currency glyphs).
struct vulgar_fraction_table : x3::symbols<double> {
  vulgar_fraction_table() {
    add("\xC2\xBD", 0.5)("\xC2\xBC", 0.25)("\xC2\xBE", 0.75)("\xE2\x85\x93", 1.0 / 3)(
        "\xE2\x85\x94", 2.0 / 3)("\xE2\x85\x95", 0.2)("\xE2\x85\x99", 1.0 / 6)(
        "\xE2\x85\x9B", 0.125)("\xE2\x85\x9C", 0.375)("\xE2\x85\x9D", 0.625)(
        "\xE2\x85\x9E", 0.875);
  }
};
struct currency_code_table : x3::symbols<const char*> {
  currency_code_table() {
    add("usd", "USD")("eur", "EUR")("gbp", "GBP")("rub", "RUB")("uah", "UAH")("jpy", "JPY")(
        "cny", "CNY")("rmb", "CNY")("inr", "INR")("chf", "CHF")("cad", "CAD")("aud", "AUD")(
        "sek", "SEK")("nok", "NOK")("pln", "PLN")("try", "TRY")("nzd", "NZD")("mxn", "MXN")(
        "hkd", "HKD")("sgd", "SGD")("brl", "BRL")("zar", "ZAR")("krw", "KRW")("ils", "ILS")(
        "aed", "AED")("sar", "SAR")("dkk", "DKK")("czk", "CZK")("huf", "HUF")("thb", "THB")(
        "idr", "IDR")("myr", "MYR")("twd", "TWD")("ars", "ARS")("clp", "CLP")("egp", "EGP")(
        "ngn", "NGN")("kes", "KES")("pkr", "PKR")("bdt", "BDT")("vnd", "VND")("kzt", "KZT");
  }
};
struct currency_word_table : x3::symbols<const char*> {
  currency_word_table() {
    add("dollar", "USD")("dollars", "USD")("us dollars", "USD")("u.s. dollars", "USD")(
        "euro", "EUR")("euros", "EUR")("pound", "GBP")("pounds", "GBP")(
        "pounds sterling", "GBP")("sterling", "GBP")("ruble", "RUB")("rubles", "RUB")(
        "rouble", "RUB")("roubles", "RUB")("hryvnia", "UAH")("hryvnias", "UAH")(
        "hryvnias", "UAH")("hryvnya", "UAH")("yuan", "CNY")("renminbi", "CNY")("yen", "JPY")(
        "rupee", "INR")("rupees", "INR")("swiss francs", "CHF")("francs", "CHF")(
        "zloty", "PLN")("zlotys", "PLN")("lira", "TRY")("usd", "USD")("eur", "EUR")(
        "gbp", "GBP")("rub", "RUB")("uah", "UAH")("jpy", "JPY")("cny", "CNY")("chf", "CHF")(
        "cad", "CAD")("aud", "AUD")("rmb", "CNY")("australian dollars", "AUD")(
        "canadian dollars", "CAD")("hong kong dollars", "HKD")("new zealand dollars", "NZD")(
        "chinese yuan", "CNY")("turkish lira", "TRY")("turkish liras", "TRY")(
        "finnish markka", "FIM")("markka", "FIM")("guilders", "NLG")("dutch guilders", "NLG")(
        "pesetas", "ESP")("pesos", "MXN")("mexican pesos", "MXN")("bitcoin", "BTC")(
        "bitcoins", "BTC")("btc", "BTC")("us dollar", "USD")("shekels", "ILS")("rand", "ZAR")(
        "won", "KRW")("dinars", "DZD")("riyals", "SAR")("dirhams", "AED");
  }
};
// Currency subunits: "50 cents" is 0.50 USD, "470 pence" 4.70 GBP.
struct subunit_word_table : x3::symbols<const char*> {
  subunit_word_table() {
    add("cent", "USD")("cents", "USD")("penny", "GBP")("pence", "GBP")("kopecks", "RUB")(
        "kopeks", "RUB")("kopiyok", "UAH");
  }
};
struct percent_word_table : x3::symbols<int> {
  percent_word_table() {
    add("per cent", 1)("percent", 1)("percents", 1)("pct", 1)("percentage points", 1)("percentage point", 1)(
        "per centage points", 1)("percentage", 1);
  }
};

inline const small_number_table small_numbers;
inline const digit_word_table digit_words;
inline const tens_table tens_words;
inline const word_scale_table word_scales;
inline const digit_scale_table digit_scales;
inline const attached_scale_table attached_scales;
inline const spaced_scale_table spaced_scales;
inline const time_unit_table time_units;
inline const singular_denominator_table singular_denominators;
inline const plural_denominator_table plural_denominators;
inline const unit_ordinal_table unit_ordinals;
inline const unit_ordinal_plural_table unit_ordinal_plurals;
inline const vague_plural_table vague_plurals;
inline const vague_base_table vague_bases;
inline const vague_multiplier_table vague_multipliers;
inline const hedge_table hedges;
inline const post_hedge_table post_hedges;
inline const comparison_sign_table comparison_signs;
inline const currency_sign_table currency_signs;
inline const currency_glyph_table currency_glyphs;
inline const vulgar_fraction_table vulgar_fractions;
inline const currency_code_table currency_codes;
inline const currency_word_table currency_words;
inline const percent_word_table percent_words;
inline const subunit_word_table subunit_words;

// ---- lexical helpers ------------------------------------------------------------------------

// A keyword: case-insensitive, and never a prefix of a longer word ("some" is not "something").
template <typename Parser>
constexpr auto kw(const Parser& p) {
  return x3::lexeme[x3::no_case[p] >> !word_char];
}
inline const auto digit = x3::char_('0', '9');
// A hyphen or en dash between two figures, optionally spaced.
inline const auto dash = -gap >> (x3::lit('-') | x3::lit("\xE2\x80\x93")) >> -gap;

// ---- semantic actions -----------------------------------------------------------------------

namespace actions {

// Reads "94,300", "1.25", "0.5" (the raw lexeme) into an ast::number.
inline void read_digits(ast::number& n, const char* first, const char* last) {
  char buffer[64] = {};
  std::size_t size = 0;
  int decimals = -1;
  int trailing_zeros = 0;
  bool exponent = false;
  n = ast::number{};
  n.leading_zero = (last - first) > 1 && *first == '0' && first[1] >= '0' && first[1] <= '9';
  for (const char* p = first; p != last; ++p) {
    const char c = *p;
    if (c == 'e' || c == 'E') {
      exponent = true;
      n.decimal = true;  // 1.3e6 is stated exactly
    } else if (exponent) {
      // exponent digits and sign: copied below
    } else if (c == '.') {
      decimals = 0;
      n.decimal = true;
    } else if (c < '0' || c > '9') {
      n.grouped = true;  // a separator: comma, space, NBSP, thin space
      n.spaced = n.spaced || c == ' ';
      continue;
    } else if (decimals >= 0) {
      ++decimals;
    } else {
      if (n.int_digits < 255) ++n.int_digits;
      trailing_zeros = c == '0' ? trailing_zeros + 1 : 0;
    }
    if (size + 1 < sizeof buffer) buffer[size++] = c;
  }
  // Over-long digit runs are ids, not figures; the caller rejects int_digits > 15.
  double value = 0;
  std::from_chars(buffer, buffer + size, value);
  n.value = value;
  if (decimals > 0) {
    n.unit = std::pow(10.0, -decimals);
  } else {
    n.unit = n.value == 0 ? 1 : std::pow(10.0, trailing_zeros);
  }
}

inline constexpr auto digits = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  read_digits(x3::_val(ctx), range.begin(), range.end());
};
inline constexpr auto assign = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
inline constexpr auto add = [](auto& ctx) { x3::_val(ctx) += x3::_attr(ctx); };
inline constexpr auto set_one = [](auto& ctx) { x3::_val(ctx) = 1.0; };
inline constexpr auto add_two = [](auto& ctx) { x3::_val(ctx) += 2.0; };
inline constexpr auto times_hundred = [](auto& ctx) { x3::_val(ctx) *= 100.0; };

inline constexpr auto fold_start = [](auto& ctx) {
  x3::_val(ctx).total = 0;
  x3::_val(ctx).cur = x3::_attr(ctx);
};
inline constexpr auto fold_one = [](auto& ctx) {
  x3::_val(ctx).total = 0;
  x3::_val(ctx).cur = 1;
};
inline constexpr auto fold_scale = [](auto& ctx) {
  auto& f = x3::_val(ctx);
  const double scale = x3::_attr(ctx);
  // "one thousand million": a scale after a scale multiplies what is already there.
  if (f.cur == 0) {
    f.total *= scale;
  } else {
    f.total += f.cur * scale;
    f.cur = 0;
  }
};
inline constexpr auto fold_add = [](auto& ctx) { x3::_val(ctx).cur = x3::_attr(ctx); };
inline constexpr auto fold_done = [](auto& ctx) {
  const auto& f = x3::_attr(ctx);
  auto& n = x3::_val(ctx);
  n = ast::number{};
  n.words = true;
  n.value = f.total + f.cur;
  n.unit = 1;
};

inline constexpr auto fraction_numerator = [](auto& ctx) { x3::_val(ctx).value = x3::_attr(ctx); };
inline constexpr auto fraction_one = [](auto& ctx) { x3::_val(ctx).value = 1; };
inline constexpr auto add_hundred = [](auto& ctx) { x3::_val(ctx) += 100.0; };
inline constexpr auto fraction_denominator = [](auto& ctx) {
  auto& n = x3::_val(ctx);
  n.value /= x3::_attr(ctx);
  n.words = true;
  n.decimal = true;
  n.unit = 1e-9;  // a fraction is exact as stated
};

// "one third", "a fifth": a singular denominator reads as a fraction only over one.
inline constexpr auto fraction_denominator_singular = [](auto& ctx) {
  auto& n = x3::_val(ctx);
  if (n.value != 1) {
    x3::_pass(ctx) = false;
    return;
  }
  fraction_denominator(ctx);
};

// The same two, for a spelled numerator read by the amount rule ("three fifths").
inline constexpr auto amount_denominator = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  n.value /= x3::_attr(ctx);
  n.words = true;
  n.decimal = true;
  n.unit = 1e-9;
};
inline constexpr auto amount_denominator_singular = [](auto& ctx) {
  if (x3::_val(ctx).num.value != 1) {
    x3::_pass(ctx) = false;
    return;
  }
  amount_denominator(ctx);
};

inline constexpr auto point_start = [](auto& ctx) { x3::_val(ctx) = ast::word_fold{}; };
// "point seventy-one" appends 71: total holds the digits so far, cur their count.
inline constexpr auto point_append = [](auto& ctx) {
  auto& f = x3::_val(ctx);
  const double v = x3::_attr(ctx);
  const double places = v >= 10 ? 2 : 1;
  f.total = f.total * std::pow(10.0, places) + v;
  f.cur += places;
};
inline constexpr auto number_point = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  const auto& f = x3::_attr(ctx);
  n.value += f.total / std::pow(10.0, f.cur);
  n.decimal = true;
  n.unit = std::pow(10.0, -f.cur);
};
// "two and a half" adds 0.5; "three million and a half" adds half a million: the fraction is
// of the largest power of a thousand that divides the whole part.
inline constexpr auto number_and_fraction = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  double of = 1;
  if (n.value >= 1000 && n.value == std::floor(n.value)) {
    while (of < 1e12 && std::fmod(n.value, of * 1000) == 0) of *= 1000;
  }
  n.value += x3::_attr(ctx).value * of;
  n.decimal = of == 1;
};
// "one billion and a half million": a scaled fraction smaller than the figure adds to it. When
// it is not smaller ("two and a half million") the tail fails and the fraction scales the whole.
inline constexpr auto number_and_scaled = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  const double part = x3::_attr(ctx).value;
  if (part >= n.value) {
    x3::_pass(ctx) = false;
    return;
  }
  n.value += part;
};
inline constexpr auto number_vulgar = [](auto& ctx) {
  x3::_val(ctx).num.value += x3::_attr(ctx);
  x3::_val(ctx).num.decimal = true;
};
inline constexpr auto vulgar_number = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  n = ast::number{};
  n.value = x3::_attr(ctx);
  n.decimal = true;
};
// "1.1^23", "2.5^-1", "1.1^--23": a power; each '-' flips the exponent's sign.
inline void apply_power(ast::number& n, const char* first, const char* last) {
  double sign = 1;
  double exponent = 0;
  for (const char* p = first; p != last; ++p) {
    if (*p == '-') sign = -sign;
    if (*p >= '0' && *p <= '9') exponent = exponent * 10 + (*p - '0');
  }
  // Huge exponents would overflow to inf; the figure is then kept unscaled rather than wrong.
  if (exponent > 300) return;
  n.value = std::pow(n.value, sign * exponent);
  n.decimal = true;
  n.unit = 1e-9;
}
inline constexpr auto number_power = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  apply_power(x3::_val(ctx).num, range.begin(), range.end());
};
// "1.3x10^6", "6.23 x 10^-4": scientific notation written with a multiplication sign.
inline constexpr auto number_times_ten = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  ast::number ten;
  ten.value = 10;
  apply_power(ten, range.begin(), range.end());
  x3::_val(ctx).num.value *= ten.value;
  x3::_val(ctx).num.decimal = true;
  x3::_val(ctx).num.unit = 1e-9;
};
// Slashed fractions are read only when proper and over a denominator that measures things
// (halves to fifths, eighths, tenths, sixteenths, hundredths): "9/11" and "24/7" are names,
// "5/17" a date.
inline bool common_fraction(double numerator, double denominator) {
  const bool common = denominator == 2 || denominator == 3 || denominator == 4 ||
                      denominator == 5 || denominator == 8 || denominator == 10 ||
                      denominator == 16 || denominator == 100;
  return common && numerator >= 1 && numerator < denominator &&
         numerator == std::floor(numerator);
}
// Reads "3/4" (or the "/4" tail) as numerator and denominator.
inline bool read_slash(const char* first, const char* last, double& numerator,
                       double& denominator) {
  numerator = 0;
  denominator = 0;
  double* into = &numerator;
  for (const char* p = first; p != last; ++p) {
    if (*p == '/') {
      into = &denominator;
    } else if (*p >= '0' && *p <= '9') {
      *into = *into * 10 + (*p - '0');
    }
  }
  return denominator > 0;
}
// "3/4" after digit_number read the "3": the tail "/4" divides it.
inline constexpr auto number_slash = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  const auto& range = x3::_attr(ctx);
  double unused = 0;
  double denominator = 0;
  read_slash(range.begin(), range.end(), unused, denominator);
  if (n.grouped || n.decimal || !common_fraction(n.value, denominator)) {
    x3::_pass(ctx) = false;
    return;
  }
  n.value /= denominator;
  n.decimal = true;
  n.unit = 1e-9;
};
// "2 1/4": a whole number and a proper fraction.
inline constexpr auto number_mixed = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  const auto& range = x3::_attr(ctx);
  double numerator = 0;
  double denominator = 0;
  read_slash(range.begin(), range.end(), numerator, denominator);
  if (n.grouped || n.decimal || !common_fraction(numerator, denominator)) {
    x3::_pass(ctx) = false;
    return;
  }
  n.value += numerator / denominator;
  n.decimal = true;
  n.unit = 1e-9;
};
// "4 thousand 3 hundred and 21": digits with spelled scales. total is the running sum, cur the
// last scale (each further group must use a smaller one).
inline constexpr auto compound_start = [](auto& ctx) {
  x3::_val(ctx).total = 0;
  x3::_val(ctx).cur = x3::_attr(ctx).value;
};
inline constexpr auto compound_scale = [](auto& ctx) {
  auto& f = x3::_val(ctx);
  const double scale = x3::_attr(ctx);
  f.total = f.cur * scale;
  f.cur = scale;
};
inline constexpr auto compound_more = [](auto& ctx) {
  auto& f = x3::_val(ctx);
  const double value = boost::fusion::at_c<0>(x3::_attr(ctx)).value;
  const double scale = boost::fusion::at_c<1>(x3::_attr(ctx));
  if (scale >= f.cur || value >= 1000) {
    x3::_pass(ctx) = false;
    return;
  }
  f.total += value * scale;
  f.cur = scale;
};
// The "and 21" tail only after "hundred": "5 million and 20 people" is two figures in news.
inline void compound_rest(ast::word_fold& f, double value, bool& pass) {
  if (f.cur != 100 || value <= 0 || value >= 100 || value != std::floor(value)) {
    pass = false;
    return;
  }
  f.total += value;
  f.cur = 1;
}
inline constexpr auto compound_rest_digits = [](auto& ctx) {
  bool pass = true;
  compound_rest(x3::_val(ctx), x3::_attr(ctx).value, pass);
  x3::_pass(ctx) = pass;
};
inline constexpr auto compound_rest_words = [](auto& ctx) {
  bool pass = true;
  compound_rest(x3::_val(ctx), x3::_attr(ctx), pass);
  x3::_pass(ctx) = pass;
};
inline constexpr auto amount_compound = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  n = ast::number{};
  n.words = true;
  n.value = x3::_attr(ctx).total;
};
// "one over three", "2000 over 3": the figure is a ratio.
inline constexpr auto number_over = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  const double d = x3::_attr(ctx).value;
  if (d == 0) {
    x3::_pass(ctx) = false;
    return;
  }
  n.value /= d;
  n.decimal = true;
  n.unit = 1e-9;
};
// "two out of five" is a part of a whole; a part larger than its whole ("12 out of 10") is two
// separate figures, so the tail fails and the divisor stands alone.
inline constexpr auto number_out_of = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  const double d = x3::_attr(ctx).value;
  if (d == 0 || std::fabs(n.value) > d) {
    x3::_pass(ctx) = false;
    return;
  }
  n.value /= d;
  n.decimal = true;
  n.unit = 1e-9;
};
// "one in five": a part of a whole, like "out of"; a year is never the whole ("3 in 2019").
inline constexpr auto number_in = [](auto& ctx) {
  const ast::number& d = x3::_attr(ctx);
  const bool year = !d.words && !d.grouped && !d.decimal && d.int_digits == 4;
  if (year) {
    x3::_pass(ctx) = false;
    return;
  }
  number_out_of(ctx);
};
inline constexpr auto amount_negative = [](auto& ctx) { x3::_val(ctx).negative = true; };
inline constexpr auto set_half = [](auto& ctx) {
  x3::_val(ctx) = ast::number{};
  x3::_val(ctx).value = 0.5;
  x3::_val(ctx).words = true;
};
inline constexpr auto set_quarter = [](auto& ctx) {
  x3::_val(ctx) = ast::number{};
  x3::_val(ctx).value = 0.25;
  x3::_val(ctx).words = true;
};
inline constexpr auto fraction_scale = [](auto& ctx) {
  x3::_val(ctx).value *= x3::_attr(ctx);
  x3::_val(ctx).decimal = false;
  x3::_val(ctx).unit = 1;
};
inline constexpr auto amount_reset = [](auto& ctx) {
  x3::_val(ctx) = ast::amount{};
  x3::_val(ctx).begin = x3::_where(ctx).begin();
};
inline constexpr auto amount_half_alone = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  n = ast::number{};
  n.words = true;
  n.decimal = true;
  n.value = 0.5;
};
inline constexpr auto amount_half = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  n = ast::number{};
  n.words = true;
  n.value = 0.5 * x3::_attr(ctx);
};
inline constexpr auto amount_number = [](auto& ctx) { x3::_val(ctx).num = x3::_attr(ctx); };
inline constexpr auto amount_scale = [](auto& ctx) { x3::_val(ctx).scale = x3::_attr(ctx); };
// "1MM": finance's thousand thousands (upper case only: "10mm" is millimetres).
inline constexpr auto amount_million = [](auto& ctx) { x3::_val(ctx).scale = 1e6; };
inline constexpr auto amount_currency = [](auto& ctx) {
  x3::_val(ctx).currency = x3::_attr(ctx);
};
inline constexpr auto amount_percent = [](auto& ctx) { x3::_val(ctx).percent = true; };
inline constexpr auto amount_currency_million = [](auto& ctx) {
  x3::_val(ctx).currency = x3::_attr(ctx);
  x3::_val(ctx).scale = 1e6;
};
inline constexpr auto no_currency_yet = [](auto& ctx) {
  x3::_pass(ctx) = x3::_val(ctx).currency.empty();
};
// Whole cents (1-99) of an unscaled sum: "15 dollars 50" is 15.50.
inline void add_cents(ast::amount& a, double cents, bool& pass) {
  if (a.scale != 1 || a.num.decimal || cents < 1 || cents > 99 || cents != std::floor(cents)) {
    pass = false;
    return;
  }
  a.num.value += cents / 100;
  a.num.decimal = true;
  a.num.unit = 0.01;
}
inline constexpr auto add_cents_digits = [](auto& ctx) {
  bool pass = true;
  const auto& n = x3::_attr(ctx);
  add_cents(x3::_val(ctx), n.decimal || n.grouped ? 0 : n.value, pass);
  x3::_pass(ctx) = pass;
};
inline constexpr auto add_cents_words = [](auto& ctx) {
  bool pass = true;
  add_cents(x3::_val(ctx), x3::_attr(ctx), pass);
  x3::_pass(ctx) = pass;
};
inline constexpr auto amount_dollar = [](auto& ctx) { x3::_val(ctx).currency = "USD"; };
inline constexpr auto amount_subunit = [](auto& ctx) {
  x3::_val(ctx).currency = x3::_attr(ctx);
  x3::_val(ctx).scale *= 0.01;
};
inline constexpr auto amount_vague = [](auto& ctx) {
  x3::_val(ctx).is_vague = true;
  x3::_val(ctx).range = x3::_attr(ctx);
};
inline constexpr auto amount_end = [](auto& ctx) {
  x3::_val(ctx).end = x3::_where(ctx).begin();
};

// "tens" [20, 99] of "thousands" (1000) -> [20000, 99999].
inline constexpr auto vague_of = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  const double base = x3::_attr(ctx);
  v.low *= base;
  v.high = (v.high + 1) * base - 1;
};

inline constexpr auto phrase_reset = [](auto& ctx) { x3::_val(ctx) = ast::phrase{}; };
inline constexpr auto phrase_hedge = [](auto& ctx) { x3::_val(ctx).hedge_kind = x3::_attr(ctx); };
inline constexpr auto phrase_first = [](auto& ctx) { x3::_val(ctx).first = x3::_attr(ctx); };
// Keeps the hedge already read in front of the range.
inline constexpr auto phrase_range = [](auto& ctx) {
  x3::_val(ctx).first = x3::_attr(ctx).first;
  x3::_val(ctx).second = x3::_attr(ctx).second;
  x3::_val(ctx).range = true;
};
inline constexpr auto phrase_second = [](auto& ctx) {
  x3::_val(ctx).second = x3::_attr(ctx);
  x3::_val(ctx).range = true;
};
inline constexpr auto phrase_single = [](auto& ctx) {
  x3::_val(ctx).first = x3::_attr(ctx);
  x3::_val(ctx).range = false;
};
inline constexpr auto bounded_low = [](auto& ctx) { x3::_val(ctx).low_hedge = x3::_attr(ctx); };
inline constexpr auto bounded_high = [](auto& ctx) {
  x3::_val(ctx).high_hedge = x3::_attr(ctx);
};
inline constexpr auto bounded_done = [](auto& ctx) {
  x3::_val(ctx).second = x3::_attr(ctx);
  x3::_val(ctx).range = true;
  x3::_val(ctx).bounded = true;
};
inline constexpr auto phrase_bounded = [](auto& ctx) {
  const auto& b = x3::_attr(ctx);
  auto& p = x3::_val(ctx);
  p.first = b.first;
  p.second = b.second;
  p.range = true;
  p.bounded = true;
  p.low_hedge = b.low_hedge;
  p.high_hedge = b.high_hedge;
};
// A bound after the figure wins over an approximation before it: "about 500 or more" is
// [500, inf).
inline constexpr auto phrase_post_hedge = [](auto& ctx) {
  auto& h = x3::_val(ctx).hedge_kind;
  const hedge post = x3::_attr(ctx);
  if (h == hedge::none || (h == hedge::approx && post != hedge::approx)) h = post;
};

}  // namespace actions

// ---- rules ----------------------------------------------------------------------------------

const x3::rule<class digit_number_class, ast::number> digit_number = "digit_number";
const x3::rule<class below_hundred_class, double> below_hundred = "below_hundred";
const x3::rule<class hundreds_class, double> hundreds = "hundreds";
const x3::rule<class word_sum_class, ast::word_fold> word_sum = "word_sum";
const x3::rule<class word_number_class, ast::number> word_number = "word_number";
const x3::rule<class point_digits_class, ast::word_fold> point_digits = "point_digits";
const x3::rule<class fraction_class, ast::number> fraction = "fraction";
const x3::rule<class fraction_any_class, ast::number> fraction_any = "fraction_any";
const x3::rule<class scaled_fraction_class, ast::number> scaled_fraction = "scaled_fraction";
const x3::rule<class vague_amount_class, ast::vague> vague_amount = "vague_amount";
const x3::rule<class amount_class, ast::amount> amount = "amount";
const x3::rule<class range_class, ast::phrase> range = "range";
const x3::rule<class bounded_range_class, ast::phrase> bounded_range = "bounded_range";
const quantity_phrase_type quantity_phrase = "quantity_phrase";

// 94,300 | 1,234,567.5 | 12.5 | 7 | .08 | 1.3e6 | 40<NBSP>000: group separators only between
// groups of exactly three digits.
const auto group_separator =
    x3::lit(',') | x3::lit("\xC2\xA0") | x3::lit("\xE2\x80\xAF") | x3::lit("\xE2\x80\x89");
const auto grouped_integer =
    x3::repeat(1, 3)[digit] >> +(group_separator >> x3::repeat(3)[digit] >> !digit);
// 12,34,567: Indian grouping (lakh, crore): two-digit groups before the last three digits.
// At most six groups of each kind (10^17 and more is not a news figure): an unbounded repeat
// read a whole run of groups before failing at its end, at every figure of the run (quadratic;
// fixtures/regressions/quantity-{indian,space}-groups-quadratic).
const auto indian_grouped_integer =
    x3::repeat(1, 2)[digit] >>
    x3::repeat(1, 6)[x3::lit(',') >> x3::repeat(2)[digit] >> &x3::lit(',')] >>
    x3::lit(',') >> x3::repeat(3)[digit] >> !digit;
// 1 234 567: ASCII spaces as group separators, only when every group after the first has
// exactly three digits and no further digit group follows ("555 123 4567" is a phone number;
// "in 2014 400 people" never merges: a first group has at most three digits).
const auto space_grouped_integer =
    x3::repeat(1, 3)[digit] >>
    x3::repeat(1, 6)[x3::lit(' ') >> x3::repeat(3)[digit] >> !digit] >> !(x3::lit(' ') >> digit);
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
const auto tens_ordinal_follows =
    kw(tens_words) >> ((x3::lit('-') | gap) >> kw(unit_ordinal_plurals | unit_ordinals) |
                       x3::lit('-') >> kw(x3::lit("seconds") | x3::lit("second")));
// "... and three quarters": after "and", a unit word over a denominator is the fractional part
// of a mixed number (100.75), not the end of a numerator.
const auto unit_fraction_follows =
    kw(small_numbers) >> (gap | x3::lit('-')) >> kw(plural_denominators | singular_denominators);
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
      -(gap >> (and_joins_group | !tens_ordinal_follows) >>
        hundreds[actions::fold_add]));
const auto word_number_def = word_sum[actions::fold_done];

// "point five", "point nought four", "point seventy-one"
const auto point_digits_def = x3::eps[actions::point_start] >> kw(x3::lit("point")) >>
                              +(gap >> below_hundred[actions::point_append]);

// A denominator: "fifths", or a compound "twenty-firsts" / "twenty firsts" (tens + unit ordinal).
const x3::rule<class plural_denom_class, double> plural_denom = "plural_denom";
const x3::rule<class singular_denom_class, double> singular_denom = "singular_denom";
// "one hundred [and] fifth(s)": a hundred-and-something ordinal, only after its own numerator
// ("one one hundred fifth" is 1/105; "one hundred fifths" is 100/5).
const auto hundred_ordinal_head = kw(x3::lit("one") | x3::lit("a")) >> gap >>
                                  kw(x3::lit("hundred")) >> gap >>
                                  -(kw(x3::lit("and")) >> gap);
const auto plural_denom_base =
    (kw(tens_words)[actions::assign] >>
     ((x3::lit('-') | gap) >> kw(unit_ordinal_plurals)[actions::add] |
      x3::lit('-') >> kw(x3::lit("seconds"))[actions::add_two])) |
    kw(plural_denominators)[actions::assign];
const auto singular_denom_base =
    (kw(tens_words)[actions::assign] >>
     ((x3::lit('-') | gap) >> kw(unit_ordinals)[actions::add] |
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
// "a third", "an eighth": the article as numerator (spelled numerators: see amount_def).
const auto fraction_def =
    kw(x3::lit("an") | x3::lit("a"))[actions::fraction_one] >>
    denominator_tail(actions::fraction_denominator, actions::fraction_denominator_singular);
// After "and" or before a scale ("two and a half hours", "a quarter million"): any denominator.
const auto fraction_any_def =
    fraction_head >> (plural_denom[actions::fraction_denominator] |
                      singular_denom[actions::fraction_denominator]);

// half a million | a quarter million | two thirds of a million | half million
const auto scaled_fraction_def =
    (fraction_any[actions::assign] | kw(x3::lit("half"))[actions::set_half] |
     kw(x3::lit("quarter"))[actions::set_quarter]) >>
    gap >> -(-(kw(x3::lit("of")) >> gap) >> kw(x3::lit("an") | x3::lit("a")) >> gap) >>
    kw(word_scales)[actions::fraction_scale];

// dozens | tens of thousands | hundreds of millions | several hundred | a handful
const auto vague_amount_def =
    (kw(vague_plurals)[actions::assign] >>
     *(gap >> kw(x3::lit("of")) >> gap >> kw(vague_bases)[actions::vague_of])) |
    (kw(vague_multipliers)[actions::assign] >>
     -(gap >> kw(digit_scales)[actions::vague_of]));

// "^23", "^-1", "^+23": a power of the figure before it (no blank: "2 ^ 3" is prose).
const auto power_tail = x3::raw[x3::lit('^') >> *(x3::lit('+') | x3::lit('-')) >> +digit];
// "x10^6", " x 10^-4", "\u00D7 10^6": times a power of ten.
const auto times_ten_tail =
    -gap >> (x3::lit('x') | x3::lit('X') | x3::lit("\xC3\x97")) >> -gap >> x3::lit("10") >>
    x3::raw[x3::lit('^') >> *(x3::lit('+') | x3::lit('-')) >> +digit];
// "/4" glued to the figure, never part of a date ("3/4/2020").
const auto slash_tail = x3::raw[x3::lit('/') >> +digit] >> !(x3::lit('/') | x3::lit('.') >> digit);
const auto mixed_tail =
    gap >> x3::raw[+digit >> x3::lit('/') >> +digit] >> !(x3::lit('/') | x3::lit('.') >> digit);
// The second figure of a ratio: digits or words.
const x3::rule<class ratio_divisor_class, ast::number> ratio_divisor = "ratio_divisor";
const auto ratio_divisor_def = digit_number | word_number;
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

// 4 thousand 3 hundred and 21 | 3 hundred and one | 2 million 400 thousand
const x3::rule<class digit_compound_class, ast::word_fold> digit_compound = "digit_compound";
const auto compound_group =
    gap >> -(kw(x3::lit("and")) >> gap) >>
    (digit_number >> gap >> kw(digit_scales))[actions::compound_more];
// The rest is not itself scaled: "3 hundred and 2 hundred" is two figures.
const auto compound_rest_tail =
    gap >> kw(x3::lit("and")) >> gap >>
    !((digit_number >> !word_char | below_hundred) >> gap >> kw(digit_scales)) >>
    (digit_number[actions::compound_rest_digits] >> !word_char |
     below_hundred[actions::compound_rest_words]);
const auto digit_compound_def =
    (digit_number >> !word_char)[actions::compound_start] >> gap >>
    kw(digit_scales)[actions::compound_scale] >>
    ((+compound_group >> -compound_rest_tail) | compound_rest_tail);

const auto minus_sign = (x3::lit('-') >> -gap >> &digit) |
                        (kw(x3::lit("minus") | x3::lit("negative")) >> gap);

// "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50.": the cents
// of a sum in whole units; without a subunit word only at the end of the clause ("15 dollars
// and 15 people" is two figures).
const auto cents_figure = (digit_number >> !word_char) | below_hundred;
const auto cents_tail =
    gap >> -(kw(x3::lit("and")) >> gap) >>
    &(cents_figure >> (gap >> kw(subunit_words) | !(gap >> word_char))) >>
    ((digit_number >> !word_char)[actions::add_cents_digits] |
     below_hundred[actions::add_cents_words]) >>
    -(gap >> kw(subunit_words));

// "MUSD", "MEUR": written in capitals only ("Mars" is not millions of pesos).
const auto upper_code_million = x3::repeat(4)[x3::char_('A', 'Z')] >> !word_char;

// [$ | US$ | EUR | -] figure [and a half] [scale] [% | per cent | dollars]
const auto amount_def =
    x3::eps[actions::amount_reset] >> -minus_sign[actions::amount_negative] >>
    -((x3::no_case[currency_signs][actions::amount_currency] >> -gap) |
      // "MUSD 30", "MAUD 60": finance's millions of a currency
      (&upper_code_million >> x3::lit('M') >>
       x3::no_case[currency_codes][actions::amount_currency_million] >>
       (&digit | !word_char) >> -gap) |
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
      (kw(attached_scales)[actions::amount_scale] |
       (x3::lit("MM") >> !word_char)[actions::amount_million] | !word_char |
       kw(currency_codes)[actions::amount_currency]) >>
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
        -(gap >> kw(x3::lit("and")) >> gap >>
          (scaled_fraction[actions::number_and_scaled] |
           fraction_any[actions::number_and_fraction])) >>
        -(gap >> kw(digit_scales)[actions::amount_scale]) >> -ratio_tail)))) >>
    -((-x3::lit(' ') >> x3::lit('%'))[actions::amount_percent] |
      (gap >> kw(percent_words))[actions::amount_percent] |
      // "75 USD million", "300 dollars", "5 €", "10 $", "50 cents"
      (gap >> &upper_code_million >> x3::lit('M') >>
       kw(currency_codes)[actions::amount_currency_million]) |
      (x3::eps[actions::no_currency_yet] >> gap >> kw(currency_words)[actions::amount_currency] >>
       -(gap >> kw(digit_scales)[actions::amount_scale]) >> -cents_tail) |
      // A sign after the figure only when none came before: "$ 20 $ 37" is two sums.
      (x3::eps[actions::no_currency_yet] >> -x3::lit(' ') >>
       (currency_glyphs[actions::amount_currency] | x3::lit('$')[actions::amount_dollar])) |
      (gap >> kw(subunit_words)[actions::amount_subunit])) >>
    x3::eps[actions::amount_end];

const auto range_word = kw(x3::lit("to") | x3::lit("through") | x3::lit("thru"));
const auto range_connector = dash | (-gap >> x3::lit('~') >> -gap) | (gap >> range_word >> gap);
// between A and B | from A to B (A to B, A-B, A–B, A~B: the optional tail of single_or_range)
const auto range_def =
    (kw(x3::lit("between")) >> gap >> amount[actions::phrase_first] >> gap >>
     kw(x3::lit("and")) >> gap >> amount[actions::phrase_second]) |
    (kw(x3::lit("from")) >> gap >> amount[actions::phrase_first] >> gap >> kw(x3::lit("to")) >>
     gap >> amount[actions::phrase_second]);

// One figure, or a range written A-B / A to B: the first figure is parsed once.
const auto single_or_range = amount[actions::phrase_single] >>
                             -(range_connector >> amount[actions::phrase_second]);

// more than 100 and less than 300 | over 20 but under 50
const auto bounded_range_def =
    kw(hedges)[actions::bounded_low] >> gap >> amount[actions::phrase_first] >>
    (gap >> kw(x3::lit("and") | x3::lit("but")) | x3::lit(',')) >> gap >>
    kw(hedges)[actions::bounded_high] >> gap >> amount[actions::bounded_done];

// "more than half", "over half the staff": "half" standing alone after a hedge.
const x3::rule<class hedged_half_class, ast::amount> hedged_half = "hedged_half";
const auto hedged_half_def =
    x3::eps[actions::amount_reset] >> kw(x3::lit("half"))[actions::amount_half_alone] >>
    x3::eps[actions::amount_end];

// A hedge in words ("more than" + blank) or a comparison sign (">30", ">= 30", "≤ 5%").
const auto hedge_prefix =
    (kw(hedges)[actions::phrase_hedge] >> gap) | (comparison_signs[actions::phrase_hedge] >> -gap);

const auto quantity_phrase_def =
    x3::eps[actions::phrase_reset] >>
    (bounded_range[actions::phrase_bounded] |
     (-hedge_prefix >> (range[actions::phrase_range] | single_or_range)) |
     (kw(hedges)[actions::phrase_hedge] >> gap >> hedged_half[actions::phrase_single])) >>
    // "200 or greater than 190": a comparative before "than" opens the next figure.
    -((gap | x3::lit('-')) >>
      &(kw(post_hedges) >> !(gap >> kw(x3::lit("than")) >> gap >> amount)) >>
      kw(post_hedges)[actions::phrase_post_hedge]);

BOOST_SPIRIT_DEFINE(digit_number, below_hundred, hundreds, word_sum, word_number, point_digits,
                    fraction, fraction_any, scaled_fraction, vague_amount, amount, range,
                    bounded_range, hedged_half, ratio_divisor, plural_denom, singular_denom,
                    digit_compound,
                    quantity_phrase)

}  // namespace quantity_parser
}  // namespace factcheck::grammar
