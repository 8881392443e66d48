#pragma once
// time_actions: the semantic actions of the time grammar's X3 rules (they fill a time_ast).
// Included by the time grammar's *_def.hpp files only.

#include <string>
#include <utility>

#include "grammar/time_ast.hpp"
#include "grammar/x3_config.hpp"

namespace factcheck::grammar {
namespace time_rules {

template <auto Member>
inline constexpr auto set_ = [](auto& ctx) { x3::_val(ctx).*Member = x3::_attr(ctx); };

template <auto Member, auto Value>
inline constexpr auto put_ = [](auto& ctx) { x3::_val(ctx).*Member = Value; };
// put_<&time_ast::amount, 0.5> would need a double template argument, which clang 14 (the fuzz
// preset's compiler) rejects.
inline constexpr auto put_half_amount = [](auto& ctx) { x3::_val(ctx).amount = 0.5; };

inline constexpr auto take = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };

inline constexpr auto set_dir = [](auto& ctx) {
  x3::_val(ctx).dir = x3::_attr(ctx);
  x3::_val(ctx).has_dir = true;
};

inline constexpr auto merge_clock = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  const time_ast& c = x3::_attr(ctx);
  v.hour = c.hour;
  v.minute = c.minute;
  v.second = c.second;
  v.meridiem = c.meridiem;
};

inline constexpr auto merge_date = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  const time_ast& d = x3::_attr(ctx);
  v.year = d.year;
  v.month = d.month;
  v.day = d.day;
  v.weekday = d.weekday;
  v.form = d.form;
};

// Keeps the fuzzy part already read ("late") and takes the rest from the target ("January").
inline constexpr auto merge_target = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  const int fuzzy = v.fuzzy;
  v = x3::_attr(ctx);
  v.fuzzy = fuzzy;
};

// Keeps the part ("first half") and takes the year reference from the target.
inline constexpr auto merge_year_target = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  const time_ast& t = x3::_attr(ctx);
  v.year = t.year;
  v.dir = t.dir;
  v.has_dir = t.has_dir;
};

inline constexpr auto check_day = [](auto& ctx) {
  const int d = x3::_attr(ctx);
  x3::_pass(ctx) = d >= 1 && d <= 31;
};
inline constexpr auto check_month = [](auto& ctx) {
  const int m = x3::_attr(ctx);
  x3::_pass(ctx) = m >= 1 && m <= 12;
};
inline constexpr auto check_year = [](auto& ctx) {
  const int y = x3::_attr(ctx);
  x3::_pass(ctx) = y >= 1000 && y <= 2199;
};
inline constexpr auto check_hour = [](auto& ctx) {
  const int h = x3::_attr(ctx);
  x3::_pass(ctx) = h >= 0 && h <= 24;
};
inline constexpr auto check_hour12 = [](auto& ctx) {
  const int h = x3::_attr(ctx);
  x3::_pass(ctx) = h >= 1 && h <= 12;
};
inline constexpr auto check_minute = [](auto& ctx) {
  const int m = x3::_attr(ctx);
  x3::_pass(ctx) = m >= 0 && m <= 59;
};
inline constexpr auto check_decade = [](auto& ctx) {
  const int y = x3::_attr(ctx);
  x3::_pass(ctx) = y >= 1000 && y <= 2190 && y % 10 == 0;
};

inline constexpr auto set_day_part = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  const int part = x3::_attr(ctx);
  // at night: 9 at night is 21:00, 3 at night is 03:00
  v.meridiem = part == 3 ? (v.hour >= 6 && v.hour < 12 ? 2 : 1) : part;
};

inline constexpr auto minutes_to_hour = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  v.minute = 60 - v.minute;
  v.hour = v.hour == 1 ? 12 : v.hour - 1;
};

// "in the afternoon at 7", "in the morning at 7:30": the part of the day first
inline constexpr auto apply_day_part = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  const int part = v.part_of_day;
  v.part_of_day = 0;
  v.meridiem = part == 3 ? (v.hour >= 6 && v.hour < 12 ? 2 : 1) : part;
};

inline constexpr auto set_holiday = [](auto& ctx) { x3::_val(ctx).holiday = x3::_attr(ctx); };

inline constexpr auto add_fraction = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  v.amount = (v.count < 0 ? 0 : v.count) + x3::_attr(ctx);
};
inline constexpr auto merge_compound = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  const time_ast& c = x3::_attr(ctx);
  x3::_pass(ctx) =
      c.unit2 < v.unit && c.unit2 != time_unit::weekend && v.unit != time_unit::weekend;
  if (!x3::_pass(ctx)) return;
  v.unit2 = c.unit2;
  v.count2 = c.count2;
};

}  // namespace time_rules
}  // namespace factcheck::grammar
