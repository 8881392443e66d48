// `-j N` runs the per-article stages and the rules on N threads; the output must be byte for
// byte what one thread writes (issue 11). Run on the rule fixtures (150 articles, more than one
// batch of the streamed extract at -j 2), with and without a reference date (without one, some
// articles state no date and the dateline inference path runs).
#include <gtest/gtest.h>

#include <string>

#include "cli_harness.hpp"

namespace {

using factcheck::testing::run_factcheck;

const std::string corpus = std::string(FACTCHECK_SOURCE_DIR) + "/fixtures/rules";

void expect_same_output(const std::string& args) {
  // The option goes after the subcommand, as the other options do.
  const auto one = run_factcheck(args + " -j 1 '" + corpus + "'");
  const auto two = run_factcheck(args + " -j 2 '" + corpus + "'");
  const auto four = run_factcheck(args + " --jobs 4 '" + corpus + "'");
  ASSERT_FALSE(one.out.empty()) << one.err;
  EXPECT_EQ(one.exit_code, two.exit_code);
  EXPECT_EQ(one.out, two.out) << "-j 2 differs from -j 1 for: " << args;
  EXPECT_EQ(one.out, four.out) << "-j 4 differs from -j 1 for: " << args;
}

TEST(Jobs, ExtractJsonIsTheSameOnAnyNumberOfThreads) {
  expect_same_output("extract --format json");
}

TEST(Jobs, StreamedExtractWithEveryArticleDatedIsTheSame) {
  expect_same_output("extract --format json --reference-date 2024-03-04");
}

TEST(Jobs, ExtractTimemlIsTheSame) { expect_same_output("extract --format timeml"); }

TEST(Jobs, CheckFindingsAreTheSameOnAnyNumberOfThreads) {
  expect_same_output("--format json --fail-on none");
}

TEST(Jobs, BadThreadCountIsAUsageError) {
  EXPECT_EQ(run_factcheck("extract -j 0x '" + corpus + "'").exit_code, 2);
  EXPECT_EQ(run_factcheck("-j -3 '" + corpus + "'").exit_code, 2);
  EXPECT_EQ(run_factcheck("extract -j 5000 '" + corpus + "'").exit_code, 2);
}

}  // namespace
