// time_values: TIMEX3 value strings (clock, duration, modifiers) and the periods a value covers
// (months, years, units, seasons, weekdays).
#include "grammar/time_values.hpp"

#include <fmt/format.h>

#include <cstdlib>

#include "text/ascii.hpp"

namespace factcheck::grammar::normalize {

using namespace std::chrono;
using text::iso_date;

int month_of(sys_days d) { return static_cast<int>(calendar::month_of(d)); }

period month_period(int y, int m) {
  const sys_days s = ymd_days(y, m, 1);
  const sys_days e = m == 12 ? ymd_days(y + 1, 1, 1) : ymd_days(y, m + 1, 1);
  return {s, e};
}

period year_period(int y) { return {ymd_days(y, 1, 1), ymd_days(y + 1, 1, 1)}; }

std::string date_value(sys_days d) { return iso_date(year_month_day{d}); }

std::string clock_suffix(const time_ast& a) {
  if (a.hour < 0) return {};
  int h = a.hour;
  if (a.meridiem == 2 && h < 12) h += 12;
  if (a.meridiem == 1 && h == 12) h = 0;
  // seconds only when they say something: "10:00:00Z" stays T10:00
  if (a.second > 0)
    return fmt::format("T{:02}:{:02}:{:02}", h, a.minute < 0 ? 0 : a.minute, a.second);
  return fmt::format("T{:02}:{:02}", h, a.minute < 0 ? 0 : a.minute);
}

const char* part_of_day_code(int p) {
  switch (p) {
    case 1:
      return "MO";
    case 2:
      return "AF";
    case 3:
      return "EV";
    case 4:
      return "NI";
    default:
      return "";
  }
}

const char* duration_mod(int quant_mod) {
  switch (quant_mod) {
    case 1:
      return "MORE_THAN";
    case 2:
      return "LESS_THAN";
    case 3:
      return "APPROX";
    case 4:
      return "EQUAL_OR_MORE";
    case 5:
      return "EQUAL_OR_LESS";
    default:
      return "";
  }
}

const char* fuzzy_mod(int f) {
  switch (f) {
    case 1:
      return "START";
    case 2:
      return "MID";
    case 3:
      return "END";
    default:
      return "";
  }
}

// Narrows an interval to its first, middle or last third for early/mid/late.
period narrow(period p, int fuzzy) {
  if (fuzzy == 0) return p;
  const auto len = (p.end - p.start).count();
  const auto third = len / 3 > 0 ? len / 3 : 1;
  switch (fuzzy) {
    case 1:
      return {p.start, p.start + days{third}};
    case 2:
      return {p.start + days{third}, p.end - days{third}};
    default:
      return {p.end - days{third}, p.end};
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
    case time_unit::second:
      clock_unit = true;
      return count + "S";
    case time_unit::minute:
      clock_unit = true;
      return count + "M";
    case time_unit::hour:
      clock_unit = true;
      return count + "H";
    case time_unit::day:
      return count + "D";
    case time_unit::week:
      return count + "W";
    case time_unit::weekend:
      return count + "WE";
    case time_unit::fortnight:
      return n < 0 ? "XW" : std::to_string(2 * n) + "W";
    case time_unit::month:
      return count + "M";
    case time_unit::quarter:
      return count + "Q";
    case time_unit::year:
      return count + "Y";
    case time_unit::decade:
      return n < 0 ? "XDE" : std::to_string(10 * n) + "Y";
    case time_unit::century:
      return n < 0 ? "XCE" : std::to_string(100 * n) + "Y";
    case time_unit::none:
      break;
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
    case time_unit::second:
      return "PT" + count + ".5S";
    case time_unit::minute:
      return "PT" + count + "M30S";
    case time_unit::hour:
      return "PT" + count + "H30M";
    case time_unit::day:
      return "P" + count + "DT12H";
    case time_unit::week:
      return fmt::format("P{}DT12H", 7 * n + 3);
    case time_unit::fortnight:
      return fmt::format("P{}D", 14 * n + 7);
    case time_unit::month:
      return "P" + count + "M15D";
    case time_unit::quarter:
      return fmt::format("P{}M15D", 3 * n + 1);
    case time_unit::year:
      return "P" + count + "Y6M";
    case time_unit::decade:
      return fmt::format("P{}Y", 10 * n + 5);
    case time_unit::century:
      return fmt::format("P{}Y", 100 * n + 50);
    case time_unit::weekend:
    case time_unit::none:
      break;
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
    case time_unit::year:
      smaller = time_unit::month;
      per = 12;
      break;
    case time_unit::day:
      smaller = time_unit::hour;
      per = 24;
      break;
    case time_unit::hour:
      smaller = time_unit::minute;
      per = 60;
      break;
    case time_unit::minute:
      smaller = time_unit::second;
      per = 60;
      break;
    default:
      break;
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
    case time_unit::fortnight:
      return unit_period(time_unit::week, day, 2 * n, t);
    case time_unit::month: {
      shift_month(y, m, n);
      t.value = fmt::format("{:04}-{:02}", y, m);
      set_period(t, month_period(y, m));
      return true;
    }
    case time_unit::quarter: {
      int q = (m - 1) / 3 + n;
      int qy = y + (q >= 0 ? q / 4 : (q - 3) / 4);
      q = ((q % 4) + 4) % 4;
      t.value = fmt::format("{:04}-Q{}", qy, q + 1);
      set_period(t, {ymd_days(qy, 3 * q + 1, 1),
                     q == 3 ? ymd_days(qy + 1, 1, 1) : ymd_days(qy, 3 * q + 4, 1)});
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
    default:
      return false;
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
  const bool future =
      tense == time_tense::future || (a.has_dir && a.dir == 0 && tense != time_tense::past);
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

// "Tuesday the 11th": the day `d` of the month nearest the reference in which it falls on that
// weekday (looking only ahead in a future sentence, only back in a past one).
std::optional<sys_days> weekday_day_date(sys_days ref, int wd, int d, time_tense tense) {
  std::optional<sys_days> best;
  int y = year_of(ref);
  int m = month_of(ref);
  shift_month(y, m, -13);
  for (int k = 0; k <= 26; ++k, shift_month(y, m, 1)) {
    if (!valid_date(y, m, d)) continue;
    const sys_days day = ymd_days(y, m, d);
    if (weekday{day} != weekday{static_cast<unsigned>(wd)}) continue;
    if (tense == time_tense::future && day < ref) continue;
    if (tense == time_tense::past && day > ref) continue;
    if (!best || std::labs((day - ref).count()) < std::labs((*best - ref).count())) best = day;
  }
  return best;
}

}  // namespace factcheck::grammar::normalize
