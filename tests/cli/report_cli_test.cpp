// The report features end to end through the real binary: output files, exit code 2 writing
// nothing, baselines, inline suppressions, ignored paths, colour and progress.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_harness.hpp"

namespace {

namespace fs = std::filesystem;
using factcheck::testing::run_factcheck;
using factcheck::testing::slurp;

// An undated article: whatever else the rules find, missing-dateline reports it (info).
constexpr const char* undated =
    "Library reopens after flood repairs\n"
    "\n"
    "The central library in Hollin Bay reopened its ground floor to readers after eight months\n"
    "of repairs, the city's culture office said.\n"
    "\n"
    "About 12,000 books were lost when the basement flooded, a librarian told reporters.\n";

class ReportCli : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(::testing::TempDir()) /
            ("factcheck_report_cli_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "desk");
  }
  void TearDown() override { fs::remove_all(root_); }

  void write(const fs::path& relative, const std::string& text) {
    fs::create_directories((root_ / relative).parent_path());
    std::ofstream(root_ / relative, std::ios::binary) << text;
  }
  [[nodiscard]] nlohmann::json json_of(const std::string& args) const {
    const auto r = run_factcheck("--format json --fail-on none " + args, root_.string());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out);
  }
  [[nodiscard]] std::size_t entries_in(const fs::path& dir) const {
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(root_ / dir), fs::directory_iterator()));
  }

  fs::path root_;
};

TEST_F(ReportCli, ReportHtmlWritesReportHtmlInTheWorkingDirectory) {
  write("desk/library.txt", undated);
  const auto r = run_factcheck("--report html --fail-on none desk", root_.string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  const std::string html = slurp((root_ / "report.html").string());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("desk/library.txt"), std::string::npos);
}

