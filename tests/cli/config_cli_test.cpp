// Configuration through the real binary: --config, the upward search, errors (exit 2) and
// --no-default-gazetteer.
#include <gtest/gtest.h>

#include <string>

#include "cli_harness.hpp"

namespace {

using factcheck::testing::run_factcheck;

std::string fixture(const std::string& name) {
  return std::string(FACTCHECK_SOURCE_DIR) + "/fixtures/config/" + name;
}

TEST(ConfigCli, BuiltInDefaultFlagsTheConfusable) {
  const auto r = run_factcheck("--format json '" + fixture("article.txt") + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;  // a warning is below the default --fail-on error
  EXPECT_NE(r.out.find("\"wrong-word\""), std::string::npos) << r.out;
}

TEST(ConfigCli, ExplicitConfigChangesTheSeverity) {
  const auto r = run_factcheck("--config '" + fixture("wrong_word_error.toml") + "' --fail-on error '" +
                               fixture("article.txt") + "'");
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("error: 'draught'"), std::string::npos) << r.out;
}

TEST(ConfigCli, FileInAParentDirectoryIsFound) {
  const auto r = run_factcheck("--format json article.txt", fixture("desk/today"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("\"wrong-word\""), std::string::npos) << r.out;
}

TEST(ConfigCli, ExplicitConfigWinsOverTheSearch) {
  const auto r = run_factcheck("--config '" + fixture("wrong_word_error.toml") + "' article.txt",
                               fixture("desk/today"));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("[wrong-word]"), std::string::npos) << r.out;
}

TEST(ConfigCli, UnknownKeyExitsTwoNamingFileLineAndKey) {
  const auto r = run_factcheck("--config '" + fixture("unknown_key.toml") + "' '" + fixture("article.txt") + "'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown_key.toml:4: key 'numeric.stale_after_dayz': unknown key"), std::string::npos)
      << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
}

TEST(ConfigCli, SyntaxErrorExitsTwoNamingFileAndLine) {
  const auto r = run_factcheck("--config '" + fixture("syntax_error.toml") + "' '" + fixture("article.txt") + "'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("syntax_error.toml:1: TOML syntax error"), std::string::npos) << r.err;
}

TEST(ConfigCli, MissingConfigFileExitsTwo) {
  const auto r = run_factcheck("--config '" + fixture("no_such_file.toml") + "' '" + fixture("article.txt") + "'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no_such_file.toml"), std::string::npos) << r.err;
}

// The article misspells a name that only the built-in gazetteer knows (it appears once).
TEST(ConfigCli, DefaultGazetteerKnowsTheName) {
  const auto r = run_factcheck("--format json '" + fixture("gazetteer_article.txt") + "'");
  EXPECT_NE(r.out.find("\"entity-misspelling\""), std::string::npos) << r.out << r.err;
}

TEST(ConfigCli, NoDefaultGazetteerFlagDropsIt) {
  const auto r = run_factcheck("--no-default-gazetteer --format json '" + fixture("gazetteer_article.txt") + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("\"entity-misspelling\""), std::string::npos) << r.out;
}

TEST(ConfigCli, NoDefaultGazetteerKeyDropsIt) {
  const auto r = run_factcheck("--config '" + fixture("no_default_gazetteer.toml") + "' --format json '" +
                               fixture("gazetteer_article.txt") + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("\"entity-misspelling\""), std::string::npos) << r.out;
}

}  // namespace

namespace {

TEST(ConfigCli, UnitTablesExtendTheLexicon) {
  const std::string article = "'" + fixture("units_article.txt") + "'";
  const auto before = factcheck::testing::run_factcheck("extract --format json " + article);
  EXPECT_EQ(before.exit_code, 0) << before.err;
  // Before: "6 furlongs" is a count of furlongs, "40,000 cedis" a count of cedis.
  EXPECT_EQ(before.out.find("\"length\""), std::string::npos) << before.out;
  EXPECT_EQ(before.out.find("\"GHS\""), std::string::npos) << before.out;
  const auto r = factcheck::testing::run_factcheck("extract --format json --config '" +
                                                   fixture("units.toml") + "' " + article);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"length\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"GHS\""), std::string::npos) << r.out;
}

TEST(ConfigCli, BadUnitExitsTwoNamingFileAndLine) {
  const auto r = factcheck::testing::run_factcheck("--config '" + fixture("bad_unit.toml") + "' '" +
                                                   fixture("article.txt") + "'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("bad_unit.toml:3:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("league"), std::string::npos) << r.err;
}

}  // namespace
