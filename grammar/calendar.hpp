#pragma once
// calendar: the one place for month and weekday names and for year, month and ISO-week
// arithmetic on std::chrono (proleptic Gregorian, sys_days). Used by the time normalizer, the
// period composer and the scanners; no X3 here.

#include <algorithm>
#include <array>
#include <chrono>
#include <optional>
#include <string_view>

#include "text/char_class.hpp"

namespace factcheck::grammar::calendar {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

// Full English month names, lower-case, January first.
inline constexpr std::array<std::string_view, 12> month_names = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

// Full English weekday names, lower-case, Monday first (ISO order).
inline constexpr std::array<std::string_view, 7> weekday_names = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// 1-12 for a full month name or its three-letter abbreviation ("Sept" too), any ASCII case.
constexpr std::optional<int> month_number(std::string_view word) {
  if (text::equals_lower(word, "sept")) return 9;
  for (std::size_t i = 0; i < month_names.size(); ++i) {
    if (text::equals_lower(word, month_names[i]) ||
        text::equals_lower(word, month_names[i].substr(0, 3))) {
      return static_cast<int>(i) + 1;
    }
  }
  return std::nullopt;
}

// 1 (Monday) - 7 (Sunday) for a full weekday name, any ASCII case.
constexpr std::optional<int> weekday_number(std::string_view word) {
  for (std::size_t i = 0; i < weekday_names.size(); ++i) {
    if (text::equals_lower(word, weekday_names[i])) return static_cast<int>(i) + 1;
  }
  return std::nullopt;
}

inline sys_days ymd_days(int y, int m, int d) {
  return sys_days{std::chrono::year{y} / std::chrono::month{static_cast<unsigned>(m)} /
                  std::chrono::day{static_cast<unsigned>(d)}};
}

inline bool valid_date(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return year_month_day{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                        std::chrono::day{static_cast<unsigned>(d)}}
      .ok();
}

inline int year_of(sys_days d) { return static_cast<int>(year_month_day{d}.year()); }
inline unsigned month_of(sys_days d) { return static_cast<unsigned>(year_month_day{d}.month()); }
inline unsigned day_of(sys_days d) { return static_cast<unsigned>(year_month_day{d}.day()); }
inline bool is_leap(int y) { return std::chrono::year{y}.is_leap(); }

// The month n months after (y, m), as a year and a month 1-12.
inline void shift_month(int& y, int& m, int n) {
  const int total = y * 12 + (m - 1) + n;
  y = total / 12;
  m = total % 12 + 1;
}

// d + n months, the day clamped to the target month's last day (Jan 31 + 1 month = Feb 28/29).
inline sys_days add_months(sys_days d, int n) {
  const year_month_day ymd{d};
  const auto ym = std::chrono::year_month{ymd.year(), ymd.month()} + std::chrono::months{n};
  const auto last =
      std::chrono::year_month_day_last{ym.year(), std::chrono::month_day_last{ym.month()}};
  const auto day = std::min(ymd.day(), last.day());
  return sys_days{ym.year() / ym.month() / day};
}

// The Monday of the ISO week holding d.
inline sys_days monday_of(sys_days d) {
  return d - days{static_cast<int>(std::chrono::weekday{d}.iso_encoding()) - 1};
}

}  // namespace factcheck::grammar::calendar
