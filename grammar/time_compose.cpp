// time_compose: the periods a sentence speaks of, built from the atomic time expressions of
// extract_times and the few connecting words between them (extract_time_periods and
// compose_time_periods in grammar/extract.hpp; docs/grammar-time.md "Periods"; value conventions:
// docs/decisions/0030-time-period-values.md). No X3 here: the connecting words are a handful of
// fixed tokens read byte by byte, and the atoms are walked in three linear passes (ranges; a day
// with its clock; anchors, windows and open periods), each reading only the short gaps between
// neighbouring atoms.
//
// Accepted phrases (each row is exercised by tests/grammar/time_compose_test.cpp, tables kPeriods
// and kTimedPeriods):
//
// | family          | phrases                                                                 |
// |-----------------|-------------------------------------------------------------------------|
// | date range      | from August to October · between 2014 and 2018 · 2014~2018 · 2014-2018 ·  |
// |                 | from January to April 2015 · from next Monday to Friday ·               |
// |                 | June 2 through June 9 · from November to February ·                     |
// |                 | April 9th through 17th · from 26 June in 2019 to 3 July in 2019 ·        |
// |                 | between 3 and 12 June · from March to May · from 2019-Q2 to 2020-Q1      |
// | clock range     | 3-5pm · from 2 to 4pm · between 4pm and 5pm · 9:30 to 11:45 am ·          |
// |                 | between 9 and 11 am · from 8am to 3 · from 2:30 to 2:15 pm               |
// | date + clock    | tomorrow at 3pm · next Monday 1-3 pm · Friday, 10:30 to 11:15 ·          |
// |                 | from 5 to 6pm on Friday · tomorrow between 3:00 pm and 5:00 pm ·        |
// |                 | Thursday before 5pm · Feb. 1 no later than 6:00                         |
// | weekday + day   | Friday 23 · Wed the 13th (the nearest such date)                        |
// | weekday in span | Tuesday of last week · the first Monday of next month ·                 |
// |                 | next week on Thursday · Wednesday evening next week ·                   |
// |                 | last week - Monday                                                      |
// | week of         | the week of April 10, 2023 · the last week of July 2020 ·               |
// |                 | the last week of 2019 · the week beginning February 4, 2019             |
// | anchored        | 3 days from today · three weeks from tomorrow · 2 weeks before today ·   |
// |                 | ten days after March 3, 2020 · in two months · in 3 years ·             |
// |                 | more than 2 weeks before today · less than 3 days after tomorrow        |
// | anchored span   | for 3 days from today · a week starting tomorrow ·                      |
// |                 | 10 days beginning March 3, 2020                                         |
// | rolling window  | the next 3 days · the past two weeks · the coming three months ·        |
// |                 | within the next 10 months · the 3 past years · the two next weeks ·      |
// |                 | the 4 coming hours (*)                                                  |
// | from now (*)    | in 5 minutes · within 10 minutes · 20 minutes later                     |
// | clock + length  | from 2pm for 2 hours · for 3 hours from 10am · from 9 for 1.5 hours     |
// | part of period  | the first nine months of 2021 · the last 3 weeks of this year ·         |
// |                 | from 2007 to the end of 2008 · from April until the end of June ·       |
// |                 | first ten days of last year                                             |
// | open period     | since August · before 2010 · after 2:00 today · until Friday · by March ·|
// |                 | starting on January 7 · no later than 6:00 · later than 10am           |
// (*) needs the reference time of day (time_context::time_of_day); clock units stay durations
// without it.
//
// Not composed (tests/grammar/time_compose_test.cpp, kNotComposed): a range whose ends go
// backwards ("from 2018 to 2014"); ends separated by a bracket, a clause or a paragraph break;
// "and" without "between"; "in two years" after a superlative ("the highest in two years" is a
// window reaching back, not a point ahead); a bare number beside a clock with no connector ("3-5
// at 9pm").

#include <algorithm>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "grammar/compose_detail.hpp"
#include "grammar/extract.hpp"

namespace factcheck::grammar {
namespace compose {
namespace {

std::vector<time_expression> compose_anchors(std::string_view text, std::vector<piece> in,
                                             const time_context& context) {
  std::vector<time_expression> out;
  out.reserve(in.size());
  std::size_t floor = 0;
  const std::optional<sys_days> ref =
      context.reference ? std::optional<sys_days>{sys_days{*context.reference}} : std::nullopt;
  for (std::size_t i = 0; i < in.size(); ++i) {
    piece& p = in[i];
    if (auto c = clock_with_length(text, floor, p, i + 1 < in.size() ? &in[i + 1] : nullptr, ref)) {
      const bool took_next = i + 1 < in.size() && in[i + 1].t.span.end <= c->t.span.end;
      floor = c->t.span.end;
      out.push_back(std::move(c->t));
      if (took_next) ++i;
      continue;
    }
    if (ref && context.time_of_day) {
      const std::size_t limit = i + 1 < in.size() ? in[i + 1].t.span.begin : text.size();
      const moment now{*ref, static_cast<long>(context.time_of_day->count())};
      if (auto m = moment_from_now(text, floor, p, now, limit)) {
        floor = m->span.end;
        out.push_back(std::move(*m));
        continue;
      }
    }
    if (i + 1 < in.size()) {
      auto m = anchored(text, floor, p, in[i + 1]);
      if (!m) m = window_of(text, floor, p, in[i + 1]);
      if (!m) m = clock_then_length(text, floor, p, in[i + 1]);
      if (m) {
        floor = m->t.span.end;
        out.push_back(std::move(m->t));
        ++i;
        continue;
      }
    }
    if (ref && amount_of(p.t)) {
      const token w = word_before(text, floor, p.t.span.begin);
      if (rolling_window(p, text, *ref, equals_lower(w.text, "within"))) {
        if (equals_lower(w.text, "within") || equals_lower(w.text, "in") ||
            equals_lower(w.text, "over")) {
          p.t.span.begin = static_cast<std::uint32_t>(w.begin);
        }
      } else {
        // "in two months": that far ahead of the reference.
        if (equals_lower(w.text, "in") &&
            !superlative_before(word_before(text, floor, w.begin).text)) {
          const auto a = amount_of(p.t);
          p.t = point_at(p.t, add_units(*ref, a->count, a->unit), w.begin, p.t.span.end);
        }
      }
    } else {
      open_period(p, text, floor, ref);
    }
    floor = p.t.span.end;
    out.push_back(std::move(p.t));
  }
  return out;
}

}  // namespace
}  // namespace compose

std::vector<time_expression> compose_time_periods(std::string_view text,
                                                  std::span<const time_expression> atoms,
                                                  const time_context& context) {
  using namespace compose;
  std::vector<time_expression> out = compose_anchors(
      text, compose_days(text, compose_ranges(text, attach_years(text, atoms), context)), context);
  add_count_first_windows(text, out, context);
  return out;
}

std::vector<time_expression> extract_time_periods(std::string_view text,
                                                  const time_context& context) {
  const std::vector<time_expression> atoms = extract_times(text, context);
  return compose_time_periods(text, atoms, context);
}

}  // namespace factcheck::grammar
