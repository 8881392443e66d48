#include "grammar/time_normalize.hpp"
#include "text/ascii.hpp"

#include <cstdlib>

#include <fmt/format.h>

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
namespace {

using namespace std::chrono;

struct period {
  sys_days start;
  sys_days end;
};

sys_days ymd_days(int y, int m, int d) {
  return sys_days{year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)}};
}

bool valid_date(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}}.ok();
}

int year_of(sys_days d) { return static_cast<int>(year_month_day{d}.year()); }
int month_of(sys_days d) { return static_cast<int>(static_cast<unsigned>(year_month_day{d}.month())); }

period month_period(int y, int m) {
  const sys_days s = ymd_days(y, m, 1);
  const sys_days e = m == 12 ? ymd_days(y + 1, 1, 1) : ymd_days(y, m + 1, 1);
  return {s, e};
}

period year_period(int y) { return {ymd_days(y, 1, 1), ymd_days(y + 1, 1, 1)}; }

// Shifts a month by n months.
void add_months(int& y, int& m, int n) {
  int total = y * 12 + (m - 1) + n;
  y = total / 12;
  m = total % 12 + 1;
}

sys_days monday_of(sys_days d) {
  const unsigned iso = weekday{d}.iso_encoding();  // Monday 1 .. Sunday 7
  return d - days{static_cast<int>(iso) - 1};
}

std::string date_value(sys_days d) {
  return iso_date(year_month_day{d});
}

std::string clock_suffix(const time_ast& a) {
  if (a.hour < 0) return {};
  int h = a.hour;
  if (a.meridiem == 2 && h < 12) h += 12;
  if (a.meridiem == 1 && h == 12) h = 0;
  // seconds only when they say something: "10:00:00Z" stays T10:00
  if (a.second > 0) return fmt::format("T{:02}:{:02}:{:02}", h, a.minute < 0 ? 0 : a.minute, a.second);
  return fmt::format("T{:02}:{:02}", h, a.minute < 0 ? 0 : a.minute);
}

const char* part_of_day_code(int p) {
  switch (p) {
    case 1: return "MO";
    case 2: return "AF";
    case 3: return "EV";
    case 4: return "NI";
    default: return "";
  }
}

const char* duration_mod(int quant_mod) {
  switch (quant_mod) {
    case 1: return "MORE_THAN";
    case 2: return "LESS_THAN";
    case 3: return "APPROX";
    case 4: return "EQUAL_OR_MORE";
    case 5: return "EQUAL_OR_LESS";
    default: return "";
  }
}

const char* fuzzy_mod(int f) {
  switch (f) {
    case 1: return "START";
    case 2: return "MID";
    case 3: return "END";
    default: return "";
  }
}

// Narrows an interval to its first, middle or last third for early/mid/late.
period narrow(period p, int fuzzy) {
  if (fuzzy == 0) return p;
  const auto len = (p.end - p.start).count();
  const auto third = len / 3 > 0 ? len / 3 : 1;
  switch (fuzzy) {
    case 1: return {p.start, p.start + days{third}};
    case 2: return {p.start + days{third}, p.end - days{third}};
    default: return {p.end - days{third}, p.end};
  }
}

// The year for a month (and day) stated without one: the reference year, unless the same date in
// the adjacent year is clearly nearer the reference (by a month; a December story speaking of
// "Jan. 5" means the coming January), or the tense asks for it (a future story looking past the
// year end, "since" looking back). Far ahead counts a little farther than as far behind: news
// mostly reports what happened.
int nearest_year(int ref_year, sys_days ref, int m, int d, time_tense tense) {
  auto when = [&](int y) { return ymd_days(y, m, valid_date(y, m, d) ? d : 28); };
  auto cost = [&](int y) {
    const long signed_days = static_cast<long>((when(y) - ref).count());
    long c = std::labs(signed_days);
    if (tense == time_tense::unknown && signed_days > 92) c += 60;
    return c;
  };
  const sys_days same = when(ref_year);
  if (tense == time_tense::future && same < ref - days{31}) return ref_year + 1;
  if (tense == time_tense::past && same > ref + days{31}) return ref_year - 1;
  constexpr long clearly = 30;
  int best = ref_year;
  for (int y : {ref_year - 1, ref_year + 1}) {
    if (tense == time_tense::future && y < ref_year) continue;
    if (tense == time_tense::past && y > ref_year) continue;
    if (cost(y) + clearly < cost(best)) best = y;
  }
  return best;
}

bool is_leap(int y) { return year{y}.is_leap(); }

