#pragma once
// date_rules_def: absolute dates, months, years, seasons, quarters, weeks and centuries. Included
// by grammar/date_rules.cpp only.
//
// Phrases: the date rows of the table in grammar/time_rules_def.hpp;
// tests: tests/grammar/time_rules_test.cpp.
//
#include "grammar/clock_rules.hpp"
#include "grammar/date_rules.hpp"
#include "grammar/holiday_rules.hpp"
#include "grammar/time_actions.hpp"
#include "grammar/time_lexicon.hpp"

namespace factcheck::grammar {
namespace time_rules {

const auto clock_tail =
    ((comma >> -(kw("at") >> gap)) | (gap >> -(kw("at") >> gap))) >> clock_r[merge_clock];

const auto weekday_prefix = weekday_w[set_<&time_ast::weekday>] >> comma_or_gap;

// ", 2021", " 2021", " of 1995", " in 2020" after a day and month
const auto date_year_tail =
    (comma_or_gap >> -((kw("of") | kw("in")) >> gap) >> year_any[set_<&time_ast::year>]);

// Before a day in words a lower-case "may" or "march" is the modal or the verb ("march first").
const auto month_not_modal = x3::rule<class month_not_modal_class, int, true>{"month_not_modal"} =
    month_in_date[([](auto& ctx) { x3::_pass(ctx) = x3::_attr(ctx) != 3 && x3::_attr(ctx) != 5; })];
const auto month_before_word_day =
    x3::rule<class month_before_word_day_class, int>{"month_before_word_day"} =
        month_w | month_not_modal;

const auto date_mdy = x3::rule<class date_mdy_class, time_ast>{"date_mdy"} =
    -weekday_prefix >>
    ((month_in_date[set_<&time_ast::month>] >> gap >> -(the) >> day_num[set_<&time_ast::day>]) |
     (month_before_word_day[set_<&time_ast::month>] >> gap >> -(the) >>
      day_word[set_<&time_ast::day>])) >>
    -date_year_tail >> -clock_tail >> x3::eps[put_<&time_ast::form, time_form::date>];

const auto date_dmy = x3::rule<class date_dmy_class, time_ast>{"date_dmy"} =
    -weekday_prefix >> -the >> ((day_num[set_<&time_ast::day>] >> gap >> -(kw("of") >> gap)) |
                                (day_word[set_<&time_ast::day>] >> gap >> kw("of") >> gap)) >>
    month_in_date[set_<&time_ast::month>] >> -date_year_tail >> -clock_tail
    >> x3::eps[put_<&time_ast::form, time_form::date>];

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
    (date_month_sep_of<'/'>() | date_month_sep_of<'-'>()) >>
    x3::eps[put_<&time_ast::form, time_form::date>];

// "Tuesday the 11th", "Mon 13th", "friday the twenty-sixth": a weekday and a day of the month;
// the month is the nearest one where that day falls on that weekday (time_normalize.cpp).
const auto weekday_day = x3::rule<class weekday_day_class, time_ast>{"weekday_day"} =
    ((weekday_w[set_<&time_ast::weekday>] >> comma_or_gap >>
      ((the >> day_any[set_<&time_ast::day>]) |
       (int1_2[check_day][set_<&time_ast::day>] >> ordinal_suffix >> !word_char))) |
     // "Mon 13th": a capitalized abbreviation needs the ordinal suffix
     (&upper >> word(weekday_abbr_sym)[set_<&time_ast::weekday>] >> gap >>
      int1_2[check_day][set_<&time_ast::day>] >> ordinal_suffix >> !word_char)) >>
    !(gap >> -(kw("of") >> gap) >> month_in_date) >> -clock_tail >>
    x3::eps[put_<&time_ast::form, time_form::date>];

// "on the 18th." : a day of the month alone, only where the phrase ends (not "the 15th century");
// times.cpp keeps it only after "on". The month is the reference's.
const auto day_only = x3::rule<class day_only_class, time_ast>{"day_only"} =
    the >> int1_2[check_day][set_<&time_ast::day>] >> ordinal_suffix >> !word_char >>
    &(osp >> (x3::char_(".,;:!?)") | x3::eoi)) >> x3::eps[put_<&time_ast::form, time_form::date>];

const auto date_iso = x3::rule<class date_iso_class, time_ast>{"date_iso"} =
    int4[check_year][set_<&time_ast::year>] >>
    x3::lit('-') >> month2[set_<&time_ast::month>] >> x3::lit('-') >> day2[set_<&time_ast::day>] >>
    !digit >>
    -((x3::lit('T') | gap) >> clock_r[merge_clock] >>
      -(x3::lit('Z') | ((x3::lit('+') | x3::lit('-')) >> int2 >> -x3::lit(':') >> int2))) >>
    !word_char >> x3::eps[put_<&time_ast::form, time_form::date>];

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
    -weekday_prefix >> int1_2[set_<&time_ast::num_a>] >>
    x3::lit('/') >> int1_2[set_<&time_ast::num_b>] >> !word_char >>
    !(x3::char_("/.,-") >> digit) >> x3::eps[put_<&time_ast::num_sep, '/'>] >>
    x3::eps[put_<&time_ast::form, time_form::numeric_date>];

const auto clock_date = x3::rule<class clock_date_class, time_ast>{"clock_date"} =
    clock_r[merge_clock] >> comma_or_gap >> -(kw("on") >> gap) >>
    (date_dmy[merge_date] | date_mdy[merge_date]);

// "June last year", "January of this year": the month in the year named relative to the reference
// (unit year: the direction moves the year, not the month as in "last May").
const auto month_rel_year = x3::rule<class month_rel_year_class, time_ast>{"month_rel_year"} =
    month_w[set_<&time_ast::month>] >> gap >> -(kw("of") >> gap) >> dir_w[set_dir] >> gap >>
    kw("year") >> x3::eps[put_<&time_ast::unit, time_unit::year>] >>
    x3::eps[put_<&time_ast::form, time_form::month>];

const auto month_year_def =
    ((month_w[set_<&time_ast::month>] >> comma_or_gap >> -(kw("of") >> gap) >>
      year4[set_<&time_ast::year>]) |
     // "april 2017", "October two thousand and five": a lower-case month needs the year right after
     (month_in_date[set_<&time_ast::month>] >> gap >> -(kw("of") >> gap) >>
      year_any[set_<&time_ast::year>]) |
     // "Dec-2018", "Dec/2018", "Dec, 2018": a capitalized abbreviation needs no dot before a year
     (&upper >> month_in_date[set_<&time_ast::month>] >> (x3::lit('-') | x3::lit('/') | comma) >>
      year4[set_<&time_ast::year>])) >>
    x3::eps[put_<&time_ast::form, time_form::month_year>];

const auto month_only_def = -(dir_w[set_dir] >> gap) >> month_w[set_<&time_ast::month>] >>
                            !(gap >> digit) >> x3::eps[put_<&time_ast::form, time_form::month>];

// "from sep to nov", "between august and october": a lower-case or undotted abbreviated month;
// times.cpp keeps it only as an end of a month range.
const auto month_loose_def = month_in_date[set_<&time_ast::month>] >> !(gap >> digit) >>
                             x3::eps[put_<&time_ast::loose_month, true>] >>
                             x3::eps[put_<&time_ast::form, time_form::month>];

const auto year_only_def =
    (((the >> kw("year") >> gap >> -(kw("of") >> gap)) >> year_any[set_<&time_ast::year>]) |
     (-(kw("fiscal") >> gap >> -(kw("year") >> gap)) >> year4[set_<&time_ast::year>])) >>
    x3::eps[put_<&time_ast::form, time_form::year>];

const auto decade_r_def =
    -the >>
    ((int4[check_decade][set_<&time_ast::year>] >> x3::lit('s') >> !word_char) |
     (x3::lit('\'') >> int2[([](auto& ctx) { x3::_val(ctx).year = 1900 + x3::_attr(ctx); })] >>
      x3::lit('s') >> !word_char)) >>
    x3::eps[put_<&time_ast::form, time_form::decade>];

// A year reference after "of": 2022, the year, this year, next year.
const auto year_target = x3::rule<class year_target_class, time_ast>{"year_target"} =
    year4[set_<&time_ast::year>] | (the >> kw("year")) | (dir_w[set_dir] >> gap >> kw("year"));

const auto season_r_def =
    ((dir_w[set_dir] >> gap >> word(season_sym)[set_<&time_ast::season>] >>
      -(gap >> -(kw("of") >> gap) >> year4[set_<&time_ast::year>])) |
     // "the fall of the Soviet Union" is no season
     (the >> word(season_sym)[set_<&time_ast::season>] >>
      -(gap >> kw("of") >> gap >> year4[set_<&time_ast::year>]) >> !(gap >> kw("of"))) |
     (word(season_sym)[set_<&time_ast::season>] >> gap >> -(kw("of") >> gap) >>
      year4[set_<&time_ast::year>])) >>
    x3::eps[put_<&time_ast::form, time_form::season>];

const auto quarter_r = x3::rule<class quarter_class, time_ast>{"quarter"} =
    // "the third quarter" keeps its determiner; the adjective "third-quarter" does not ("the
    // third-quarter loss": TimeBank marks "third-quarter")
    ((-the >> -(kw("fiscal") >> gap) >> word(ordinal_sym)[set_<&time_ast::quarter>] >> gap >>
      kw("quarter") >> -(gap >> kw("of") >> gap >> year_target[merge_year_target])) |
     (-(kw("fiscal") >> gap) >> word(ordinal_sym)[set_<&time_ast::quarter>] >> x3::lit('-') >>
      kw("quarter")) |
     (-the >> year4[set_<&time_ast::year>] >> gap >> word(ordinal_sym)[set_<&time_ast::quarter>] >>
      gap_or_hyphen >> kw("quarter")) |
     // "the 1988 quarter", "the 1989 period": in earnings copy, the quarter the story reports, in
     // that year (times.cpp/time_normalize.cpp: the last completed quarter at the reference)
     (the >> year4[set_<&time_ast::year>] >> gap >> (kw("quarter") | kw("period")) >>
      x3::eps[put_<&time_ast::anaphoric, true>]) |
     // "this year's third quarter", "1989's first quarter"
     ((year4[set_<&time_ast::year>] | (dir_w[set_dir] >> gap >> kw("year"))) >> x3::lit("'s") >>
      gap >> word(ordinal_sym)[set_<&time_ast::quarter>] >> gap_or_hyphen >> kw("quarter")) |
     (x3::lit('Q') >> x3::uint_parser<int, 10, 1, 1>{}[set_<&time_ast::quarter>] >> !word_char >>
      -(gap >> year4[set_<&time_ast::year>])) |
     // "q3 2019", "2019 q1", "2017-Q1": a lower-case q needs its year
     (x3::lit('q') >> x3::uint_parser<int, 10, 1, 1>{}[set_<&time_ast::quarter>] >> !word_char >>
      gap >> year4[set_<&time_ast::year>]) |
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
    -the >> (kw("first")[put_<&time_ast::half, 1>] | kw("second")[put_<&time_ast::half, 2>]) >>
        gap_or_hyphen >> kw("half") >>
        -(gap >> kw("of") >> gap >> year_target[merge_year_target]) >>
        x3::eps[put_<&time_ast::form, time_form::half>];

// "the first week of 2015", "3rd week of 2018", "the last week of 2016", "week 31", "week 27 of
// last year": ISO weeks of a stated or the reference year. "week 10 of the trial" is no calendar
// week.
const auto week_number = x3::rule<class week_number_class, int>{"week_number"} =
    x3::uint_parser<int, 10, 1, 2>{}[([](auto& ctx) {
      x3::_val(ctx) = x3::_attr(ctx);
      x3::_pass(ctx) = x3::_attr(ctx) >= 1 && x3::_attr(ctx) <= 53;
    })] >>
    !word_char;
const auto week_r = x3::rule<class week_class, time_ast>{"week"} =
    ((-the >> (word(ordinal_sym)[set_<&time_ast::week>] | kw("last")[put_<&time_ast::week, -1>]) >>
      gap >> kw("week") >> gap >> kw("of") >> gap >> year_target[merge_year_target]) |
     (-the >> kw("week") >> gap >> week_number[set_<&time_ast::week>] >>
      ((gap >> kw("of") >> gap >> year_target[merge_year_target]) | !(gap >> kw("of"))))) >>
    x3::eps[put_<&time_ast::form, time_form::week>];

// "the 21st century", "the fifteenth century", "21st-century"
const auto century_r = x3::rule<class century_class, time_ast>{"century"} =
    -the >> ((int1_2[set_<&time_ast::count>] >> ordinal_suffix >> !word_char) |
             word(day_word_sym)[set_<&time_ast::count>]) >>
    gap_or_hyphen >> kw("century") >> x3::eps[([](auto& ctx) {
      x3::_pass(ctx) = x3::_val(ctx).count >= 1 && x3::_val(ctx).count <= 22;
      x3::_val(ctx).form = time_form::century;
    })];

// "year-end", "year's end": the end of the reference year.
const auto year_end_r_def =
    kw("year") >>
    ((x3::lit('-') >> kw("end")) | (gap >> kw("end")) | (x3::lit("'s") >> gap >> kw("end"))) >>
    x3::eps[put_<&time_ast::fuzzy, 3>] >> x3::eps[put_<&time_ast::unit, time_unit::year>] >>
    x3::eps[put_<&time_ast::form, time_form::rel_unit>];

// "around Nov. 1", "around year end": TimeML keeps the hedge in the expression (mod APPROX, set
// in times.cpp). Only before a date: "get around Wednesday's ruling" is a verb, and a clock time
// ("October 14 around 8:00am") is left to time_compose, which joins it to its day.
const auto around_r = x3::rule<class around_class, time_ast>{"around"} =
    kw("around") >> gap >>
    (date_mdy[take] | date_dmy[take] | year_end_r[take]) >> x3::eps[put_<&time_ast::quant_mod, 3>];

const auto date_forms_def =
    around_r[take] | week_r[take] | century_r[take] | half_r[take] | quarter_r[take] |
    date_iso[take] | month_iso[take] | date_month_sep[take] | date_numeric[take] |
    date_day_month[take] | clock_date[take] | date_mdy[take] | date_dmy[take] | weekday_day[take] |
    day_only[take] | month_rel_year[take] | month_year[take] | decade_r[take];

BOOST_SPIRIT_DEFINE(month_year, month_only, month_loose, year_only, decade_r, season_r, year_end_r,
                    date_forms)

}  // namespace time_rules
}  // namespace factcheck::grammar
