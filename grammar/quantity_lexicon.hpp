#pragma once
// quantity_lexicon: the quantity grammar's lexicons (x3::symbols, keys lower-case, filled once)
// and its lexical helpers. Included by the quantity grammar's *_def.hpp files and X3 .cpp files
// only.

#include <algorithm>
#include <deque>
#include <string>
#include <string_view>
#include <type_traits>

#include "grammar/quantity_ast.hpp"
#include "grammar/units.hpp"
#include "grammar/x3_config.hpp"
#include "text/ascii.hpp"

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
        "crore", 1e7)("bn", 1e9)("mn", 1e6)("mln", 1e6)("bln", 1e9)("tn", 1e12)("tln", 1e12)("trn",
                                                                                             1e12);
  }
};
// Scale suffixes glued to digits ("3bn", "12m", "10k").
struct attached_scale_table : x3::symbols<double> {
  attached_scale_table() {
    add("k", 1e3)("m", 1e6)("mn", 1e6)("mln", 1e6)("mil", 1e6)("b", 1e9)("bn", 1e9)("bln", 1e9)(
        "g", 1e9)("tn", 1e12)("trn", 1e12)("tln", 1e12);
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
        "millionth", 1e6)("billionth", 1e9)("trillionth", 1e12)("twentieth", 20)("thirtieth", 30)(
        "fortieth", 40)("fiftieth", 50)("sixtieth", 60)("seventieth", 70)("eightieth", 80)(
        "ninetieth", 90);
  }
};
// The unit ordinal of a compound denominator ("twenty-first", "thirty fifths"). "second" is
// left to the hyphenated form: "a thirty seconds spot" is a duration.
struct unit_ordinal_table : x3::symbols<double> {
  unit_ordinal_table() {
    add("first", 1)("third", 3)("fourth", 4)("fifth", 5)("sixth", 6)("seventh", 7)("eighth", 8)(
        "ninth", 9);
  }
};
struct unit_ordinal_plural_table : x3::symbols<double> {
  unit_ordinal_plural_table() {
    add("firsts", 1)("thirds", 3)("fourths", 4)("fifths", 5)("sixths", 6)("sevenths", 7)(
        "eighths", 8)("ninths", 9);
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
        "no more than", hedge::at_most)("as many as", hedge::at_most)("as much as", hedge::at_most)(
        "a maximum of", hedge::at_most)("nearly", hedge::nearly)("almost", hedge::nearly)(
        "just under", hedge::nearly)("close to", hedge::nearly)("just shy of", hedge::nearly)(
        "just below", hedge::nearly)("about", hedge::approx)("around", hedge::approx)(
        "some", hedge::approx)("roughly", hedge::approx)("approximately", hedge::approx)(
        "an estimated", hedge::approx)("estimated", hedge::approx)("approx.", hedge::approx)(
        "circa", hedge::approx)("an approximate", hedge::approx)(
        "less than or equal to", hedge::at_most)("fewer than or equal to", hedge::at_most)(
        "greater than or equal to", hedge::at_least)("more than or equal to", hedge::at_least)(
        "equal to or more than", hedge::at_least)("equal to or less than", hedge::at_most)(
        "bigger than", hedge::over)("exceed", hedge::over)("exceeds", hedge::over)(
        "exceeded", hedge::over)("surpass", hedge::over)("surpasses", hedge::over)(
        "surpassed", hedge::over)("surpassing", hedge::over)(
        "at least or equal to", hedge::at_least)("at most or equal to", hedge::at_most);
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
// Vulgar fraction glyphs (matched case-sensitively, like the currency glyphs).
struct vulgar_fraction_table : x3::symbols<double> {
  vulgar_fraction_table() {
    add("\xC2\xBD", 0.5)("\xC2\xBC", 0.25)("\xC2\xBE", 0.75)("\xE2\x85\x93", 1.0 / 3)(
        "\xE2\x85\x94", 2.0 / 3)("\xE2\x85\x95", 0.2)("\xE2\x85\x99", 1.0 / 6)(
        "\xE2\x85\x9B", 0.125)("\xE2\x85\x9C", 0.375)("\xE2\x85\x9D", 0.625)("\xE2\x85\x9E", 0.875);
  }
};
struct percent_word_table : x3::symbols<int> {
  percent_word_table() {
    add("per cent", 1)("percent", 1)("percents", 1)("pct", 1)("percentage points", 2)(
        "percentage point", 2)("per centage points", 2)("percentage", 1);
  }
};

// ---- tables filled from the unit lexicon (grammar/units.hpp, docs/units.default.toml) ---------
// Filled once from the built-in lexicon; grammar::extend_units (quantity_rules.cpp) adds the
// units of factcheck.toml before any extraction. Copies of an x3::symbols share its lookup, so
// the rules see what is added later.

// The currency code a sum carries (ISO 4217), interned: the tables' values stay valid when the
// lexicon grows.
inline const char* currency_code(std::string_view id) {
  static std::deque<std::string> codes;
  for (const auto& c : codes) {
    if (c == id) return c.c_str();
  }
  return codes.emplace_back(id).c_str();
}
inline bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Which words of a unit a table holds. Keys of the tables used through no_case or kw are
// lower-case; symbols of physical units and non-ASCII currency signs keep their case (x3's
// no_case compares bytes >= 0x80 as unsigned while the symbol tree orders them as signed char,
// so it misses them).
enum class unit_words {
  names,           // unit names and plurals ("feet", "degrees celsius"): value = unit index
  symbols,         // unit symbols ("km", "°C", "MW"): value = unit index
  currency_signs,  // ASCII currency signs before the figure ("$", "us$", "c $"): value = code
  currency_glyphs, // non-ASCII currency signs ("€", "£", "₹"): value = code
  currency_codes,  // ISO codes, any case ("usd", "rmb"): value = code
  currency_words,  // currency names after the figure ("dollars", "euros", "usd"): value = code
  subunits,        // hundredths ("cents", "pence"): value = code
  part_symbols,    // symbols read only as a compound's smaller part ("in"): value = unit index
};

template <unit_words Kind, typename Value>
struct lexicon_table : x3::symbols<Value> {
  lexicon_table() {
    const auto& all = units::lexicon();
    for (std::size_t i = 0; i < all.size(); ++i) fill(all[i], static_cast<int>(i));
  }
  // Adds the words of `u` (index `index` in units::lexicon()) that this table holds.
  void fill(const units::unit& u, int index) {
    const bool currency = u.dimension == units::currency_dimension;
    const auto put = [&](const std::string& key) {
      if constexpr (std::is_same_v<Value, int>) {
        this->add(key, index);
      } else {
        this->add(key, currency_code(u.id));
      }
    };
    if constexpr (Kind == unit_words::names) {
      if (!currency) for (const auto& w : u.names) put(w);
    } else if constexpr (Kind == unit_words::symbols) {
      if (!currency) for (const auto& w : u.symbols) put(w);
    } else if constexpr (Kind == unit_words::currency_signs) {
      if (currency) {
        for (const auto& w : u.symbols) {
          if (is_ascii(w)) put(text::to_lower_ascii(w));
        }
      }
    } else if constexpr (Kind == unit_words::currency_glyphs) {
      if (currency) {
        for (const auto& w : u.symbols) {
          if (!is_ascii(w)) put(w);
        }
      }
    } else if constexpr (Kind == unit_words::currency_codes) {
      if (currency) for (const auto& w : u.codes) put(w);
    } else if constexpr (Kind == unit_words::currency_words) {
      if (currency) for (const auto& w : u.names) put(w);
    } else if constexpr (Kind == unit_words::subunits) {
      if (currency) for (const auto& w : u.subunits) put(w);
    } else {
      if (!currency) for (const auto& w : u.part_symbols) put(w);
    }
  }
};
using unit_name_table = lexicon_table<unit_words::names, int>;
using unit_symbol_table = lexicon_table<unit_words::symbols, int>;
using currency_sign_table = lexicon_table<unit_words::currency_signs, const char*>;
using currency_glyph_table = lexicon_table<unit_words::currency_glyphs, const char*>;
using currency_code_table = lexicon_table<unit_words::currency_codes, const char*>;
using currency_word_table = lexicon_table<unit_words::currency_words, const char*>;
using subunit_word_table = lexicon_table<unit_words::subunits, const char*>;
using part_symbol_table = lexicon_table<unit_words::part_symbols, int>;
// Words after a figure with a glued "m" that make it metres, not millions ("1.8m tall").
struct length_context_table : x3::symbols<int> {
  length_context_table() {
    for (const char* w : {"tall", "high", "long", "wide", "deep", "thick", "across", "away",
                          "in diameter", "in length", "in height", "in width", "in depth",
                          "above sea level", "below sea level", "underground", "below ground"}) {
      add(w, 1);
    }
  }
};
// The units an age is stated in: "20 years old", "six months old", "a 3-week-old".
struct age_unit_table : x3::symbols<int> {
  age_unit_table() {
    for (const char* id : {"year", "month", "week", "day"}) {
      const int index = units::find(id);
      if (index < 0) continue;
      add(id, index);
      add(std::string(id) + "s", index);
    }
  }
};
// "per capita", "per person", "a head": a figure per person.
struct per_person_table : x3::symbols<int> {
  per_person_table() {
    add("per capita", 1)("per person", 1)("per head", 1)("a head", 1)("per inhabitant", 1)(
        "per resident", 1);
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
inline currency_sign_table currency_signs;
inline currency_glyph_table currency_glyphs;
inline const vulgar_fraction_table vulgar_fractions;
inline currency_code_table currency_codes;
inline currency_word_table currency_words;
inline const percent_word_table percent_words;
inline subunit_word_table subunit_words;
inline unit_name_table unit_names;
inline unit_symbol_table unit_symbols;
inline part_symbol_table part_symbols;
inline const length_context_table length_context_words;
inline const age_unit_table age_units;
inline const per_person_table per_person_words;

// ---- lexical helpers ------------------------------------------------------------------------

// A keyword: case-insensitive, and never a prefix of a longer word ("some" is not "something").
template <typename Parser>
constexpr auto kw(const Parser& p) {
  return x3::lexeme[x3::no_case[p] >> !word_char];
}
inline const auto digit = x3::char_('0', '9');
// A hyphen or en dash between two figures, optionally spaced.
inline const auto dash = -gap >> (x3::lit('-') | x3::lit("\xE2\x80\x93")) >> -gap;

}  // namespace quantity_parser
}  // namespace factcheck::grammar
