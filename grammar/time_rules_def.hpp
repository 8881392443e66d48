#pragma once
// time_rules: X3 grammar of English time expressions in news text (definitions).
//
// Accepted phrases (each row is exercised by tests/grammar/time_rules_test.cpp, table kPhrases;
// normalization in tests/grammar/time_normalize_test.cpp):
//
// | form         | phrases                                                                    |
// |--------------|----------------------------------------------------------------------------|
// | date         | December 04, 2021 · Dec. 4 · Sept. 30, 1998 · 4 December 2021 · the 4th of   |
// |              | July · Saturday, December 9, 2023 · Wednesday, Dec. 4 · 2021-12-04 ·         |
// |              | on the 18th (a day of the reference month; only after "on", at a phrase end) |
// |              | January first, 2000 · the fourth of July of 1995 · 28 June in 2020 ·        |
// |              | 15 August nineteen ninety three · 05-Aug-2016 · 2019-aug-1 · 23/Sep/2020 ·  |
// |              | Oct/2 · Feb 29 (nearest leap year) · Tuesday the 14th · Mon 13th (nearest   |
// |              | month where the weekday and the day agree)                                 |
// |              | December 22, 2021 at 10:45AM · 12:04 GMT, 6 March 2024 · 2022-01-27T11:30 · |
// |              | 2021-12-04T10:00:00Z · 2021-12-04T10:00:00+01:00                           |
// | numeric_date | 27.01.22 · 27.01.22 11:30 · 05/03/2024 (order from time_context) · 4-12-2021 |
// |              | on 10/12 · from 22/11 · Friday 10/12 (no year: after a weekday or a date |
// |              | preposition only, see times.cpp)                                           |
// | month_year   | December 2021 · Jan. 1999 · March of 2014 · 2022-01 · Dec-2018 · Dec/2018 ·  |
// |              | Dec, 2018 · april 2017 · October two thousand and five                    |
// | month        | January · Dec. · last May · this September (capitalized; a bare "May" needs |
// |              | a preposition, see times.cpp) · June last year · January of this year ·     |
// |              | May next year · from sep to nov · between august and october (lower-case   |
// |              | or undotted abbreviations only as the ends of a month range; never a     |
// |              | lower-case "may" or "march")                                               |
// | year         | 2014 · fiscal 1999 · the year 2000 · the year of 2008                      |
// | week         | the first week of 2015 · the last week of 2016 · week 31 of last year ·     |
// |              | week 10 (ISO weeks; not "week 10 of the season")                           |
// | century      | the 15th century                                                           |
// | decade       | the 1990s · the '90s                                                        |
// | season       | last summer · this winter · the spring · summer of 2014 · fall 2019 ·        |
// |              | this past spring (also "this coming": this coming Sunday)                  |
// | quarter      | the third quarter · third-quarter · the fourth quarter of 1998 · Q3 2021 ·   |
// |              | the 1998 second quarter · this year's third quarter · next year's first     |
// |              | quarter · the 1988 quarter · the 1989 period (the reported quarter) ·       |
// |              | q3 2019 · 2017-Q1                                                          |
// | half         | the first half of 2022 · the second half · first-half · 2019 H2              |
// | holiday      | Christmas · Christmas Eve · New Year's Day · Thanksgiving Day · Independence  |
// |              | Day · Christmas 2020 (nearest year, like a date without a year) ·          |
// |              | Easter 2018 · last Easter · Black Friday · Good Friday · Memorial Day 2019 · |
// |              | Easter week · the Labor Day weekend                                        |
// | year end     | year-end · year's end (the reference year, mod END)                        |
// | around       | around Nov. 1 · around year end (mod APPROX; not before a clock time)      |
// | clock        | 11:30 · 10:45AM · 12:04 GMT · 10 a.m. · 5pm · noon · 12 noon · midnight ·    |
// |              | seven o'clock · half past seven · a quarter past 8 · ten past 9 ·          |
// |              | 20 min past eight in the evening · a quarter to eight in the evening ·      |
// |              | ten minutes to six · 4 in the morning · 9 at night · seven p.m. ·           |
// |              | one thirty p m · 8.10 pm · 1140 a.m. · mid night · in the afternoon at 7     |
// |              | 11ish · noonish (mod APPROX)                                               |
// | deictic      | today · yesterday · tomorrow · tonight · yesterday morning · this morning ·  |
// |              | last night · the day before yesterday · the day after tomorrow ·            |
// |              | the day before · the day after · in the morning · late afternoon             |
// | ref          | now · right now · currently · at present · recently · lately · the future ·  |
// |              | the past · the coming days · recent weeks (a duration: PXW)                |
// | rel_unit     | last week · next month · this year · the past year · the previous day ·      |
// |              | the coming year · the current quarter · last weekend                        |
// | part_this    | earlier this month · later this year · earlier this week · later that year   |
// | focus        | the following year · the previous Friday · that day (relative to the last  |
// |              | date mentioned before it, else the reference)                              |
// | weekday      | Friday · next Tuesday · last Friday · this Friday · Friday morning · Fri. ·  |
// |              | noon Thursday · Friday at 7:30                                               |
// | ago          | two days ago · seven years ago · a year earlier · 10 days from now ·         |
// |              | the year-earlier quarter · the year-ago third quarter · year-ago (only the  |
// |              | adjective before other nouns: "the year-ago level", "a year-earlier figure")|
// | anaphoric    | the quarter · the latest quarter · the fiscal year · the week · the weekend  |
// | duration     | seven years · 10 days · a decade · more than seven years · about two hours · |
// |              | two-year · the past two months · the next 10 days · the first nine months ·  |
// |              | several years · seven years after (kind anchored) · for years (bare plural,  |
// |              | only after for/in/within/over) · the year ended Sept. 30 (P1Y) · 3h ·      |
// |              | 3 hrs · 90 mins · 2 1/2 years · two and a half hours · a minute and a half · |
// |              | 2.5 hours · one and a half hours · an hour and a half · half an hour (PT30M) |
// |              | · 1 hour and 30 minutes · 5 years and 6 months · the next two years or so  |
// |              | (also: the next year or so, a week or so ago) · all day · another week     |
// |              | · two nights (P2D)                                                         |
// | set          | every week · each month · every other day · every Friday · daily · weekly ·  |
// |              | Mondays · Friday mornings · every night                                    |
// | fuzzy        | late January · early 2022 · mid-December · the end of the year ·             |
// |              | the beginning of next month · the middle of 2021 · early next year ·        |
// |              | the late 1970s · the early summer · late yesterday · early Tuesday ·       |
// |              | earlier today · later this afternoon ("earlier Friday" yields "Friday") ·   |
// |              | end of year                                                                |
//
// Rules follow STYLE.md: bytes, not x3::alpha; lexicons are lower-case symbols used as
// lexeme[no_case[sym] >> !word_char]; no expectation points; rules that fill a time_ast are
// used through an action (`take`) so that a failed alternative never leaves partial fields behind.

#include "grammar/time_ast.hpp"
#include "grammar/time_rules.hpp"
#include "grammar/x3_config.hpp"

namespace factcheck::grammar {
namespace time_rules {

// ---- semantic actions ------------------------------------------------------------------------

template <auto Member>
inline constexpr auto set_ = [](auto& ctx) { x3::_val(ctx).*Member = x3::_attr(ctx); };

template <auto Member, auto Value>
inline constexpr auto put_ = [](auto& ctx) { x3::_val(ctx).*Member = Value; };
// put_<&time_ast::amount, 0.5> would need a double template argument, which clang 14 (the fuzz
// preset's compiler) rejects.
inline constexpr auto put_half_amount = [](auto& ctx) { x3::_val(ctx).amount = 0.5; };

inline constexpr auto take = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };

inline constexpr auto set_dir = [](auto& ctx) {
  x3::_val(ctx).dir = x3::_attr(ctx);
  x3::_val(ctx).has_dir = true;
};

inline constexpr auto merge_clock = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  const time_ast& c = x3::_attr(ctx);
  v.hour = c.hour;
  v.minute = c.minute;
  v.second = c.second;
  v.meridiem = c.meridiem;
};

