// The position map: every normalized byte maps back to the right original line:column.
#include <gtest/gtest.h>

#include "text/ingest.hpp"
#include "text_test_support.hpp"

namespace factcheck::text {
namespace {

using testing::naive_position;
using testing::only_article;

bool is_space_byte(char c) { return c == ' ' || c == '\n'; }

// Whether byte i is part of a U+FFFD that replaced invalid input.
bool in_replacement(std::string_view text, std::uint32_t i) {
  for (std::uint32_t j = i >= 2 ? i - 2 : 0; j <= i; ++j) {
    if (text.substr(j, 3) == "\uFFFD") return true;
  }
  return false;
}

// For every byte: locate() agrees with a scan from the start of the original, and a byte
// that normalization did not synthesize (letters, digits, punctuation) is the same byte in
// the original.
void expect_exact_map(const article& a) {
  const std::string& original = *a.original;
  for (std::uint32_t i = 0; i < a.text.size(); ++i) {
    const std::uint32_t off = a.map.original_offset(i);
    ASSERT_LE(off, original.size()) << "byte " << i;
    EXPECT_EQ(a.locate(i), naive_position(original, off)) << "byte " << i << " of " << a.path;
    if (!is_space_byte(a.text[i]) && !in_replacement(a.text, i)) {
      EXPECT_EQ(a.text[i], original[off]) << "byte " << i << " of " << a.path;
    }
  }
}

TEST(SourceMap, EveryByteOfPlainTextMaps) {
  const std::string inputs[] = {
      "Plain line.\nSecond line.",
      "  Indented\t\ttabs \xC2\xA0 and NBSP.  \n\n\n\n  After blank lines.   ",
      "Windows\r\nline\r\nends.\r\n\r\nParagraph.\r\n",
      "Multibyte: Kyjiw \xE2\x80\x94 \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2, caf\xC3\xA9, "
      "\xF0\x9F\x8C\x8A wave.\n"
      "Next \xE2\x80\x9Cquoted\xE2\x80\x9D line.",
      "Old Mac\rline ends\rhere.",
      "Invalid \xFF byte and \xE2\x80 truncated.",
  };
  for (const auto& input : inputs) {
    const auto r = ingest_bytes("in.txt", input);
    expect_exact_map(only_article(r));
  }
}

TEST(SourceMap, CrlfAndMultibyteColumnsAreInCharacters) {
  const auto r =
      ingest_bytes("a.txt", "Caf\xC3\xA9 \xE2\x80\x94 one.\r\nTwo \xD0\x9A\xD0\xB8 three.\r\n");
  const article& a = only_article(r);
  EXPECT_EQ(a.text, "Caf\xC3\xA9 \xE2\x80\x94 one.\nTwo \xD0\x9A\xD0\xB8 three.");
  const auto one = static_cast<std::uint32_t>(a.text.find("one"));
  EXPECT_EQ(a.locate(one), (position{1, 8}));
  const auto three = static_cast<std::uint32_t>(a.text.find("three"));
  EXPECT_EQ(a.locate(three), (position{2, 8}));
  // The second byte of 'é' is still column 4.
  EXPECT_EQ(a.locate(4), (position{1, 4}));
  // The line break maps to the end of line 1 (its '\r').
  const auto nl = static_cast<std::uint32_t>(a.text.find('\n'));
  EXPECT_EQ(a.locate(nl), (position{1, 12}));
}

TEST(SourceMap, MarkdownAndHtmlMapEveryByteToTheRightLine) {
  const std::string md =
      "# Title line\n\nA **bold** claim of [1,200](u) people.\n\n> quoted "
      "\xE2\x80\x9Cline\xE2\x80\x9D\n";
  const std::string html =
      "<html>\n<body>\n<h1>Title\nline</h1>\n<p>A <b>bold</b> claim &amp; more.</p>\n</body>\n";
  for (const auto& [path, input] :
       {std::pair<std::string, std::string>{"a.md", md}, {"a.html", html}}) {
    const auto r = ingest_bytes(path, input);
    const article& a = only_article(r);
    for (std::uint32_t i = 0; i < a.text.size(); ++i) {
      const std::uint32_t off = a.map.original_offset(i);
      EXPECT_EQ(a.locate(i), naive_position(input, off)) << path << " byte " << i;
      // Kept letters are the letters of the source.
      if (std::isalnum(static_cast<unsigned char>(a.text[i])) != 0) {
        EXPECT_EQ(a.text[i], input[off]) << path << " byte " << i;
      }
    }
  }
}

TEST(SourceMap, FixtureLinesMapBack) {
  const auto r =
      ingest({std::string(FACTCHECK_SOURCE_DIR) + "/fixtures/corpus/02_valley_courier.md",
              std::string(FACTCHECK_SOURCE_DIR) + "/fixtures/corpus/03_broadcaster.html"});
  ASSERT_EQ(r.articles.size(), 2u);
  const article& md = r.articles[0];
  const auto brenick = static_cast<std::uint32_t>(md.text.find("Brenick"));
  const position p = md.locate(brenick);
  EXPECT_EQ(p.line, 19u);
  EXPECT_EQ(md.map.original_line(p.line).substr(p.column - 1, 7), "Brenick");
  const article& html = r.articles[1];
  const auto yuri = static_cast<std::uint32_t>(html.text.find("Yuri Halchenko"));
  const position q = html.locate(yuri);
  EXPECT_EQ(q.line, 15u);
  EXPECT_EQ(html.map.original_line(q.line).substr(q.column - 1, 14), "Yuri Halchenko");
}

TEST(SourceMap, OffsetAtEndMapsToEndOfText) {
  const auto r = ingest_bytes("a.txt", "One.\nTwo.");
  const article& a = only_article(r);
  EXPECT_EQ(a.locate(static_cast<std::uint32_t>(a.text.size())), (position{2, 5}));
}

TEST(SourceMap, LongLineLookupsUseTheChunkIndex) {
  // Multibyte characters across many 1 KiB chunks: columns stay exact.
  std::string line;
  for (int i = 0; i < 3000; ++i) line += i % 3 == 0 ? "\xC3\xA9" : "ab";
  line += " end.";
  const auto r = ingest_bytes("long.txt", line);
  const article& a = only_article(r);
  for (std::uint32_t i = 0; i < a.text.size(); i += 97) {
    EXPECT_EQ(a.locate(i), naive_position(line, a.map.original_offset(i))) << i;
  }
}

}  // namespace
}  // namespace factcheck::text
