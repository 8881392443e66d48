// Markdown: summary table, grouping, quoting and escaping of article text.
#include "reports/markdown_reporter.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "report_fixture.hpp"

namespace {

using factcheck::testing::report_fixture;

std::string render(const report_fixture& fx) {
  std::ostringstream out;
  factcheck::reports::markdown_reporter{}.write(fx.input(), out);
  return out.str();
}

TEST(MarkdownReporter, SummaryTableHasARowPerRuleAndATotal) {
  const report_fixture fx;
  const std::string md = render(fx);
  EXPECT_NE(md.find("| rule | error | warning | info |\n|---|---:|---:|---:|\n"),
            std::string::npos);
  EXPECT_NE(md.find("| `numeric-conflict` | 1 | 0 | 0 |"), std::string::npos);
  EXPECT_NE(md.find("| `entity-misspelling` | 0 | 1 | 0 |"), std::string::npos);
  EXPECT_NE(md.find("| **total** | **2** | **1** | **1** |"), std::string::npos);
}

TEST(MarkdownReporter, GroupsByFactThenByArticle) {
  const report_fixture fx;
  const std::string md = render(fx);
  const auto by_fact = md.find("## Findings by fact");
  const auto fact = md.find("### passengers taken to hospital");
  const auto by_article = md.find("## Findings by article");
  const auto article = md.find("### wire/b.txt — dated 2024-03-16 (header)");
  ASSERT_NE(by_fact, std::string::npos);
  ASSERT_NE(fact, std::string::npos);
  ASSERT_NE(by_article, std::string::npos);
  ASSERT_NE(article, std::string::npos);
  EXPECT_LT(by_fact, fact);
  EXPECT_LT(fact, by_article);
  EXPECT_LT(by_article, article);
}

TEST(MarkdownReporter, QuotesConflictingSourcesAndDiff) {
  const report_fixture fx;
  const std::string md = render(fx);
  EXPECT_NE(md.find("| wire/b.txt:5:1 | 2024-03-16 | Twenty-nine |"), std::string::npos) << md;
  EXPECT_NE(md.find("~~quickly~~ **fast**"), std::string::npos);
  EXPECT_NE(md.find("> At least **41** passengers"), std::string::npos);
}

TEST(MarkdownReporter, ArticleTextCannotInjectMarkupLinksOrCells) {
  const report_fixture fx;
  const std::string md = render(fx);
  EXPECT_EQ(md.find("<script"), std::string::npos);
  EXPECT_EQ(md.find("<img"), std::string::npos);
  EXPECT_FALSE(std::regex_search(md, std::regex(R"re([^\\]\]\(javascript:)re")));  // no live link
  EXPECT_EQ(md.find("<b onmouseover"), std::string::npos);
  EXPECT_NE(md.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(md.find("\\[x\\](javascript:alert(1))"), std::string::npos);
}

}  // namespace
