// The rule list (checker/rules/registry.cpp) is the single source of the rules: these tests
// walk it and check everything derived from it or kept beside it: its order, the spec's rules,
// each rule's doc page (with the same default severity), fixture folder and default
// configuration table. A rule scaffolded by tools/new-rule.sh passes them as generated.
#include "checker/rules/registry.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "checker/config.hpp"

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
  for (const auto& [id, level] : spec_rules()) {
    const fc::rule* r = fc::find_rule(id);
    ASSERT_NE(r, nullptr) << "spec rule not registered: " << id;
    EXPECT_EQ(r->default_severity(), level) << id;
  }
  for (const fc::rule* r : fc::all_rules()) EXPECT_FALSE(r->summary().empty()) << r->id();
}

// docs/factcheck.default.toml (compiled in) has exactly one [rules.<id>] table per rule of the
// list, enabled, with the rule's default severity written out.
TEST(Registry, DefaultConfigHasOneTablePerRule) {
  const auto& c = fc::default_config();
  EXPECT_EQ(c.rules.size(), fc::all_rules().size());
  for (const fc::rule* r : fc::all_rules()) {
    auto it = c.rules.find(r->id());
    ASSERT_NE(it, c.rules.end()) << "docs/factcheck.default.toml has no [rules." << r->id() << "]";
    EXPECT_TRUE(it->second.enabled) << r->id();
    ASSERT_TRUE(it->second.level.has_value()) << r->id() << ": no severity in the default config";
    EXPECT_EQ(*it->second.level, r->default_severity()) << r->id();
  }
  for (const auto& [id, settings] : c.rules) {
    EXPECT_NE(fc::find_rule(id), nullptr) << "[rules." << id << "] names no rule";
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
    ASSERT_TRUE(std::filesystem::is_regular_file(doc)) << "missing " << doc;
    std::ifstream in(doc);
    std::stringstream text;
    text << in.rdbuf();
    const std::string stated =
        "**Default severity:** " + std::string(fc::to_string(r->default_severity()));
    EXPECT_NE(text.str().find(stated), std::string::npos)
        << doc << " does not say '" << stated << "'";
  }
}

TEST(Registry, EveryRuleHasItsFixtureFolder) {
  for (const fc::rule* r : fc::all_rules()) {
    const auto folder = std::filesystem::path(FACTCHECK_SOURCE_DIR) / "fixtures" / "rules" / std::string(r->id());
    EXPECT_TRUE(std::filesystem::is_directory(folder)) << "missing " << folder;
  }
}

}  // namespace
