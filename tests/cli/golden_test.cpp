// Golden files: every format for the fixtures corpus, byte for byte. The seeds are checked
// against ../shared/seeds/expected.toml (seeds_acceptance_test) and validated here against the
// schemas, but have no golden files: those would copy the seed articles' text into the project.
// Regenerate on purpose with tools/update-golden.sh (FACTCHECK_UPDATE_GOLDEN=1 makes these
// tests write fixtures/golden/ instead of comparing). The JSON output is also validated
// against docs/schema/factcheck-report.schema.json, and the SARIF output structurally.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli_harness.hpp"
#include "reports/mini_json_schema.hpp"

namespace {

namespace fs = std::filesystem;
using factcheck::testing::run_factcheck;
using factcheck::testing::slurp;

struct golden_case {
  const char* name;   // golden file stem
  const char* cwd;    // run from here, so that paths in the reports are relative
  const char* input;  // path given to factcheck
};

const golden_case cases[] = {
    {"corpus", FACTCHECK_SOURCE_DIR, "fixtures/corpus"},
    {"seeds", FACTCHECK_SHARED_DIR, "seeds"},
};

const char* const formats[][2] = {{"text", "txt"},  {"markdown", "md"}, {"html", "html"},
                                  {"json", "json"}, {"sarif", "sarif"}, {"junit", "xml"}};

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

// The version changes with every release; the goldens say @VERSION@ instead.
std::string normalize(std::string out) {
  static const std::string version = [] {
    auto v = run_factcheck("--version").out;  // "factcheck X.Y.Z\n"
    while (!v.empty() && (v.back() == '\n' || v.back() == '\r')) v.pop_back();
    const auto space = v.rfind(' ');
    return space == std::string::npos ? v : v.substr(space + 1);
  }();
  if (version.empty()) return out;
  out = replace_all(std::move(out), "factcheck " + version, "factcheck @VERSION@");
  out = replace_all(std::move(out), "\"" + version + "\"", "\"@VERSION@\"");
  return out;
}

std::string first_difference(const std::string& want, const std::string& got) {
  std::istringstream a(want);
  std::istringstream b(got);
  std::string la;
  std::string lb;
  for (int line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, la));
    const bool more_b = static_cast<bool>(std::getline(b, lb));
    if (!more_a && !more_b) return "identical";
    if (!more_a || !more_b || la != lb) {
      return "line " + std::to_string(line) + "\n  golden: " + (more_a ? la : "<end>") +
             "\n  actual: " + (more_b ? lb : "<end>");
    }
  }
}

std::string render(const golden_case& c, const char* format) {
  const auto r = run_factcheck(
      std::string("--format ") + format + " --fail-on none --color never --no-progress " + c.input,
      c.cwd);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return normalize(r.out);
}

class Golden : public ::testing::TestWithParam<std::tuple<int, int>> {};

TEST_P(Golden, MatchesTheGoldenFile) {
  const auto& c = cases[std::get<0>(GetParam())];
  const auto* format = formats[std::get<1>(GetParam())];
  if (!fs::exists(fs::path(c.cwd) / c.input)) GTEST_SKIP() << c.input << " is not there";
  const std::string got = render(c, format[0]);
  const fs::path golden =
      fs::path(FACTCHECK_SOURCE_DIR) / "fixtures/golden" / (std::string(c.name) + "." + format[1]);
  const char* update = std::getenv("FACTCHECK_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    fs::create_directories(golden.parent_path());
    std::ofstream(golden, std::ios::binary) << got;
    return;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " is missing: run tools/update-golden.sh";
  const std::string want = slurp(golden.string());
  EXPECT_TRUE(want == got)
      << golden.filename() << " differs at " << first_difference(want, got)
      << "\nIf the change is intended, run tools/update-golden.sh and review the diff.";
}

INSTANTIATE_TEST_SUITE_P(Reports, Golden,
                         ::testing::Combine(::testing::Range(0, 1), ::testing::Range(0, 6)),
                         [](const auto& p) {
                           std::string name = std::string(cases[std::get<0>(p.param)].name) + "_" +
                                              formats[std::get<1>(p.param)][0];
                           name[0] = static_cast<char>(name[0] - 'a' + 'A');
                           return replace_all(name, "_", "");
                         });

class GoldenSchema : public ::testing::TestWithParam<int> {};

TEST_P(GoldenSchema, JsonOutputValidatesAgainstTheSchema) {
  const auto& c = cases[GetParam()];
  if (!fs::exists(fs::path(c.cwd) / c.input)) GTEST_SKIP() << c.input << " is not there";
  std::ifstream schema_file(FACTCHECK_SOURCE_DIR "/docs/schema/factcheck-report.schema.json");
  const factcheck::testing::mini_json_schema schema(nlohmann::json::parse(schema_file));
  const auto doc = nlohmann::json::parse(render(c, "json"));
  const auto errors = schema.validate(doc);
  EXPECT_TRUE(errors.empty()) << ::testing::PrintToString(errors);
  EXPECT_FALSE(doc["articles"].empty());
}

TEST_P(GoldenSchema, SarifOutputHasTheRequiredFields) {
  const auto& c = cases[GetParam()];
  if (!fs::exists(fs::path(c.cwd) / c.input)) GTEST_SKIP() << c.input << " is not there";
  const auto doc = nlohmann::json::parse(render(c, "sarif"));
  ASSERT_EQ(doc["version"], "2.1.0");
  const auto& run = doc["runs"][0];
  const auto& rules = run["tool"]["driver"]["rules"];
  ASSERT_FALSE(rules.empty());
  for (const auto& r : run["results"]) {
    const auto index = r["ruleIndex"].get<std::size_t>();
    ASSERT_LT(index, rules.size());
    EXPECT_EQ(rules[index]["id"], r["ruleId"]);
    EXPECT_TRUE(r["level"] == "error" || r["level"] == "warning" || r["level"] == "note");
    EXPECT_FALSE(r["message"]["text"].get<std::string>().empty());
    const auto& region = r["locations"][0]["physicalLocation"]["region"];
    EXPECT_GE(region["startLine"].get<int>(), 1);
    EXPECT_GE(region["endLine"].get<int>(), region["startLine"].get<int>());
    const std::string uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
    EXPECT_EQ(uri.find(' '), std::string::npos) << uri;
    EXPECT_EQ(r["partialFingerprints"]["factcheckFingerprint/v1"].get<std::string>().size(), 16u);
  }
}

INSTANTIATE_TEST_SUITE_P(Reports, GoldenSchema, ::testing::Range(0, 2), [](const auto& p) {
  return std::string(p.param == 0 ? "Corpus" : "Seeds");
});

}  // namespace