// The leap year nearest `y` whose 29 February lies on the side of the reference the tense asks for.
int nearest_leap_year(int y, sys_days ref, time_tense tense) {
  int best = 0;
  long best_cost = 0;
  for (int c = y - 4; c <= y + 4; ++c) {
    if (!is_leap(c)) continue;
    const sys_days day = ymd_days(c, 2, 29);
    if (tense == time_tense::future && day < ref) continue;
    if (tense == time_tense::past && day > ref) continue;
    const long cost = std::labs((day - ref).count());
    if (best == 0 || cost < best_cost) {
      best = c;
      best_cost = cost;
    }
  }
  return best == 0 ? y : best;
}

std::string unit_code(time_unit u, int n, bool& clock_unit) {
  clock_unit = false;
  const std::string count = n < 0 ? "X" : std::to_string(n);
  switch (u) {
    case time_unit::second: clock_unit = true; return count + "S";
    case time_unit::minute: clock_unit = true; return count + "M";
    case time_unit::hour: clock_unit = true; return count + "H";
    case time_unit::day: return count + "D";
    case time_unit::week: return count + "W";
    case time_unit::weekend: return count + "WE";
    case time_unit::fortnight: return n < 0 ? "XW" : std::to_string(2 * n) + "W";
    case time_unit::month: return count + "M";
    case time_unit::quarter: return count + "Q";
    case time_unit::year: return count + "Y";
    case time_unit::decade: return n < 0 ? "XDE" : std::to_string(10 * n) + "Y";
    case time_unit::century: return n < 0 ? "XCE" : std::to_string(100 * n) + "Y";
    case time_unit::none: break;
  }
  return count + "D";
}

std::string duration_value(time_unit u, int n) {
  bool clock_unit = false;
  const std::string code = unit_code(u, n, clock_unit);
  return clock_unit ? "PT" + code : "P" + code;
}

// "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M, "a minute and a half" -> PT1M30S: the half is
// written in the next smaller unit, as TimeML durations have no fractions.
std::string half_more_value(time_unit u, int n) {
  const std::string count = std::to_string(n < 0 ? 0 : n);
  switch (u) {
    case time_unit::second: return "PT" + count + ".5S";
    case time_unit::minute: return "PT" + count + "M30S";
    case time_unit::hour: return "PT" + count + "H30M";
    case time_unit::day: return "P" + count + "DT12H";
    case time_unit::week: return fmt::format("P{}DT12H", 7 * n + 3);
    case time_unit::fortnight: return fmt::format("P{}D", 14 * n + 7);
    case time_unit::month: return "P" + count + "M15D";
    case time_unit::quarter: return fmt::format("P{}M15D", 3 * n + 1);
    case time_unit::year: return "P" + count + "Y6M";
    case time_unit::decade: return fmt::format("P{}Y", 10 * n + 5);
    case time_unit::century: return fmt::format("P{}Y", 100 * n + 50);
    case time_unit::weekend:
    case time_unit::none: break;
  }
  return duration_value(u, n);
}

// "PT1H30M", "P2Y6M", "P1DT12H": two units, the larger first (time units after the T).
std::string compound_duration_value(const time_ast& a) {
  bool first_clock = false;
  bool second_clock = false;
  const std::string first = unit_code(a.unit, a.count, first_clock);
  const std::string second = unit_code(a.unit2, a.count2, second_clock);
  if (first_clock) return "PT" + first + second;
  return "P" + first + (second_clock ? "T" : "") + second;
}

// "PT1H30M", "P1Y6M" (TimeML writes the fraction in the next smaller unit where it is whole),
// else "PT2.25M", "P0.5W": a duration with a fractional count.
std::string fraction_duration_value(time_unit u, double amount) {
  const int whole = static_cast<int>(amount);
  const double rest = amount - whole;
  time_unit smaller = time_unit::none;
  int per = 0;
  switch (u) {
    case time_unit::year: smaller = time_unit::month; per = 12; break;
    case time_unit::day: smaller = time_unit::hour; per = 24; break;
    case time_unit::hour: smaller = time_unit::minute; per = 60; break;
    case time_unit::minute: smaller = time_unit::second; per = 60; break;
    default: break;
  }
  const double parts = rest * per;
  if (per > 0 && rest > 0 && parts == static_cast<int>(parts)) {
    time_ast a;
    a.unit = u;
    a.count = whole;
    a.unit2 = smaller;
    a.count2 = static_cast<int>(parts);
    if (whole == 0) {
      bool clock_unit = false;
      const std::string code = unit_code(smaller, a.count2, clock_unit);
      return (clock_unit ? "PT" : "P") + code;
    }
    return compound_duration_value(a);
  }
  bool clock_unit = false;
  const std::string code = unit_code(u, 1, clock_unit);  // "1H": the unit letter(s) after the count
  std::string number = fmt::format("{}", amount);
  if (u == time_unit::decade || u == time_unit::century || u == time_unit::fortnight) {
    const double factor = u == time_unit::decade ? 10 : u == time_unit::century ? 100 : 2;
    number = fmt::format("{}", amount * factor);
  }
  return (clock_unit ? "PT" : "P") + number + code.substr(code.find_first_not_of("0123456789"));
}

