// Ingest normalizes valid plain text straight from the file's bytes into the article's text and
// map (issue 11). That fast path must give exactly what the traced path gives: the same text and
// the same original offset for every byte.
#include <gtest/gtest.h>

#include <string>

#include "text/traced_text.hpp"

namespace factcheck::text {
namespace {

struct normalized {
  std::string text;
  source_map map;
};

normalized traced(std::string_view bytes) {
  normalized out;
  out.map.set_original(bytes);
  const detail::traced_text t = detail::normalize_whitespace(detail::trace_identity(bytes));
  out.text = t.bytes;
  detail::build_map(t, out.map);
  return out;
}

normalized fast(std::string_view bytes) {
  normalized out;
  out.map.set_original(bytes);
  detail::normalize_into_map(bytes, out.text, out.map);
  return out;
}

void expect_same(std::string_view input) {
  const normalized a = traced(input);
  const normalized b = fast(input);
  ASSERT_EQ(a.text, b.text);
  for (std::uint32_t i = 0; i <= a.text.size(); ++i) {
    EXPECT_EQ(a.map.original_offset(i), b.map.original_offset(i)) << "byte " << i;
    EXPECT_EQ(a.map.locate(i), b.map.locate(i)) << "byte " << i;
  }
}

TEST(NormalizeFastPath, MatchesTheTracedPathOnWhitespaceOfEveryKind) {
  expect_same("Plain line.\nSecond line.");
  expect_same("  leading and trailing  \r\n\r\n\r\n\tTabbed\tline \xC2\xA0 with NBSP\n\n\n");
  expect_same(
      "zero\xE2\x80\x8B" "width and soft\xC2\xAD" "hyphen, \xE2\x80\x83" "em space\xE2\x80\xA8" "sep");
  expect_same("Kyiv \xE2\x80\x94 caf\xC3\xA9 \xF0\x9F\x98\x80 end.\r\rtwo CRs\x01\x7F controls");
  expect_same("");
  expect_same("\n\n\n");
}

TEST(NormalizeFastPath, MatchesOnALongGeneratedText) {
  std::string input;
  const char* pieces[] = {"word ",        "  ",    "\n",     "\r\n", "\t",           "\xC2\xA0",
                          "caf\xC3\xA9 ", "12,5 ", "\n\n\n", ".",    "\xE2\x80\x8B", "x"};
  unsigned state = 7;
  for (int i = 0; i < 20000; ++i) {
    state = state * 1103515245U + 12345U;
    input += pieces[(state >> 16) % std::size(pieces)];
  }
  expect_same(input);
}

TEST(NormalizeFastPath, ValidatorAgreesWithTheSequenceReader) {
  EXPECT_TRUE(detail::is_valid_utf8("ascii only, long enough to take the eight-byte path"));
  EXPECT_TRUE(detail::is_valid_utf8("caf\xC3\xA9 \xF0\x9F\x98\x80"));
  EXPECT_FALSE(detail::is_valid_utf8("cut \xE2\x80"));
  EXPECT_FALSE(detail::is_valid_utf8("overlong \xC0\xAF in the middle of ascii text"));
  EXPECT_FALSE(detail::is_valid_utf8("surrogate \xED\xA0\x80"));
}

}  // namespace
}  // namespace factcheck::text
