// `factcheck extract --format json` lists, per article, the composed time periods beside the
// atomic time expressions ("times" unchanged; "periods" from grammar::compose_time_periods).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli_harness.hpp"

namespace {

using factcheck::testing::run_factcheck;

TEST(ExtractPeriods, JsonListsPeriodsBesideTimes) {
  const auto r =
      run_factcheck("extract --format json --reference-date 2021-12-04 -", "",
                    "A story about talks.\n\nTalks ran from August to October in the capital, "
                    "officials said on Friday.\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  const auto& article = doc.at("articles").at(0);
  // The atoms are still there, one per month...
  bool august = false;
  for (const auto& t : article.at("times")) august = august || t.at("text") == "August";
  EXPECT_TRUE(august) << r.out;
  // ...and the period spans both, with its interval.
  bool range = false;
  for (const auto& p : article.at("periods")) {
    if (p.at("text") == "from August to October") {
      range = true;
      EXPECT_EQ(p.at("type"), "DATE");
      EXPECT_EQ(p.at("value"), "(XXXX-08-01,XXXX-10-01,P2M)");
      EXPECT_EQ(p.at("start"), "2021-08-01");
      EXPECT_EQ(p.at("end"), "2021-11-01");
      EXPECT_TRUE(p.contains("span"));
    }
  }
  EXPECT_TRUE(range) << r.out;
}

}  // namespace
