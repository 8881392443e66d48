// Regressions found by fuzzing the position map (fixtures/regressions/<name>/).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "text/ingest.hpp"
#include "text_test_support.hpp"

namespace factcheck::text {
namespace {

std::string read_fixture(const std::string& relative) {
  std::ifstream in(std::string(FACTCHECK_SOURCE_DIR) + "/fixtures/regressions/" + relative,
                   std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every normalized byte maps to a real position, and positions never go backwards.
void expect_positions_valid(const article& a) {
  position last{1, 1};
  for (std::uint32_t i = 0; i <= a.text.size(); ++i) {
    const position p = a.locate(i);
    ASSERT_GE(p.line, 1u) << "offset " << i;
    ASSERT_GE(p.column, 1u) << "offset " << i;
    ASSERT_TRUE(p.line > last.line || (p.line == last.line && p.column >= last.column))
        << "offset " << i;
    last = p;
  }
}

TEST(Regression, StrayContinuationBytesCountAsColumns) {
  const std::string bytes = read_fixture("stray-continuation-column/input.txt");
  ASSERT_FALSE(bytes.empty());
  const auto r = ingest_bytes("stray.txt", bytes);
  const article& a = testing::only_article(r);
  expect_positions_valid(a);
  // Each stray byte became one U+FFFD and is one column of the original line.
  const std::size_t second = a.text.find("\xEF\xBF\xBD\xEF\xBF\xBD");
  ASSERT_NE(second, std::string::npos);
  EXPECT_EQ(a.locate(static_cast<std::uint32_t>(second)), (position{2, 1}));
  EXPECT_EQ(a.locate(static_cast<std::uint32_t>(second + 3)), (position{2, 2}));
  const std::size_t water = a.text.find("water");
  ASSERT_NE(water, std::string::npos);
  EXPECT_EQ(a.locate(static_cast<std::uint32_t>(water)), (position{2, 4}));
}

// The same in the middle of a line and across a 1 KiB chunk of the column index: truncated
// and stray sequences each count one column per byte, as the U+FFFD they become.
TEST(Regression, InvalidSequencesAcrossChunksKeepExactColumns) {
  std::string bytes(1020, 'x');
  bytes += "\xE2\x80 \x97\x97\x97 \xC3\xA9 end";  // truncated dash, stray bytes, valid e-acute
  const auto r = ingest_bytes("chunks.txt", bytes);
  const article& a = testing::only_article(r);
  expect_positions_valid(a);
  const std::size_t end = a.text.find("end");
  ASSERT_NE(end, std::string::npos);
  // 1020 x, 2 for the truncated dash, space, 3 stray, space, e-acute, space: "end" is 1030.
  EXPECT_EQ(a.locate(static_cast<std::uint32_t>(end)), (position{1, 1030}));
}

}  // namespace
}  // namespace factcheck::text