inline constexpr auto merge_date = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  const time_ast& d = x3::_attr(ctx);
  v.year = d.year;
  v.month = d.month;
  v.day = d.day;
  v.weekday = d.weekday;
  v.form = d.form;
};

// Keeps the fuzzy part already read ("late") and takes the rest from the target ("January").
inline constexpr auto merge_target = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  const int fuzzy = v.fuzzy;
  v = x3::_attr(ctx);
  v.fuzzy = fuzzy;
};

// Keeps the part ("first half") and takes the year reference from the target.
inline constexpr auto merge_year_target = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  const time_ast& t = x3::_attr(ctx);
  v.year = t.year;
  v.dir = t.dir;
  v.has_dir = t.has_dir;
};

inline constexpr auto check_day = [](auto& ctx) {
  const int d = x3::_attr(ctx);
  x3::_pass(ctx) = d >= 1 && d <= 31;
};
inline constexpr auto check_month = [](auto& ctx) {
  const int m = x3::_attr(ctx);
  x3::_pass(ctx) = m >= 1 && m <= 12;
};
inline constexpr auto check_year = [](auto& ctx) {
  const int y = x3::_attr(ctx);
  x3::_pass(ctx) = y >= 1000 && y <= 2199;
};
inline constexpr auto check_hour = [](auto& ctx) {
  const int h = x3::_attr(ctx);
  x3::_pass(ctx) = h >= 0 && h <= 24;
};
inline constexpr auto check_hour12 = [](auto& ctx) {
  const int h = x3::_attr(ctx);
  x3::_pass(ctx) = h >= 1 && h <= 12;
};
inline constexpr auto check_minute = [](auto& ctx) {
  const int m = x3::_attr(ctx);
  x3::_pass(ctx) = m >= 0 && m <= 59;
};
inline constexpr auto check_decade = [](auto& ctx) {
  const int y = x3::_attr(ctx);
  x3::_pass(ctx) = y >= 1000 && y <= 2190 && y % 10 == 0;
};

// ---- lexicons (keys lower-case) --------------------------------------------------------------

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
    static constexpr const char* small[] = {"zero",    "one",     "two",       "three",    "four",
                                            "five",    "six",     "seven",     "eight",    "nine",
                                            "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                            "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
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
        "mins", time_unit::minute)("hr", time_unit::hour)("hrs", time_unit::hour)("yr", time_unit::year)(
        "yrs", time_unit::year);
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
        "at the moment", 1)("recently", 2)("lately", 2)("the future", 3)(
        "the past", 2);
  }
};

