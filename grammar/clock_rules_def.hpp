#pragma once
// clock_rules_def: clock times ("3pm", "10:30 a.m.", "half past nine", "noon"). Included by
// grammar/clock_rules.cpp only.
//
// Phrases: the "clock" rows of the table in grammar/time_rules_def.hpp;
// tests: tests/grammar/time_rules_test.cpp.
//
#include "grammar/clock_rules.hpp"
#include "grammar/time_actions.hpp"
#include "grammar/time_lexicon.hpp"

namespace factcheck::grammar {
namespace time_rules {

const auto zone = &upper >> word(zone_sym);
const auto hour_w = x3::rule<class hour_w_class, int>{"hour"} =
    (int1_2 >> !word_char) | word(number_sym);
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
    add("in the morning", 1)("in the afternoon", 2)("in the evening", 2)("at night", 3)(
        "in the night", 3);
  }
};
inline const clock_day_part_symbols clock_day_part_sym;
const auto day_part_tail = gap >> word(clock_day_part_sym)[set_day_part];

// Each clock form is a rule of its own, joined through `take`: alternatives inside one rule share
// its attribute, so a failed one could leave a minute behind ("seven" read as minutes).
const auto clock_colon_r = x3::rule<class clock_colon_class, time_ast>{"clock_colon"} =
    int1_2[check_hour][set_<&time_ast::hour>] >>
    x3::lit(':') >> int2[check_minute][set_<&time_ast::minute>] >>
    -(x3::lit(':') >> int2[check_minute][set_<&time_ast::second>]) >> !digit >>
    -((osp >> word(meridiem_sym)[set_<&time_ast::meridiem>]) | day_part_tail) >>
    -(gap >> zone) >> x3::eps[put_<&time_ast::form, time_form::clock>];
const auto clock_meridiem_r = x3::rule<class clock_meridiem_class, time_ast>{"clock_meridiem"} =
    int1_2[check_hour12][set_<&time_ast::hour>] >> osp >>
    word(meridiem_sym)[set_<&time_ast::meridiem>] >>
    -(gap >> zone) >> x3::eps[put_<&time_ast::form, time_form::clock>];
// "8.10 pm", "10.30 am": a dotted clock needs its am/pm (else it is a decimal)
const auto clock_dotted_r = x3::rule<class clock_dotted_class, time_ast>{"clock_dotted"} =
    int1_2[check_hour12][set_<&time_ast::hour>] >>
    x3::lit('.') >> int2[check_minute][set_<&time_ast::minute>] >> osp >>
    word(meridiem_sym)[set_<&time_ast::meridiem>] >>
    -(gap >> zone) >> x3::eps[put_<&time_ast::form, time_form::clock>];
// "1140 a.m.": hours and minutes run together, with am/pm
const auto clock_run_r = x3::rule<class clock_run_class, time_ast>{"clock_run"} =
    x3::uint_parser<int, 10, 3, 4>{}[([](auto& ctx) {
      const int v = x3::_attr(ctx);
      x3::_val(ctx).hour = v / 100;
      x3::_val(ctx).minute = v % 100;
      x3::_pass(ctx) = v / 100 >= 1 && v / 100 <= 12 && v % 100 <= 59;
    })] >>
    osp >> word(meridiem_sym)[set_<&time_ast::meridiem>] >>
    x3::eps[put_<&time_ast::form, time_form::clock>];
// "seven p.m.", "one thirty p m": hours (and minutes) in words
const auto clock_words_r = x3::rule<class clock_words_class, time_ast>{"clock_words"} =
    word(number_sym)[check_hour12][set_<&time_ast::hour>] >>
    -(gap >> word(number_sym)[check_minute][set_<&time_ast::minute>]) >> gap >>
    word(meridiem_sym)[set_<&time_ast::meridiem>] >>
    -(gap >> zone) >> x3::eps[put_<&time_ast::form, time_form::clock>];
const auto clock_noon_r = x3::rule<class clock_noon_class, time_ast>{"clock_noon"} =
    -(x3::lit("12") >> gap) >> kw("noon")[put_<&time_ast::hour, 12>] >>
    x3::eps[put_<&time_ast::minute, 0>] >> x3::eps[put_<&time_ast::form, time_form::clock>];
