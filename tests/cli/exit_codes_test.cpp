// Drives the real binary: exit codes and messages.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <string>

#include "cli_harness.hpp"

namespace {

using factcheck::testing::run_factcheck;

TEST(ExitCodes, HelpExitsZeroAndShowsExamples) {
  const auto r = run_factcheck("--help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Examples:"), std::string::npos);
}

TEST(ExitCodes, VersionExitsZero) {
  const auto r = run_factcheck("--version");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("factcheck"), std::string::npos);
}

TEST(ExitCodes, UnknownOptionIsUsageError) {
  const auto r = run_factcheck("--no-such-option x.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--no-such-option"), std::string::npos);
}

TEST(ExitCodes, BadFailOnIsUsageError) {
  const auto r = run_factcheck("--fail-on sometimes x.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--fail-on"), std::string::npos);
}

TEST(ExitCodes, BadReferenceDateIsUsageError) {
  const auto r = run_factcheck("extract --reference-date 2021-13-40 x.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--reference-date"), std::string::npos);
}

TEST(ExitCodes, MissingFileIsInputError) {
  const auto r = run_factcheck("/nonexistent/factcheck-missing.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("factcheck-missing.txt"), std::string::npos);
}

}  // namespace