void set_period(time_expression& t, period p) {
  t.start = p.start;
  t.end = p.end;
}

// The period of `unit` that contains `day`, shifted by `n` units, with its TIMEX3 value.
bool unit_period(time_unit unit, sys_days day, int n, time_expression& t) {
  int y = year_of(day);
  int m = month_of(day);
  switch (unit) {
    case time_unit::day: {
      const sys_days d = day + days{n};
      t.value = date_value(d);
      set_period(t, {d, d + days{1}});
      return true;
    }
    case time_unit::week:
    case time_unit::weekend: {
      const sys_days monday = monday_of(day) + days{7 * n};
      t.value = iso_week_value(monday);
      if (unit == time_unit::weekend) {
        t.value += "-WE";
        set_period(t, {monday + days{5}, monday + days{7}});
      } else {
        set_period(t, {monday, monday + days{7}});
      }
      return true;
    }
    case time_unit::fortnight: return unit_period(time_unit::week, day, 2 * n, t);
    case time_unit::month: {
      add_months(y, m, n);
      t.value = fmt::format("{:04}-{:02}", y, m);
      set_period(t, month_period(y, m));
      return true;
    }
    case time_unit::quarter: {
      int q = (m - 1) / 3 + n;
      int qy = y + (q >= 0 ? q / 4 : (q - 3) / 4);
      q = ((q % 4) + 4) % 4;
      t.value = fmt::format("{:04}-Q{}", qy, q + 1);
      set_period(t, {ymd_days(qy, 3 * q + 1, 1), q == 3 ? ymd_days(qy + 1, 1, 1) : ymd_days(qy, 3 * q + 4, 1)});
      return true;
    }
    case time_unit::year: {
      t.value = fmt::format("{:04}", y + n);
      set_period(t, year_period(y + n));
      return true;
    }
    case time_unit::decade: {
      const int d0 = (y / 10 + n) * 10;
      t.value = fmt::format("{:03}", d0 / 10);
      set_period(t, {ymd_days(d0, 1, 1), ymd_days(d0 + 10, 1, 1)});
      return true;
    }
    case time_unit::century: {
      const int c0 = (y / 100 + n) * 100;
      t.value = fmt::format("{:02}", c0 / 100);
      set_period(t, {ymd_days(c0, 1, 1), ymd_days(c0 + 100, 1, 1)});
      return true;
    }
    default: return false;
  }
}

// The weekday `wd` relative to the reference under the news convention.
sys_days resolve_weekday(sys_days ref, int wd, const time_ast& a, time_tense tense) {
  const weekday target{static_cast<unsigned>(wd)};
  const weekday ref_wd{ref};
  const int back = static_cast<int>((ref_wd - target).count());   // days since the last one (0..6)
  const int ahead = static_cast<int>((target - ref_wd).count());  // days until the next one (0..6)
  if (a.has_dir && a.dir < 0) return ref - days{back == 0 ? 7 : back};
  if (a.has_dir && a.dir > 0) return ref + days{ahead == 0 ? 7 : ahead};
  const bool future = tense == time_tense::future || (a.has_dir && a.dir == 0 && tense != time_tense::past);
  return future ? ref + days{ahead} : ref - days{back};
}

// Resolved season: "2014-SU" and its months (winter starts in December of the year before).
void season_value(int y, int s, time_expression& t) {
  static constexpr const char* codes[] = {"", "SP", "SU", "FA", "WI"};
  t.value = fmt::format("{:04}-{}", y, codes[s]);
  const int start_month = s == 4 ? 12 : 3 * s;
  const sys_days start = s == 4 ? ymd_days(y - 1, 12, 1) : ymd_days(y, start_month, 1);
  set_period(t, {start, sys_days{year_month_day{start} + months{3}}});
}

