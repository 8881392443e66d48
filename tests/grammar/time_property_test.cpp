// Property: extract_times never throws, terminates in bounded time, and returns spans inside the
// text, sorted and non-overlapping, on random and adversarial input.

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/extract.hpp"

namespace factcheck::grammar {
namespace {

void check_spans(std::string_view text, const std::vector<time_expression>& found) {
  std::uint32_t previous_end = 0;
  for (const auto& t : found) {
    ASSERT_LE(t.span.end, text.size());
    ASSERT_LT(t.span.begin, t.span.end);
    ASSERT_GE(t.span.begin, previous_end);
    previous_end = t.span.end;
  }
}

time_context reference() {
  time_context c;
  c.reference = std::chrono::year{2021} / std::chrono::December / 4;
  return c;
}

// Fragments that push the grammar into partial matches.
const char* const kFragments[] = {
    "December", "Dec.", "4", "04,", "2021", " ", "  ", "\n", ",", ".", "-", "/", ":", "27.01.22", "11:30", "AM",
    "a.m.", "GMT", "at", "on", "Friday", "next", "last", "the", "end", "of", "early", "mid-", "late", "seven",
    "years", "ago", "after", "more than", "every", "week", "quarter", "first", "half", "'90s", "1990s", "Q3",
    "\xC3\xA9", "\xE2\x80\x9C", "\xFF", "\x80", "\0", "May", "may", "March", "2021-12-", "99:99", "31.02.",
};

TEST(TimeProperty, RandomFragmentsKeepSpanInvariants) {
  std::mt19937 rng(20211204);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(kFragments) - 1);
  std::uniform_int_distribution<int> length(1, 60);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int n = length(rng);
    for (int k = 0; k < n; ++k) {
      const char* f = kFragments[pick(rng)];
      text += (*f == '\0') ? std::string(1, '\0') : std::string(f);
      if (rng() % 3 == 0) text += ' ';
    }
    std::vector<time_expression> found;
    ASSERT_NO_THROW(found = extract_times(text, reference())) << text;
    check_spans(text, found);
    ASSERT_NO_THROW(found = extract_times(text, time_context{})) << text;
    check_spans(text, found);
  }
}

TEST(TimeProperty, RandomBytesKeepSpanInvariants) {
  std::mt19937 rng(42);
  for (int round = 0; round < 2000; ++round) {
    std::string text(static_cast<std::size_t>(rng() % 200), '\0');
    for (auto& c : text) c = static_cast<char>(rng() & 0xFF);
    std::vector<time_expression> found;
    ASSERT_NO_THROW(found = extract_times(text, reference()));
    check_spans(text, found);
  }
}

// Sanitizer builds (ASan+UBSan, Debug) run about ten times slower: the box widens with them.
#if defined(__SANITIZE_ADDRESS__)
constexpr int sanitizer_factor = 10;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int sanitizer_factor = 10;
#else
constexpr int sanitizer_factor = 1;
#endif
#else
constexpr int sanitizer_factor = 1;
#endif

TEST(TimeProperty, LargeInputsAreLinear) {
  const auto started = std::chrono::steady_clock::now();
  std::string dates;
  while (dates.size() < 2'000'000) dates += "on December 4, 2021 at 10:45AM and ";
  std::string spaces = "December" + std::string(2'000'000, ' ') + "4";
  std::string digits(2'000'000, '7');
  std::string dots;
  while (dots.size() < 2'000'000) dots += "1.1.";
  for (const std::string* text : {&dates, &spaces, &digits, &dots}) {
    std::vector<time_expression> found;
    ASSERT_NO_THROW(found = extract_times(*text, reference()));
    check_spans(*text, found);
  }
  const auto elapsed = std::chrono::steady_clock::now() - started;
  // Generous for Debug builds on a loaded machine; quadratic behaviour would take minutes.
  EXPECT_LT(std::chrono::duration_cast<std::chrono::seconds>(elapsed).count(), 60 * sanitizer_factor);
}

}  // namespace
}  // namespace factcheck::grammar
