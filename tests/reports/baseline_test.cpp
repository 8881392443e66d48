// Baselines: fingerprints ignore positions, survive formatting changes, and count duplicates.
#include "reports/baseline.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <variant>

#include "report_fixture.hpp"

namespace {

using factcheck::reports::baseline;
using factcheck::reports::fingerprint;
using factcheck::testing::report_fixture;

TEST(Baseline, NormalizationFoldsCaseSpaceAndPunctuation) {
  EXPECT_EQ(factcheck::reports::normalize_for_fingerprint("  At least 41,  Passengers!\n"),
            "at least 41 passengers");
}

TEST(Baseline, FingerprintIgnoresLineAndColumnButNotText) {
  const report_fixture fx;
  auto moved = fx.findings[0];
  moved.where.begin = {12, 4};
  moved.where.end = {12, 6};
  EXPECT_EQ(fingerprint(moved), fingerprint(fx.findings[0]));
  auto reworded = fx.findings[0];
  reworded.where.text = "42";
  EXPECT_NE(fingerprint(reworded), fingerprint(fx.findings[0]));
  auto other_rule = fx.findings[0];
  other_rule.rule = "stale-figure";
  EXPECT_NE(fingerprint(other_rule), fingerprint(fx.findings[0]));
  auto other_dir = fx.findings[0];
  other_dir.where.path = "elsewhere/a.txt";
  EXPECT_EQ(fingerprint(other_dir), fingerprint(fx.findings[0]));
  EXPECT_EQ(fingerprint(fx.findings[0]).size(), 16u);
}

TEST(Baseline, RoundTripSuppressesKnownFindingsOnly) {
  const report_fixture fx;
  const std::vector<factcheck::checker::finding> known(fx.findings.begin(),
                                                       fx.findings.begin() + 2);
  auto parsed =
      factcheck::reports::parse_baseline(factcheck::reports::baseline_json(known), "b.json");
  ASSERT_TRUE(std::holds_alternative<baseline>(parsed)) << std::get<std::string>(parsed);
  const auto kept = factcheck::reports::new_findings(fx.findings, std::get<baseline>(parsed));
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept[0].rule, "entity-misspelling");
  EXPECT_EQ(kept[1].rule, "boilerplate-residue");
}

TEST(Baseline, ASecondCopyOfAKnownProblemIsNew) {
  const report_fixture fx;
  auto parsed = factcheck::reports::parse_baseline(
      factcheck::reports::baseline_json({fx.findings[0]}), "b.json");
  ASSERT_TRUE(std::holds_alternative<baseline>(parsed));
  auto copy = fx.findings[0];
  copy.where.begin.line = 30;
  const auto kept =
      factcheck::reports::new_findings({fx.findings[0], copy}, std::get<baseline>(parsed));
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].where.begin.line, 30u);
}

TEST(Baseline, BadFilesAreErrorsNamingThePath) {
  for (const char* text :
       {"not json", "[]", "{\"findings\": []}", "{\"version\": 99, \"findings\": []}",
        "{\"version\": 1}", "{\"version\": 1, \"findings\": [{\"rule\": \"x\"}]}"}) {
    const auto parsed = factcheck::reports::parse_baseline(text, "ci/baseline.json");
    ASSERT_TRUE(std::holds_alternative<std::string>(parsed)) << text;
    EXPECT_NE(std::get<std::string>(parsed).find("ci/baseline.json"), std::string::npos);
  }
}

TEST(Baseline, FileIsVersionedAndSorted) {
  const report_fixture fx;
  const auto doc = nlohmann::json::parse(factcheck::reports::baseline_json(fx.findings));
  EXPECT_EQ(doc["version"], 1);
  ASSERT_EQ(doc["findings"].size(), 4u);
  for (std::size_t i = 1; i < doc["findings"].size(); ++i) {
    EXPECT_LT(doc["findings"][i - 1]["fingerprint"].get<std::string>(),
              doc["findings"][i]["fingerprint"].get<std::string>());
  }
}

}  // namespace