struct duration_mod_symbols : x3::symbols<int> {
  duration_mod_symbols() {
    add("more than", 1)("over", 1)("longer than", 1)("upwards of", 1)("less than", 2)("under", 2)(
        "fewer than", 2)("nearly", 2)("almost", 2)("just under", 2)("about", 3)("around", 3)(
        "roughly", 3)("approximately", 3)("some", 3)("an estimated", 3)("at least", 4)(
        "up to", 5)("at most", 5)("no more than", 5);
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
  fuzzy_noun_symbols() {
    add("beginning", 1)("start", 1)("middle", 2)("end", 3)("close", 3);
  }
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
  meridiem_symbols() { add("am", 1)("a.m.", 1)("a.m", 1)("pm", 2)("p.m.", 2)("p.m", 2);
    // spoken or dictated forms: "one thirty p m", "seven p . m ."
    add("a m", 1)("p m", 2)("a . m .", 1)("p . m .", 2); }
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
    static constexpr const char* teens[] = {"tenth",      "eleventh",  "twelfth",    "thirteenth",
                                            "fourteenth", "fifteenth", "sixteenth",  "seventeenth",
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

const month_symbols month_sym;
const month_abbr_symbols month_abbr_sym;
const weekday_symbols weekday_sym;
const weekday_abbr_symbols weekday_abbr_sym;
const number_symbols number_sym;
const vague_count_symbols vague_count_sym;
const unit_symbols unit_sym;
const calendar_unit_symbols calendar_unit_sym;
const direction_symbols direction_sym;
const part_of_day_symbols part_of_day_sym;
const deictic_symbols deictic_sym;
const ref_symbols ref_sym;
const duration_mod_symbols duration_mod_sym;
const set_word_symbols set_word_sym;
const weekday_plural_symbols weekday_plural_sym;
const part_of_day_plural_symbols part_of_day_plural_sym;
const fuzzy_word_symbols fuzzy_word_sym;
const fuzzy_noun_symbols fuzzy_noun_sym;
const ordinal_symbols ordinal_sym;
const season_symbols season_sym;
const meridiem_symbols meridiem_sym;
const zone_symbols zone_sym;
const ago_symbols ago_sym;
const anchor_symbols anchor_sym;
const day_word_symbols day_word_sym;

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
const auto ordinal_suffix = x3::no_case[x3::lit("st") | x3::lit("nd") | x3::lit("rd") | x3::lit("th")];
const auto day_num = x3::rule<class day_num_class, int, true>{"day"} =
    int1_2[check_day] >> -ordinal_suffix >> !word_char;
// "first", "twenty-second": not the start of a compound ("March second-quarter results").
const auto day_word = x3::rule<class day_word_class, int>{"day_word"} = word(day_word_sym) >> !x3::lit('-');
const auto year4 = x3::rule<class year4_class, int, true>{"year"} = int4[check_year] >> !word_char;
// A year in words: "two thousand and five", "nineteen eighty six", "seventeen hundred thirty three".
const auto year_words = x3::rule<class year_words_class, int>{"year_words"} =
    (kw("two") >> gap >> kw("thousand") >>
     ((gap >> -(kw("and") >> gap) >> word(number_sym)[([](auto& ctx) { x3::_val(ctx) = 2000 + x3::_attr(ctx); })]) |
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
    word(unit_sym) >> !(x3::lit("-old") | (gap >> kw("old")) | (x3::lit('-') >> (kw("earlier") | kw("ago"))));
const auto dir_w = x3::rule<class dir_w_class, int>{"direction"} = word(direction_sym);
const auto the = kw("the") >> gap;

// ---- clock ------------------------------------------------------------------------------------

const auto zone = &upper >> word(zone_sym);
const auto hour_w = x3::rule<class hour_w_class, int>{"hour"} = (int1_2 >> !word_char) | word(number_sym);
// Minutes before or after an hour: "half", "a quarter", "ten", "20 min", "fifteen minutes".
const auto minute_word = kw("minutes") | kw("minute") | kw("mins") | kw("min");
const auto minute_count = x3::rule<class minute_count_class, int>{"minute_count"} =
    hour_w[([](auto& ctx) {
      const int m = x3::_attr(ctx);
      x3::_pass(ctx) = m >= 1 && m <= 59;
      x3::_val(ctx) = m;
    })];
const auto past_minutes = x3::rule<class past_minutes_class, int>{"past_minutes"} =
    (kw("half") >> x3::attr(30)) | (-(kw("a") >> gap) >> kw("quarter") >> x3::attr(15)) |
    (minute_count >> -(gap >> minute_word));
// "to" needs a quarter or stated minutes: "5 to seven" is a range of hours, not 6:55.
const auto to_minutes = x3::rule<class to_minutes_class, int>{"to_minutes"} =
    (-(kw("a") >> gap) >> kw("quarter") >> x3::attr(15)) | (minute_count >> gap >> minute_word);
const auto oclock = gap >> (kw("o'clock") | kw("oclock"));

// A part of the day after a clock sets its half: "ten past 9 in the evening", "4 in the morning".
struct clock_day_part_symbols : x3::symbols<int> {
  clock_day_part_symbols() {
    add("in the morning", 1)("in the afternoon", 2)("in the evening", 2)("at night", 3)("in the night", 3);
  }
};
const clock_day_part_symbols clock_day_part_sym;
inline constexpr auto set_day_part = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  const int part = x3::_attr(ctx);
  // at night: 9 at night is 21:00, 3 at night is 03:00
  v.meridiem = part == 3 ? (v.hour >= 6 && v.hour < 12 ? 2 : 1) : part;
};
const auto day_part_tail = gap >> word(clock_day_part_sym)[set_day_part];

inline constexpr auto minutes_to_hour = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  v.minute = 60 - v.minute;
  v.hour = v.hour == 1 ? 12 : v.hour - 1;
};

// Each clock form is a rule of its own, joined through `take`: alternatives inside one rule share
// its attribute, so a failed one could leave a minute behind ("seven" read as minutes).
const auto clock_colon_r = x3::rule<class clock_colon_class, time_ast>{"clock_colon"} =
    int1_2[check_hour][set_<&time_ast::hour>] >> x3::lit(':') >> int2[check_minute][set_<&time_ast::minute>] >>
    -(x3::lit(':') >> int2[check_minute][set_<&time_ast::second>]) >> !digit >>
    -((osp >> word(meridiem_sym)[set_<&time_ast::meridiem>]) | day_part_tail) >> -(gap >> zone) >>
    x3::eps[put_<&time_ast::form, time_form::clock>];
const auto clock_meridiem_r = x3::rule<class clock_meridiem_class, time_ast>{"clock_meridiem"} =
    int1_2[check_hour12][set_<&time_ast::hour>] >> osp >> word(meridiem_sym)[set_<&time_ast::meridiem>] >>
    -(gap >> zone) >> x3::eps[put_<&time_ast::form, time_form::clock>];
// "8.10 pm", "10.30 am": a dotted clock needs its am/pm (else it is a decimal)
const auto clock_dotted_r = x3::rule<class clock_dotted_class, time_ast>{"clock_dotted"} =
    int1_2[check_hour12][set_<&time_ast::hour>] >> x3::lit('.') >> int2[check_minute][set_<&time_ast::minute>] >>
    osp >> word(meridiem_sym)[set_<&time_ast::meridiem>] >> -(gap >> zone) >>
    x3::eps[put_<&time_ast::form, time_form::clock>];
// "1140 a.m.": hours and minutes run together, with am/pm
const auto clock_run_r = x3::rule<class clock_run_class, time_ast>{"clock_run"} =
    x3::uint_parser<int, 10, 3, 4>{}[([](auto& ctx) {
      const int v = x3::_attr(ctx);
      x3::_val(ctx).hour = v / 100;
      x3::_val(ctx).minute = v % 100;
      x3::_pass(ctx) = v / 100 >= 1 && v / 100 <= 12 && v % 100 <= 59;
    })] >>
    osp >> word(meridiem_sym)[set_<&time_ast::meridiem>] >> x3::eps[put_<&time_ast::form, time_form::clock>];
// "seven p.m.", "one thirty p m": hours (and minutes) in words
const auto clock_words_r = x3::rule<class clock_words_class, time_ast>{"clock_words"} =
    word(number_sym)[check_hour12][set_<&time_ast::hour>] >>
    -(gap >> word(number_sym)[check_minute][set_<&time_ast::minute>]) >> gap >>
    word(meridiem_sym)[set_<&time_ast::meridiem>] >> -(gap >> zone) >> x3::eps[put_<&time_ast::form, time_form::clock>];
const auto clock_noon_r = x3::rule<class clock_noon_class, time_ast>{"clock_noon"} =
    -(x3::lit("12") >> gap) >> kw("noon")[put_<&time_ast::hour, 12>] >> x3::eps[put_<&time_ast::minute, 0>] >>
    x3::eps[put_<&time_ast::form, time_form::clock>];
// "11ish", "noonish": an hour given loosely (mod APPROX)
const auto clock_ish_r = x3::rule<class clock_ish_class, time_ast>{"clock_ish"} =
    (int1_2[check_hour12][set_<&time_ast::hour>] | x3::no_case[x3::lit("noon")][put_<&time_ast::hour, 12>]) >>
    x3::no_case[x3::lit("ish")] >> !word_char >> x3::eps[put_<&time_ast::minute, 0>] >>
    x3::eps[put_<&time_ast::quant_mod, 3>] >> x3::eps[put_<&time_ast::form, time_form::clock>];
// "half past seven", "a quarter past 8", "ten past 9", "20 min past eight in the evening"
const auto clock_past_min_r = x3::rule<class clock_past_min_class, time_ast>{"clock_past_min"} =
    past_minutes[set_<&time_ast::minute>] >> gap >> (kw("past") | kw("after")) >> gap >>
    hour_w[check_hour12][set_<&time_ast::hour>] >> -oclock >> -day_part_tail >>
    x3::eps[put_<&time_ast::form, time_form::clock>];
// "a quarter to eight", "ten minutes to six"
const auto clock_to_min_r = x3::rule<class clock_to_min_class, time_ast>{"clock_to_min"} =
    to_minutes[set_<&time_ast::minute>] >> gap >> (kw("to") | kw("till") | kw("before")) >> gap >>
    hour_w[check_hour12][set_<&time_ast::hour>] >> -oclock >> x3::eps[minutes_to_hour] >> -day_part_tail >>
    x3::eps[put_<&time_ast::form, time_form::clock>];
// "seven o'clock", "7 o'clock"
const auto clock_oclock_r = x3::rule<class clock_oclock_class, time_ast>{"clock_oclock"} =
    hour_w[check_hour12][set_<&time_ast::hour>] >> oclock >> x3::eps[put_<&time_ast::minute, 0>] >>
    -day_part_tail >> x3::eps[put_<&time_ast::form, time_form::clock>];
// "4 in the morning", "one in the morning", "9 at night"
const auto clock_hour_part_r = x3::rule<class clock_hour_part_class, time_ast>{"clock_hour_part"} =
    hour_w[check_hour12][set_<&time_ast::hour>] >> x3::eps[put_<&time_ast::minute, 0>] >> day_part_tail >>
    x3::eps[put_<&time_ast::form, time_form::clock>];
const auto clock_midnight_r = x3::rule<class clock_midnight_class, time_ast>{"clock_midnight"} =
    (kw("midnight") | (kw("mid") >> gap >> kw("night")))[put_<&time_ast::hour, 24>] >>
    x3::eps[put_<&time_ast::minute, 0>] >> x3::eps[put_<&time_ast::form, time_form::clock>];

// "in the afternoon at 7", "in the morning at 7:30": the part of the day first
inline constexpr auto apply_day_part = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  const int part = v.part_of_day;
  v.part_of_day = 0;
  v.meridiem = part == 3 ? (v.hour >= 6 && v.hour < 12 ? 2 : 1) : part;
};
const auto clock_part_first_r = x3::rule<class clock_part_first_class, time_ast>{"clock_part_first"} =
    word(clock_day_part_sym)[set_<&time_ast::part_of_day>] >> gap >> kw("at") >> gap >>
    hour_w[check_hour12][set_<&time_ast::hour>] >> x3::eps[put_<&time_ast::minute, 0>] >>
    -(x3::lit(':') >> int2[check_minute][set_<&time_ast::minute>]) >> !digit >> x3::eps[apply_day_part] >>
    x3::eps[put_<&time_ast::form, time_form::clock>];

const auto clock_r = x3::rule<class clock_class, time_ast>{"clock"} =
    clock_ish_r[take] | clock_colon_r[take] | clock_meridiem_r[take] | clock_dotted_r[take] | clock_run_r[take] | clock_words_r[take] |
    clock_noon_r[take] | clock_past_min_r[take] | clock_to_min_r[take] | clock_oclock_r[take] |
    clock_hour_part_r[take] | clock_midnight_r[take];

// Tried before the durations, years and parts of the day: "a quarter past 11", "20 min past eight"
// are times, not durations; "seven p.m." is no count; "1140 a.m." no year; "mid night" is midnight.
// A weekday may follow, as after any clock ("seven p.m. Friday").
const auto clock_past_r = x3::rule<class clock_past_class, time_ast>{"clock_past"} =
    (clock_past_min_r[take] | clock_to_min_r[take] | clock_words_r[take] | clock_hour_part_r[take] |
     clock_run_r[take] | clock_part_first_r[take]) >>
    -(gap >> -(kw("on") >> gap) >> weekday_w[set_<&time_ast::weekday>] >> x3::eps[put_<&time_ast::form, time_form::weekday>]);

const auto clock_tail = ((comma >> -(kw("at") >> gap)) | (gap >> -(kw("at") >> gap))) >> clock_r[merge_clock];

// ---- absolute dates ---------------------------------------------------------------------------

const auto weekday_prefix = weekday_w[set_<&time_ast::weekday>] >> comma_or_gap;

// ", 2021", " 2021", " of 1995", " in 2020" after a day and month
const auto date_year_tail = (comma_or_gap >> -((kw("of") | kw("in")) >> gap) >>
                             year_any[set_<&time_ast::year>]);

// Before a day in words a lower-case "may" or "march" is the modal or the verb ("march first").
const auto month_not_modal = x3::rule<class month_not_modal_class, int, true>{"month_not_modal"} =
    month_in_date[([](auto& ctx) { x3::_pass(ctx) = x3::_attr(ctx) != 3 && x3::_attr(ctx) != 5; })];
const auto month_before_word_day = x3::rule<class month_before_word_day_class, int>{"month_before_word_day"} =
    month_w | month_not_modal;

const auto date_mdy = x3::rule<class date_mdy_class, time_ast>{"date_mdy"} =
    -weekday_prefix >>
    ((month_in_date[set_<&time_ast::month>] >> gap >> -(the) >> day_num[set_<&time_ast::day>]) |
     (month_before_word_day[set_<&time_ast::month>] >> gap >> -(the) >> day_word[set_<&time_ast::day>])) >>
    -date_year_tail >> -clock_tail >> x3::eps[put_<&time_ast::form, time_form::date>];

const auto date_dmy = x3::rule<class date_dmy_class, time_ast>{"date_dmy"} =
    -weekday_prefix >> -the >>
    ((day_num[set_<&time_ast::day>] >> gap >> -(kw("of") >> gap)) |
     (day_word[set_<&time_ast::day>] >> gap >> kw("of") >> gap)) >>
    month_in_date[set_<&time_ast::month>] >> -date_year_tail >> -clock_tail >>
    x3::eps[put_<&time_ast::form, time_form::date>];

// A month written with numbers: "Oct/2", "05-Aug-2016", "23/Sep/2020", "2019-aug-1", "2020/Sep/23",
// "Sep-23-2020". The same separator throughout; nothing numeric may follow.
template <char Sep>
auto date_month_sep_of() {
  const auto sep = x3::lit(Sep);
  const auto mon = month_in_date[set_<&time_ast::month>];
  const auto dd = int1_2[check_day][set_<&time_ast::day>];
  const auto yyyy = int4[check_year][set_<&time_ast::year>];
  return ((dd >> sep >> mon >> sep >> yyyy) | (yyyy >> sep >> mon >> sep >> dd) |
          (mon >> sep >> dd >> -(sep >> yyyy))) >>
         !word_char >> !(x3::lit(Sep) >> digit);
}
const auto date_month_sep = x3::rule<class date_month_sep_class, time_ast>{"date_month_sep"} =
    (date_month_sep_of<'/'>() | date_month_sep_of<'-'>()) >> x3::eps[put_<&time_ast::form, time_form::date>];

// "Tuesday the 11th", "Mon 13th", "friday the twenty-sixth": a weekday and a day of the month;
// the month is the nearest one where that day falls on that weekday (time_normalize.cpp).
const auto weekday_day = x3::rule<class weekday_day_class, time_ast>{"weekday_day"} =
    ((weekday_w[set_<&time_ast::weekday>] >> comma_or_gap >>
      ((the >> day_any[set_<&time_ast::day>]) |
       (int1_2[check_day][set_<&time_ast::day>] >> ordinal_suffix >> !word_char))) |
     // "Mon 13th": a capitalized abbreviation needs the ordinal suffix
     (&upper >> word(weekday_abbr_sym)[set_<&time_ast::weekday>] >> gap >> int1_2[check_day][set_<&time_ast::day>] >>
      ordinal_suffix >> !word_char)) >>
    !(gap >> -(kw("of") >> gap) >> month_in_date) >> -clock_tail >> x3::eps[put_<&time_ast::form, time_form::date>];

// "on the 18th." : a day of the month alone, only where the phrase ends (not "the 15th century");
// times.cpp keeps it only after "on". The month is the reference's.
const auto day_only = x3::rule<class day_only_class, time_ast>{"day_only"} =
    the >> int1_2[check_day][set_<&time_ast::day>] >> ordinal_suffix >> !word_char >>
    &(osp >> (x3::char_(".,;:!?)") | x3::eoi)) >> x3::eps[put_<&time_ast::form, time_form::date>];

const auto date_iso = x3::rule<class date_iso_class, time_ast>{"date_iso"} =
    int4[check_year][set_<&time_ast::year>] >> x3::lit('-') >> month2[set_<&time_ast::month>] >> x3::lit('-') >>
    day2[set_<&time_ast::day>] >> !digit >>
    -((x3::lit('T') | gap) >> clock_r[merge_clock] >>
      -(x3::lit('Z') | ((x3::lit('+') | x3::lit('-')) >> int2 >> -x3::lit(':') >> int2))) >>
    !word_char >>
    x3::eps[put_<&time_ast::form, time_form::date>];

const auto month_iso = x3::rule<class month_iso_class, time_ast>{"month_iso"} =
    int4[check_year][set_<&time_ast::year>] >> x3::lit('-') >> month2[set_<&time_ast::month>] >>
    !word_char >> !(x3::lit('-') >> digit) >> x3::eps[put_<&time_ast::form, time_form::month_year>];

const auto year2_or_4 = x3::rule<class year2_or_4_class, int>{"year2_or_4"} = int4 | int2;

template <char Sep>
auto numeric_date_of() {
  return int1_2[set_<&time_ast::num_a>] >> x3::lit(Sep) >> int1_2[set_<&time_ast::num_b>] >>
         x3::lit(Sep) >> year2_or_4[set_<&time_ast::num_c>] >> !word_char >>
         !(x3::lit(Sep) >> digit) >> x3::eps[put_<&time_ast::num_sep, Sep>];
}

const auto date_numeric = x3::rule<class date_numeric_class, time_ast>{"date_numeric"} =
    (numeric_date_of<'.'>() | numeric_date_of<'/'>() | numeric_date_of<'-'>()) >>
    -(gap >> clock_r[merge_clock]) >> x3::eps[put_<&time_ast::form, time_form::numeric_date>];

// "on 10/12", "from 22/11", "Friday 10/12": a month and day in slashes with no year, read in the
// order of time_context like numeric_date. A bare "3/4" is a fraction or a score as often as a
// date: times.cpp keeps it only after a weekday or a date preposition.
const auto date_day_month = x3::rule<class date_day_month_class, time_ast>{"date_day_month"} =
    -weekday_prefix >> int1_2[set_<&time_ast::num_a>] >> x3::lit('/') >> int1_2[set_<&time_ast::num_b>] >>
    !word_char >> !(x3::char_("/.,-") >> digit) >> x3::eps[put_<&time_ast::num_sep, '/'>] >>
    x3::eps[put_<&time_ast::form, time_form::numeric_date>];

const auto clock_date = x3::rule<class clock_date_class, time_ast>{"clock_date"} =
    clock_r[merge_clock] >> comma_or_gap >> -(kw("on") >> gap) >> (date_dmy[merge_date] | date_mdy[merge_date]);

// "June last year", "January of this year": the month in the year named relative to the reference
// (unit year: the direction moves the year, not the month as in "last May").
const auto month_rel_year = x3::rule<class month_rel_year_class, time_ast>{"month_rel_year"} =
    month_w[set_<&time_ast::month>] >> gap >> -(kw("of") >> gap) >> dir_w[set_dir] >> gap >> kw("year") >>
    x3::eps[put_<&time_ast::unit, time_unit::year>] >> x3::eps[put_<&time_ast::form, time_form::month>];

const auto month_year = x3::rule<class month_year_class, time_ast>{"month_year"} =
    ((month_w[set_<&time_ast::month>] >> comma_or_gap >> -(kw("of") >> gap) >> year4[set_<&time_ast::year>]) |
     // "april 2017", "October two thousand and five": a lower-case month needs the year right after
     (month_in_date[set_<&time_ast::month>] >> gap >> -(kw("of") >> gap) >> year_any[set_<&time_ast::year>]) |
     // "Dec-2018", "Dec/2018", "Dec, 2018": a capitalized abbreviation needs no dot before a year
     (&upper >> month_in_date[set_<&time_ast::month>] >> (x3::lit('-') | x3::lit('/') | comma) >>
      year4[set_<&time_ast::year>])) >>
    x3::eps[put_<&time_ast::form, time_form::month_year>];

const auto month_only = x3::rule<class month_only_class, time_ast>{"month_only"} =
    -(dir_w[set_dir] >> gap) >> month_w[set_<&time_ast::month>] >> !(gap >> digit) >>
    x3::eps[put_<&time_ast::form, time_form::month>];

// "from sep to nov", "between august and october": a lower-case or undotted abbreviated month;
// times.cpp keeps it only as an end of a month range.
const auto month_loose = x3::rule<class month_loose_class, time_ast>{"month_loose"} =
    month_in_date[set_<&time_ast::month>] >> !(gap >> digit) >> x3::eps[put_<&time_ast::loose_month, true>] >>
    x3::eps[put_<&time_ast::form, time_form::month>];

const auto year_only = x3::rule<class year_only_class, time_ast>{"year_only"} =
    (((the >> kw("year") >> gap >> -(kw("of") >> gap)) >> year_any[set_<&time_ast::year>]) |
     (-(kw("fiscal") >> gap >> -(kw("year") >> gap)) >> year4[set_<&time_ast::year>])) >>
    x3::eps[put_<&time_ast::form, time_form::year>];

const auto decade_r = x3::rule<class decade_class, time_ast>{"decade"} =
    -the >> ((int4[check_decade][set_<&time_ast::year>] >> x3::lit('s') >> !word_char) |
             (x3::lit('\'') >> int2[([](auto& ctx) { x3::_val(ctx).year = 1900 + x3::_attr(ctx); })] >>
              x3::lit('s') >> !word_char)) >>
    x3::eps[put_<&time_ast::form, time_form::decade>];

// A year reference after "of": 2022, the year, this year, next year.
const auto year_target = x3::rule<class year_target_class, time_ast>{"year_target"} =
    year4[set_<&time_ast::year>] | (the >> kw("year")) | (dir_w[set_dir] >> gap >> kw("year"));

const auto season_r = x3::rule<class season_class, time_ast>{"season"} =
    ((dir_w[set_dir] >> gap >> word(season_sym)[set_<&time_ast::season>] >>
      -(gap >> -(kw("of") >> gap) >> year4[set_<&time_ast::year>])) |
     // "the fall of the Soviet Union" is no season
     (the >> word(season_sym)[set_<&time_ast::season>] >> -(gap >> kw("of") >> gap >> year4[set_<&time_ast::year>]) >>
      !(gap >> kw("of"))) |
     (word(season_sym)[set_<&time_ast::season>] >> gap >> -(kw("of") >> gap) >> year4[set_<&time_ast::year>])) >>
    x3::eps[put_<&time_ast::form, time_form::season>];

const auto quarter_r = x3::rule<class quarter_class, time_ast>{"quarter"} =
    // "the third quarter" keeps its determiner; the adjective "third-quarter" does not ("the
    // third-quarter loss": TimeBank marks "third-quarter")
    ((-the >> -(kw("fiscal") >> gap) >> word(ordinal_sym)[set_<&time_ast::quarter>] >> gap >>
      kw("quarter") >> -(gap >> kw("of") >> gap >> year_target[merge_year_target])) |
     (-(kw("fiscal") >> gap) >> word(ordinal_sym)[set_<&time_ast::quarter>] >> x3::lit('-') >> kw("quarter")) |
     (-the >> year4[set_<&time_ast::year>] >> gap >> word(ordinal_sym)[set_<&time_ast::quarter>] >>
      gap_or_hyphen >> kw("quarter")) |
     // "the 1988 quarter", "the 1989 period": in earnings copy, the quarter the story reports, in
     // that year (times.cpp/time_normalize.cpp: the last completed quarter at the reference)
     (the >> year4[set_<&time_ast::year>] >> gap >> (kw("quarter") | kw("period")) >>
      x3::eps[put_<&time_ast::anaphoric, true>]) |
     // "this year's third quarter", "1989's first quarter"
     ((year4[set_<&time_ast::year>] | (dir_w[set_dir] >> gap >> kw("year"))) >> x3::lit("'s") >> gap >>
      word(ordinal_sym)[set_<&time_ast::quarter>] >> gap_or_hyphen >> kw("quarter")) |
     (x3::lit('Q') >> x3::uint_parser<int, 10, 1, 1>{}[set_<&time_ast::quarter>] >> !word_char >>
      -(gap >> year4[set_<&time_ast::year>])) |
     // "q3 2019", "2019 q1", "2017-Q1": a lower-case q needs its year
     (x3::lit('q') >> x3::uint_parser<int, 10, 1, 1>{}[set_<&time_ast::quarter>] >> !word_char >> gap >>
      year4[set_<&time_ast::year>]) |
     (year4[set_<&time_ast::year>] >> (gap | x3::lit('-')) >> x3::no_case[x3::lit('q')] >>
      x3::uint_parser<int, 10, 1, 1>{}[set_<&time_ast::quarter>] >> !word_char)) >>
    x3::eps[([](auto& ctx) {
      const int q = x3::_val(ctx).quarter;
      x3::_pass(ctx) = (q >= 1 && q <= 4) || (q == 0 && x3::_val(ctx).anaphoric);
      x3::_val(ctx).form = time_form::quarter;
    })];

const auto half_r = x3::rule<class half_class, time_ast>{"half"} =
    // "2019 H2", "2019-h1"
    (year4[set_<&time_ast::year>] >> (gap | x3::lit('-')) >> x3::no_case[x3::lit('h')] >>
     x3::uint_parser<int, 10, 1, 1>{}[([](auto& ctx) {
       x3::_val(ctx).half = x3::_attr(ctx);
       x3::_pass(ctx) = x3::_attr(ctx) == 1 || x3::_attr(ctx) == 2;
     })] >>
     !word_char >> x3::eps[put_<&time_ast::form, time_form::half>]) |
    -the >> (kw("first")[put_<&time_ast::half, 1>] | kw("second")[put_<&time_ast::half, 2>]) >> gap_or_hyphen >>
    kw("half") >> -(gap >> kw("of") >> gap >> year_target[merge_year_target]) >>
    x3::eps[put_<&time_ast::form, time_form::half>];

// "the first week of 2015", "3rd week of 2018", "the last week of 2016", "week 31", "week 27 of last
// year": ISO weeks of a stated or the reference year. "week 10 of the trial" is no calendar week.
const auto week_number = x3::rule<class week_number_class, int>{"week_number"} =
    x3::uint_parser<int, 10, 1, 2>{}[([](auto& ctx) {
      x3::_val(ctx) = x3::_attr(ctx);
      x3::_pass(ctx) = x3::_attr(ctx) >= 1 && x3::_attr(ctx) <= 53;
    })] >>
    !word_char;
const auto week_r = x3::rule<class week_class, time_ast>{"week"} =
    ((-the >> (word(ordinal_sym)[set_<&time_ast::week>] | kw("last")[put_<&time_ast::week, -1>]) >> gap >>
      kw("week") >> gap >> kw("of") >> gap >> year_target[merge_year_target]) |
     (-the >> kw("week") >> gap >> week_number[set_<&time_ast::week>] >>
      ((gap >> kw("of") >> gap >> year_target[merge_year_target]) | !(gap >> kw("of"))))) >>
    x3::eps[put_<&time_ast::form, time_form::week>];

// "the 21st century", "the fifteenth century", "21st-century"
const auto century_r = x3::rule<class century_class, time_ast>{"century"} =
    -the >>
    ((int1_2[set_<&time_ast::count>] >> ordinal_suffix >> !word_char) | word(day_word_sym)[set_<&time_ast::count>]) >>
    gap_or_hyphen >> kw("century") >> x3::eps[([](auto& ctx) {
      x3::_pass(ctx) = x3::_val(ctx).count >= 1 && x3::_val(ctx).count <= 22;
      x3::_val(ctx).form = time_form::century;
    })];

// Holidays, each with a date rule (decoded by holiday_date in time_normalize.cpp):
//   m * 100 + d                      a fixed date (Christmas 1225)
//   10000 + m * 100 + n * 10 + wd    the n-th weekday wd of month m, n 5 = the last (Labor Day)
//   20500 + k                        k days after Easter Sunday (Good Friday: 20498)
//   30000 + k                        k days after Thanksgiving (Black Friday: 30001)
struct holiday_symbols : x3::symbols<int> {
  holiday_symbols() {
    const std::pair<const char*, int> table[] = {
        {"christmas", 1225}, {"christmas day", 1225}, {"xmas", 1225}, {"christmas eve", 1224},
        {"new year's day", 101}, {"new year day", 101}, {"new year's eve", 1231}, {"independence day", 704},
        {"halloween", 1031}, {"valentine's day", 214}, {"valentine day", 214}, {"boxing day", 1226},
        {"st. patrick's day", 317}, {"st patrick's day", 317}, {"saint patrick's day", 317},
        {"saint patrick", 317}, {"earth day", 422}, {"juneteenth", 619}, {"veterans day", 1111},
        {"veterans' day", 1111}, {"all saints' day", 1101}, {"groundhog day", 202}, {"cinco de mayo", 505},
        {"international workers' day", 501},
        {"thanksgiving", 11144}, {"thanksgiving day", 11144}, {"labor day", 10911}, {"labour day", 10911},
        {"memorial day", 10551}, {"martin luther king day", 10131}, {"martin luther king jr. day", 10131},
        {"mlk day", 10131}, {"presidents' day", 10231}, {"presidents day", 10231}, {"columbus day", 11021},
        {"mother's day", 10520}, {"father's day", 10630}, {"easter", 20500}, {"easter sunday", 20500},
        {"easter day", 20500}, {"easter monday", 20501}, {"good friday", 20498}, {"palm sunday", 20493},
        {"ash wednesday", 20454}, {"pentecost", 20549}, {"whit sunday", 20549}, {"ascension day", 20539},
        {"black friday", 30001}, {"cyber monday", 30004}};
    for (const auto& [name, code] : table) {
      add(name, code);
      // the same name with a typographic apostrophe, or none ("mothers day")
      std::string n = name;
      const auto q = n.find('\'');
      if (q == std::string::npos) continue;
      add(n.substr(0, q) + "\xE2\x80\x99" + n.substr(q + 1), code);
      add(n.substr(0, q) + n.substr(q + 1), code);
    }
  }
};
const holiday_symbols holiday_sym;

inline constexpr auto set_holiday = [](auto& ctx) { x3::_val(ctx).holiday = x3::_attr(ctx); };

// "Christmas", "easter 2018", "last Easter", "the following easter", "independence day of this
// year", "Thanksgiving of 2023": a holiday of a stated or nearest year.
const auto holiday_r = x3::rule<class holiday_class, time_ast>{"holiday"} =
    -the >> -(dir_w[set_dir] >> gap) >> word(holiday_sym)[set_holiday] >>
    -((gap >> -(kw("of") >> gap) >> year4[set_<&time_ast::year>]) |
      (gap >> kw("of") >> gap >> dir_w[set_dir] >> gap >> kw("year"))) >>
    // "Easter week", "Labor Day weekend": the week or weekend of the holiday
    -(gap >> (kw("week")[put_<&time_ast::unit, time_unit::week>] | kw("weekend")[put_<&time_ast::unit, time_unit::weekend>])) >>
    x3::eps[put_<&time_ast::form, time_form::holiday>];

// "year-end", "year's end": the end of the reference year.
const auto year_end_r = x3::rule<class year_end_class, time_ast>{"year_end"} =
    kw("year") >> ((x3::lit('-') >> kw("end")) | (gap >> kw("end")) | (x3::lit("'s") >> gap >> kw("end"))) >>
    x3::eps[put_<&time_ast::fuzzy, 3>] >> x3::eps[put_<&time_ast::unit, time_unit::year>] >>
    x3::eps[put_<&time_ast::form, time_form::rel_unit>];

// "around Nov. 1", "around year end": TimeML keeps the hedge in the expression (mod APPROX, set
// in times.cpp). Only before a date: "get around Wednesday's ruling" is a verb, and a clock time
// ("October 14 around 8:00am") is left to time_compose, which joins it to its day.
const auto around_r = x3::rule<class around_class, time_ast>{"around"} =
    kw("around") >> gap >> (date_mdy[take] | date_dmy[take] | year_end_r[take]) >>
    x3::eps[put_<&time_ast::quant_mod, 3>];

// ---- relative expressions ---------------------------------------------------------------------

const auto part_of_day_w = word(part_of_day_sym);

const auto deictic_r = x3::rule<class deictic_class, time_ast>{"deictic"} =
    ((the >> kw("day") >> gap >> kw("before") >> gap >> kw("yesterday"))[put_<&time_ast::shift, -2>] |
     (the >> kw("day") >> gap >> kw("after") >> gap >> kw("tomorrow"))[put_<&time_ast::shift, 2>] |
     (the >> kw("day") >> gap >> kw("before"))[put_<&time_ast::shift, -1>] |
     (the >> kw("day") >> gap >> kw("after"))[put_<&time_ast::shift, 1>] |
     (word(deictic_sym)[set_<&time_ast::shift>] >> -(gap >> part_of_day_w[set_<&time_ast::part_of_day>])) |
     kw("tonight")[put_<&time_ast::part_of_day, 4>] | kw("overnight")[put_<&time_ast::part_of_day, 4>] |
     (kw("this") >> gap >> part_of_day_w[set_<&time_ast::part_of_day>]) |
     // "in the morning", "early morning", "later in the afternoon": of the reference day
     (kw("in") >> gap >> the >> part_of_day_w[set_<&time_ast::part_of_day>]) |
     // ("mid night" is midnight, a clock)
     (!(kw("mid") >> gap >> kw("night")) >>
      (word(fuzzy_word_sym)[set_<&time_ast::fuzzy>] | kw("later")[put_<&time_ast::fuzzy, 3>]) >> gap >>
      -(kw("in") >> gap >> the) >> part_of_day_w[set_<&time_ast::part_of_day>]) |
     (kw("last") >> gap >> (kw("night")[put_<&time_ast::part_of_day, 4>] | kw("evening")[put_<&time_ast::part_of_day, 3>]) >>
      x3::eps[put_<&time_ast::shift, -1>])) >>
    x3::eps[put_<&time_ast::form, time_form::deictic>];

const auto ref_r = x3::rule<class ref_class, time_ast>{"ref"} =
    ((kw("recent") >> gap >> word(unit_sym))[put_<&time_ast::ref, 2>] |
     (the >> kw("coming") >> gap >> word(unit_sym))[put_<&time_ast::ref, 3>] |
     word(ref_sym)[set_<&time_ast::ref>]) >>
    x3::eps[put_<&time_ast::form, time_form::ref>];

// "or so" after a period or a count belongs to the expression (TimeML: an approximation, APPROX).
const auto or_so = gap >> kw("or") >> gap >> kw("so") >> x3::eps[put_<&time_ast::quant_mod, 3>];

const auto rel_unit_r = x3::rule<class rel_unit_class, time_ast>{"rel_unit"} =
    -the >> dir_w[set_dir] >> gap >> word(calendar_unit_sym)[set_<&time_ast::unit>] >> -or_so >>
    x3::eps[put_<&time_ast::form, time_form::rel_unit>];

// "the quarter", "the latest quarter", "the fiscal year": the period the story is about.
struct anaphoric_unit_symbols : x3::symbols<time_unit> {
  anaphoric_unit_symbols() {
    add("week", time_unit::week)("weekend", time_unit::weekend)("month", time_unit::month)(
        "quarter", time_unit::quarter)("year", time_unit::year);
  }
};
const anaphoric_unit_symbols anaphoric_unit_sym;

const auto anaphoric_r = x3::rule<class anaphoric_class, time_ast>{"anaphoric"} =
    the >> -((kw("latest") | kw("fiscal") | kw("full") | kw("current") | kw("same")) >> gap) >>
    word(anaphoric_unit_sym)[set_<&time_ast::unit>] >> !x3::lit('-') >> x3::eps[put_<&time_ast::anaphoric, true>] >>
    x3::eps[put_<&time_ast::form, time_form::rel_unit>];

// "the year-ago quarter" keeps its determiner; before any other noun ("the year-ago profit") the
// expression is the adjective alone ("year-ago"), as TimeBank marks it.
const auto year_ago_core = kw("year") >> x3::lit('-') >> (kw("earlier") | kw("ago"));
const auto year_ago_noun =
    kw("quarter") | kw("period") | (word(ordinal_sym) >> gap_or_hyphen >> kw("quarter"));
const auto year_ago_r = x3::rule<class year_ago_class, time_ast>{"year_ago"} =
    ((the >> year_ago_core >> gap >> year_ago_noun) | (year_ago_core >> -(gap >> year_ago_noun))) >>
    x3::eps[put_<&time_ast::count, 1>] >>
    x3::eps[put_<&time_ast::unit, time_unit::year>] >> x3::eps[put_<&time_ast::dir, -1>] >>
    x3::eps[put_<&time_ast::form, time_form::ago>];

// "for years", "in weeks": a bare plural unit; times.cpp keeps it only after such a preposition.
struct plural_unit_symbols : x3::symbols<time_unit> {
  plural_unit_symbols() {
    add("minutes", time_unit::minute)("hours", time_unit::hour)("days", time_unit::day)(
        "weeks", time_unit::week)("months", time_unit::month)("years", time_unit::year)(
        "decades", time_unit::decade);
  }
};
const plural_unit_symbols plural_unit_sym;

const auto bare_plural_r = x3::rule<class bare_plural_class, time_ast>{"bare_plural"} =
    word(plural_unit_sym)[set_<&time_ast::unit>] >> x3::eps[put_<&time_ast::bare, true>] >>
    x3::eps[put_<&time_ast::form, time_form::duration>];

// "recent weeks", "recent years": a stretch of unstated length up to now. TimeBank mostly
// annotates it as a duration with an unspecified count (PXW, PXY), not as PAST_REF.
const auto recent_r = x3::rule<class recent_class, time_ast>{"recent"} =
    kw("recent") >> gap >> word(plural_unit_sym)[set_<&time_ast::unit>] >> x3::eps[put_<&time_ast::count, -1>] >>
    x3::eps[put_<&time_ast::form, time_form::duration>];

// "the year ended Sept. 30", "the fiscal year ending in June": a one-year stretch named by its end
// (TimeML: a DURATION P1Y whose end point is the date), not the calendar year of the reference.
const auto year_ended_r = x3::rule<class year_ended_class, time_ast>{"year_ended"} =
    the >> -(kw("fiscal") >> gap) >> kw("year") >> &(gap >> (kw("ended") | kw("ending"))) >>
    x3::eps[put_<&time_ast::unit, time_unit::year>] >> x3::eps[put_<&time_ast::count, 1>] >>
    x3::eps[put_<&time_ast::form, time_form::duration>];

const auto part_this_r = x3::rule<class part_this_class, time_ast>{"part_this"} =
    (kw("earlier")[put_<&time_ast::earlier_later, -1>] | kw("later")[put_<&time_ast::earlier_later, 1>]) >> gap >>
    -(kw("in") >> gap) >> (dir_w[set_dir] | kw("the") | kw("that")[put_<&time_ast::focus, true>]) >> gap >>
    word(calendar_unit_sym)[set_<&time_ast::unit>] >> x3::eps[put_<&time_ast::form, time_form::part_this>];

// "the following year", "the previous Friday", "that day": anaphoric, relative to the last date
// the text mentioned (times.cpp keeps it), not to the dateline as "next year" is (TimeML: such
// expressions are anchored to another TIMEX3).
struct focus_dir_symbols : x3::symbols<int> {
  focus_dir_symbols() { add("following", 1)("previous", -1)("preceding", -1)("prior", -1); }
};
const focus_dir_symbols focus_dir_sym;

const auto focus_rel_r = x3::rule<class focus_rel_class, time_ast>{"focus_rel"} =
    ((the >> word(focus_dir_sym)[set_dir] >> gap >>
      ((word(calendar_unit_sym)[set_<&time_ast::unit>] >> x3::eps[put_<&time_ast::form, time_form::rel_unit>]) |
       (weekday_w[set_<&time_ast::weekday>] >> x3::eps[put_<&time_ast::form, time_form::weekday>]))) |
     (kw("that") >> gap >> word(calendar_unit_sym)[set_<&time_ast::unit>] >>
      x3::eps[put_<&time_ast::form, time_form::rel_unit>])) >>
    !x3::lit('-') >> x3::eps[put_<&time_ast::focus, true>];

const auto weekday_r = x3::rule<class weekday_class, time_ast>{"weekday"} =
    ((clock_r[merge_clock] >> gap >> -(kw("on") >> gap) >> weekday_w[set_<&time_ast::weekday>]) |
     (-(dir_w[set_dir] >> gap) >> weekday_w[set_<&time_ast::weekday>] >>
      -((gap >> part_of_day_w[set_<&time_ast::part_of_day>]) |
        (gap >> -(kw("at") >> gap) >> clock_r[merge_clock])))) >>
    x3::eps[put_<&time_ast::form, time_form::weekday>];

const auto duration_mod = word(duration_mod_sym)[set_<&time_ast::quant_mod>] >> gap;

const auto ago_r = x3::rule<class ago_class, time_ast>{"ago"} =
    -duration_mod >> (word(vague_count_sym)[set_<&time_ast::count>] | count_w[set_<&time_ast::count>]) >> gap >>
    unit_w[set_<&time_ast::unit>] >> -or_so >> gap >> word(ago_sym)[set_dir] >> x3::eps[put_<&time_ast::form, time_form::ago>];

const auto anchor_ahead = &(gap >> word(anchor_sym));

// "2.5", "123.45": a count with decimals (durations only)
const auto decimal_count = x3::rule<class decimal_count_class, double>{"decimal_count"} =
    x3::raw[int1_3 >> x3::lit('.') >> x3::repeat(1, 3)[digit]][([](auto& ctx) {
      double v = 0;
      double scale = 0;
      for (const char c : x3::_attr(ctx)) {
        if (c == '.') {
          scale = 1;
          continue;
        }
        v = v * 10 + (c - '0');
        if (scale > 0) scale *= 10;
      }
      x3::_val(ctx) = scale > 0 ? v / scale : v;
    })];

// "a half", "half", "a quarter" after "and": the fraction added to the count
const auto and_fraction = x3::rule<class and_fraction_class, double>{"and_fraction"} =
    gap >> kw("and") >> gap >> -(kw("a") >> gap) >>
    ((kw("half") >> x3::attr(0.5)) | (kw("quarter") >> x3::attr(0.25)));

inline constexpr auto add_fraction = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  v.amount = (v.count < 0 ? 0 : v.count) + x3::_attr(ctx);
};

// "1 hour and 30 minutes", "3 hours 30 minutes": a smaller unit after the first, counted with a
// number (not "a day": "24 hours a day" is a rate)
const auto count_number = x3::rule<class count_number_class, int>{"count_number"} =
    (int1_3 >> !word_char) | word(number_sym);
const auto compound_tail = x3::rule<class compound_tail_class, time_ast>{"compound_tail"} =
    gap >> -(kw("and") >> gap) >> count_number[set_<&time_ast::count2>] >> gap >>
    unit_w[set_<&time_ast::unit2>];
inline constexpr auto merge_compound = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  const time_ast& c = x3::_attr(ctx);
  x3::_pass(ctx) = c.unit2 < v.unit && c.unit2 != time_unit::weekend && v.unit != time_unit::weekend;
  if (!x3::_pass(ctx)) return;
  v.unit2 = c.unit2;
  v.count2 = c.count2;
};

