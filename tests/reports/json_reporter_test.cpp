// The json format validates against docs/schema/factcheck-report.schema.json.
#include "reports/json_reporter.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "mini_json_schema.hpp"
#include "report_fixture.hpp"

namespace {

using factcheck::testing::mini_json_schema;
using factcheck::testing::report_fixture;

nlohmann::json load_schema() {
  std::ifstream in(FACTCHECK_SOURCE_DIR "/docs/schema/factcheck-report.schema.json");
  return nlohmann::json::parse(in);
}

nlohmann::json render(const report_fixture& fx) {
  std::ostringstream out;
  factcheck::reports::json_reporter{}.write(fx.input(), out);
  return nlohmann::json::parse(out.str());
}

TEST(JsonReporter, OutputValidatesAgainstTheSchema) {
  const report_fixture fx;
  const mini_json_schema schema(load_schema());
  const auto errors = schema.validate(render(fx));
  EXPECT_TRUE(errors.empty()) << ::testing::PrintToString(errors);
}

TEST(JsonReporter, SchemaValidatorRejectsBrokenDocuments) {
  const report_fixture fx;
  const mini_json_schema schema(load_schema());
  auto doc = render(fx);
  doc["findings"][0].erase("line");
  doc["findings"][1]["severity"] = "fatal";
  doc["articles"][0]["dateline"] = "14 March";
  doc["surprise"] = true;
  EXPECT_EQ(schema.validate(doc).size(), 4u) << ::testing::PrintToString(schema.validate(doc));
}

TEST(JsonReporter, CarriesTheSpecFields) {
  const report_fixture fx;
  const auto doc = render(fx);
  EXPECT_EQ(doc["version"], 1);
  EXPECT_EQ(doc["articles"][0]["path"], "wire/a.txt");
  EXPECT_EQ(doc["articles"][0]["dateline"], "2024-03-14");
  EXPECT_EQ(doc["articles"][0]["dateline_source"], "header");
  EXPECT_EQ(doc["articles"][2]["dateline_source"], "inferred");
  const auto& f = doc["findings"][0];
  EXPECT_EQ(f["rule"], "numeric-conflict");
  EXPECT_EQ(f["severity"], "error");
  EXPECT_EQ(f["line"], 3);
  EXPECT_EQ(f["column"], 39);
  EXPECT_EQ(f["end_column"], 41);
  EXPECT_EQ(f["text"], "41");
  EXPECT_EQ(f["suggestion"], "29");
  EXPECT_EQ(f["related"][0]["path"], "wire/b.txt");
  EXPECT_EQ(f["related"][0]["text"], "Twenty-nine");
  EXPECT_TRUE(f["timeline"][0]["high"].is_null());  // "at least 41" has no upper bound
  EXPECT_EQ(doc["findings"][1]["diff"][2]["op"], "removed");
  EXPECT_TRUE(doc["findings"][3]["suggestion"].is_string());
  EXPECT_TRUE(doc["findings"][1]["suggestion"].is_null());
  EXPECT_EQ(doc["summary"]["error"], 2);
}

TEST(JsonReporter, InvalidUtf8InFindingTextStillGivesValidJson) {
  report_fixture fx;
  fx.findings[0].where.text = "bad \xC3 byte";
  std::ostringstream out;
  factcheck::reports::json_reporter{}.write(fx.input(), out);
  const auto parsed = nlohmann::json::parse(out.str(), nullptr, false);
  EXPECT_FALSE(parsed.is_discarded());
}

}  // namespace