// "11ish", "noonish": an hour given loosely (mod APPROX)
const auto clock_ish_r = x3::rule<class clock_ish_class, time_ast>{"clock_ish"} =
    (int1_2[check_hour12][set_<&time_ast::hour>] |
     x3::no_case[x3::lit("noon")][put_<&time_ast::hour, 12>]) >>
    x3::no_case[x3::lit("ish")] >> !word_char >> x3::eps[put_<&time_ast::minute, 0>] >>
    x3::eps[put_<&time_ast::quant_mod, 3>] >> x3::eps[put_<&time_ast::form, time_form::clock>];
// "half past seven", "a quarter past 8", "ten past 9", "20 min past eight in the evening"
const auto clock_past_min_r = x3::rule<class clock_past_min_class, time_ast>{"clock_past_min"} =
    past_minutes[set_<&time_ast::minute>] >> gap >> (kw("past") | kw("after")) >> gap
    >> hour_w[check_hour12][set_<&time_ast::hour>] >> -oclock >> -day_part_tail
    >> x3::eps[put_<&time_ast::form, time_form::clock>];
// "a quarter to eight", "ten minutes to six"
const auto clock_to_min_r = x3::rule<class clock_to_min_class, time_ast>{"clock_to_min"} =
    to_minutes[set_<&time_ast::minute>] >> gap >> (kw("to") | kw("till") | kw("before")) >> gap
    >> hour_w[check_hour12][set_<&time_ast::hour>] >> -oclock >> x3::eps[minutes_to_hour] >>
    -day_part_tail >> x3::eps[put_<&time_ast::form, time_form::clock>];
// "seven o'clock", "7 o'clock"
const auto clock_oclock_r = x3::rule<class clock_oclock_class, time_ast>{"clock_oclock"} =
    hour_w[check_hour12][set_<&time_ast::hour>] >> oclock >> x3::eps[put_<&time_ast::minute, 0>] >>
    -day_part_tail >> x3::eps[put_<&time_ast::form, time_form::clock>];
// "4 in the morning", "one in the morning", "9 at night"
const auto clock_hour_part_r = x3::rule<class clock_hour_part_class, time_ast>{"clock_hour_part"} =
    hour_w[check_hour12][set_<&time_ast::hour>] >> x3::eps[put_<&time_ast::minute, 0>] >>
    day_part_tail >> x3::eps[put_<&time_ast::form, time_form::clock>];
const auto clock_midnight_r = x3::rule<class clock_midnight_class, time_ast>{"clock_midnight"} =
    (kw("midnight") | (kw("mid") >> gap >> kw("night")))[put_<&time_ast::hour, 24>] >>
    x3::eps[put_<&time_ast::minute, 0>] >> x3::eps[put_<&time_ast::form, time_form::clock>];
const auto clock_part_first_r =
    x3::rule<class clock_part_first_class, time_ast>{"clock_part_first"} =
        word(clock_day_part_sym)[set_<&time_ast::part_of_day>] >> gap >> kw("at") >> gap
        >> hour_w[check_hour12][set_<&time_ast::hour>] >> x3::eps[put_<&time_ast::minute, 0>] >>
        -(x3::lit(':') >> int2[check_minute][set_<&time_ast::minute>]) >> !digit
        >> x3::eps[apply_day_part] >> x3::eps[put_<&time_ast::form, time_form::clock>];

const auto clock_r_def = clock_ish_r[take] | clock_colon_r[take] | clock_meridiem_r[take] |
                         clock_dotted_r[take] | clock_run_r[take] | clock_words_r[take] |
                         clock_noon_r[take] | clock_past_min_r[take] | clock_to_min_r[take] |
                         clock_oclock_r[take] | clock_hour_part_r[take] | clock_midnight_r[take];

// Tried before the durations, years and parts of the day: "a quarter past 11", "20 min past eight"
// are times, not durations; "seven p.m." is no count; "1140 a.m." no year; "mid night" is midnight.
// A weekday may follow, as after any clock ("seven p.m. Friday").
const auto clock_past_r_def = (clock_past_min_r[take] | clock_to_min_r[take] | clock_words_r[take] |
                               clock_hour_part_r[take] | clock_run_r[take] |
                               clock_part_first_r[take]) >>
                              -(gap >> -(kw("on") >> gap) >> weekday_w[set_<&time_ast::weekday>] >>
                                x3::eps[put_<&time_ast::form, time_form::weekday>]);

BOOST_SPIRIT_DEFINE(clock_r, clock_past_r)

}  // namespace time_rules
}  // namespace factcheck::grammar