TEST_F(ReportCli, ReportWritesTheFileNamedAfterTheFormat) {
  write("desk/library.txt", undated);
  const std::pair<const char*, const char*> formats[] = {
      {"text", "report.txt"},   {"markdown", "report.md"},   {"json", "report.json"},
      {"sarif", "report.sarif"}, {"junit", "report.xml"}};
  for (const auto& [format, file] : formats) {
    const auto r = run_factcheck(std::string("--report ") + format + " --fail-on none desk", root_.string());
    EXPECT_EQ(r.exit_code, 0) << format << ": " << r.err;
    EXPECT_FALSE(slurp((root_ / file).string()).empty()) << file;
  }
  // -o wins over the default name.
  const auto r = run_factcheck("--report json -o mine.json --fail-on none desk", root_.string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(nlohmann::json::parse(slurp((root_ / "mine.json").string()), nullptr, false).is_discarded());
}

TEST_F(ReportCli, OutputIntoAMissingDirectoryIsExit2AndLeavesNoStrayFile) {
  write("desk/library.txt", undated);
  const auto r = run_factcheck("--format sarif -o missing/out.sarif desk", root_.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("missing/out.sarif"), std::string::npos);
  EXPECT_FALSE(fs::exists(root_ / "missing"));
  EXPECT_EQ(entries_in("."), 1u);  // only desk/
}

TEST_F(ReportCli, ConfigErrorIsExit2AndWritesNoReport) {
  write("desk/library.txt", undated);
  write("factcheck.toml", "[numeric]\ntolerance = \"wide\"\n");
  const auto r = run_factcheck("--report junit desk", root_.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_FALSE(fs::exists(root_ / "report.xml"));
}

TEST_F(ReportCli, InputErrorIsExit2AndWritesNeitherReportNorBaseline) {
  write("desk/library.txt", undated);
  const auto r = run_factcheck(
      "--format json -o out.json --write-baseline base.json desk/library.txt desk/gone.txt",
      root_.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("gone.txt"), std::string::npos);
  EXPECT_FALSE(fs::exists(root_ / "out.json"));
  EXPECT_FALSE(fs::exists(root_ / "base.json"));
}

TEST_F(ReportCli, BaselineHidesKnownFindingsEvenWhenLinesMove) {
  write("desk/library.txt", undated);
  const auto before = json_of("desk");
  ASSERT_FALSE(before["findings"].empty()) << "precondition: the undated article has findings";

  auto r =
      run_factcheck("--format json --fail-on info --write-baseline base.json desk", root_.string());
  EXPECT_EQ(r.exit_code, 1) << r.err;  // writing a baseline does not change the verdict
  const auto recorded = nlohmann::json::parse(slurp((root_ / "base.json").string()));
  EXPECT_EQ(recorded["version"], 1);
  std::size_t counted = 0;
  for (const auto& e : recorded["findings"]) counted += e["count"].get<std::size_t>();
  EXPECT_EQ(counted, before["findings"].size());

  write("desk/library.txt", std::string("\n\n\n") + undated);  // every line moves down
  r = run_factcheck("--format json --fail-on info --baseline base.json desk", root_.string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(nlohmann::json::parse(r.out)["findings"].empty()) << r.out;

  write("desk/second.txt",
        "Ferry timetable changes\n\nThe harbour ferry will run every 40 minutes.\n");
  r = run_factcheck("--format json --fail-on info --baseline base.json desk", root_.string());
  const auto fresh = nlohmann::json::parse(r.out)["findings"];
  ASSERT_FALSE(fresh.empty());
  bool second_reported = false;
  for (const auto& f : fresh) {
    second_reported = second_reported || f["path"] == "desk/second.txt";
    for (const auto& known : recorded["findings"])
      EXPECT_NE(f["fingerprint"], known["fingerprint"]) << f.dump();
  }
  EXPECT_TRUE(second_reported);
  EXPECT_EQ(r.exit_code, 1);
}

TEST_F(ReportCli, BadBaselineIsExit2BeforeAnyOutput) {
  write("desk/library.txt", undated);
  write("base.json", "{\"version\": 7, \"findings\": []}");
  const auto r =
      run_factcheck("--format json -o out.json --baseline base.json desk", root_.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("base.json"), std::string::npos);
  EXPECT_FALSE(fs::exists(root_ / "out.json"));
}

TEST_F(ReportCli, InlineSuppressionInMarkdownComment) {
  const std::string article =
      std::string("# Library reopens after flood repairs\n\n") + (undated + 36);
  write("desk/library.md", article);
  const auto plain = json_of("desk");
  ASSERT_FALSE(plain["findings"].empty());
  const std::string rule = plain["findings"][0]["rule"];
  const auto line = plain["findings"][0]["line"].get<int>();
  // Put a disable-next-line for that rule right above the finding's line.
  std::string text;
  int n = 1;
  for (std::size_t at = 0; at < article.size(); ++n) {
    const auto end = article.find('\n', at);
    if (n == line) text += "<!-- factcheck-disable-next-line " + rule + " -->\n";
    text += article.substr(at, end - at + 1);
    at = end + 1;
  }
  write("desk/library.md", text);
  const auto suppressed = json_of("desk");
  for (const auto& f : suppressed["findings"]) {
    EXPECT_FALSE(f["rule"] == rule && f["line"].get<int>() == line + 1) << f.dump();
  }
  // A range disable for every rule silences the whole article.
  write("desk/library.md", "<!-- factcheck-disable -->\n" + article);
  EXPECT_TRUE(json_of("desk")["findings"].empty());
}

TEST_F(ReportCli, IgnoredPathsFromTheConfigAreNotChecked) {
  write("desk/library.txt", undated);
  write("desk/drafts/old.txt", undated);
  write("factcheck.toml", "[ignore]\npaths = [\"desk/drafts/**\"]\n");
  const auto doc = json_of("desk");
  ASSERT_EQ(doc["articles"].size(), 1u) << doc["articles"].dump();
  EXPECT_EQ(doc["articles"][0]["path"], "desk/library.txt");
}

TEST_F(ReportCli, ColourOnlyWhenAskedAndNeverWithNoColorInAutoMode) {
  write("desk/library.txt", undated);
  auto r = run_factcheck("--fail-on none --color always desk", root_.string());
  EXPECT_NE(r.out.find("\x1b["), std::string::npos);
  r = run_factcheck("--fail-on none --color never desk", root_.string());
  EXPECT_EQ(r.out.find("\x1b["), std::string::npos);
  r = run_factcheck("--fail-on none desk", root_.string());  // auto, stdout is a file
  EXPECT_EQ(r.out.find("\x1b["), std::string::npos);
}

TEST_F(ReportCli, NoProgressBarOnANonTerminal) {
  write("desk/library.txt", undated);
  for (const char* extra : {"", "--no-progress "}) {
    const auto r = run_factcheck(std::string(extra) + "--fail-on none desk", root_.string());
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_EQ(r.err.find("files"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find('\r'), std::string::npos);
  }
}

TEST_F(ReportCli, TextFirstLinesMatchTheJsonFindings) {
  write("desk/library.txt", undated);
  const auto doc = json_of("desk");
  const auto r = run_factcheck("--fail-on none --color never desk", root_.string());
  for (const auto& f : doc["findings"]) {
    const std::string line = std::string(f["path"]) + ":" + std::to_string(f["line"].get<int>()) +
                             ":" + std::to_string(f["column"].get<int>()) + ": " +
                             std::string(f["severity"]) + ": " + std::string(f["message"]) + " [" +
                             std::string(f["rule"]) + "]\n";
    EXPECT_NE(r.out.find(line), std::string::npos) << line;
  }
}

}  // namespace
