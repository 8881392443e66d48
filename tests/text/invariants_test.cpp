// Properties that hold for any input, checked on generated hostile text: normalized text is
// valid UTF-8 with normalized whitespace, the position map is monotonic and in range, and
// blocks, sentences and tokens are ordered, trimmed and nested.
#include <gtest/gtest.h>

#include <random>

#include "text/classify.hpp"
#include "text/ingest.hpp"
#include "text_test_support.hpp"

namespace factcheck::text {
namespace {

bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = b < 0x80         ? 1
                      : (b >> 5) == 6  ? 2
                      : (b >> 4) == 14 ? 3
                      : (b >> 3) == 30 ? 4
                                       : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

std::string random_input(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {"The ",
                                                  "levee ",
                                                  "held",
                                                  ".",
                                                  " ",
                                                  "  ",
                                                  "\t",
                                                  "\n",
                                                  "\r\n",
                                                  "\n\n\n",
                                                  "U.S. ",
                                                  "Dr. ",
                                                  "3.5 ",
                                                  "94,300 ",
                                                  "\"",
                                                  "\xE2\x80\x9C",
                                                  "\xE2\x80\x9D",
                                                  "?",
                                                  "!",
                                                  "...",
                                                  "*",
                                                  "**",
                                                  "_",
                                                  "`",
                                                  "[",
                                                  "](",
                                                  ")",
                                                  "![",
                                                  "#",
                                                  "> ",
                                                  "- ",
                                                  "<p>",
                                                  "</p>",
                                                  "<br>",
                                                  "<script>",
                                                  "</script>",
                                                  "<nav>",
                                                  "</nav>",
                                                  "&amp;",
                                                  "&mdash;",
                                                  "&#x41;",
                                                  "&",
                                                  "<",
                                                  ">",
                                                  "<!--",
                                                  "-->",
                                                  "\xC2\xA0",
                                                  "\xFF",
                                                  "\xE2\x80",
                                                  "\xF0\x9F\x8C\x8A",
                                                  "\xC3\xA9",
                                                  "\xEF\xBB\xBF",
                                                  "3 hours ago",
                                                  "Share",
                                                  "By Anna Lind",
                                                  "March 4, 2024",
                                                  "a1b2c3d4e5",
                                                  "\x01",
                                                  "```\n"};
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 400);
  std::string s;
  const int n = length(rng);
  for (int i = 0; i < n; ++i) s += pieces[pick(rng)];
  return s;
}

void check_article(const article& a) {
  const std::string_view t = a.text;
  ASSERT_TRUE(valid_utf8(t)) << a.path;
  EXPECT_EQ(t.find("\n\n\n"), std::string_view::npos);
  EXPECT_EQ(t.find("  "), std::string_view::npos);
  EXPECT_EQ(t.find(" \n"), std::string_view::npos);
  EXPECT_EQ(t.find("\n "), std::string_view::npos);
  EXPECT_EQ(t.find('\r'), std::string_view::npos);
  EXPECT_EQ(t.find('\t'), std::string_view::npos);
  if (!t.empty()) {
    EXPECT_NE(t.front(), ' ');
    EXPECT_NE(t.front(), '\n');
    EXPECT_NE(t.back(), ' ');
    EXPECT_NE(t.back(), '\n');
  }
  std::uint32_t previous = 0;
  for (std::uint32_t i = 0; i < t.size(); ++i) {
    const std::uint32_t off = a.map.original_offset(i);
    ASSERT_LT(off, a.original->size()) << a.path << " byte " << i;
    ASSERT_GE(off, previous) << a.path << " byte " << i;
    previous = off;
  }

  const auto blocks = segment_blocks(t);
  std::uint32_t block_end = 0;
  for (const auto& b : blocks) {
    ASSERT_FALSE(b.span.empty());
    ASSERT_GE(b.span.begin, block_end);
    ASSERT_LE(b.span.end, t.size());
    EXPECT_NE(t[b.span.begin], ' ');
    EXPECT_NE(t[b.span.end - 1], ' ');
    block_end = b.span.end;
    ASSERT_FALSE(b.sentences.empty());
    EXPECT_EQ(b.sentences.front().span.begin, b.span.begin);
    EXPECT_EQ(b.sentences.back().span.end, b.span.end);
    std::uint32_t sentence_end = b.span.begin;
    for (const auto& s : b.sentences) {
      ASSERT_FALSE(s.span.empty());
      ASSERT_GE(s.span.begin, sentence_end);
      ASSERT_TRUE(b.span.contains(s.span));
      sentence_end = s.span.end;
    }
    std::uint32_t token_end = b.span.begin;
    for (const auto& tok : tokenize(t, b.span)) {
      ASSERT_FALSE(tok.empty());
      ASSERT_GE(tok.begin, token_end);
      ASSERT_TRUE(b.span.contains(tok));
      token_end = tok.end;
    }
  }
  auto copy = blocks;
  classify_blocks(t, copy);
  ASSERT_EQ(copy.size(), blocks.size());
}

TEST(Invariants, GeneratedInputsInEveryFormat) {
  std::mt19937 rng(20240304);
  for (int round = 0; round < 300; ++round) {
    const std::string input = random_input(rng);
    for (const char* path : {"r.txt", "r.md", "r.html"}) {
      const auto r = ingest_bytes(path, input);
      if (r.articles.empty()) continue;  // a NUL-free input is never binary, but stay general
      check_article(r.articles.front());
      if (::testing::Test::HasFatalFailure()) {
        FAIL() << "round " << round << " format " << path;
      }
    }
  }
}

TEST(Invariants, GeneratedJsonlRecords) {
  std::mt19937 rng(7);
  std::string jsonl;
  for (int i = 0; i < 50; ++i) {
    std::string text = random_input(rng);
    // Make it a JSON string: escape what JSON requires; invalid UTF-8 stays (repaired).
    std::string escaped;
    for (char c : text) {
      if (c == '"' || c == '\\') {
        escaped += '\\';
        escaped += c;
      } else if (c == '\n') {
        escaped += "\\n";
      } else if (c == '\r') {
        escaped += "\\r";
      } else if (c == '\t') {
        escaped += "\\t";
      } else if (static_cast<unsigned char>(c) < 0x20) {
        escaped += "\\u0001";
      } else {
        escaped += c;
      }
    }
    jsonl += "{\"id\": \"r" + std::to_string(i) + "\", \"text\": \"" + escaped + "\"}\n";
  }
  const auto r = ingest_bytes("gen.jsonl", jsonl);
  EXPECT_FALSE(r.has_errors());
  EXPECT_EQ(r.articles.size(), 50u);
  for (std::size_t i = 0; i < r.articles.size(); ++i) {
    check_article(r.articles[i]);
    EXPECT_EQ(r.articles[i].locate(0).line, static_cast<std::uint32_t>(i + 1));
  }
}

}  // namespace
}  // namespace factcheck::text
