// The rule-fixture harness: for every registered rule, fixtures/rules/<id>/ holds good_* and
// bad_* entries (one article file, or a directory that is one corpus) and expected.txt. Each
// entry is checked alone with the built-in configuration and becomes one gtest:
//   good_*: no finding of that rule;
//   bad_*:  the rule's findings, formatted
//           "<path relative to fixtures/rules/<id>/>:<line>:<col>: <severity>: <message> [<id>]",
//           equal exactly the lines of expected.txt whose path is that entry (or lies under it).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "checker/check.hpp"
#include "checker/config.hpp"
#include "checker/rules/registry.hpp"
#include "text/ingest.hpp"

namespace {

namespace fs = std::filesystem;
namespace fc = factcheck::checker;

constexpr std::size_t min_entries = 3;

fs::path rule_folder(std::string_view id) {
  return fs::path(FACTCHECK_SOURCE_DIR) / "fixtures" / "rules" / std::string(id);
}

struct fixture {
  std::string rule;
  std::string entry;  // "bad_caption.txt" or "bad_two_sources" (a directory)
  bool bad = false;
};

// Names the fixture in gtest's failure output instead of dumping its bytes.
void PrintTo(const fixture& f, std::ostream* os) { *os << f.rule << "/" << f.entry; }

std::vector<fixture> discover() {
  std::vector<fixture> out;
  for (const fc::rule* r : fc::all_rules()) {
    const auto folder = rule_folder(r->id());
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) continue;
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(folder, ec)) {
      const std::string name = e.path().filename().string();
      if (name.starts_with("good_") || name.starts_with("bad_")) names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    for (auto& name : names) out.push_back({std::string(r->id()), name, name.starts_with("bad_")});
  }
  return out;
}

std::vector<std::string> read_lines(const fs::path& file) {
  std::vector<std::string> lines;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.starts_with('#')) continue;
    lines.push_back(line);
  }
  return lines;
}

// An expected.txt line belongs to the entry when its path is the entry or lies under it.
bool belongs_to(std::string_view line, std::string_view entry) {
  if (!line.starts_with(entry)) return false;
  const char next = line.size() > entry.size() ? line[entry.size()] : '\0';
  return next == ':' || next == '/';
}

std::string generic(const fs::path& p) { return p.lexically_normal().generic_string(); }

// Runs the checker on one entry and formats the given rule's findings.
std::vector<std::string> run_entry(const fixture& f) {
  const auto folder = rule_folder(f.rule);
  const auto entry = folder / f.entry;
  auto input = factcheck::text::ingest({entry.string()});
  for (const auto& d : input.diagnostics) {
    ADD_FAILURE() << "ingest: " << d.path << ": " << d.message;
  }
  const auto& settings = fc::default_config();
  const auto corpus = fc::analyze(input.articles, settings);
  const auto findings = fc::run_rules(corpus);
  const std::string prefix = generic(folder) + "/";
  std::vector<std::string> out;
  for (const auto& finding : findings) {
    if (finding.rule != f.rule) continue;
    std::string path = generic(fs::path(finding.where.path));
    if (path.starts_with(prefix)) path.erase(0, prefix.size());
    out.push_back(fmt::format("{}:{}:{}: {}: {} [{}]", path, finding.where.begin.line,
                              finding.where.begin.column, fc::to_string(finding.level), finding.message,
                              finding.rule));
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string s;
  for (const auto& l : lines) s += "  " + l + "\n";
  return s.empty() ? "  (none)\n" : s;
}

class RuleFixture : public ::testing::TestWithParam<fixture> {};

TEST_P(RuleFixture, FindingsMatchExpected) {
  const auto& f = GetParam();
  const auto actual = run_entry(f);
  if (!f.bad) {
    EXPECT_TRUE(actual.empty()) << f.rule << "/" << f.entry << " must have no " << f.rule
                                << " finding, got:\n"
                                << joined(actual);
    return;
  }
  std::vector<std::string> expected;
  for (auto& line : read_lines(rule_folder(f.rule) / "expected.txt")) {
    if (belongs_to(line, f.entry)) expected.push_back(std::move(line));
  }
  std::sort(expected.begin(), expected.end());
  EXPECT_FALSE(expected.empty()) << "expected.txt has no line for " << f.entry;
  EXPECT_EQ(actual, expected) << f.rule << "/" << f.entry << "\nexpected:\n"
                              << joined(expected) << "actual:\n"
                              << joined(actual);
}

std::string test_name(const ::testing::TestParamInfo<fixture>& param_info) {
  std::string name;
  bool upper = true;
  for (char c : param_info.param.rule + "_" + param_info.param.entry) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum) {
      upper = true;
      continue;
    }
    name += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleFixture, ::testing::ValuesIn(discover()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(RuleFixture);

// Every rule has a fixture folder with enough good and bad entries, and expected.txt names
// only entries that exist.
class RuleFixtureFolder : public ::testing::TestWithParam<std::string> {};

TEST_P(RuleFixtureFolder, HasEnoughGoodAndBadEntries) {
  const std::string id = GetParam();
  const auto folder = rule_folder(id);
  ASSERT_TRUE(fs::is_directory(folder)) << "missing " << folder;
  std::vector<std::string> bad;
  std::size_t good = 0;
  for (const auto& e : fs::directory_iterator(folder)) {
    const std::string name = e.path().filename().string();
    if (name.starts_with("good_")) ++good;
    if (name.starts_with("bad_")) bad.push_back(name);
  }
  EXPECT_GE(good, min_entries) << id << ": too few good_* fixtures";
  EXPECT_GE(bad.size(), min_entries) << id << ": too few bad_* fixtures";
  const auto expected = read_lines(folder / "expected.txt");
  EXPECT_FALSE(expected.empty()) << id << ": expected.txt is missing or empty";
  for (const auto& line : expected) {
    const bool known = std::any_of(bad.begin(), bad.end(), [&](const std::string& b) { return belongs_to(line, b); });
    EXPECT_TRUE(known) << id << "/expected.txt names no bad_* entry: " << line;
    EXPECT_TRUE(line.ends_with(fmt::format("[{}]", id))) << id << "/expected.txt: wrong rule id: " << line;
  }
}

std::vector<std::string> rule_ids() {
  std::vector<std::string> ids;
  for (const fc::rule* r : fc::all_rules()) ids.emplace_back(r->id());
  return ids;
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleFixtureFolder, ::testing::ValuesIn(rule_ids()),
                         [](const ::testing::TestParamInfo<std::string>& param_info) {
                           return test_name({fixture{param_info.param, "", false}, param_info.index});
                         });

}  // namespace
