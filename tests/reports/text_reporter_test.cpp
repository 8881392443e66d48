// The text format: first line shape (other tests and CI parsers rely on it), caret, colour.
#include "reports/text_reporter.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "report_fixture.hpp"

namespace {

using factcheck::testing::report_fixture;

std::string render(const factcheck::reports::report_input& in) {
  std::ostringstream out;
  factcheck::reports::text_reporter{}.write(in, out);
  return out.str();
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(TextReporter, FirstLineHasTheCompilerShape) {
  const report_fixture fx;
  const auto lines = lines_of(render(fx.input()));
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(lines[0],
            "wire/a.txt:3:39: error: 41 passengers conflicts with 29 in another source "
            "[numeric-conflict]");
}

TEST(TextReporter, ShowsTheOriginalLineWithACaretUnderTheOffendingText) {
  const report_fixture fx;
  const auto lines = lines_of(render(fx.input()));
  ASSERT_GE(lines.size(), 3u);
  const auto bar = lines[1].find("| ");
  ASSERT_NE(bar, std::string::npos) << lines[1];
  const std::string shown = lines[1].substr(bar + 2);
  EXPECT_EQ(shown.rfind("PORT ALDER, March 14, 2024", 0), 0u) << shown;
  const auto caret = lines[2].find('^');
  ASSERT_NE(caret, std::string::npos);
  EXPECT_EQ(lines[1].substr(caret, 2), "41");
  EXPECT_EQ(lines[2].substr(caret), "^~");
}

TEST(TextReporter, ListsSuggestionAndRelatedSourcesIndented) {
  const report_fixture fx;
  const std::string out = render(fx.input());
  EXPECT_NE(out.find("    = suggestion: 29\n"), std::string::npos);
  EXPECT_NE(out.find("    = related: wire/b.txt:5:1 (2024-03-16): Twenty-nine\n"),
            std::string::npos);
}

TEST(TextReporter, NoEscapeCodesWithoutColourAndSomeWithColour) {
  const report_fixture fx;
  EXPECT_EQ(render(fx.input(false)).find('\x1b'), std::string::npos);
  const std::string coloured = render(fx.input(true));
  EXPECT_NE(coloured.find("\x1b[1;31merror:\x1b[0m"), std::string::npos);
}

TEST(TextReporter, ArticleTextCannotSendTerminalEscapes) {
  report_fixture fx;
  fx.findings[0].message = "bad \x1b]0;owned\x07 title";
  const std::string out = render(fx.input(false));
  EXPECT_EQ(out.find('\x1b'), std::string::npos);
  EXPECT_EQ(out.find('\x07'), std::string::npos);
}

TEST(TextReporter, ClosingSummaryCountsBySeverity) {
  const report_fixture fx;
  const auto lines = lines_of(render(fx.input()));
  EXPECT_EQ(lines.back(), "4 problems (2 errors, 1 warning, 1 info) in 3 articles");
}

TEST(TextReporter, CleanRunSaysSo) {
  report_fixture fx;
  fx.findings.clear();
  EXPECT_EQ(render(fx.input()), "no problems found in 3 articles\n");
}

TEST(TextReporter, VeryLongLinesAreShownAsAWindowAroundTheColumn) {
  report_fixture fx;
  const std::string long_line = std::string(5000, 'a') + " Vargas " + std::string(5000, 'b') + "\n";
  auto result = factcheck::text::ingest_bytes("long.txt", long_line);
  ASSERT_EQ(result.articles.size(), 1u);
  fx.articles.push_back(std::move(result.articles[0]));
  fx.corpus.articles.clear();
  for (auto& a : fx.articles) {
    factcheck::checker::analyzed_article aa;
    aa.source = &a;
    fx.corpus.articles.push_back(std::move(aa));
  }
  fx.findings = {fx.findings[2]};
  fx.findings[0].where = {"long.txt", {1, 5002}, {1, 5008}, "Vargas", ""};
  const auto lines = lines_of(render(fx.input()));
  ASSERT_GE(lines.size(), 3u);
  EXPECT_LT(lines[1].size(), 400u);
  const auto caret = lines[2].find('^');
  ASSERT_NE(caret, std::string::npos);
  // The window starts with an ellipsis (3 bytes, one column): compare by columns.
  const std::string before = lines[1].substr(0, lines[1].find("Vargas"));
  EXPECT_EQ(caret + 2, before.size());
}

}  // namespace
