// --reference-date is the date relative expressions are resolved against; `extract` still
// reports each article's own dateline (docs/decisions/0044-reference-date.md).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli_harness.hpp"

namespace {

using factcheck::testing::run_factcheck;

const char* const article =
    "Council votes on the budget\n\nDecember 10, 2021\n\n"
    "The council met yesterday and approved 42 new posts.\n";

TEST(ReferenceDateCli, ExtractReportsTheOwnDatelineAndTheReference) {
  const auto r = run_factcheck("extract --format json --reference-date 2021-12-04 -", "", article);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  const auto& a = doc.at("articles").at(0);
  EXPECT_EQ(a.at("dateline"), "2021-12-10") << r.out;
  EXPECT_EQ(a.at("reference_date"), "2021-12-04") << r.out;
  bool yesterday = false;
  for (const auto& t : a.at("times")) {
    if (t.at("text") != "yesterday") continue;
    yesterday = true;
    EXPECT_EQ(t.at("start"), "2021-12-03") << t.dump();
  }
  EXPECT_TRUE(yesterday) << r.out;
}

TEST(ReferenceDateCli, WithoutTheOptionThereIsNoSeparateReference) {
  const auto r = run_factcheck("extract --format json -", "", article);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  const auto& a = doc.at("articles").at(0);
  EXPECT_EQ(a.at("dateline"), "2021-12-10");
  EXPECT_FALSE(a.contains("reference_date"));
}

}  // namespace
