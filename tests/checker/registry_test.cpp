// The rule registry: one sorted table of the spec's 15 rules, each with its doc and fixtures.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>

#include "checker/rules/registry.hpp"

namespace {

namespace fc = factcheck::checker;

// The rule table of the spec (SPEC.md, "Rules"): ids are fixed, severities are the defaults.
const std::map<std::string, fc::severity, std::less<>>& spec_rules() {
  static const std::map<std::string, fc::severity, std::less<>> rules = {
      {"numeric-conflict", fc::severity::error},    {"stale-figure", fc::severity::warning},
      {"date-conflict", fc::severity::error},       {"entity-misspelling", fc::severity::error},
      {"name-variant", fc::severity::warning},      {"role-conflict", fc::severity::error},
      {"misquote", fc::severity::error},            {"stale-dateline", fc::severity::error},
      {"weekday-mismatch", fc::severity::error},    {"missing-dateline", fc::severity::info},
      {"duplicate-text", fc::severity::warning},    {"wrong-word", fc::severity::warning},
      {"unbalanced-quote", fc::severity::warning},  {"boilerplate-residue", fc::severity::info},
      {"uncorroborated-figure", fc::severity::info},
  };
  return rules;
}

TEST(Registry, TableIsSortedAndUnique) {
  const auto rules = fc::all_rules();
  for (std::size_t i = 1; i < rules.size(); ++i) {
    EXPECT_LT(rules[i - 1]->id(), rules[i]->id()) << "at position " << i;
  }
}

TEST(Registry, HoldsTheSpecRulesWithTheirDefaultSeverities) {
  const auto rules = fc::all_rules();
  EXPECT_EQ(rules.size(), spec_rules().size());
  for (const fc::rule* r : rules) {
    auto it = spec_rules().find(r->id());
    ASSERT_NE(it, spec_rules().end()) << "not in the spec: " << r->id();
    EXPECT_EQ(r->default_severity(), it->second) << r->id();
    EXPECT_FALSE(r->summary().empty()) << r->id();
  }
}

TEST(Registry, FindRuleFindsEveryIdAndNothingElse) {
  for (const auto& [id, level] : spec_rules()) {
    const fc::rule* r = fc::find_rule(id);
    ASSERT_NE(r, nullptr) << id;
    EXPECT_EQ(r->id(), id);
  }
  EXPECT_EQ(fc::find_rule("spelling"), nullptr);
  EXPECT_EQ(fc::find_rule(""), nullptr);
  EXPECT_EQ(fc::find_rule("wrong-word "), nullptr);
}

TEST(Registry, EveryRuleHasItsDocPage) {
  for (const fc::rule* r : fc::all_rules()) {
    const auto doc = std::filesystem::path(FACTCHECK_SOURCE_DIR) / "docs" / "rules" / (std::string(r->id()) + ".md");
    EXPECT_TRUE(std::filesystem::is_regular_file(doc)) << "missing " << doc;
  }
}

TEST(Registry, EveryRuleHasItsFixtureFolder) {
  for (const fc::rule* r : fc::all_rules()) {
    const auto folder = std::filesystem::path(FACTCHECK_SOURCE_DIR) / "fixtures" / "rules" / std::string(r->id());
    EXPECT_TRUE(std::filesystem::is_directory(folder)) << "missing " << folder;
  }
}

}  // namespace
