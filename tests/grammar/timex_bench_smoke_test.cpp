// A ctest smoke run of the TempEval-3 benchmark: 20 documents of the training corpus (every 12th
// of the sorted TimeBank + AQUAINT files) scored like bench/score_timex does, with floors so that a
// regression shows. The full run is tools/score-timex.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "grammar/extract.hpp"
#include "bench/scoring/time_gold.hpp"

namespace factcheck::grammar {
namespace {

namespace fs = std::filesystem;
using bench::read_timeml;
using bench::timeml_document;
using bench::score_timexes;
using bench::timex_difference;
using bench::timex_score;

TEST(TimexBenchSmoke, TempEvalSliceAboveFloor) {
  const fs::path root = fs::path(FACTCHECK_SHARED_DIR) / "benchmarks" / "tempeval3-train";
  if (!fs::exists(root)) GTEST_SKIP() << "benchmarks not found: " << root;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (e.is_regular_file() && e.path().extension() == ".tml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 240u);
  timex_score total;
  std::size_t documents = 0;
  for (std::size_t k = 0; k < files.size() && documents < 20; k += 12, ++documents) {
    std::ifstream in(files[k], std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const timeml_document doc = read_timeml(buffer.str());
    ASSERT_TRUE(doc.dct.has_value()) << files[k];
    time_context context;
    context.reference = doc.dct;
    context.numeric_dates = date_order::month_first;
    total.add(score_timexes(doc, extract_times(doc.text, context)));
  }
  ASSERT_EQ(documents, 20u);
  ASSERT_GT(total.gold, 50u);
  std::printf("gold %zu system %zu relaxed F1 %.3f strict F1 %.3f value accuracy %.3f\n", total.gold,
              total.system, total.relaxed_f1(), total.strict_f1(), total.value_accuracy());
  // Floors set a little under the figures measured when this test was written (see
  // docs/grammar-time.md); the full corpus is the benchmark.
  // Measured first: relaxed F1 0.909, strict F1 0.826, value accuracy 0.812 (165 gold
  // expressions); after the tense reader and the TimeBank extents: 0.909 / 0.856 / 0.832.
  EXPECT_GE(total.relaxed_f1(), 0.87);
  EXPECT_GE(total.strict_f1(), 0.81);
  EXPECT_GE(total.value_accuracy(), 0.79);
}

TEST(TimexBenchSmoke, ReadsTimeMLGold) {
  const std::string xml =
      "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-11-20\" functionInDocument=\"CREATION_TIME\">"
      "x</TIMEX3></DCT><TEXT>Talks ended <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-11-19\">yesterday</TIMEX3>"
      " &amp; resume <EVENT eid=\"e1\">soon</EVENT>.</TEXT></TimeML>";
  const timeml_document doc = read_timeml(xml);
  ASSERT_TRUE(doc.dct.has_value());
  EXPECT_EQ(*doc.dct, std::chrono::year{1998} / std::chrono::November / 20);
  EXPECT_EQ(doc.text, "Talks ended yesterday & resume soon.");
  ASSERT_EQ(doc.timexes.size(), 1u);
  EXPECT_EQ(doc.timexes[0].span.of(doc.text), "yesterday");
  EXPECT_EQ(doc.timexes[0].value, "1998-11-19");
  time_context context;
  context.reference = doc.dct;
  const timex_score s = score_timexes(doc, extract_times(doc.text, context));
  EXPECT_EQ(s.gold, 1u);
  EXPECT_EQ(s.strict, 1u);
  EXPECT_EQ(s.value_ok, 1u);
}

// The differences carry the gold span, so that score_timex can print the sentence around each,
// and a relaxed match with another span is listed as an extent difference.
TEST(TimexBenchSmoke, DifferencesCarrySpansAndExtents) {
  const std::string xml =
      "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-11-20\">x</TIMEX3></DCT><TEXT>The firm"
      " posted the <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-Q3\">third-quarter</TIMEX3> loss a day"
      " after <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1998-11-18\">yesterday</TIMEX3>.</TEXT></TimeML>";
  const timeml_document doc = read_timeml(xml);
  time_context context;
  context.reference = doc.dct;
  std::vector<timex_difference> differences;
  const timex_score s = score_timexes(doc, extract_times(doc.text, context), &differences);
  EXPECT_EQ(s.relaxed, 2u);
  bool wrong_value = false;
  for (const auto& d : differences) {
    if (d.what != timex_difference::kind::wrong_value) continue;
    wrong_value = true;
    EXPECT_EQ(d.span.of(doc.text), "yesterday");
    EXPECT_EQ(d.expected, "1998-11-18");
    EXPECT_EQ(d.actual, "1998-11-19");
  }
  EXPECT_TRUE(wrong_value);
}

}  // namespace
}  // namespace factcheck::grammar
