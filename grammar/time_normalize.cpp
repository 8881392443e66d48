#include "grammar/time_normalize.hpp"

#include <fmt/format.h>

#include <cstdlib>

#include "grammar/time_values.hpp"
#include "text/ascii.hpp"

using factcheck::text::iso_date;

// Normalization rules (TimeML/TIMEX3 guidelines, with the news conventions of SPEC.md):
// - A date without a year takes the reference year, or the year before/after when that puts it
//   clearly nearer the reference (a December story speaking of "Jan. 5" means the coming
//   January); a future tense looks ahead past the year end, "since June" looks back.
// - A bare weekday is the most recent such day on or before the reference, unless the sentence is
//   in the future tense; "last Friday" is strictly before, "next Friday" strictly after.
// - last/this/next + unit move from the reference's period: "next month" is the month after the
//   reference month, "last week" the ISO week before.
// - "seven years ago" keeps the unit's granularity (2014); "two days ago" is a day.
// - early/mid/late (START/MID/END) keep the value of the period and narrow the interval to its
//   first, middle or last third.
// Test cases: tests/grammar/time_normalize_test.cpp.

namespace factcheck::grammar {
using namespace normalize;
using namespace std::chrono;

std::string iso_week_value(sys_days day) {
  const sys_days thursday = monday_of(day) + days{3};
  const int y = year_of(thursday);
  const auto week = (thursday - ymd_days(y, 1, 1)).count() / 7 + 1;
  return fmt::format("{:04}-W{:02}", y, week);
}

std::optional<time_expression> normalize_time(const time_ast& a, const time_context& context,
                                              time_tense tense) {
  time_expression t;
  const bool has_ref = context.reference.has_value() && context.reference->ok();
  const sys_days ref = has_ref ? sys_days{*context.reference} : sys_days{};
  const int ref_year = has_ref ? year_of(ref) : 0;
  t.mod = fuzzy_mod(a.fuzzy);
  if (a.weekday >= 0 && a.form != time_form::weekday && a.form != time_form::set) {
    t.has_weekday = true;
    t.weekday = weekday{static_cast<unsigned>(a.weekday)};
  }

  switch (a.form) {
    case time_form::date:
    case time_form::numeric_date: {
      int y = a.year;
      int m = a.month;
      int d = a.day;
      if (a.form == time_form::numeric_date) {
        // Dots are day-first everywhere they are used; slashes and hyphens follow the setting,
        // falling back to the other order when the first one cannot be a date.
        const bool day_first = a.num_sep == '.' || context.numeric_dates == date_order::day_first;
        d = day_first ? a.num_a : a.num_b;
        m = day_first ? a.num_b : a.num_a;
        if (m > 12 && d <= 12) std::swap(d, m);
        y = a.num_c;  // -1: no year written ("on 5/17")
        if (y >= 0 && y < 100) y += y < 70 ? 2000 : 1900;
      }
      if (a.form == time_form::date && m == 0 && a.weekday >= 0 && d >= 1 && d <= 31) {
        t.kind = timex_kind::relative;
        t.has_year = false;
        t.has_weekday = false;  // the weekday chose the month: it cannot mismatch
        if (!has_ref) {
          t.value = fmt::format("XXXX-WXX-{}", a.weekday == 0 ? 7 : a.weekday);
          return t;
        }
        const auto day = weekday_day_date(ref, a.weekday, d, tense);
        if (!day) return std::nullopt;
        t.value = date_value(*day);
        set_period(t, {*day, *day + days{1}});
        if (a.hour >= 0) {
          t.type = timex_type::time;
          t.value += clock_suffix(a);
        }
        return t;
      }
      if (a.form == time_form::date && m == 0 && y < 0 && d >= 1 && d <= 31) {
        // "on the 18th": that day of the reference month
        t.kind = timex_kind::relative;
        t.has_year = false;
        if (!has_ref) {
          t.value = fmt::format("XXXX-XX-{:02}", d);
          return t;
        }
        const year_month_day r{ref};
        if (!valid_date(static_cast<int>(r.year()),
                        static_cast<int>(static_cast<unsigned>(r.month())), d)) {
          return std::nullopt;
        }
        const sys_days day = ymd_days(static_cast<int>(r.year()),
                                      static_cast<int>(static_cast<unsigned>(r.month())), d);
        t.value = date_value(day);
        set_period(t, {day, day + days{1}});
        return t;
      }
      if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
      t.kind = timex_kind::absolute;
      if (y < 0) {
        t.has_year = false;
        if (!has_ref) {
          t.value = fmt::format("XXXX-{:02}-{:02}", m, d);
          if (a.hour >= 0) {
            t.type = timex_type::time;
            t.value += clock_suffix(a);
          }
          return t;
        }
        y = nearest_year(ref_year, ref, m, d, tense);
        // "Feb 29" without a year: the leap year nearest the one chosen
        if (m == 2 && d == 29) y = nearest_leap_year(y, ref, tense);
      }
      if (!valid_date(y, m, d)) return std::nullopt;
      const sys_days day = ymd_days(y, m, d);
      t.value = date_value(day);
      set_period(t, {day, day + days{1}});
      if (a.hour >= 0) {
        t.type = timex_type::time;
        t.value += clock_suffix(a);
      }
      return t;
    }
    case time_form::month_year: {
      if (a.month < 1 || a.month > 12) return std::nullopt;
      t.value = fmt::format("{:04}-{:02}", a.year, a.month);
      set_period(t, narrow(month_period(a.year, a.month), a.fuzzy));
      return t;
    }
    case time_form::month: {
      if (!has_ref) {
        t.kind = timex_kind::relative;
        t.value = fmt::format("XXXX-{:02}", a.month);
        return t;
      }
      int y = nearest_year(ref_year, ref, a.month, 15, tense);
      if (a.has_dir && a.unit == time_unit::year) {
        y = ref_year + a.dir;  // "June last year", "January this year"
      } else if (a.has_dir) {
        // last May: the most recent May before this month; next May: the first one after it
        const int ref_month = month_of(ref);
        y = ref_year;
        if (a.dir < 0 && a.month >= ref_month) y -= 1;
        if (a.dir > 0 && a.month <= ref_month) y += 1;
      }
      t.value = fmt::format("{:04}-{:02}", y, a.month);
      set_period(t, narrow(month_period(y, a.month), a.fuzzy));
      return t;
    }
    case time_form::year: {
      t.value = fmt::format("{:04}", a.year);
      set_period(t, narrow(year_period(a.year), a.fuzzy));
      return t;
    }
    case time_form::decade: {
      const int d0 = a.year / 10 * 10;
      t.value = fmt::format("{:03}", d0 / 10);
      set_period(t, narrow({ymd_days(d0, 1, 1), ymd_days(d0 + 10, 1, 1)}, a.fuzzy));
      return t;
    }
    case time_form::season: {
      int y = a.year;
      if (y < 0) {
        t.kind = timex_kind::relative;
        if (!has_ref) {
          static constexpr const char* codes[] = {"", "SP", "SU", "FA", "WI"};
          t.value = fmt::format("XXXX-{}", codes[a.season]);
          return t;
        }
        const int ref_month = month_of(ref);
        const int start_month = a.season == 4 ? 12 : 3 * a.season;
        const int end_month = a.season == 4 ? 2 : start_month + 2;
        y = ref_year;
        if (a.has_dir && a.dir < 0) {
          // the most recent such season that has ended
          if (a.season == 4) {
            if (ref_month < 3) y -= 1;
          } else if (ref_month <= end_month) {
            y -= 1;
          }
        } else if (a.has_dir && a.dir > 0) {
          // the first such season that begins after the reference
          if (a.season == 4) {
            y += ref_month == 12 ? 2 : 1;
          } else if (ref_month >= start_month) {
            y += 1;
          }
        } else if (a.season == 4 && ref_month == 12) {
          y += 1;  // this winter, said in December
        }
      }
      season_value(y, a.season, t);
      if (t.start) set_period(t, narrow({*t.start, *t.end}, a.fuzzy));
      return t;
    }
    case time_form::quarter:
    case time_form::half: {
      int y = a.year;
      if (y < 0) {
        t.kind = timex_kind::relative;
        if (!has_ref) {
          t.value = a.form == time_form::quarter ? fmt::format("XXXX-Q{}", a.quarter)
                                                 : fmt::format("XXXX-H{}", a.half);
          return t;
        }
        y = ref_year + (a.has_dir ? a.dir : 0);
        // A quarter or half not yet begun at the reference is last year's (earnings news).
        const int start_month = a.form == time_form::quarter ? 3 * a.quarter - 2 : 6 * a.half - 5;
        if (!a.has_dir && start_month > month_of(ref)) y -= 1;
      }
      if (a.form == time_form::quarter && a.quarter == 0) {
        // "the 1988 quarter": the quarter the story reports (the last completed one at the
        // reference), in the year stated
        if (!has_ref) {
          t.value = fmt::format("{:04}-QX", y);
          return t;
        }
        const int q = ((month_of(ref) - 1) / 3 + 3) % 4 + 1;
        t.value = fmt::format("{:04}-Q{}", y, q);
        const int sm = 3 * q - 2;
        set_period(t,
                   {ymd_days(y, sm, 1), sm == 10 ? ymd_days(y + 1, 1, 1) : ymd_days(y, sm + 3, 1)});
      } else if (a.form == time_form::quarter) {
        t.value = fmt::format("{:04}-Q{}", y, a.quarter);
        const int sm = 3 * a.quarter - 2;
        set_period(t,
                   {ymd_days(y, sm, 1), sm == 10 ? ymd_days(y + 1, 1, 1) : ymd_days(y, sm + 3, 1)});
      } else {
        t.value = fmt::format("{:04}-H{}", y, a.half);
        set_period(t, {ymd_days(y, a.half == 1 ? 1 : 7, 1),
                       a.half == 1 ? ymd_days(y, 7, 1) : ymd_days(y + 1, 1, 1)});
      }
      return t;
    }
    case time_form::clock: {
      t.type = timex_type::time;
      t.kind = timex_kind::relative;
      if (!has_ref) {
        t.value = "XXXX-XX-XX" + clock_suffix(a);
        return t;
      }
      t.value = date_value(ref) + clock_suffix(a);
      set_period(t, {ref, ref + days{1}});
      return t;
    }
    case time_form::deictic: {
      t.kind = timex_kind::relative;
      if (a.part_of_day != 0) t.type = timex_type::time;
      if (!has_ref) {
        t.value = a.shift == 0 ? "PRESENT_REF" : a.shift < 0 ? "PAST_REF" : "FUTURE_REF";
        return t;
      }
      const sys_days d = ref + days{a.shift};
      t.value = date_value(d);
      if (a.part_of_day != 0) t.value += std::string("T") + part_of_day_code(a.part_of_day);
      set_period(t, {d, d + days{1}});
      return t;
    }
    case time_form::ref: {
      t.kind = timex_kind::relative;
      t.value = a.ref == 1 ? "PRESENT_REF" : a.ref == 2 ? "PAST_REF" : "FUTURE_REF";
      if (has_ref && a.ref == 1) set_period(t, {ref, ref + days{1}});
      return t;
    }
    case time_form::rel_unit:
    case time_form::part_this: {
      t.kind = timex_kind::relative;
      int n = a.has_dir ? a.dir : 0;
      if (a.has_dir && a.dir < 0 && (a.unit == time_unit::decade || a.unit == time_unit::century)) {
        // "the past decade" is a stretch of time ending now, not the calendar decade before
        t.type = timex_type::duration;
        t.kind = timex_kind::duration;
        t.value = duration_value(a.unit, 1);
        return t;
      }
      if (a.anaphoric && has_ref) {
        // earnings news: "the quarter" is the last one reported; "the weekend" the last one,
        // unless the story looks ahead
        const unsigned iso = weekday{ref}.iso_encoding();
        if (a.unit == time_unit::quarter) n = -1;
        if (a.unit == time_unit::weekend && iso < 6 && tense != time_tense::future) n = -1;
      }
      if (!has_ref) {
        t.value = n < 0 ? "PAST_REF" : n > 0 ? "FUTURE_REF" : "PRESENT_REF";
        return t;
      }
      if (a.quarter_context && a.unit == time_unit::year && n == -1 && a.fuzzy == 0) {
        return unit_period(time_unit::quarter, ref, -5, t) ? std::optional{t} : std::nullopt;
      }
      if (!unit_period(a.unit, ref, n, t)) return std::nullopt;
      if (a.form == time_form::part_this && t.start) {
        if (a.earlier_later < 0 && ref > *t.start && ref < *t.end) t.end = ref;
        if (a.earlier_later > 0 && ref >= *t.start && ref + days{1} < *t.end)
          t.start = ref + days{1};
      } else if (t.start) {
        set_period(t, narrow({*t.start, *t.end}, a.fuzzy));
      }
      return t;
    }
    case time_form::weekday: {
      t.kind = timex_kind::relative;
      t.has_weekday = true;
      t.weekday = weekday{static_cast<unsigned>(a.weekday)};
      if (!has_ref) {
        // ISO weekday number: Monday 1 .. Sunday 7.
        t.value = fmt::format("XXXX-WXX-{}", a.weekday == 0 ? 7 : a.weekday);
        if (a.part_of_day != 0) t.value += std::string("T") + part_of_day_code(a.part_of_day);
        if (a.hour >= 0) {
          t.type = timex_type::time;
          t.value += clock_suffix(a);
        }
        return t;
      }
      const sys_days d = resolve_weekday(ref, a.weekday, a, tense);
      t.value = date_value(d);
      if (a.part_of_day != 0) t.value += std::string("T") + part_of_day_code(a.part_of_day);
      if (a.hour >= 0) {
        t.type = timex_type::time;
        t.value += clock_suffix(a);
      }
      set_period(t, {d, d + days{1}});
      return t;
    }
    case time_form::ago: {
      t.kind = timex_kind::relative;
      const int sign = a.dir < 0 ? -1 : 1;
      // "more than seven years ago" lies before the point seven years back; "from now" after it.
      switch (a.quant_mod) {
        case 1:
          t.mod = sign < 0 ? "BEFORE" : "AFTER";
          break;
        case 2:
          t.mod = sign < 0 ? "AFTER" : "BEFORE";
          break;
        case 3:
          t.mod = "APPROX";
          break;
        case 4:
          t.mod = sign < 0 ? "ON_OR_BEFORE" : "ON_OR_AFTER";
          break;
        case 5:
          t.mod = sign < 0 ? "ON_OR_AFTER" : "ON_OR_BEFORE";
          break;
        default:
          break;
      }
      if (a.count < 0 || !has_ref) {
        t.value = sign < 0 ? "PAST_REF" : "FUTURE_REF";
        return t;
      }
      const int n = sign * a.count;
      if (a.quarter_context && a.unit == time_unit::year && a.count == 1 && sign < 0) {
        // earnings news: "a year earlier" beside a quarter is the same quarter a year before
        // the last reported one
        return unit_period(time_unit::quarter, ref, -5, t) ? std::optional{t} : std::nullopt;
      }
      switch (a.unit) {
        case time_unit::second:
        case time_unit::minute:
        case time_unit::hour:
          t.value = date_value(ref);
          set_period(t, {ref, ref + days{1}});
          return t;
        case time_unit::day:
          return unit_period(time_unit::day, ref, n, t) ? std::optional{t} : std::nullopt;
        case time_unit::week:
        case time_unit::weekend:
          return unit_period(time_unit::week, ref, n, t) ? std::optional{t} : std::nullopt;
        case time_unit::fortnight:
          return unit_period(time_unit::week, ref, 2 * n, t) ? std::optional{t} : std::nullopt;
        case time_unit::month:
          return unit_period(time_unit::month, ref, n, t) ? std::optional{t} : std::nullopt;
        case time_unit::quarter:
          return unit_period(time_unit::quarter, ref, n, t) ? std::optional{t} : std::nullopt;
        case time_unit::year:
          return unit_period(time_unit::year, ref, n, t) ? std::optional{t} : std::nullopt;
        case time_unit::decade:
          return unit_period(time_unit::year, ref, 10 * n, t) ? std::optional{t} : std::nullopt;
        case time_unit::century:
          return unit_period(time_unit::year, ref, 100 * n, t) ? std::optional{t} : std::nullopt;
        case time_unit::none:
          return std::nullopt;
      }
      return std::nullopt;
    }
    case time_form::duration: {
      t.type = timex_type::duration;
      t.kind = a.anchored ? timex_kind::anchored : timex_kind::duration;
      if (a.and_half && a.count >= 0) {
        t.value = half_more_value(a.unit, a.count);
      } else if (a.amount >= 0) {
        const int whole = static_cast<int>(a.amount);
        t.value = a.amount - whole == 0.5 && whole > 0 ? half_more_value(a.unit, whole)
                                                       : fraction_duration_value(a.unit, a.amount);
      } else if (a.unit2 != time_unit::none) {
        t.value = compound_duration_value(a);
      } else {
        t.value = duration_value(a.unit, a.count);
      }
      t.mod = duration_mod(a.quant_mod);
      return t;
    }
    case time_form::set: {
      t.type = timex_type::set;
      t.kind = timex_kind::set;
      if (a.weekday >= 0) {
        t.value = fmt::format("XXXX-WXX-{}", a.weekday == 0 ? 7 : a.weekday);
        if (a.part_of_day != 0) t.value += std::string("T") + part_of_day_code(a.part_of_day);
      } else if (a.part_of_day != 0) {
        t.value = std::string("XXXX-XX-XXT") + part_of_day_code(a.part_of_day);
      } else {
        t.value = duration_value(a.unit, a.count < 0 ? 1 : a.count);
      }
      return t;
    }
    case time_form::holiday:
      return normalize_holiday(a, has_ref, ref, tense);
    case time_form::week: {
      int y = a.year;
      if (y < 0) {
        t.kind = timex_kind::relative;
        if (!has_ref) {
          t.value = a.week > 0 ? fmt::format("XXXX-W{:02}", a.week) : "XXXX-WXX";
          return t;
        }
        y = ref_year + (a.has_dir ? a.dir : 0);
      }
      // ISO week 1 holds 4 January; the last week holds 28 December
      const sys_days monday = a.week > 0 ? monday_of(ymd_days(y, 1, 4)) + days{7 * (a.week - 1)}
                                         : monday_of(ymd_days(y, 12, 28));
      if (iso_week_value(monday).substr(0, 4) != fmt::format("{:04}", y))
        return std::nullopt;  // week 53 of a 52-week year
      t.value = iso_week_value(monday);
      set_period(t, {monday, monday + days{7}});
      return t;
    }
    case time_form::century: {
      const int c0 = (a.count - 1) * 100;
      t.value = fmt::format("{:02}", a.count - 1);
      set_period(t, narrow({ymd_days(c0 < 1 ? 1 : c0, 1, 1), ymd_days(c0 + 100, 1, 1)}, a.fuzzy));
      return t;
    }
    case time_form::none:
      break;
  }
  return std::nullopt;
}

}  // namespace factcheck::grammar