// One modifier and one count for all the forms: this rule is tried at every count ("a", digits),
// so each alternative re-reading them would cost a lexicon lookup per word of text.
const auto duration_fraction_r = x3::rule<class duration_fraction_class, time_ast>{"duration_fraction"} =
    -duration_mod >>
    // "2.5 hours", "123.45 sec", "3.5years"
    ((decimal_count[set_<&time_ast::amount>] >> osp >> unit_w[set_<&time_ast::unit>]) |
     (count_w[set_<&time_ast::count>] >>
      // "one and a half hours", "two and a quarter years"
      ((and_fraction[add_fraction] >> gap >> unit_w[set_<&time_ast::unit>]) |
       // "an hour and a half", "one year and a quarter"
       (gap >> unit_w[set_<&time_ast::unit>] >> and_fraction[add_fraction]))) |
     // "all day", "another week": one whole unit
     ((kw("all") | kw("another")) >> gap >> word(calendar_unit_sym)[set_<&time_ast::unit>] >>
      x3::eps[put_<&time_ast::count, 1>]) |
     // "half an hour", "half a day"
     (kw("half") >> gap >> (kw("an") | kw("a")) >> gap >> x3::eps[put_half_amount] >>
      unit_w[set_<&time_ast::unit>])) >>
    x3::eps[put_<&time_ast::form, time_form::duration>];

