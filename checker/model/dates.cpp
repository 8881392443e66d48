#include "checker/model/dates.hpp"
#include "text/ascii.hpp"
#include "text/char_class.hpp"

#include <fmt/format.h>

#include <array>
#include <cmath>

using factcheck::text::iso_date;

namespace factcheck::checker {
namespace {

constexpr std::array<std::string_view, 12> month_names = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

constexpr std::array<std::string_view, 7> weekday_names = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

bool iequals_prefix(std::string_view word, std::string_view name, std::size_t min_len) {
  if (word.size() < min_len || word.size() > name.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (text::to_lower_ascii(word[i]) != text::to_lower_ascii(name[i])) {
      return false;
    }
  }
  return true;
}

using text::is_ascii_alpha;

}  // namespace

std::string format_day(std::chrono::year_month_day day) {
  return iso_date(day);
}

std::string format_day(std::chrono::sys_days day) {
  return format_day(std::chrono::year_month_day{day});
}

std::string describe_month(std::chrono::sys_days day) {
  const std::chrono::year_month_day ymd{day};
  return fmt::format("{} {}", month_names[static_cast<unsigned>(ymd.month()) - 1],
                     static_cast<int>(ymd.year()));
}

std::string describe_month_part(std::chrono::sys_days day) {
  const std::chrono::year_month_day ymd{day};
  const unsigned d = static_cast<unsigned>(ymd.day());
  const std::string_view part = d <= 10 ? "early" : (d <= 20 ? "mid-" : "late");
  return fmt::format("{}{}{}", part, part == "mid-" ? "" : " ", describe_month(day));
}

std::string describe_gap(int days) {
  const int n = std::abs(days);
  if (n < 14) return fmt::format("{} day{}", n, n == 1 ? "" : "s");
  if (n < 70) {
    const int weeks = static_cast<int>(std::lround(n / 7.0));
    return fmt::format("{} weeks", weeks);
  }
  if (n < 730) {
    const int months = static_cast<int>(std::lround(n / 30.44));
    return fmt::format("{} months", months);
  }
  return fmt::format("{} years", static_cast<int>(std::lround(n / 365.25)));
}

std::optional<std::chrono::weekday> weekday_named(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  for (unsigned i = 0; i < weekday_names.size(); ++i) {
    // Full names, or abbreviations of at least three letters ("Fri", "Thur", "Thurs").
    if (iequals_prefix(word, weekday_names[i], 3)) return std::chrono::weekday{i};
  }
  if (word.size() == 5 && iequals_prefix(word.substr(0, 4), "thur", 4) &&
      (word[4] == 's' || word[4] == 'S')) {
    return std::chrono::Thursday;
  }
  return std::nullopt;
}

std::optional<std::chrono::weekday> find_weekday(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_ascii_alpha(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && is_ascii_alpha(text[j])) ++j;
    const std::string_view word = text.substr(i, j - i);
    // Only full names here: "sun", "wed" and "sat" are ordinary words in running text.
    for (unsigned k = 0; k < weekday_names.size(); ++k) {
      if (word.size() == weekday_names[k].size() && iequals_prefix(word, weekday_names[k], 1)) {
        return std::chrono::weekday{k};
      }
    }
    i = j;
  }
  return std::nullopt;
}

std::string_view weekday_name(std::chrono::weekday day) {
  return weekday_names[day.c_encoding() % 7];
}

std::chrono::sys_days latest_on_or_before(std::chrono::sys_days from, std::chrono::weekday day) {
  return from - (std::chrono::weekday{from} - day);
}

}  // namespace factcheck::checker
