// Long runs of one repeated unit through every extractor, the composing layer included
// (extract_time_periods): each must keep the span contract of grammar/extract.hpp (in bounds,
// not inverted, sorted, non-overlapping) and finish inside a generous time box. The units are
// the connectors and atoms the periods layer reads between and around time expressions; a pass
// that rescans the run for every atom is quadratic and blows the box at 64 KiB.
#include <gtest/gtest.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/extract.hpp"

namespace {

// Sanitizer builds run about ten times slower, and the machines are shared.
#if defined(__SANITIZE_ADDRESS__)
constexpr double time_box_seconds = 200.0;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr double time_box_seconds = 200.0;
#elif !defined(NDEBUG)
constexpr double time_box_seconds = 100.0;  // unoptimized (Debug, coverage): about five times slower
#else
constexpr double time_box_seconds = 20.0;
#endif
#elif !defined(NDEBUG)
constexpr double time_box_seconds = 100.0;
#else
constexpr double time_box_seconds = 20.0;
#endif

constexpr std::size_t run_bytes = 64 * 1024;

std::string repeated(std::string_view unit) {
  std::string text;
  text.reserve(run_bytes + unit.size());
  while (text.size() < run_bytes) text += unit;
  return text;
}

template <class Items>
void expect_span_contract(const Items& items, std::size_t size, std::string_view what) {
  std::uint32_t last_end = 0;
  for (const auto& item : items) {
    ASSERT_LE(item.span.begin, item.span.end) << what;
    ASSERT_LE(item.span.end, size) << what;
    ASSERT_GE(item.span.begin, last_end) << what << ": sorted, non-overlapping";
    last_end = item.span.end;
  }
}

struct unit_case {
  std::string_view unit;
};

// Written for this test: range and window connectors, clocks, weekdays, digit groups.
constexpr unit_case kUnits[] = {
    {"from May to June "},
    {"between 3 and 4 "},
    {"2 to 3pm "},
    {"the next 4 weeks "},
    {"since Monday "},
    {"Monday 12 "},
    {"5 days after today "},
    {"in 3 weeks "},
    {"7 "},
    {"7 1,"},
    {"quarter to "},
    {"two fifths "},
    {"until the end of "},
    {"1990-1991 "},
    {"the week of "},
};

class PeriodsLinear : public testing::TestWithParam<unit_case> {};

TEST_P(PeriodsLinear, RepeatedUnitKeepsContractInTimeBox) {
  const std::string text = repeated(GetParam().unit);
  factcheck::grammar::time_context context;
  context.reference = std::chrono::year{2022} / 3 / 9;
  const auto start = std::chrono::steady_clock::now();
  const auto quantities = factcheck::grammar::extract_quantities(text);
  const auto atoms = factcheck::grammar::extract_times(text, context);
  const auto periods = factcheck::grammar::extract_time_periods(text, context);
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  expect_span_contract(quantities, text.size(), "quantities");
  expect_span_contract(atoms, text.size(), "times");
  expect_span_contract(periods, text.size(), "periods");
  EXPECT_LT(elapsed.count(), time_box_seconds) << GetParam().unit;
}

INSTANTIATE_TEST_SUITE_P(Regression, PeriodsLinear, testing::ValuesIn(kUnits),
                         [](const testing::TestParamInfo<unit_case>& unit_info) {
                           return "Unit" + std::to_string(unit_info.index);
                         });

}  // namespace