// A half more than the count: "2 1/2 years", "two and a half hours", "a minute and a half".
const auto and_a_half = kw("and") >> gap >> kw("a") >> gap >> kw("half");
const auto half_mark = x3::lit("1/2") | x3::lit("\xC2\xBD");  // 1/2 or the one-character half
const auto duration_r = x3::rule<class duration_class, time_ast>{"duration"} =
    ((-duration_mod >> count_w[set_<&time_ast::count>] >> gap >> unit_w[set_<&time_ast::unit>] >> gap >>
      and_a_half[put_<&time_ast::and_half, true>]) |
     (-duration_mod >> count_w[set_<&time_ast::count>] >> gap >> and_a_half[put_<&time_ast::and_half, true>] >> gap >>
      unit_w[set_<&time_ast::unit>]) |
     (-duration_mod >> int1_3[set_<&time_ast::count>] >> osp >> half_mark[put_<&time_ast::and_half, true>] >> gap >>
      unit_w[set_<&time_ast::unit>]) |
     (-duration_mod >> count_w[set_<&time_ast::count>] >> gap >> unit_w[set_<&time_ast::unit>] >>
      -compound_tail[merge_compound]) |
     // "3h", "12h": hours written against the number (never "5m": that is millions)
     (-duration_mod >> int1_3[set_<&time_ast::count>] >> x3::no_case[x3::lit('h')] >> !word_char >>
      x3::eps[put_<&time_ast::unit, time_unit::hour>]) |
     // "two-year" is an adjective; "three-quarters of" is a fraction
     (-duration_mod >> count_w[set_<&time_ast::count>] >> x3::lit('-') >> unit_w[set_<&time_ast::unit>] >>
      !(gap >> kw("of"))) |
     (-duration_mod >> word(vague_count_sym)[set_<&time_ast::count>] >> gap >> unit_w[set_<&time_ast::unit>]) |
     (-the >> dir_w >> gap >> (word(vague_count_sym)[set_<&time_ast::count>] | count_w[set_<&time_ast::count>]) >> gap >>
      unit_w[set_<&time_ast::unit>]) |
     (the >> -(kw("first") >> gap) >> count_w[set_<&time_ast::count>] >> gap >> unit_w[set_<&time_ast::unit>])) >>
    -or_so >> -(anchor_ahead[put_<&time_ast::anchored, true>]) >> x3::eps[put_<&time_ast::form, time_form::duration>];

