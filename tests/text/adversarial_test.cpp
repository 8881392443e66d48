// Hostile inputs: huge single lines, many paragraphs, pathological markup. Each must finish
// (a generous time box guards against quadratic behaviour, not a benchmark) and keep the
// text and the position map consistent.
#include <gtest/gtest.h>

#include <chrono>

#include "text/classify.hpp"
#include "text/ingest.hpp"
#include "text_test_support.hpp"

namespace factcheck::text {
namespace {

using testing::only_article;

// Sanitizer builds run these inputs about ten times slower (and CI machines are shared); a
// quadratic pass on megabytes still takes hours, so the wider box keeps its meaning.
#if defined(__SANITIZE_ADDRESS__)
constexpr double time_box_seconds = 200.0;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr double time_box_seconds = 200.0;
#else
constexpr double time_box_seconds = 20.0;
#endif
#else
constexpr double time_box_seconds = 20.0;
#endif

// Ingests, segments and classifies; returns the seconds taken.
double run_pipeline(const std::string& path, const std::string& bytes, ingest_result& out,
                    std::vector<block>& blocks) {
  const auto start = std::chrono::steady_clock::now();
  out = ingest_bytes(path, bytes);
  if (!out.articles.empty()) {
    blocks = segment_blocks(out.articles[0].text);
    classify_blocks(out.articles[0].text, blocks);
    for (const auto& b : blocks) (void)tokenize(out.articles[0].text, b.span);
  }
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string long_line(std::string_view unit, std::size_t megabytes = 10) {
  std::string line;
  const std::size_t target = megabytes * 1024u * 1024u;
  line.reserve(target + unit.size());
  while (line.size() < target) line += unit;
  return line;
}

TEST(Adversarial, TenMegabyteSingleLineText) {
  const std::string line = long_line(
      "Crews evacuated 1,200 people from Osk. Dr. Feder said the U.S. team measured 3.5 m "
      "\xE2\x80\x94 ");
  ingest_result r;
  std::vector<block> blocks;
  const double seconds = run_pipeline("big.txt", line, r, blocks);
  EXPECT_LT(seconds, time_box_seconds);
  const article& a = only_article(r);
  EXPECT_GE(a.text.size(), line.size() - 8);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_GT(blocks[0].sentences.size(), 100000u);
  // The last byte maps to the end of the one line, column in characters.
  const position end = a.locate(static_cast<std::uint32_t>(a.text.size() - 1));
  EXPECT_EQ(end.line, 1u);
  EXPECT_EQ(end, testing::naive_position(
                     line, a.map.original_offset(static_cast<std::uint32_t>(a.text.size() - 1))));
}

// Markup-dense lines are smaller (4 MB): they produce hundreds of thousands of blocks and
// tokens, which is what is being exercised.
TEST(Adversarial, FourMegabyteSingleLineMarkdownAndHtml) {
  const std::string md = long_line("*a* [b](c) `d` _e_ ![f](g) [h] `` <i ", 4);
  ingest_result r;
  std::vector<block> blocks;
  EXPECT_LT(run_pipeline("big.md", md, r, blocks), time_box_seconds);
  EXPECT_FALSE(only_article(r).text.empty());

  const std::string html = long_line("<p class=\"x\">a &amp; b &bogus <i>c</i> < d</p>", 4);
  EXPECT_LT(run_pipeline("big.html", html, r, blocks), time_box_seconds);
  EXPECT_FALSE(only_article(r).text.empty());
}

TEST(Adversarial, UnclosedMarkupDoesNotGoQuadratic) {
  for (const auto& [path, unit] : {std::pair<std::string, std::string>{"ticks.md", "` "},
                                   {"brackets.md", "[x "},
                                   {"angles.md", "<a "},
                                   {"quotes.html", "<a href=\"x "},
                                   {"comment.html", "<!-- "},
                                   {"amps.html", "&aaaaaaaa "}}) {
    std::string bytes;
    while (bytes.size() < 2u * 1024u * 1024u) bytes += unit;
    ingest_result r;
    std::vector<block> blocks;
    EXPECT_LT(run_pipeline(path, bytes, r, blocks), time_box_seconds) << path;
  }
}

TEST(Adversarial, HundredThousandParagraphs) {
  std::string text;
  for (int i = 0; i < 100000; ++i) {
    text += "Paragraph ";
    text += std::to_string(i);
    text += " says the levee held.\n\n";
  }
  ingest_result r;
  std::vector<block> blocks;
  EXPECT_LT(run_pipeline("many.txt", text, r, blocks), time_box_seconds);
  ASSERT_EQ(blocks.size(), 100000u);
  const article& a = only_article(r);
  EXPECT_EQ(a.locate(blocks.back().span.begin), (position{199999, 1}));
  EXPECT_EQ(blocks.back().kind, block_kind::body);
}

TEST(Adversarial, LoneQuotesSegmentWithoutLosingText) {
  const auto r =
      ingest({std::string(FACTCHECK_SOURCE_DIR) + "/fixtures/adversarial/lone_quotes.txt"});
  const article& a = only_article(r);
  const auto blocks = segment_blocks(a.text);
  ASSERT_EQ(blocks.size(), 3u);
  for (const auto& b : blocks) {
    ASSERT_FALSE(b.sentences.empty());
    EXPECT_EQ(b.sentences.front().span.begin, b.span.begin);
    EXPECT_EQ(b.sentences.back().span.end, b.span.end);
  }
}

TEST(Adversarial, OnlyWhitespaceAndControlCharacters) {
  const auto r = ingest_bytes("ws.txt", std::string(" \t\r\n\x0b\x0c\xC2\xA0\n\n  \x01\x7f", 14));
  EXPECT_EQ(only_article(r).text, "");
  EXPECT_TRUE(segment_blocks(only_article(r).text).empty());
}

TEST(Adversarial, CrlfFixtureNormalizes) {
  const auto r = ingest({std::string(FACTCHECK_SOURCE_DIR) + "/fixtures/adversarial/crlf.txt"});
  const article& a = only_article(r);
  EXPECT_EQ(a.text.find('\r'), std::string::npos);
  EXPECT_EQ(a.text, "Headline line\n\nFirst paragraph, with CRLF line ends.\nSecond line.");
  EXPECT_EQ(a.locate(static_cast<std::uint32_t>(a.text.find("Second"))), (position{4, 1}));
}

}  // namespace
}  // namespace factcheck::text
