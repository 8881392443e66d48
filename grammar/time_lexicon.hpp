#pragma once
// time_lexicon: the time grammar's lexicons (x3::symbols, keys lower-case, filled once) and its
// primitive parsers (numbers, month, weekday and year words). Included by the time grammar's
// *_def.hpp files only.

#include <string>
#include <utility>

#include "grammar/time_actions.hpp"
#include "grammar/time_ast.hpp"
#include "grammar/x3_config.hpp"

namespace factcheck::grammar {
namespace time_rules {

struct month_symbols : x3::symbols<int> {
  month_symbols() {
    add("january", 1)("february", 2)("march", 3)("april", 4)("may", 5)("june", 6)("july", 7)(
        "august", 8)("september", 9)("october", 10)("november", 11)("december", 12);
  }
};

// Abbreviations need a dot or a day number after them ("Jan" alone is a name).
struct month_abbr_symbols : x3::symbols<int> {
  month_abbr_symbols() {
    add("jan", 1)("feb", 2)("mar", 3)("apr", 4)("jun", 6)("jul", 7)("aug", 8)("sep", 9)("sept", 9)(
        "oct", 10)("nov", 11)("dec", 12);
  }
};

struct weekday_symbols : x3::symbols<int> {
  weekday_symbols() {
    add("sunday", 0)("monday", 1)("tuesday", 2)("wednesday", 3)("thursday", 4)("friday", 5)(
        "saturday", 6);
  }
};

// Abbreviations are words of their own ("sun", "sat", "wed"): only with a capital and a dot.
struct weekday_abbr_symbols : x3::symbols<int> {
  weekday_abbr_symbols() {
    add("sun", 0)("mon", 1)("tue", 2)("tues", 2)("wed", 3)("thu", 4)("thur", 4)("thurs", 4)(
        "fri", 5)("sat", 6);
  }
};

struct number_symbols : x3::symbols<int> {
  number_symbols() {
    static constexpr const char* small[] = {
        "zero",     "one",     "two",     "three",     "four",     "five",    "six",
        "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static constexpr const char* tens[] = {"twenty", "thirty",  "forty",  "fifty",
                                           "sixty",  "seventy", "eighty", "ninety"};
    for (int i = 1; i < 20; ++i) add(small[i], i);
    for (int t = 0; t < 8; ++t) {
      const int base = 20 + 10 * t;
      add(tens[t], base);
      for (int u = 1; u < 10; ++u) {
        add(std::string(tens[t]) + "-" + small[u], base + u);
        add(std::string(tens[t]) + " " + small[u], base + u);
      }
    }
    add("a hundred", 100)("one hundred", 100)("a dozen", 12)("a couple of", 2)("a couple", 2);
  }
};

// Vague counts: the duration's number is unspecified (PXY).
struct vague_count_symbols : x3::symbols<int> {
  vague_count_symbols() {
    add("several", -1)("a few", -1)("few", -1)("many", -1)("some", -1)("a number of", -1)(
        "dozens of", -1)("hundreds of", -1)("a couple of", -1);
  }
};

struct unit_symbols : x3::symbols<time_unit> {
  unit_symbols() {
    add("second", time_unit::second)("seconds", time_unit::second)("minute", time_unit::minute)(
        "minutes", time_unit::minute)("hour", time_unit::hour)("hours", time_unit::hour)(
        "day", time_unit::day)("days", time_unit::day)("week", time_unit::week)(
        "weeks", time_unit::week)("weekend", time_unit::weekend)("weekends", time_unit::weekend)(
        "fortnight", time_unit::fortnight)("fortnights", time_unit::fortnight)(
        "month", time_unit::month)("months", time_unit::month)("quarter", time_unit::quarter)(
        "quarters", time_unit::quarter)("year", time_unit::year)("years", time_unit::year)(
        "decade", time_unit::decade)("decades", time_unit::decade)("century", time_unit::century)(
        "centuries", time_unit::century);
    // a stay counted in nights is counted in days ("two nights" P2D); the singular stays out:
    // "three night markets", "one night stand"
    add("nights", time_unit::day);
    // abbreviations seen in listings and wire copy ("3 hrs", "90 mins", "5 yrs")
    add("sec", time_unit::second)("secs", time_unit::second)("min", time_unit::minute)(
        "mins", time_unit::minute)("hr", time_unit::hour)("hrs", time_unit::hour)(
        "yr", time_unit::year)("yrs", time_unit::year);
  }
};

// Units that make sense after last/next/this (the day, the week, ..., not "the second").
struct calendar_unit_symbols : x3::symbols<time_unit> {
  calendar_unit_symbols() {
    add("day", time_unit::day)("week", time_unit::week)("weekend", time_unit::weekend)(
        "month", time_unit::month)("quarter", time_unit::quarter)("year", time_unit::year)(
        "decade", time_unit::decade)("century", time_unit::century);
  }
};

struct direction_symbols : x3::symbols<int> {
  direction_symbols() {
    add("last", -1)("past", -1)("previous", -1)("prior", -1)("next", 1)("coming", 1)(
        "following", 1)("upcoming", 1)("this", 0)("current", 0)("present", 0);
    // "this past spring", "this coming Sunday": the nearest one in that direction
    add("this past", -1)("this coming", 1);
  }
};

struct part_of_day_symbols : x3::symbols<int> {
  part_of_day_symbols() {
    add("morning", 1)("afternoon", 2)("evening", 3)("night", 4)("nights", 4);
  }
};

struct deictic_symbols : x3::symbols<int> {
  deictic_symbols() { add("today", 0)("yesterday", -1)("tomorrow", 1); }
};

struct ref_symbols : x3::symbols<int> {
  ref_symbols() {
    add("now", 1)("currently", 1)("presently", 1)("nowadays", 1)("right now", 1)("at present", 1)(
        "at the moment", 1)("recently", 2)("lately", 2)("the future", 3)("the past", 2);
  }
};

struct duration_mod_symbols : x3::symbols<int> {
  duration_mod_symbols() {
    add("more than", 1)("over", 1)("longer than", 1)("upwards of", 1)("less than", 2)("under", 2)(
        "fewer than", 2)("nearly", 2)("almost", 2)("just under", 2)("about", 3)("around", 3)(
        "roughly", 3)("approximately", 3)("some", 3)("an estimated", 3)("at least", 4)("up to", 5)(
        "at most", 5)("no more than", 5);
  }
};

struct set_word_symbols : x3::symbols<time_unit> {
  set_word_symbols() {
    add("hourly", time_unit::hour)("daily", time_unit::day)("nightly", time_unit::day)(
        "weekly", time_unit::week)("monthly", time_unit::month)("yearly", time_unit::year);
    // not "annually", "quarterly": mostly adverbs of amounts ("earns $5 million annually", "a
    // quarterly dividend"), which TimeBank does not annotate
  }
};

struct weekday_plural_symbols : x3::symbols<int> {
  weekday_plural_symbols() {
    add("sundays", 0)("mondays", 1)("tuesdays", 2)("wednesdays", 3)("thursdays", 4)("fridays", 5)(
        "saturdays", 6);
  }
};

struct part_of_day_plural_symbols : x3::symbols<int> {
  part_of_day_plural_symbols() { add("mornings", 1)("afternoons", 2)("evenings", 3)("nights", 4); }
};

struct fuzzy_word_symbols : x3::symbols<int> {
  fuzzy_word_symbols() { add("early", 1)("mid", 2)("late", 3); }
};

struct fuzzy_noun_symbols : x3::symbols<int> {
  fuzzy_noun_symbols() { add("beginning", 1)("start", 1)("middle", 2)("end", 3)("close", 3); }
};

struct ordinal_symbols : x3::symbols<int> {
  ordinal_symbols() {
    add("first", 1)("second", 2)("third", 3)("fourth", 4)("1st", 1)("2nd", 2)("3rd", 3)("4th", 4);
  }
};

struct season_symbols : x3::symbols<int> {
  season_symbols() { add("spring", 1)("summer", 2)("fall", 3)("autumn", 3)("winter", 4); }
};

struct meridiem_symbols : x3::symbols<int> {
  meridiem_symbols() {
    add("am", 1)("a.m.", 1)("a.m", 1)("pm", 2)("p.m.", 2)("p.m", 2);
    // spoken or dictated forms: "one thirty p m", "seven p . m ."
    add("a m", 1)("p m", 2)("a . m .", 1)("p . m .", 2);
  }
};

struct zone_symbols : x3::symbols<int> {
  zone_symbols() {
    add("gmt", 0)("utc", 0)("bst", 1)("cet", 1)("cest", 2)("eet", 2)("msk", 3)("est", -5)(
        "edt", -4)("cst", -6)("cdt", -5)("mst", -7)("mdt", -6)("pst", -8)("pdt", -7)("et", -5)(
        "pt", -8)("ist", 5)("jst", 9);
  }
};

struct ago_symbols : x3::symbols<int> {
  ago_symbols() { add("ago", -1)("earlier", -1)("from now", 1)("hence", 1); }
};

struct anchor_symbols : x3::symbols<int> {
  anchor_symbols() {
    add("after", 1)("before", -1)("later", 1)("since", 1)("following", 1)("into", 1);
  }
};

// Days of the month in words: "first" .. "thirty-first" ("january first", "the second of Aug.").
struct day_word_symbols : x3::symbols<int> {
  day_word_symbols() {
    static constexpr const char* units[] = {"",      "first", "second",  "third",  "fourth",
                                            "fifth", "sixth", "seventh", "eighth", "ninth"};
    static constexpr const char* teens[] = {"tenth",      "eleventh",  "twelfth",   "thirteenth",
                                            "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                                            "eighteenth", "nineteenth"};
    for (int i = 1; i < 10; ++i) add(units[i], i);
    for (int i = 0; i < 10; ++i) add(teens[i], 10 + i);
    add("twentieth", 20)("thirtieth", 30);
    for (int i = 1; i < 10; ++i) {
      add(std::string("twenty-") + units[i], 20 + i);
      add(std::string("twenty ") + units[i], 20 + i);
    }
    add("thirty-first", 31)("thirty first", 31);
  }
};

inline const month_symbols month_sym;
inline const month_abbr_symbols month_abbr_sym;
inline const weekday_symbols weekday_sym;
inline const weekday_abbr_symbols weekday_abbr_sym;
inline const number_symbols number_sym;
inline const vague_count_symbols vague_count_sym;
inline const unit_symbols unit_sym;
inline const calendar_unit_symbols calendar_unit_sym;
inline const direction_symbols direction_sym;
inline const part_of_day_symbols part_of_day_sym;
inline const deictic_symbols deictic_sym;
inline const ref_symbols ref_sym;
inline const duration_mod_symbols duration_mod_sym;
inline const set_word_symbols set_word_sym;
inline const weekday_plural_symbols weekday_plural_sym;
inline const part_of_day_plural_symbols part_of_day_plural_sym;
inline const fuzzy_word_symbols fuzzy_word_sym;
inline const fuzzy_noun_symbols fuzzy_noun_sym;
inline const ordinal_symbols ordinal_sym;
inline const season_symbols season_sym;
inline const meridiem_symbols meridiem_sym;
inline const zone_symbols zone_sym;
inline const ago_symbols ago_sym;
inline const anchor_symbols anchor_sym;
inline const day_word_symbols day_word_sym;

// ---- primitives -------------------------------------------------------------------------------

inline auto kw(const char* word) { return x3::lexeme[x3::no_case[x3::lit(word)] >> !word_char]; }

template <typename Symbols>
auto word(const Symbols& sym) {
  return x3::lexeme[x3::no_case[sym] >> !word_char];
}

const auto upper = x3::char_('A', 'Z');
const auto digit = x3::char_('0', '9');
const auto osp = -gap;
const auto comma = osp >> x3::lit(',') >> osp;
const auto comma_or_gap = comma | gap;
const auto gap_or_hyphen = gap | x3::lit('-');

const auto int1_2 = x3::uint_parser<int, 10, 1, 2>{};
const auto int2 = x3::uint_parser<int, 10, 2, 2>{};
const auto int1_4 = x3::uint_parser<int, 10, 1, 4>{};
const auto int4 = x3::uint_parser<int, 10, 4, 4>{};

const auto month_w = x3::rule<class month_w_class, int>{"month"} =
    (&upper >> word(month_sym)) |
    (&upper >> word(month_abbr_sym) >> (x3::lit('.') | &(gap >> digit)));
// In a date with a day number a month name may be lower-case ("april 22", "4 jan 2019"): "may"
// and "march" followed or preceded by a day number are not the modal or the verb.
const auto month_in_date = x3::rule<class month_in_date_class, int>{"month_in_date"} =
    word(month_sym) | (word(month_abbr_sym) >> -x3::lit('.'));
const auto weekday_w = x3::rule<class weekday_w_class, int>{"weekday"} =
    word(weekday_sym) | (&upper >> word(weekday_abbr_sym) >> x3::lit('.'));
const auto ordinal_suffix =
    x3::no_case[x3::lit("st") | x3::lit("nd") | x3::lit("rd") | x3::lit("th")];
const auto day_num = x3::rule<class day_num_class, int, true>{"day"} =
    int1_2[check_day] >> -ordinal_suffix >> !word_char;
// "first", "twenty-second": not the start of a compound ("March second-quarter results").
const auto day_word = x3::rule<class day_word_class, int>{"day_word"} =
    word(day_word_sym) >> !x3::lit('-');
const auto year4 = x3::rule<class year4_class, int, true>{"year"} = int4[check_year] >> !word_char;
// A year in words: "two thousand and five", "nineteen eighty six", "seventeen hundred thirty
// three".
const auto year_words = x3::rule<class year_words_class, int>{"year_words"} =
    (kw("two") >> gap >> kw("thousand") >>
     ((gap >> -(kw("and") >> gap) >>
       word(number_sym)[([](auto& ctx) { x3::_val(ctx) = 2000 + x3::_attr(ctx); })]) |
      x3::eps[([](auto& ctx) { x3::_val(ctx) = 2000; })])) |
    (word(number_sym)[([](auto& ctx) {
       const int c = x3::_attr(ctx);
       x3::_pass(ctx) = c >= 10 && c <= 21;
       x3::_val(ctx) = c * 100;
     })] >>
     gap >> -(kw("hundred") >> gap >> -(kw("and") >> gap)) >> word(number_sym)[([](auto& ctx) {
       const int n = x3::_attr(ctx);
       x3::_pass(ctx) = n >= 10 && n <= 99;
       x3::_val(ctx) += n;
     })]);
const auto year_any = x3::rule<class year_any_class, int>{"year_any"} = year4 | year_words;
const auto day_any = x3::rule<class day_any_class, int>{"day_any"} = day_num | day_word;
const auto month2 = x3::rule<class month2_class, int, true>{"month2"} = int2[check_month];
const auto day2 = x3::rule<class day2_class, int, true>{"day2"} = int2[check_day];
const auto int1_3 = x3::uint_parser<int, 10, 1, 3>{};
const auto count_w = x3::rule<class count_class, int>{"count"} =
    (int1_3 >> !word_char) | word(number_sym) | ((kw("a") | kw("an") | kw("one")) >> x3::attr(1));
// "a year-earlier profit" is the year-ago form, not the duration "a year"
const auto unit_w = x3::rule<class unit_w_class, time_unit>{"unit"} =
    word(unit_sym) >>
    !(x3::lit("-old") | (gap >> kw("old")) | (x3::lit('-') >> (kw("earlier") | kw("ago"))));
const auto dir_w = x3::rule<class dir_w_class, int>{"direction"} = word(direction_sym);
const auto the = kw("the") >> gap;

}  // namespace time_rules
}  // namespace factcheck::grammar