const auto set_r = x3::rule<class set_class, time_ast>{"set"} =
    (((kw("every") | kw("each")) >> gap >> -(kw("other")[put_<&time_ast::count, 2>] >> gap) >>
      -(count_w[set_<&time_ast::count>] >> gap) >>
      (word(calendar_unit_sym)[set_<&time_ast::unit>] | word(unit_sym)[set_<&time_ast::unit>] |
       weekday_w[set_<&time_ast::weekday>] | part_of_day_w[set_<&time_ast::part_of_day>])) |
     // "Mondays", "on Tuesdays", "Friday mornings"
     (word(weekday_plural_sym)[set_<&time_ast::weekday>] >> -(gap >> word(part_of_day_plural_sym)[set_<&time_ast::part_of_day>])) |
     (weekday_w[set_<&time_ast::weekday>] >> gap >> word(part_of_day_plural_sym)[set_<&time_ast::part_of_day>]) |
     word(set_word_sym)[set_<&time_ast::unit>]) >>
    x3::eps[put_<&time_ast::form, time_form::set>];

// ---- fuzzy parts ------------------------------------------------------------------------------

const auto fuzzy_target = x3::rule<class fuzzy_target_class, time_ast>{"fuzzy_target"} =
    month_year[take] | month_only[take] | decade_r[take] | year_only[take] | season_r[take] |
    rel_unit_r[take] | weekday_r[take] |
    (-the >> word(calendar_unit_sym)[set_<&time_ast::unit>] >> x3::eps[put_<&time_ast::form, time_form::rel_unit>]);

