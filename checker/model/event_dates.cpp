#include "checker/model/event_dates.hpp"

#include <array>
#include <cctype>
#include <string>

#include "text/ascii.hpp"

namespace factcheck::checker {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

// Whole words of `written`, lower-cased, without trailing dots ("Dec." -> "dec").
template <typename F>
void for_each_word(std::string_view written, F&& f) {
  std::size_t i = 0;
  while (i < written.size()) {
    if (std::isalpha(static_cast<unsigned char>(written[i])) == 0) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < written.size() && std::isalpha(static_cast<unsigned char>(written[j])) != 0) ++j;
    f(text::to_lower_ascii(written.substr(i, j - i)));
    i = j;
  }
}

std::optional<unsigned> weekday_named(std::string_view written) {
  static constexpr std::array<std::string_view, 7> names = {
      "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  std::optional<unsigned> found;
  for_each_word(written, [&](const std::string& w) {
    for (unsigned d = 0; d < names.size(); ++d) {
      if (w == names[d]) found = d;
    }
  });
  return found;
}

bool names_a_month(std::string_view written) {
  static constexpr std::array<std::string_view, 25> names = {
      "january", "february", "march",    "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan",   "feb", "mar",  "apr",  "jun",    "jul",
      "aug",     "sep",      "sept",     "oct",   "nov", "dec",  "febr"};
  bool found = false;
  for_each_word(written, [&](const std::string& w) {
    for (auto n : names) found = found || w == n;
  });
  return found;
}

bool has_digit_run(std::string_view written, std::size_t length) {
  std::size_t run = 0;
  for (char c : written) {
    run = std::isdigit(static_cast<unsigned char>(c)) != 0 ? run + 1 : 0;
    if (run == length) return true;
  }
  return false;
}

// The numeric field at [from, from + n) of a TIMEX3 value ("2008-12-09"), if digits.
std::optional<unsigned> value_field(std::string_view value, std::size_t from, std::size_t n) {
  if (value.size() < from + n) return std::nullopt;
  unsigned v = 0;
  for (std::size_t i = from; i < from + n; ++i) {
    if (std::isdigit(static_cast<unsigned char>(value[i])) == 0) return std::nullopt;
    v = v * 10 + static_cast<unsigned>(value[i] - '0');
  }
  return v;
}

}  // namespace

event_date_fields date_fields(const grammar::time_expression& t, std::string_view written,
                              bool trusted) {
  event_date_fields f;
  if (trusted && t.start) {
    const sys_days end = t.end && *t.end > *t.start ? *t.end : *t.start + days{1};
    f.start = t.start;
    f.end = end;
    const std::chrono::year_month_day s{*t.start};
    const std::chrono::year_month_day e{end - days{1}};
    if (s.year() == e.year()) f.year = static_cast<int>(s.year());
    if (f.year && s.month() == e.month()) f.month = static_cast<unsigned>(s.month());
    if (end - *t.start == days{1}) {
      f.day = static_cast<unsigned>(s.day());
      f.weekday = std::chrono::weekday{*t.start}.c_encoding();
    }
    return f;
  }
  // Only what the words say. A month or a day is read from the value only when the words name
  // a month ("last December", "Dec. 16"), never from the dateline the value was filled from.
  f.weekday = weekday_named(written);
  const std::string_view value = t.value;
  if (names_a_month(written)) {
    f.month = value_field(value, 5, 2);
    if (f.month && value.size() >= 10 && value[7] == '-' && has_digit_run(written, 1))
      f.day = value_field(value, 8, 2);
  }
  if (t.has_year && t.kind != grammar::timex_kind::relative && has_digit_run(written, 4)) {
    if (auto y = value_field(value, 0, 4)) f.year = static_cast<int>(*y);
  }
  return f;
}

bool names_a_day(std::string_view written) {
  if (weekday_named(written) || names_a_month(written) || has_digit_run(written, 4)) return true;
  bool found = false;
  for_each_word(written, [&](const std::string& w) {
    found = found || w == "yesterday" || w == "today" || w == "tonight" || w == "tomorrow";
  });
  return found;
}

date_agreement compare_dates(const event_date_fields& x, const event_date_fields& y) {
  if (x.start && y.start) {
    return (*x.end <= *y.start || *y.end <= *x.start) ? date_agreement::conflict
                                                      : date_agreement::agree;
  }
  bool compared = false;
  bool differ = false;
  auto field = [&](const auto& a, const auto& b) {
    if (!a || !b) return;
    compared = true;
    differ = differ || *a != *b;
  };
  field(x.year, y.year);
  field(x.month, y.month);
  field(x.day, y.day);
  field(x.weekday, y.weekday);
  if (!compared) return date_agreement::unknown;
  return differ ? date_agreement::conflict : date_agreement::agree;
}

}  // namespace factcheck::checker
