// Regressions found by fuzzing; each reads its reproducer from fixtures/regressions/<name>/.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>

#include "grammar/extract.hpp"

namespace {

std::string reproducer(const std::string& name) {
  std::ifstream in(std::string(FACTCHECK_SOURCE_DIR) + "/fixtures/regressions/" + name + "/input.txt",
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
  EXPECT_LT(elapsed, std::chrono::seconds(20));
}

}  // namespace
