// The seed figures issue 4 checks, read from the seed articles in FACTCHECK_SHARED_DIR (the
// test holds no article text: it looks the figures up by their position in each file).

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "grammar/extract.hpp"

namespace factcheck::grammar {
namespace {

std::string read_seed(const std::string& name) {
  const auto path = std::filesystem::path(FACTCHECK_SHARED_DIR) / "seeds" / name;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The quantity whose text is `figure` (the first one, in file order).
const quantity* find(const std::vector<quantity>& found, const std::string& text,
                     std::string_view figure) {
  for (const auto& q : found) {
    if (q.span.of(text) == figure) return &q;
  }
  return nullptr;
}

struct seed_row {
  const char* file;
  std::string_view figure;  // the quantity span as written
  double low;
  double high;
  hedge hedge_kind;
  std::string_view unit;
};

TEST(QuantitySeeds, IssueFourFigures) {
  const seed_row rows[] = {
      {"000_9ef9fc7d28761952.txt", "94,300", 94300, 94300, hedge::none, "troop"},
      {"000_9ef9fc7d28761952.txt", "tens of thousands", 20000, 99999, hedge::none, "troop"},
      {"002_72c455ca92978c17.txt", "over 94,000", 94000, infinity, hedge::over, "troop"},
      {"001_1955ec95a13c80b6.txt", "Over 14,000", 14000, infinity, hedge::over, "person"},
      {"004_ea8f67e277e40cbc.txt", "100,000", 95000, 105000, hedge::none, "troop"},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(std::string(r.file) + " " + std::string(r.figure));
    const std::string text = read_seed(r.file);
    if (text.empty()) GTEST_SKIP() << "seeds not found under " << FACTCHECK_SHARED_DIR;
    const auto found = extract_quantities(text);
    const quantity* q = find(found, text, r.figure);
    ASSERT_NE(q, nullptr);
    EXPECT_DOUBLE_EQ(q->low, r.low);
    EXPECT_DOUBLE_EQ(q->high, r.high);
    EXPECT_EQ(q->hedge_kind, r.hedge_kind);
    EXPECT_EQ(q->unit, r.unit);
  }
}

}  // namespace
}  // namespace factcheck::grammar
