// The acceptance gate (issue 5 item 9): the five seed articles checked together must produce
// every [[finding]] of shared/seeds/expected.toml (same rule, file and line), none of its
// [[absent]] entries, and its [dateline] for each file. Runs with the built-in gazetteer and
// without it (--no-default-gazetteer): the corpus alone must carry the evidence.
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "checker/check.hpp"
#include "checker/config.hpp"
#include "text/ingest.hpp"

namespace {

namespace fs = std::filesystem;
namespace fc = factcheck::checker;

struct expected_finding {
  std::string rule;
  std::string path;
  std::int64_t line = 0;
  std::string text;
};

struct absent_entry {
  std::vector<std::string> rules;
  std::string path;  // "" = any file
  std::string text;  // "" = any text
  std::string why;
};

struct expected_dateline {
  std::string path;
  std::string date;
  std::string source;
};

struct expectations {
  std::vector<expected_finding> findings;
  std::vector<absent_entry> absent;
  std::vector<expected_dateline> datelines;
};

fs::path seeds_dir() { return fs::path(FACTCHECK_SHARED_DIR) / "seeds"; }

expectations read_expectations(const fs::path& file) {
  expectations e;
  const toml::table root = toml::parse_file(file.string());
  if (const auto* list = root["finding"].as_array()) {
    for (const auto& node : *list) {
      const auto& t = *node.as_table();
      e.findings.push_back({t["rule"].value_or(std::string()), t["path"].value_or(std::string()),
                            t["line"].value_or(std::int64_t{0}), t["text"].value_or(std::string())});
    }
  }
  if (const auto* list = root["absent"].as_array()) {
    for (const auto& node : *list) {
      const auto& t = *node.as_table();
      absent_entry a;
      if (const auto* many = t["rule"].as_array()) {
        for (const auto& r : *many) a.rules.push_back(r.value_or(std::string()));
      } else {
        a.rules.push_back(t["rule"].value_or(std::string()));
      }
      a.path = t["path"].value_or(std::string());
      a.text = t["text"].value_or(std::string());
      a.why = t["why"].value_or(std::string());
      e.absent.push_back(std::move(a));
    }
  }
  if (const auto* table = root["dateline"].as_table()) {
    for (const auto& [key, node] : *table) {
      const auto& t = *node.as_table();
      e.datelines.push_back({std::string(key.str()), t["date"].value_or(std::string()),
                             t["source"].value_or(std::string())});
    }
  }
  return e;
}

std::string file_name(const std::string& path) { return fs::path(path).filename().string(); }

std::string describe(const fc::finding& f) {
  return fmt::format("{}:{}:{}: {}: {} [{}] «{}»", file_name(f.where.path), f.where.begin.line,
                     f.where.begin.column, fc::to_string(f.level), f.message, f.rule, f.where.text);
}

bool matches(const expected_finding& e, const fc::finding& f) {
  return f.rule == e.rule && file_name(f.where.path) == e.path &&
         static_cast<std::int64_t>(f.where.begin.line) == e.line;
}

bool violates(const absent_entry& a, const fc::finding& f) {
  if (std::find(a.rules.begin(), a.rules.end(), f.rule) == a.rules.end()) return false;
  if (!a.path.empty() && file_name(f.where.path) != a.path) return false;
  return a.text.empty() || f.where.text.find(a.text) != std::string::npos;
}

std::string iso(const std::optional<std::chrono::year_month_day>& d) {
  if (!d) return "";
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d->year()), static_cast<unsigned>(d->month()),
                     static_cast<unsigned>(d->day()));
}

void run_acceptance(bool default_gazetteer) {
  const auto dir = seeds_dir();
  if (!fs::is_directory(dir)) GTEST_SKIP() << dir << " is missing";
  const auto expected = read_expectations(dir / "expected.toml");
  ASSERT_FALSE(expected.findings.empty());

  auto input = factcheck::text::ingest({dir.string()});
  ASSERT_EQ(input.articles.size(), 5U);
  fc::config settings = fc::default_config();
  if (!default_gazetteer) fc::drop_default_gazetteer(settings);
  const auto corpus = fc::analyze(input.articles, settings);
  const auto findings = fc::run_rules(corpus);

  const char* mode = default_gazetteer ? "default gazetteer" : "--no-default-gazetteer";
  std::vector<bool> used(findings.size(), false);
  std::size_t found = 0;
  std::string missed;
  for (const auto& e : expected.findings) {
    bool hit = false;
    for (std::size_t i = 0; i < findings.size(); ++i) {
      if (matches(e, findings[i])) {
        used[i] = true;
        hit = true;
      }
    }
    if (hit) {
      ++found;
    } else {
      missed += fmt::format("  {}:{} [{}] «{}»\n", e.path, e.line, e.rule, e.text);
    }
  }
  std::string violations;
  for (const auto& a : expected.absent) {
    for (const auto& f : findings) {
      if (violates(a, f)) violations += fmt::format("  {}\n    ({})\n", describe(f), a.why);
    }
  }
  std::string datelines;
  for (const auto& d : expected.datelines) {
    const fc::analyzed_article* article = nullptr;
    for (const auto& a : corpus.articles) {
      if (file_name(a.path()) == d.path) article = &a;
    }
    if (article == nullptr) {
      datelines += fmt::format("  {}: not read\n", d.path);
      continue;
    }
    const std::string date = iso(article->dateline.date);
    const std::string source(factcheck::grammar::to_string(article->dateline.source));
    if (date != d.date || source != d.source) {
      datelines += fmt::format("  {}: expected {} ({}), got {} ({})\n", d.path, d.date, d.source,
                               date.empty() ? "no date" : date, source);
    }
  }
  std::string others;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (!used[i]) others += "  " + describe(findings[i]) + "\n";
  }

  const double recall = static_cast<double>(found) / static_cast<double>(expected.findings.size());
  std::cout << fmt::format("[seeds, {}] recall {}/{} = {:.2f}\n", mode, found, expected.findings.size(), recall)
            << "missed findings:\n"
            << (missed.empty() ? "  none\n" : missed) << "absent violations:\n"
            << (violations.empty() ? "  none\n" : violations) << "dateline mismatches:\n"
            << (datelines.empty() ? "  none\n" : datelines) << "other findings:\n"
            << (others.empty() ? "  none\n" : others);

  EXPECT_EQ(found, expected.findings.size()) << "missed:\n" << missed;
  EXPECT_TRUE(violations.empty()) << "absent violations:\n" << violations;
  EXPECT_TRUE(datelines.empty()) << "dateline mismatches:\n" << datelines;
}

TEST(SeedsAcceptance, DefaultGazetteer) { run_acceptance(true); }

TEST(SeedsAcceptance, NoDefaultGazetteer) { run_acceptance(false); }

}  // namespace
