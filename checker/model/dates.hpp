#pragma once
// Calendar helpers shared by the claim builder, dateline inference and the date rules.
// Everything is in whole days (std::chrono::sys_days); no time zones: news datelines are days.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace factcheck::checker {

// "2021-12-03".
std::string format_day(std::chrono::sys_days day);
std::string format_day(std::chrono::year_month_day day);
// "late December 2021", "early March 2024": a coarse, editor-friendly description.
std::string describe_month_part(std::chrono::sys_days day);
// "January 2022".
std::string describe_month(std::chrono::sys_days day);
// "3 days", "7 weeks", "5 months", "2 years": the rounded size of a gap for messages.
std::string describe_gap(int days);

// Case-insensitive English weekday name or abbreviation ("Friday", "fri", "Fri.").
std::optional<std::chrono::weekday> weekday_named(std::string_view word);
// The first weekday named in `text` (word-bounded), if any.
std::optional<std::chrono::weekday> find_weekday(std::string_view text);
std::string_view weekday_name(std::chrono::weekday day);

// The most recent `day` on or before `from` (news convention for "on Friday").
std::chrono::sys_days latest_on_or_before(std::chrono::sys_days from, std::chrono::weekday day);

[[nodiscard]] inline int days_between(std::chrono::sys_days from, std::chrono::sys_days to) {
  return static_cast<int>((to - from).count());
}

}  // namespace factcheck::checker
