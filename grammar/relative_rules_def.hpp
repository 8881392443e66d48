#pragma once
// relative_rules_def: relative expressions and durations ("last week", "two days ago", "for 10
// days", "every Monday"). Included by grammar/relative_rules.cpp only.
//
// Phrases: the relative and duration rows of the table in grammar/time_rules_def.hpp;
// tests: tests/grammar/time_rules_test.cpp.
//
#include "grammar/clock_rules.hpp"
#include "grammar/relative_rules.hpp"
#include "grammar/time_actions.hpp"
#include "grammar/time_lexicon.hpp"

namespace factcheck::grammar {
namespace time_rules {

const auto part_of_day_w = word(part_of_day_sym);

const auto deictic_r_def =
    ((the >> kw("day") >> gap >> kw("before") >> gap >>
      kw("yesterday"))[put_<&time_ast::shift, -2>] |
     (the >> kw("day") >> gap >> kw("after") >> gap >> kw("tomorrow"))[put_<&time_ast::shift, 2>] |
     (the >> kw("day") >> gap >> kw("before"))[put_<&time_ast::shift, -1>] |
     (the >> kw("day") >> gap >> kw("after"))[put_<&time_ast::shift, 1>] |
     (word(deictic_sym)[set_<&time_ast::shift>] >>
      -(gap >> part_of_day_w[set_<&time_ast::part_of_day>])) |
     kw("tonight")[put_<&time_ast::part_of_day, 4>] |
     kw("overnight")[put_<&time_ast::part_of_day, 4>] |
     (kw("this") >> gap >> part_of_day_w[set_<&time_ast::part_of_day>]) |
     // "in the morning", "early morning", "later in the afternoon": of the reference day
     (kw("in") >> gap >> the >> part_of_day_w[set_<&time_ast::part_of_day>]) |
     // ("mid night" is midnight, a clock)
     (!(kw("mid") >> gap >> kw("night")) >>
      (word(fuzzy_word_sym)[set_<&time_ast::fuzzy>] | kw("later")[put_<&time_ast::fuzzy, 3>]) >>
      gap >> -(kw("in") >> gap >> the) >> part_of_day_w[set_<&time_ast::part_of_day>]) |
     (kw("last") >> gap >> (kw("night")[put_<&time_ast::part_of_day, 4>] |
                            kw("evening")[put_<&time_ast::part_of_day, 3>]) >>
      x3::eps[put_<&time_ast::shift, -1>])) >>
    x3::eps[put_<&time_ast::form, time_form::deictic>];

const auto ref_r = x3::rule<class ref_class, time_ast>{"ref"} =
    ((kw("recent") >> gap >> word(unit_sym))[put_<&time_ast::ref, 2>] |
     (the >> kw("coming") >> gap >> word(unit_sym))[put_<&time_ast::ref, 3>] |
     word(ref_sym)[set_<&time_ast::ref>]) >>
    x3::eps[put_<&time_ast::form, time_form::ref>];

// "or so" after a period or a count belongs to the expression (TimeML: an approximation, APPROX).
const auto or_so = gap >> kw("or") >> gap >> kw("so") >> x3::eps[put_<&time_ast::quant_mod, 3>];

const auto rel_unit_r_def = -the >> dir_w[set_dir] >> gap >>
                            word(calendar_unit_sym)[set_<&time_ast::unit>] >> -or_so
                            >> x3::eps[put_<&time_ast::form, time_form::rel_unit>];

// "the quarter", "the latest quarter", "the fiscal year": the period the story is about.
struct anaphoric_unit_symbols : x3::symbols<time_unit> {
  anaphoric_unit_symbols() {
    add("week", time_unit::week)("weekend", time_unit::weekend)("month", time_unit::month)(
        "quarter", time_unit::quarter)("year", time_unit::year);
  }
};
inline const anaphoric_unit_symbols anaphoric_unit_sym;

const auto anaphoric_r_def =
    the >> -((kw("latest") | kw("fiscal") | kw("full") | kw("current") | kw("same")) >> gap) >>
    word(anaphoric_unit_sym)[set_<&time_ast::unit>] >>
    !x3::lit('-') >> x3::eps[put_<&time_ast::anaphoric, true>] >>
    x3::eps[put_<&time_ast::form, time_form::rel_unit>];

// "the year-ago quarter" keeps its determiner; before any other noun ("the year-ago profit") the
// expression is the adjective alone ("year-ago"), as TimeBank marks it.
const auto year_ago_core = kw("year") >> x3::lit('-') >> (kw("earlier") | kw("ago"));
const auto year_ago_noun =
    kw("quarter") | kw("period") | (word(ordinal_sym) >> gap_or_hyphen >> kw("quarter"));
const auto year_ago_r = x3::rule<class year_ago_class, time_ast>{"year_ago"} =
    ((the >> year_ago_core >> gap >> year_ago_noun) | (year_ago_core >> -(gap >> year_ago_noun))) >>
    x3::eps[put_<&time_ast::count, 1>] >> x3::eps[put_<&time_ast::unit, time_unit::year>] >>
    x3::eps[put_<&time_ast::dir, -1>] >> x3::eps[put_<&time_ast::form, time_form::ago>];

// "for years", "in weeks": a bare plural unit; times.cpp keeps it only after such a preposition.
struct plural_unit_symbols : x3::symbols<time_unit> {
  plural_unit_symbols() {
    add("minutes", time_unit::minute)("hours", time_unit::hour)("days", time_unit::day)(
        "weeks", time_unit::week)("months", time_unit::month)("years", time_unit::year)(
        "decades", time_unit::decade);
  }
};
inline const plural_unit_symbols plural_unit_sym;

const auto bare_plural_r_def = word(plural_unit_sym)[set_<&time_ast::unit>] >>
                               x3::eps[put_<&time_ast::bare, true>] >>
                               x3::eps[put_<&time_ast::form, time_form::duration>];

// "recent weeks", "recent years": a stretch of unstated length up to now. TimeBank mostly
// annotates it as a duration with an unspecified count (PXW, PXY), not as PAST_REF.
const auto recent_r = x3::rule<class recent_class, time_ast>{"recent"} =
    kw("recent") >> gap >> word(plural_unit_sym)[set_<&time_ast::unit>] >>
    x3::eps[put_<&time_ast::count, -1>] >> x3::eps[put_<&time_ast::form, time_form::duration>];

// "the year ended Sept. 30", "the fiscal year ending in June": a one-year stretch named by its end
// (TimeML: a DURATION P1Y whose end point is the date), not the calendar year of the reference.
const auto year_ended_r = x3::rule<class year_ended_class, time_ast>{"year_ended"} =
    the >> -(kw("fiscal") >> gap) >> kw("year") >>
    &(gap >> (kw("ended") | kw("ending"))) >> x3::eps[put_<&time_ast::unit, time_unit::year>] >>
    x3::eps[put_<&time_ast::count, 1>] >> x3::eps[put_<&time_ast::form, time_form::duration>];

const auto part_this_r = x3::rule<class part_this_class, time_ast>{"part_this"} =
    (kw("earlier")[put_<&time_ast::earlier_later, -1>] |
     kw("later")[put_<&time_ast::earlier_later, 1>]) >>
    gap >> -(kw("in") >> gap) >>
    (dir_w[set_dir] | kw("the") | kw("that")[put_<&time_ast::focus, true>]) >> gap >>
    word(calendar_unit_sym)[set_<&time_ast::unit>] >>
    x3::eps[put_<&time_ast::form, time_form::part_this>];

// "the following year", "the previous Friday", "that day": anaphoric, relative to the last date
// the text mentioned (times.cpp keeps it), not to the dateline as "next year" is (TimeML: such
// expressions are anchored to another TIMEX3).
struct focus_dir_symbols : x3::symbols<int> {
  focus_dir_symbols() { add("following", 1)("previous", -1)("preceding", -1)("prior", -1); }
};
inline const focus_dir_symbols focus_dir_sym;

const auto focus_rel_r = x3::rule<class focus_rel_class, time_ast>{"focus_rel"} =
    ((the >> word(focus_dir_sym)[set_dir] >> gap >>
      ((word(calendar_unit_sym)[set_<&time_ast::unit>] >>
        x3::eps[put_<&time_ast::form, time_form::rel_unit>]) |
       (weekday_w[set_<&time_ast::weekday>] >>
        x3::eps[put_<&time_ast::form, time_form::weekday>]))) |
     (kw("that") >> gap >> word(calendar_unit_sym)[set_<&time_ast::unit>] >>
      x3::eps[put_<&time_ast::form, time_form::rel_unit>])) >>
    !x3::lit('-') >> x3::eps[put_<&time_ast::focus, true>];

const auto weekday_r_def =
    ((clock_r[merge_clock] >> gap >> -(kw("on") >> gap) >> weekday_w[set_<&time_ast::weekday>]) |
     (-(dir_w[set_dir] >> gap) >> weekday_w[set_<&time_ast::weekday>] >>
      -((gap >> part_of_day_w[set_<&time_ast::part_of_day>]) |
        (gap >> -(kw("at") >> gap) >> clock_r[merge_clock])))) >>
    x3::eps[put_<&time_ast::form, time_form::weekday>];

const auto duration_mod = word(duration_mod_sym)[set_<&time_ast::quant_mod>] >> gap;

const auto ago_r = x3::rule<class ago_class, time_ast>{"ago"} =
    -duration_mod >>
    (word(vague_count_sym)[set_<&time_ast::count>] | count_w[set_<&time_ast::count>]) >> gap
    >> unit_w[set_<&time_ast::unit>] >> -or_so >> gap >>
    word(ago_sym)[set_dir] >> x3::eps[put_<&time_ast::form, time_form::ago>];

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

// "1 hour and 30 minutes", "3 hours 30 minutes": a smaller unit after the first, counted with a
// number (not "a day": "24 hours a day" is a rate)
const auto count_number = x3::rule<class count_number_class, int>{"count_number"} =
    (int1_3 >> !word_char) | word(number_sym);
const auto compound_tail = x3::rule<class compound_tail_class, time_ast>{"compound_tail"} =
    gap >> -(kw("and") >> gap) >> count_number[set_<&time_ast::count2>] >> gap
    >> unit_w[set_<&time_ast::unit2>];

// One modifier and one count for all the forms: this rule is tried at every count ("a", digits),
// so each alternative re-reading them would cost a lexicon lookup per word of text.
const auto duration_fraction_r =
    x3::rule<class duration_fraction_class, time_ast>{"duration_fraction"} =
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
    ((-duration_mod >> count_w[set_<&time_ast::count>] >> gap >> unit_w[set_<&time_ast::unit>] >>
      gap >> and_a_half[put_<&time_ast::and_half, true>]) |
     (-duration_mod >> count_w[set_<&time_ast::count>] >> gap >>
      and_a_half[put_<&time_ast::and_half, true>] >> gap >> unit_w[set_<&time_ast::unit>]) |
     (-duration_mod >> int1_3[set_<&time_ast::count>] >> osp >>
      half_mark[put_<&time_ast::and_half, true>] >> gap >> unit_w[set_<&time_ast::unit>]) |
     (-duration_mod >> count_w[set_<&time_ast::count>] >> gap >> unit_w[set_<&time_ast::unit>] >>
      -compound_tail[merge_compound]) |
     // "3h", "12h": hours written against the number (never "5m": that is millions)
     (-duration_mod >> int1_3[set_<&time_ast::count>] >> x3::no_case[x3::lit('h')] >> !word_char >>
      x3::eps[put_<&time_ast::unit, time_unit::hour>]) |
     // "two-year" is an adjective; "three-quarters of" is a fraction
     (-duration_mod >> count_w[set_<&time_ast::count>] >> x3::lit('-') >>
      unit_w[set_<&time_ast::unit>] >> !(gap >> kw("of"))) |
     (-duration_mod >> word(vague_count_sym)[set_<&time_ast::count>] >> gap >>
      unit_w[set_<&time_ast::unit>]) |
     (-the >> dir_w >> gap >>
      (word(vague_count_sym)[set_<&time_ast::count>] | count_w[set_<&time_ast::count>]) >> gap >>
      unit_w[set_<&time_ast::unit>]) |
     (the >> -(kw("first") >> gap) >> count_w[set_<&time_ast::count>] >> gap >>
      unit_w[set_<&time_ast::unit>])) >>
    -or_so >> -(anchor_ahead[put_<&time_ast::anchored, true>]) >>
    x3::eps[put_<&time_ast::form, time_form::duration>];

const auto set_r_def =
    (((kw("every") | kw("each")) >> gap >> -(kw("other")[put_<&time_ast::count, 2>] >> gap) >>
      -(count_w[set_<&time_ast::count>] >> gap) >>
      (word(calendar_unit_sym)[set_<&time_ast::unit>] | word(unit_sym)[set_<&time_ast::unit>] |
       weekday_w[set_<&time_ast::weekday>] | part_of_day_w[set_<&time_ast::part_of_day>])) |
     // "Mondays", "on Tuesdays", "Friday mornings"
     (word(weekday_plural_sym)[set_<&time_ast::weekday>] >>
      -(gap >> word(part_of_day_plural_sym)[set_<&time_ast::part_of_day>])) |
     (weekday_w[set_<&time_ast::weekday>] >> gap >>
      word(part_of_day_plural_sym)[set_<&time_ast::part_of_day>]) |
     word(set_word_sym)[set_<&time_ast::unit>]) >>
    x3::eps[put_<&time_ast::form, time_form::set>];

const auto relative_forms_def = deictic_r[take] | part_this_r[take] | ago_r[take] |
                                year_ago_r[take] | recent_r[take] | year_ended_r[take] |
                                duration_fraction_r[take] | focus_rel_r[take] | duration_r[take];

const auto relative_unit_forms_def = rel_unit_r[take] | weekday_r[take] | ref_r[take];

BOOST_SPIRIT_DEFINE(deictic_r, rel_unit_r, anaphoric_r, bare_plural_r, weekday_r, set_r,
                    relative_forms, relative_unit_forms)

}  // namespace time_rules
}  // namespace factcheck::grammar
