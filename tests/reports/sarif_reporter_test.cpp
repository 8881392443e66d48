// SARIF 2.1.0: the fields GitHub code scanning requires, checked structurally.
#include "reports/sarif_reporter.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "checker/rules/registry.hpp"
#include "report_fixture.hpp"
#include "reports/baseline.hpp"

namespace {

using factcheck::testing::report_fixture;
using json = nlohmann::json;

json render(const report_fixture& fx) {
  std::ostringstream out;
  factcheck::reports::sarif_reporter{}.write(fx.input(), out);
  return json::parse(out.str());
}

void expect_region(const json& region) {
  ASSERT_TRUE(region.is_object());
  for (const char* key : {"startLine", "startColumn", "endLine", "endColumn"}) {
    ASSERT_TRUE(region.contains(key)) << key;
    EXPECT_TRUE(region[key].is_number_integer()) << key;
    EXPECT_GE(region[key].get<int>(), 1) << key;
  }
  EXPECT_GE(region["endLine"].get<int>(), region["startLine"].get<int>());
  if (region["endLine"] == region["startLine"]) {
    EXPECT_GT(region["endColumn"].get<int>(), region["startColumn"].get<int>());
  }
}

void expect_physical(const json& location) {
  ASSERT_TRUE(location.contains("physicalLocation"));
  const auto& p = location["physicalLocation"];
  ASSERT_TRUE(p["artifactLocation"]["uri"].is_string());
  expect_region(p["region"]);
}

TEST(SarifReporter, HasSchemaVersionAndDriver) {
  const report_fixture fx;
  const auto doc = render(fx);
  EXPECT_EQ(doc["version"], "2.1.0");
  EXPECT_NE(doc["$schema"].get<std::string>().find("sarif-2.1.0"), std::string::npos);
  ASSERT_EQ(doc["runs"].size(), 1u);
  const auto& driver = doc["runs"][0]["tool"]["driver"];
  EXPECT_EQ(driver["name"], "factcheck");
  EXPECT_EQ(driver["version"], "0.0.0-test");
  EXPECT_EQ(driver["informationUri"].get<std::string>().rfind("https://", 0), 0u);
}

TEST(SarifReporter, DriverListsEveryRegisteredRuleWithDocsAndLevel) {
  const report_fixture fx;
  const auto doc = render(fx);
  const auto& rules = doc["runs"][0]["tool"]["driver"]["rules"];
  ASSERT_GE(rules.size(), factcheck::checker::all_rules().size());
  for (const auto* rule : factcheck::checker::all_rules()) {
    const auto it = std::find_if(rules.begin(), rules.end(),
                                 [&](const json& r) { return r["id"] == rule->id(); });
    ASSERT_NE(it, rules.end()) << rule->id();
    EXPECT_EQ((*it)["shortDescription"]["text"], rule->summary());
    EXPECT_NE(
        (*it)["helpUri"].get<std::string>().find("docs/rules/" + std::string(rule->id()) + ".md"),
        std::string::npos);
    const std::string level = (*it)["defaultConfiguration"]["level"];
    EXPECT_TRUE(level == "error" || level == "warning" || level == "note") << level;
  }
}

TEST(SarifReporter, ResultsCarryRequiredFields) {
  const report_fixture fx;
  const auto doc = render(fx);
  const auto& run = doc["runs"][0];
  const auto& results = run["results"];
  ASSERT_EQ(results.size(), fx.findings.size());
  for (std::size_t i = 0; i < results.size(); ++i) {
    const auto& r = results[i];
    EXPECT_EQ(r["ruleId"], fx.findings[i].rule);
    const auto index = r["ruleIndex"].get<std::size_t>();
    ASSERT_LT(index, run["tool"]["driver"]["rules"].size());
    EXPECT_EQ(run["tool"]["driver"]["rules"][index]["id"], r["ruleId"]);
    EXPECT_EQ(r["message"]["text"].get<std::string>().rfind(fx.findings[i].message, 0), 0u);
    ASSERT_EQ(r["locations"].size(), 1u);
    expect_physical(r["locations"][0]);
    EXPECT_EQ(r["partialFingerprints"]["factcheckFingerprint/v1"],
              factcheck::reports::fingerprint(fx.findings[i]));
  }
  EXPECT_EQ(results[0]["level"], "error");
  EXPECT_EQ(results[2]["level"], "warning");
  EXPECT_EQ(results[3]["level"], "note");
  EXPECT_EQ(results[0]["locations"][0]["physicalLocation"]["region"]["startLine"], 3);
  EXPECT_EQ(results[0]["locations"][0]["physicalLocation"]["region"]["startColumn"], 39);
  EXPECT_EQ(results[0]["locations"][0]["physicalLocation"]["region"]["endColumn"], 41);
}

TEST(SarifReporter, RelatedLocationsAndFixes) {
  const report_fixture fx;
  const auto results = render(fx)["runs"][0]["results"];
  ASSERT_EQ(results[0]["relatedLocations"].size(), 1u);
  expect_physical(results[0]["relatedLocations"][0]);
  EXPECT_EQ(results[0]["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "wire/b.txt");
  const auto& fix = results[0]["fixes"][0];
  const auto& change = fix["artifactChanges"][0];
  EXPECT_EQ(change["artifactLocation"]["uri"], "wire/a.txt");
  expect_region(change["replacements"][0]["deletedRegion"]);
  EXPECT_EQ(change["replacements"][0]["insertedContent"]["text"], "29");
  EXPECT_FALSE(results[1].contains("fixes"));  // the misquote has no suggestion
}

TEST(SarifReporter, AdviceIsNoFixButStaysInTheMessage) {
  report_fixture fx;
  fx.findings[0].suggestion = "check the figure against the hospital's own count";
  const auto results = render(fx)["runs"][0]["results"];
  EXPECT_FALSE(results[0].contains("fixes"));
  EXPECT_EQ(
      results[0]["message"]["text"],
      fx.findings[0].message + " Suggestion: check the figure against the hospital's own count.");
  EXPECT_TRUE(results[2].contains("fixes"));  // Vargas -> Varga is an edit
}

TEST(SarifReporter, ReplacementMeansACloseEdit) {
  using factcheck::reports::is_replacement;
  EXPECT_TRUE(is_replacement("Vargas", "Varga"));
  EXPECT_TRUE(is_replacement("Sergey Lavrin", "Sergei Lavrin"));
  EXPECT_TRUE(is_replacement("Brenick", "Brennick"));
  EXPECT_FALSE(is_replacement("Deputy Mayor Tomas Kell", "Mayor"));
  EXPECT_FALSE(is_replacement("12,000", "cite the source of the figure or confirm it"));
  EXPECT_FALSE(is_replacement("", "x"));
}

TEST(SarifReporter, UrisArePercentEncoded) {
  report_fixture fx;
  fx.findings[0].where.path = "desk notes/día 1#draft.txt";
  const auto results = render(fx)["runs"][0]["results"];
  EXPECT_EQ(results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "desk%20notes/d%C3%ADa%201%23draft.txt");
}

TEST(SarifReporter, EmptyRegionsAreWidenedToOneColumn) {
  report_fixture fx;
  fx.findings[2].where.end = fx.findings[2].where.begin;
  const auto results = render(fx)["runs"][0]["results"];
  expect_region(results[2]["locations"][0]["physicalLocation"]["region"]);
}

}  // namespace
