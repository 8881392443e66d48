#pragma once
// time_values: what the time normalizer's files share (grammar/time_normalize.cpp, the TIMEX3
// value strings and periods of grammar/time_values.cpp, the holidays of grammar/holidays.cpp).
// Internal to grammar/; no X3.

#include <chrono>
#include <optional>
#include <string>

#include "grammar/calendar.hpp"
#include "grammar/time_normalize.hpp"

namespace factcheck::grammar::normalize {

using calendar::is_leap;
using calendar::monday_of;
using calendar::shift_month;
using calendar::valid_date;
using calendar::year_of;
using calendar::ymd_days;
using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

struct period {
  sys_days start;
  sys_days end;
};

int month_of(sys_days d);
period month_period(int y, int m);
period year_period(int y);
std::string date_value(sys_days d);
std::string clock_suffix(const time_ast& a);
const char* part_of_day_code(int p);
const char* duration_mod(int quant_mod);
const char* fuzzy_mod(int f);
period narrow(period p, int fuzzy);
int nearest_year(int ref_year, sys_days ref, int m, int d, time_tense tense);
int nearest_leap_year(int y, sys_days ref, time_tense tense);
std::string unit_code(time_unit u, int n, bool& clock_unit);
std::string duration_value(time_unit u, int n);
std::string half_more_value(time_unit u, int n);
std::string compound_duration_value(const time_ast& a);
std::string fraction_duration_value(time_unit u, double amount);
void set_period(time_expression& t, period p);
bool unit_period(time_unit unit, sys_days day, int n, time_expression& t);
sys_days resolve_weekday(sys_days ref, int wd, const time_ast& a, time_tense tense);
void season_value(int y, int s, time_expression& t);
sys_days easter_sunday(int y);
sys_days holiday_date(int code, int y);
std::optional<time_expression> normalize_holiday(const time_ast& a, bool has_ref, sys_days ref,
                                                 time_tense tense);
std::optional<sys_days> weekday_day_date(sys_days ref, int wd, int d, time_tense tense);

}  // namespace factcheck::grammar::normalize
