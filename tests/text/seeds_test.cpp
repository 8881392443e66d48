// Acceptance on the shared seed articles (read-only, real web copies): page residue is never
// classified body, datelines and headlines are found. The mechanism is general (see
// text/classify.cpp); this test only lists, by line number, what an editor calls residue.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>

#include "text/classify.hpp"
#include "text/ingest.hpp"
#include "text_test_support.hpp"

namespace factcheck::text {
namespace {

namespace fs = std::filesystem;

struct expectation {
  std::set<std::uint32_t> residue;    // lines that must not be body (nor headline)
  std::set<std::uint32_t> datelines;  // lines that must be dateline
  std::set<std::uint32_t> headlines;  // lines that must be headline
};

// Keyed by the seed's number prefix ("000", "001", ...).
const std::map<std::string, expectation>& expectations() {
  static const std::map<std::string, expectation> table{
      {"000", {{46, 48, 50, 52, 54, 56}, {3, 45}, {1}}},
      {"001", {{1, 22, 39, 55, 57, 59, 61, 63}, {3}, {5}}},
      {"002", {{27}, {}, {1}}},
      {"003", {{21, 23, 24, 25, 26, 27, 28}, {22}, {}}},
      {"004", {{1, 2, 3, 4, 8, 9, 11}, {10}, {6}}},
  };
  return table;
}

struct line_kinds {
  std::string path;
  std::map<std::uint32_t, std::set<block_kind>> by_line;  // kinds of blocks starting on a line
  std::uint32_t lines = 0;
};

std::vector<line_kinds> classify_seeds() {
  std::vector<std::string> paths;
  const fs::path dir = fs::path(FACTCHECK_SHARED_DIR) / "seeds";
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  const auto r = ingest(paths);
  EXPECT_TRUE(r.diagnostics.empty());
  std::vector<std::vector<block>> blocks(r.articles.size());
  std::vector<document_blocks> docs;
  for (std::size_t i = 0; i < r.articles.size(); ++i) {
    blocks[i] = segment_blocks(r.articles[i].text);
    docs.push_back({r.articles[i].text, &blocks[i]});
  }
  classify_corpus(docs, {});
  std::vector<line_kinds> out;
  for (std::size_t i = 0; i < r.articles.size(); ++i) {
    line_kinds lk;
    lk.path = r.articles[i].path;
    for (const auto& b : blocks[i]) {
      lk.by_line[r.articles[i].locate(b.span.begin).line].insert(b.kind);
    }
    lk.lines = static_cast<std::uint32_t>(
        std::count(r.articles[i].original->begin(), r.articles[i].original->end(), '\n') + 1);
    out.push_back(std::move(lk));
  }
  return out;
}

TEST(Seeds, ResidueIsNeverBodyAndDatelinesAreFound) {
  const fs::path dir = fs::path(FACTCHECK_SHARED_DIR) / "seeds";
  if (!fs::exists(dir)) GTEST_SKIP() << "no seeds at " << dir;
  const auto seeds = classify_seeds();
  ASSERT_EQ(seeds.size(), expectations().size());
  for (const auto& seed : seeds) {
    const std::string key = fs::path(seed.path).filename().string().substr(0, 3);
    const auto found = expectations().find(key);
    ASSERT_NE(found, expectations().end()) << seed.path;
    const expectation& want = found->second;
    for (std::uint32_t line = 1; line <= seed.lines; ++line) {
      const auto it = seed.by_line.find(line);
      if (it == seed.by_line.end()) continue;  // blank line
      const std::set<block_kind>& kinds = it->second;
      const std::string where = seed.path + ":" + std::to_string(line);
      if (want.residue.contains(line)) {
        EXPECT_FALSE(kinds.contains(block_kind::body)) << where << " is residue, classified body";
        EXPECT_FALSE(kinds.contains(block_kind::headline)) << where;
      } else if (want.datelines.contains(line)) {
        EXPECT_EQ(kinds, std::set<block_kind>{block_kind::dateline}) << where;
      } else if (want.headlines.contains(line)) {
        EXPECT_EQ(kinds, std::set<block_kind>{block_kind::headline}) << where;
      } else {
        // Everything else is article copy: body (a caption would be tolerated, nothing
        // else; copy classified boilerplate would be lost to extraction).
        EXPECT_TRUE(kinds.contains(block_kind::body)) << where << " is copy, not classified body";
        EXPECT_FALSE(kinds.contains(block_kind::boilerplate)) << where;
      }
    }
  }
}

}  // namespace
}  // namespace factcheck::text
