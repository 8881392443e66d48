// Inline suppressions in HTML/Markdown comments and plain-text lines.
#include "reports/suppress.hpp"

#include <gtest/gtest.h>

#include "report_fixture.hpp"

namespace {

using factcheck::reports::is_suppressed;
using factcheck::reports::parse_suppressions;
using factcheck::text::source_format;

TEST(Suppress, NextLineInMarkdownCommentSkipsBlankLines) {
  const std::string md =
      "# Budget vote\n"
      "<!-- factcheck-disable-next-line numeric-conflict, stale-figure -->\n"
      "\n"
      "The council approved 12 million for roads.\n"
      "The council approved 14 million for schools.\n";
  const auto d = parse_suppressions(md, source_format::markdown);
  EXPECT_TRUE(is_suppressed(d, "numeric-conflict", 4));
  EXPECT_TRUE(is_suppressed(d, "stale-figure", 4));
  EXPECT_FALSE(is_suppressed(d, "misquote", 4));
  EXPECT_FALSE(is_suppressed(d, "numeric-conflict", 5));
  EXPECT_FALSE(is_suppressed(d, "numeric-conflict", 2));
}

TEST(Suppress, DisableEnableRangesInHtml) {
  const std::string html =
      "<p>one</p>\n"
      "<!-- factcheck-disable misquote -->\n"
      "<p>two</p>\n"
      "<!-- factcheck-disable -->\n"
      "<p>three</p>\n"
      "<!-- factcheck-enable misquote -->\n"
      "<p>four</p>\n"
      "<!-- factcheck-enable -->\n"
      "<p>five</p>\n";
  const auto d = parse_suppressions(html, source_format::html);
  EXPECT_FALSE(is_suppressed(d, "misquote", 1));
  EXPECT_TRUE(is_suppressed(d, "misquote", 3));
  EXPECT_FALSE(is_suppressed(d, "wrong-word", 3));
  EXPECT_TRUE(is_suppressed(d, "wrong-word", 5));
  EXPECT_FALSE(is_suppressed(d, "misquote", 7));
  EXPECT_TRUE(is_suppressed(d, "wrong-word", 7));
  EXPECT_FALSE(is_suppressed(d, "wrong-word", 9));
}

TEST(Suppress, PlainTextDirectiveMustBeAWholeLine) {
  const std::string txt =
      "factcheck-disable-next-line wrong-word\n"
      "The draught bill was tabled.\n"
      "He said factcheck-disable-next-line wrong-word in passing.\n"
      "The draught bill was tabled again.\n"
      "<!-- factcheck-disable-line duplicate-text -->\n";
  const auto d = parse_suppressions(txt, source_format::txt);
  EXPECT_TRUE(is_suppressed(d, "wrong-word", 2));
  EXPECT_FALSE(is_suppressed(d, "wrong-word", 4));
  EXPECT_TRUE(is_suppressed(d, "duplicate-text", 5));
}

TEST(Suppress, CommentsOnlyCountInMarkupFormats) {
  const std::string text = "Intro <!-- factcheck-disable-line misquote --> text\n";
  EXPECT_TRUE(is_suppressed(parse_suppressions(text, source_format::markdown), "misquote", 1));
  EXPECT_FALSE(is_suppressed(parse_suppressions(text, source_format::txt), "misquote", 1));
  EXPECT_TRUE(parse_suppressions(text, source_format::jsonl).empty());
}

TEST(Suppress, ReasonAfterDoubleDashIsNotARule) {
  const auto d = parse_suppressions(
      "<!-- factcheck-disable-line misquote -- checked with the desk -->\n", source_format::html);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].rules, std::vector<std::string>{"misquote"});
}

TEST(Suppress, UnknownDirectivesAreIgnored) {
  EXPECT_TRUE(parse_suppressions("<!-- factcheck-silence misquote -->\n<!-- disable -->\n",
                                 source_format::html)
                  .empty());
}

TEST(Suppress, ApplyDropsFindingsOnSuppressedLinesOfTheirArticle) {
  const std::string md =
      "# Ferry\n"
      "<!-- factcheck-disable-next-line entity-misspelling -->\n"
      "Harbour master Ilse Vargas spoke.\n";
  auto ingested = factcheck::text::ingest_bytes("desk/ferry.md", md);
  ASSERT_EQ(ingested.articles.size(), 1u);
  factcheck::checker::aligned_corpus corpus;
  factcheck::checker::analyzed_article a;
  a.source = &ingested.articles[0];
  corpus.articles.push_back(std::move(a));
  factcheck::checker::finding f;
  f.rule = "entity-misspelling";
  f.where = {"desk/ferry.md", {3, 21}, {3, 27}, "Vargas", ""};
  auto other_rule = f;
  other_rule.rule = "name-variant";
  auto other_file = f;
  other_file.where.path = "desk/other.md";
  const auto kept = factcheck::reports::apply_suppressions(corpus, {f, other_rule, other_file});
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept[0].rule, "name-variant");
  EXPECT_EQ(kept[1].where.path, "desk/other.md");
}

}  // namespace
