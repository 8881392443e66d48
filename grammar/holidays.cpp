// holidays: the dates of named holidays (fixed, nth weekday, Easter-based) and their TIMEX3 values.
#include <fmt/format.h>

#include <cstdlib>

#include "grammar/time_values.hpp"
#include "text/ascii.hpp"

namespace factcheck::grammar::normalize {

using namespace std::chrono;

// Easter Sunday of year y (Gregorian computus, Meeus/Jones/Butcher).
sys_days easter_sunday(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
  const int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return ymd_days(y, month, day);
}

// The date of a holiday rule (holiday_symbols in holiday_rules_def.hpp) in year y.
sys_days holiday_date(int code, int y) {
  if (code < 10000) return ymd_days(y, code / 100, code % 100);
  if (code < 20000) {
    const int m = code / 100 % 100;
    const int n = code / 10 % 10;
    const weekday wd{static_cast<unsigned>(code % 10)};
    const year_month ym{year{y}, month{static_cast<unsigned>(m)}};
    if (n == 5) return sys_days{ym / weekday_last{wd}};
    return sys_days{ym / wd[static_cast<unsigned>(n)]};
  }
  if (code < 30000) return easter_sunday(y) + days{code - 20500};
  return sys_days{year{y} / November / Thursday[4]} + days{code - 30000};
}

// A holiday: of its stated year; "last Easter" the latest one before the reference, "next Easter"
// the first one after it, "this Easter" the reference year's; else the nearest, like a date
// written without a year.
std::optional<time_expression> normalize_holiday(const time_ast& a, bool has_ref, sys_days ref,
                                                 time_tense tense) {
  time_expression t;
  int y = a.year;
  if (y < 0) {
    t.has_year = false;
    t.kind = timex_kind::relative;
    if (!has_ref) {
      const int code = a.holiday;
      t.value = code < 10000 ? fmt::format("XXXX-{:02}-{:02}", code / 100, code % 100)
                             : fmt::format("XXXX-{:02}", month_of(holiday_date(code, 2001)));
      return t;
    }
    const int ref_year = year_of(ref);
    y = ref_year;
    if (a.has_dir && a.dir < 0) {
      if (holiday_date(a.holiday, y) >= ref) --y;
    } else if (a.has_dir && a.dir > 0) {
      if (holiday_date(a.holiday, y) <= ref) ++y;
    } else if (!a.has_dir) {
      const year_month_day same{holiday_date(a.holiday, ref_year)};
      y = nearest_year(ref_year, ref, static_cast<int>(static_cast<unsigned>(same.month())),
                       static_cast<int>(static_cast<unsigned>(same.day())), tense);
    }
  }
  const sys_days d = holiday_date(a.holiday, y);
  if (a.unit == time_unit::week) {
    t.value = iso_week_value(d);
    set_period(t, {monday_of(d), monday_of(d) + days{7}});
    return t;
  }
  if (a.unit == time_unit::weekend) {
    // the weekend next to the holiday: before a Monday holiday, else the one of its week
    const sys_days monday = monday_of(weekday{d} == Monday ? d - days{1} : d);
    t.value = iso_week_value(monday) + "-WE";
    set_period(t, {monday + days{5}, monday + days{7}});
    return t;
  }
  t.value = date_value(d);
  set_period(t, {d, d + days{1}});
  return t;
}

}  // namespace factcheck::grammar::normalize
