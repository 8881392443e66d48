// The bundled corpus (fixtures/corpus, see its README.md): the residue documented there is
// never body, each article's dateline and headline are found, the undated one has none.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "text/classify.hpp"
#include "text/ingest.hpp"
#include "text_test_support.hpp"

namespace factcheck::text {
namespace {

struct corpus_view {
  ingest_result input;
  std::vector<std::vector<block>> blocks;
};

corpus_view classify_fixture_corpus() {
  corpus_view c;
  c.input = ingest({std::string(FACTCHECK_SOURCE_DIR) + "/fixtures/corpus"});
  c.blocks.resize(c.input.articles.size());
  std::vector<document_blocks> docs;
  for (std::size_t i = 0; i < c.input.articles.size(); ++i) {
    c.blocks[i] = segment_blocks(c.input.articles[i].text);
    docs.push_back({c.input.articles[i].text, &c.blocks[i]});
  }
  classify_corpus(docs, {});
  return c;
}

std::string name_of(const article& a) {
  return a.path.substr(a.path.find("fixtures/corpus/") + 16);
}

// Kinds of the blocks that start on each line.
std::map<std::uint32_t, std::set<block_kind>> kinds_by_line(const article& a,
                                                            const std::vector<block>& blocks) {
  std::map<std::uint32_t, std::set<block_kind>> out;
  for (const auto& b : blocks) out[a.locate(b.span.begin).line].insert(b.kind);
  return out;
}

TEST(Corpus, ResidueDatelinesAndHeadlines) {
  struct want {
    std::set<std::uint32_t> residue;
    std::uint32_t dateline;  // 0: none
    std::uint32_t headline;
  };
  const std::map<std::string, want> table{
      {"01_wire_dam_breach.txt", {{21, 22, 23, 24, 26, 27, 29, 30}, 3, 1}},
      {"02_valley_courier.md", {{1, 23, 25, 27}, 5, 3}},
      {"03_broadcaster.html", {{18, 20}, 13, 12}},
      {"04_wire_followup.txt", {{19, 20, 21}, 3, 1}},
      {"05_relief_fund.md", {{19, 21}, 3, 1}},
      {"06_aggregator.html", {{3, 4, 10, 11, 12}, 0, 5}},
      {"07_river_levels.txt", {{13, 15, 17}, 3, 1}},
  };
  const auto c = classify_fixture_corpus();
  std::size_t checked = 0;
  for (std::size_t i = 0; i < c.input.articles.size(); ++i) {
    const article& a = c.input.articles[i];
    const auto found = table.find(name_of(a));
    if (found == table.end()) continue;
    ++checked;
    const want& w = found->second;
    for (const auto& [line, kinds] : kinds_by_line(a, c.blocks[i])) {
      const std::string where = a.path + ":" + std::to_string(line);
      if (w.residue.contains(line)) {
        EXPECT_FALSE(kinds.contains(block_kind::body)) << where;
      } else if (line == w.dateline) {
        EXPECT_EQ(kinds, std::set<block_kind>{block_kind::dateline}) << where;
      } else if (line == w.headline) {
        EXPECT_EQ(kinds, std::set<block_kind>{block_kind::headline}) << where;
      } else {
        EXPECT_FALSE(kinds.contains(block_kind::boilerplate)) << where;
        EXPECT_FALSE(kinds.contains(block_kind::dateline)) << where;
      }
    }
  }
  EXPECT_EQ(checked, table.size());
}

TEST(Corpus, JsonlRecordsHaveStatedDatesAndHeadlines) {
  const auto c = classify_fixture_corpus();
  std::size_t records = 0;
  for (std::size_t i = 0; i < c.input.articles.size(); ++i) {
    const article& a = c.input.articles[i];
    if (a.format != source_format::jsonl) continue;
    ++records;
    EXPECT_TRUE(a.stated_date.has_value()) << a.path;
    ASSERT_FALSE(c.blocks[i].empty());
    EXPECT_EQ(c.blocks[i].front().kind, block_kind::headline) << a.path;
    for (std::size_t k = 1; k < c.blocks[i].size(); ++k) {
      EXPECT_EQ(c.blocks[i][k].kind, block_kind::body) << a.path;
    }
  }
  EXPECT_EQ(records, 3u);
}

TEST(Corpus, RepeatedRelatedHeadlinesAcrossArticlesAreResidue) {
  // The same related-story headline closes two wire stories; both copies are residue.
  const auto c = classify_fixture_corpus();
  std::map<std::string, std::vector<block_kind>> seen;
  for (std::size_t i = 0; i < c.input.articles.size(); ++i) {
    for (const auto& b : c.blocks[i]) {
      seen[std::string(b.span.of(c.input.articles[i].text))].push_back(b.kind);
    }
  }
  std::size_t repeated = 0;
  for (const auto& [text, kinds] : seen) {
    if (kinds.size() < 2 || text.size() > 80 || text.ends_with('.')) continue;
    ++repeated;
    for (auto k : kinds) EXPECT_NE(k, block_kind::body) << text;
  }
  EXPECT_GE(repeated, 2u);
}

}  // namespace
}  // namespace factcheck::text
