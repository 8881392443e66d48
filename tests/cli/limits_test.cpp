// [limits]: file size, article count and memory budget, checked before the work. Reaching one
// is exit 2 with a message naming the limit and the file, and nothing is analyzed or written.
#include "cli/limits.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "cli_harness.hpp"

namespace {

namespace fs = std::filesystem;
using factcheck::testing::run_factcheck;
namespace checker = factcheck::checker;

const std::string sentence =
    "The harbour office said 41 passengers were treated on March 14, 2024 in Port Alder.\n";

class Limits : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("factcheck_limits_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string config(const std::string& limits) {
    const auto path = (dir_ / "factcheck.toml").string();
    std::ofstream(path) << "[limits]\n" << limits << "\n";
    return path;
  }
  std::string article(const std::string& name, std::size_t bytes) {
    const auto path = (dir_ / "in" / name).string();
    std::ofstream out(path, std::ios::binary);
    for (std::size_t n = 0; n < bytes; n += sentence.size()) out << sentence;
    return path;
  }
  factcheck::testing::run_result check(const std::string& limits, const std::string& extra = "") {
    return run_factcheck("--config '" + config(limits) + "' --fail-on none --no-progress " + extra +
                         " '" + (dir_ / "in").string() + "'");
  }
  fs::path dir_;
};

TEST_F(Limits, FileOverMaxFileMbIsExit2NamingTheLimitAndTheFile) {
  article("a.txt", 2000);
  const auto big = article("b.txt", 1536 * 1024);
  const auto r = check("max_file_mb = 1");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("limits.max_file_mb = 1"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(big), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty()) << "nothing is checked when a limit is reached";
}

TEST_F(Limits, StandardInputOverMaxFileMbStopsReading) {
  std::string text;
  while (text.size() < 1536 * 1024) text += sentence;
  const auto r = run_factcheck("--config '" + config("max_file_mb = 1") + "' -", "", text);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("-: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("limits.max_file_mb"), std::string::npos) << r.err;
}

TEST_F(Limits, MoreArticlesThanMaxArticlesIsExit2NamingTheFileThatWentOver) {
  article("1.txt", 500);
  article("2.txt", 500);
  const auto third = article("3.txt", 500);
  const auto r = check("max_articles = 2");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("limits.max_articles = 2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(third), std::string::npos) << r.err;
  EXPECT_EQ(check("max_articles = 3").exit_code, 0) << "at the limit is fine";
}

TEST_F(Limits, JsonLinesRecordsCountAsArticles) {
  std::ofstream(dir_ / "in" / "wire.jsonl")
      << "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n"
      << "{\"id\": \"c\", \"text\": \"Three.\"}\n";
  const auto r = check("max_articles = 2");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("wire.jsonl: 3 articles"), std::string::npos) << r.err;
}

TEST_F(Limits, InputOverTheMemoryBudgetIsExit2BeforeAnyAnalysis) {
  // A budget just over the fixed base allows about 1 MiB / factor of input.
  const auto budget = factcheck::cli::memory_base_mib + 1;
  article("a.txt", 4000);
  const auto b = article("b.txt", 200 * 1024);
  const std::string report = (dir_ / "report.json").string();
  const auto r = check("memory_budget_mb = " + std::to_string(budget), "-o '" + report + "'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("limits.memory_budget_mb = " + std::to_string(budget)), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(b), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(report)) << "no report for a run that did not happen";
}

TEST_F(Limits, DefaultsLetAnOrdinaryCorpusThrough) {
  article("a.txt", 3000);
  article("b.txt", 3000);
  EXPECT_EQ(
      run_factcheck("--fail-on none --no-progress '" + (dir_ / "in").string() + "'").exit_code, 0);
  // The default budget (8 GiB of a 24 GB machine) holds far more than the 10 MB corpus the spec
  // asks to fit in 1 GiB.
  const checker::resource_limits defaults;
  EXPECT_EQ(defaults.memory_budget_mb, 8192);
  EXPECT_GE((8192 - factcheck::cli::memory_base_mib) / factcheck::cli::memory_bytes_factor, 100u);
  EXPECT_LE(factcheck::cli::memory_base_mib + 10 * factcheck::cli::memory_bytes_factor, 1024u);
}

TEST_F(Limits, BadLimitValueIsAConfigErrorNamingTheKey) {
  article("a.txt", 500);
  const auto zero = check("max_file_mb = 0");
  EXPECT_EQ(zero.exit_code, 2);
  EXPECT_NE(zero.err.find("limits.max_file_mb"), std::string::npos) << zero.err;
  const auto unknown = check("max_fiel_mb = 3");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("limits.max_fiel_mb"), std::string::npos) << unknown.err;
  const auto small_budget = check("memory_budget_mb = 10");
  EXPECT_EQ(small_budget.exit_code, 2);
  EXPECT_NE(small_budget.err.find("limits.memory_budget_mb"), std::string::npos);
}

}  // namespace
