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

#include "grammar/clock_rules.hpp"
#include "grammar/date_rules.hpp"
#include "grammar/holiday_rules.hpp"
#include "grammar/relative_rules.hpp"
#include "grammar/time_actions.hpp"
#include "grammar/time_ast.hpp"
#include "grammar/time_lexicon.hpp"
#include "grammar/time_rules.hpp"
#include "grammar/x3_config.hpp"

namespace factcheck::grammar {
namespace time_rules {

// ---- fuzzy parts ------------------------------------------------------------------------------

const auto fuzzy_target = x3::rule<class fuzzy_target_class, time_ast>{"fuzzy_target"} =
    month_year[take] | month_only[take] | decade_r[take] | year_only[take] | season_r[take] |
    rel_unit_r[take] | weekday_r[take] |
    (-the >> word(calendar_unit_sym)[set_<&time_ast::unit>] >>
     x3::eps[put_<&time_ast::form, time_form::rel_unit>]);

// "late yesterday", "early Tuesday", "earlier today", "later this afternoon": part of a day
// (TimeML keeps the modifier in the extent, mod START/END).
const auto fuzzy_day_target = x3::rule<class fuzzy_day_target_class, time_ast>{"fuzzy_day_target"} =
    deictic_r[take] | weekday_r[take];

const auto fuzzy_r = x3::rule<class fuzzy_class, time_ast>{"fuzzy"} =
    // "the late 1970s", "the early summer": the determiner belongs to the decade or season
    (the >> word(fuzzy_word_sym)[set_<&time_ast::fuzzy>] >> gap_or_hyphen >>
     (decade_r[merge_target] | (word(season_sym)[set_<&time_ast::season>] >>
                                x3::eps[put_<&time_ast::form, time_form::season>]))) |
    (((word(fuzzy_word_sym)[set_<&time_ast::fuzzy>] >> gap_or_hyphen) |
      // "the end of the year", "end of month"
      (-the >> word(fuzzy_noun_sym)[set_<&time_ast::fuzzy>] >> gap >> kw("of") >> gap)) >>
     fuzzy_target[merge_target]) |
    (word(fuzzy_word_sym)[set_<&time_ast::fuzzy>] >> gap >> fuzzy_day_target[merge_target]) |
    // "earlier yesterday", "later today"; before a weekday TimeBank leaves "earlier" out
    (((kw("earlier")[put_<&time_ast::fuzzy, 1>]) | (kw("later")[put_<&time_ast::fuzzy, 3>])) >>
     gap >> deictic_r[merge_target]);

// ---- the expression ---------------------------------------------------------------------------
// The order of the alternatives is the grammar's priority; each family's rules live in its own
// unit (clock_rules, date_rules, holiday_rules, relative_rules) and are joined here.

const time_expression_type time_expression = "time_expression";

const auto time_expression_def = set_r[take] | fuzzy_r[take] | date_forms[take] | holiday_r[take] |
                                 year_end_r[take] | clock_past_r[take] | relative_forms[take] |
                                 season_r[take] | relative_unit_forms[take] | year_only[take] |
                                 anaphoric_r[take] | month_only[take] | bare_plural_r[take] |
                                 clock_r[take] | month_loose[take];

BOOST_SPIRIT_DEFINE(time_expression)

}  // namespace time_rules
}  // namespace factcheck::grammar