// Easter Sunday of year y (Gregorian computus, Meeus/Jones/Butcher).
sys_days easter_sunday(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
  const int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return ymd_days(y, month, day);
}

// The date of a holiday rule (holiday_symbols in time_rules_def.hpp) in year y.
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

// "Tuesday the 11th": the day `d` of the month nearest the reference in which it falls on that
// weekday (looking only ahead in a future sentence, only back in a past one).
std::optional<sys_days> weekday_day_date(sys_days ref, int wd, int d, time_tense tense) {
  std::optional<sys_days> best;
  int y = year_of(ref);
  int m = month_of(ref);
  add_months(y, m, -13);
  for (int k = 0; k <= 26; ++k, add_months(y, m, 1)) {
    if (!valid_date(y, m, d)) continue;
    const sys_days day = ymd_days(y, m, d);
    if (weekday{day} != weekday{static_cast<unsigned>(wd)}) continue;
    if (tense == time_tense::future && day < ref) continue;
    if (tense == time_tense::past && day > ref) continue;
    if (!best || std::labs((day - ref).count()) < std::labs((*best - ref).count())) best = day;
  }
  return best;
}

}  // namespace

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
        if (!valid_date(static_cast<int>(r.year()), static_cast<int>(static_cast<unsigned>(r.month())), d)) {
          return std::nullopt;
        }
        const sys_days day = ymd_days(static_cast<int>(r.year()), static_cast<int>(static_cast<unsigned>(r.month())), d);
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
        set_period(t, {ymd_days(y, sm, 1), sm == 10 ? ymd_days(y + 1, 1, 1) : ymd_days(y, sm + 3, 1)});
      } else if (a.form == time_form::quarter) {
        t.value = fmt::format("{:04}-Q{}", y, a.quarter);
        const int sm = 3 * a.quarter - 2;
        set_period(t, {ymd_days(y, sm, 1), sm == 10 ? ymd_days(y + 1, 1, 1) : ymd_days(y, sm + 3, 1)});
      } else {
        t.value = fmt::format("{:04}-H{}", y, a.half);
        set_period(t, {ymd_days(y, a.half == 1 ? 1 : 7, 1), a.half == 1 ? ymd_days(y, 7, 1) : ymd_days(y + 1, 1, 1)});
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
        if (a.earlier_later > 0 && ref >= *t.start && ref + days{1} < *t.end) t.start = ref + days{1};
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
        case 1: t.mod = sign < 0 ? "BEFORE" : "AFTER"; break;
        case 2: t.mod = sign < 0 ? "AFTER" : "BEFORE"; break;
        case 3: t.mod = "APPROX"; break;
        case 4: t.mod = sign < 0 ? "ON_OR_BEFORE" : "ON_OR_AFTER"; break;
        case 5: t.mod = sign < 0 ? "ON_OR_AFTER" : "ON_OR_BEFORE"; break;
        default: break;
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
        case time_unit::day: return unit_period(time_unit::day, ref, n, t) ? std::optional{t} : std::nullopt;
        case time_unit::week:
        case time_unit::weekend: return unit_period(time_unit::week, ref, n, t) ? std::optional{t} : std::nullopt;
        case time_unit::fortnight: return unit_period(time_unit::week, ref, 2 * n, t) ? std::optional{t} : std::nullopt;
        case time_unit::month: return unit_period(time_unit::month, ref, n, t) ? std::optional{t} : std::nullopt;
        case time_unit::quarter: return unit_period(time_unit::quarter, ref, n, t) ? std::optional{t} : std::nullopt;
        case time_unit::year: return unit_period(time_unit::year, ref, n, t) ? std::optional{t} : std::nullopt;
        case time_unit::decade: return unit_period(time_unit::year, ref, 10 * n, t) ? std::optional{t} : std::nullopt;
        case time_unit::century: return unit_period(time_unit::year, ref, 100 * n, t) ? std::optional{t} : std::nullopt;
        case time_unit::none: return std::nullopt;
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
    case time_form::holiday: return normalize_holiday(a, has_ref, ref, tense);
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
      const sys_days monday =
          a.week > 0 ? monday_of(ymd_days(y, 1, 4)) + days{7 * (a.week - 1)} : monday_of(ymd_days(y, 12, 28));
      if (iso_week_value(monday).substr(0, 4) != fmt::format("{:04}", y)) return std::nullopt;  // week 53 of a 52-week year
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
    case time_form::none: break;
  }
  return std::nullopt;
}

}  // namespace factcheck::grammar
