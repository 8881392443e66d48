// HTML: self-contained, escaped, grouped, with evidence side by side, diff and timeline.
#include "reports/html_reporter.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "report_fixture.hpp"

namespace {

using factcheck::testing::report_fixture;

std::string render(const report_fixture& fx) {
  std::ostringstream out;
  factcheck::reports::html_reporter{}.write(fx.input(), out);
  return out.str();
}

TEST(HtmlReporter, IsSelfContained) {
  const report_fixture fx;
  const std::string html = render(fx);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  EXPECT_NE(html.find("Content-Security-Policy\" content=\"default-src 'none'"), std::string::npos);
  // The only URL-valued attributes are in-page anchors (and the SVG namespace, not a fetch).
  const std::regex url_attr(R"re(\b(src|href|action|srcset|poster|data)\s*=\s*"([^"]*)")re");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), url_attr);
       it != std::sregex_iterator(); ++it) {
    EXPECT_EQ((*it)[2].str().rfind('#', 0), 0u) << (*it)[0].str();
  }
}

TEST(HtmlReporter, EscapesEveryByteOfArticleText) {
  const report_fixture fx;
  const std::string html = render(fx);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  // No tag carries an event handler (the article's "onerror=" is text between tags).
  const std::regex handler(R"re(<[^>]*\son[a-z]+\s*=)re");
  EXPECT_FALSE(std::regex_search(html, handler));
  EXPECT_EQ(html.find("href=\"javascript"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  EXPECT_NE(html.find("&lt;a href=&quot;javascript:alert(1)&quot;&gt;remove&lt;/a&gt;"),
            std::string::npos);
}

TEST(HtmlReporter, HighlightsTheOffendingTextInItsSentence) {
  const report_fixture fx;
  EXPECT_NE(render(fx).find("At least <mark>41</mark> passengers"), std::string::npos);
}

TEST(HtmlReporter, ShowsSourcesSideBySideWithDates) {
  const report_fixture fx;
  const std::string html = render(fx);
  const auto sources = html.find("<div class=\"sources\">");
  ASSERT_NE(sources, std::string::npos);
  const auto self = html.find("2024-03-14", sources);
  const auto other = html.find("2024-03-16", sources);
  const auto other_text = html.find("Twenty-nine", sources);
  EXPECT_NE(self, std::string::npos);
  EXPECT_NE(other, std::string::npos);
  EXPECT_NE(other_text, std::string::npos);
  EXPECT_NE(html.find("<b>Suggestion:</b> 29"), std::string::npos);
}

TEST(HtmlReporter, MisquoteWordDiff) {
  const report_fixture fx;
  EXPECT_NE(render(fx).find("acted <del>quickly</del> <ins>fast</ins> and"), std::string::npos);
}

TEST(HtmlReporter, TimelineSvgHasABarPerDatedPoint) {
  const report_fixture fx;
  const std::string html = render(fx);
  const auto svg = html.find("<svg class=\"timeline\"");
  ASSERT_NE(svg, std::string::npos);
  const auto end = html.find("</svg>", svg);
  const std::string chart = html.substr(svg, end - svg);
  std::size_t bars = 0;
  for (auto at = chart.find("<rect class=\"bar"); at != std::string::npos;
       at = chart.find("<rect class=\"bar", at + 1))
    ++bars;
  EXPECT_EQ(bars, 2u);
  EXPECT_NE(chart.find(">2024-03-14<"), std::string::npos);
  EXPECT_NE(chart.find(">2024-03-16<"), std::string::npos);
  EXPECT_NE(chart.find("<rect class=\"bar self\""),
            std::string::npos);  // this finding's own figure
  EXPECT_NE(html.find("<table class=\"tl\">", end),
            std::string::npos);  // and every point as a table
}

TEST(HtmlReporter, FiltersBySeverityAndRuleWorkWithCssOnly) {
  const report_fixture fx;
  const std::string html = render(fx);
  EXPECT_NE(html.find("#flt-sev-error:not(:checked)~main .sev-error{display:none}"),
            std::string::npos);
  EXPECT_NE(html.find("#flt-rule-misquote:not(:checked)~main .rule-misquote{display:none}"),
            std::string::npos);
  EXPECT_NE(html.find("<input type=\"checkbox\" class=\"flt\" id=\"flt-rule-misquote\" checked>"),
            std::string::npos);
  EXPECT_NE(html.find("<label for=\"flt-rule-misquote\">"), std::string::npos);
  // The inputs come before <main>, as the sibling selectors need.
  EXPECT_LT(html.find("id=\"flt-rule-misquote\""), html.find("<main>"));
}

TEST(HtmlReporter, GroupsByFactAndByArticle) {
  const report_fixture fx;
  const std::string html = render(fx);
  const auto fact = html.find("<h3>passengers taken to hospital</h3>");
  const auto by_article = html.find("<h2>Findings by article</h2>");
  ASSERT_NE(fact, std::string::npos);
  ASSERT_NE(by_article, std::string::npos);
  EXPECT_LT(fact, by_article);
  EXPECT_NE(html.find("<a href=\"#f0\">3:39</a>", by_article), std::string::npos);
}

}  // namespace