// "late yesterday", "early Tuesday", "earlier today", "later this afternoon": part of a day
// (TimeML keeps the modifier in the extent, mod START/END).
const auto fuzzy_day_target = x3::rule<class fuzzy_day_target_class, time_ast>{"fuzzy_day_target"} =
    deictic_r[take] | weekday_r[take];

const auto fuzzy_r = x3::rule<class fuzzy_class, time_ast>{"fuzzy"} =
    // "the late 1970s", "the early summer": the determiner belongs to the decade or season
    (the >> word(fuzzy_word_sym)[set_<&time_ast::fuzzy>] >> gap_or_hyphen >>
     (decade_r[merge_target] |
      (word(season_sym)[set_<&time_ast::season>] >> x3::eps[put_<&time_ast::form, time_form::season>]))) |
    (((word(fuzzy_word_sym)[set_<&time_ast::fuzzy>] >> gap_or_hyphen) |
      // "the end of the year", "end of month"
      (-the >> word(fuzzy_noun_sym)[set_<&time_ast::fuzzy>] >> gap >> kw("of") >> gap)) >>
     fuzzy_target[merge_target]) |
    (word(fuzzy_word_sym)[set_<&time_ast::fuzzy>] >> gap >> fuzzy_day_target[merge_target]) |
    // "earlier yesterday", "later today"; before a weekday TimeBank leaves "earlier" out
    (((kw("earlier")[put_<&time_ast::fuzzy, 1>]) | (kw("later")[put_<&time_ast::fuzzy, 3>])) >> gap >>
     deictic_r[merge_target]);

// ---- the expression ---------------------------------------------------------------------------

const time_expression_type time_expression = "time_expression";

const auto time_expression_def =
    set_r[take] | fuzzy_r[take] | around_r[take] | week_r[take] | century_r[take] | half_r[take] | quarter_r[take] | date_iso[take] |
    month_iso[take] | date_month_sep[take] | date_numeric[take] | date_day_month[take] | clock_date[take] | date_mdy[take] | date_dmy[take] |
    weekday_day[take] | day_only[take] | month_rel_year[take] | month_year[take] | decade_r[take] | holiday_r[take] |
    year_end_r[take] | clock_past_r[take] | deictic_r[take] | part_this_r[take] | ago_r[take] | year_ago_r[take] |
    recent_r[take] | year_ended_r[take] | duration_fraction_r[take] | focus_rel_r[take] |
    duration_r[take] | season_r[take] | rel_unit_r[take] | weekday_r[take] | ref_r[take] |
    year_only[take] | anaphoric_r[take] | month_only[take] | bare_plural_r[take] | clock_r[take] | month_loose[take];

BOOST_SPIRIT_DEFINE(time_expression)

}  // namespace time_rules
}  // namespace factcheck::grammar
