#pragma once
// Small text helpers every layer uses: ASCII case folding (UTF-8 bytes >= 0x80 are left as
// they are, so folding never breaks a multibyte character) and ISO 8601 dates.

#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>

namespace factcheck::text {

constexpr char to_lower_ascii(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

inline std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower_ascii(c);
  return out;
}

// "YYYY-MM-DD".
inline std::string iso_date(const std::chrono::year_month_day& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

}  // namespace factcheck::text
