// Regressions found by fuzzing; each reads its reproducer from fixtures/regressions/<name>/.
#include <gtest/gtest.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstddef>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "grammar/extract.hpp"

namespace {

// Sanitizer builds (Debug, ASan+UBSan) run these inputs about ten times slower, and unoptimized
// builds (Debug, coverage) about five times; a quadratic scan still takes far longer than the
// wider box (over a minute on 512 KiB in release).
#if defined(__SANITIZE_ADDRESS__)
constexpr auto time_box = std::chrono::seconds(200);
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr auto time_box = std::chrono::seconds(200);
#elif !defined(NDEBUG)
constexpr auto time_box = std::chrono::seconds(100);
#else
constexpr auto time_box = std::chrono::seconds(20);
#endif
#elif !defined(NDEBUG)
constexpr auto time_box = std::chrono::seconds(100);
#else
constexpr auto time_box = std::chrono::seconds(20);
#endif

std::string reproducer(const std::string& name) {
  std::ifstream in(
      std::string(FACTCHECK_SOURCE_DIR) + "/fixtures/regressions/" + name + "/input.txt",
      std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// 64 KiB of "1 1 1 ...": every figure used to walk the whole run of digit groups (quadratic;
// over a minute). A generous box that only a quadratic walk can exceed.
TEST(Regression, QuantityDigitRunIsLinear) {
  const std::string text = reproducer("quantity-digit-run-quadratic");
  ASSERT_GE(text.size(), 60000u);
  const auto start = std::chrono::steady_clock::now();
  const auto found = factcheck::grammar::extract_quantities(text);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_TRUE(found.empty()) << "space-separated digit groups are a code, not figures";
  EXPECT_LT(elapsed, time_box);
}

// Eight copies of a 64 KiB fixture: a quadratic scan takes over a minute on 512 KiB in release and
// a linear one about a second; the box is wide for loaded machines and sanitizer builds.
std::chrono::steady_clock::duration time_quantities_on(const std::string& run, int copies,
                                                       std::string_view tail, std::size_t& found) {
  std::string text;
  for (int i = 0; i < copies; ++i) text += run;
  text += tail;
  const auto start = std::chrono::steady_clock::now();
  found = factcheck::grammar::extract_quantities(text).size();
  return std::chrono::steady_clock::now() - start;
}

// "23,45,23,45,...": the Indian-grouping rule read every two-digit group of the run before it
// failed on the missing three-digit group, at each figure (quadratic; 256 KiB took 21 s in
// release).
TEST(Regression, QuantityIndianGroupRunIsLinear) {
  const std::string unit = reproducer("quantity-indian-groups-quadratic");
  ASSERT_GE(unit.size(), 60000u);
  std::size_t found = 0;
  EXPECT_LT(time_quantities_on(unit, 8, "", found), time_box);
}

// "123 123 ... 123 12" (the fixture, then a short last group): the space-grouping rule read
// every three-digit group of the run before the short group failed it, at each figure
// (quadratic; 256 KiB took 16 s in release).
TEST(Regression, QuantitySpaceGroupRunIsLinear) {
  const std::string unit = reproducer("quantity-space-groups-quadratic");
  ASSERT_GE(unit.size(), 60000u);
  std::size_t found = 0;
  EXPECT_LT(time_quantities_on(unit, 8, "12", found), time_box);
  EXPECT_EQ(found, 0u) << "a run of digit groups is a code, not figures";
}

// CPU time of this thread (not wall time: a loaded machine does not lengthen it).
std::chrono::nanoseconds thread_cpu_time() {
  timespec t{};
  ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return std::chrono::seconds(t.tv_sec) + std::chrono::nanoseconds(t.tv_nsec);
}

// How the CPU time of extract_quantities grows from `copies` to 4 x `copies` copies of `unit`:
// about 4 for a linear scan, about 16 for a quadratic one. Each size is timed three times and
// the fastest kept, so a preempted run or a cold cache does not count.
double growth_ratio(const std::string& unit, int copies, std::size_t& found_at_large) {
  auto best = [&](int n) {
    std::string text;
    for (int i = 0; i < n; ++i) text += unit;
    auto fastest = std::chrono::nanoseconds::max();
    for (int run = 0; run < 3; ++run) {
      const auto start = thread_cpu_time();
      found_at_large = factcheck::grammar::extract_quantities(text).size();
      fastest = std::min(fastest, thread_cpu_time() - start);
    }
    return static_cast<double>(std::max<std::int64_t>(fastest.count(), 1));
  };
  const double small = best(copies);
  return best(4 * copies) / small;
}

// "½½½...": each glyph is a figure, and the cue words around it (months, clock suffixes) were read
// as whole words: the rest of the run on both sides, at every figure (quadratic; 64 KiB took 2.5
// to 21 s in release). Same for a currency glyph glued to digits ("₿3₿3..."). A complexity ratio
// on thread CPU time, not a wall-time box: it used to fail on a loaded machine. A quadratic scan
// grows about 16 times from 64 to 256 KiB, a linear one about 4 times; the bound is in between.
TEST(Regression, QuantityGlyphRunIsLinear) {
  const std::string unit = reproducer("quantity-glyph-run-quadratic");
  ASSERT_GE(unit.size(), 60000u);
  std::size_t found = 0;
  EXPECT_LT(growth_ratio(unit, 1, found), 9.0);
  EXPECT_EQ(found, 4 * unit.size() / 2) << "each one-character half is a figure";
  std::string currency_run;
  while (currency_run.size() < unit.size()) currency_run += "\xE2\x82\xBF\x33";  // "₿3"
  EXPECT_LT(growth_ratio(currency_run, 1, found), 9.0);
}

}  // namespace
