// The figure and date rules on a fact that many sources share: timelines show a bounded number
// of points and count the rest, related lists are capped, and copies of one figure are
// compared as a class, each deviating copy still flagged once.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "checker/model/claim_report.hpp"
#include "names_support.hpp"

namespace {

namespace fc = factcheck::checker;
using factcheck::testing::dated_text;
using factcheck::testing::make_corpus;

std::string day_of_may(int day) {
  return "2031-05-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
}

std::vector<fc::finding> run_rule(const fc::aligned_corpus& corpus, std::string_view id) {
  fc::finding_sink sink;
  fc::find_rule(id)->run(corpus, sink);
  return sink.take();
}

TEST(ScaleFigures, StaleFigureTimelineShowsTwelvePointsAndCountsTheRest) {
  // A toll that rises every day for twenty days, one source a day.
  std::vector<dated_text> texts;
  for (int day = 1; day <= 20; ++day) {
    texts.push_back({"day" + std::to_string(day),
                     "Rescuers said " + std::to_string(10 + 2 * day) +
                         " people were killed when the ferry Aldera sank off Porto Velas.\n",
                     day_of_may(day)});
  }
  const auto c = make_corpus(texts);
  const auto found = run_rule(c.corpus, "stale-figure");
  ASSERT_FALSE(found.empty());
  const auto& f = found.front();
  ASSERT_EQ(f.timeline.size(), fc::max_timeline_points);
  EXPECT_EQ(f.timeline_more, 20U - fc::max_timeline_points);
  // The first and the last day are kept, in order.
  EXPECT_EQ(f.timeline.front().date, day_of_may(1));
  EXPECT_EQ(f.timeline.back().date, day_of_may(20));
  for (std::size_t k = 1; k < f.timeline.size(); ++k) {
    EXPECT_LT(f.timeline[k - 1].date, f.timeline[k].date);
  }
}

TEST(ScaleFigures, AFewPointsAreAllShownAndNothingIsCounted) {
  const auto c = make_corpus(
      {{"early",
        "Rescuers said 12 people were killed when the ferry Aldera sank off Porto Velas.\n",
        "2031-05-01"},
       {"late", "Rescuers said 30 people were killed when the ferry Aldera sank off Porto Velas.\n",
        "2031-05-04"}});
  const auto found = run_rule(c.corpus, "stale-figure");
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(found.front().timeline.size(), 2U);
  EXPECT_EQ(found.front().timeline_more, 0U);
}

TEST(ScaleFigures, NumericConflictFlagsEachDeviatingCopyOnceAgainstTheConsensus) {
  std::vector<dated_text> texts;
  for (int i = 0; i < 60; ++i) {
    texts.push_back({"s" + std::to_string(i),
                     "Police said 540 protesters marched through Velmora on Saturday.\n",
                     "2031-05-10"});
  }
  for (int i = 0; i < 3; ++i) {
    texts.push_back({"odd" + std::to_string(i),
                     "Police said 210 protesters marched through Velmora on Saturday.\n",
                     "2031-05-10"});
  }
  const auto c = make_corpus(texts);
  const auto found = run_rule(c.corpus, "numeric-conflict");
  ASSERT_EQ(found.size(), 3U);
  for (const auto& f : found) {
    EXPECT_NE(f.where.path.find("#odd"), std::string::npos) << f.where.path;
    EXPECT_NE(f.message.find("60 sources give 540"), std::string::npos) << f.message;
    EXPECT_EQ(f.related.size(), 5U);
    EXPECT_EQ(f.related_more, 55U);
  }
}

TEST(ScaleFigures, DateConflictListsAFewSourcesAndCountsTheRest) {
  std::vector<dated_text> texts;
  for (int i = 0; i < 12; ++i) {
    texts.push_back({"s" + std::to_string(i),
                     "The Velmora summit between Norland and Ostreva opened on 12 May 2031.\n",
                     "2031-05-14"});
  }
  texts.push_back({"odd",
                   "The Velmora summit between Norland and Ostreva opened on 12 June 2031.\n",
                   "2031-05-14"});
  const auto c = make_corpus(texts);
  const auto found = run_rule(c.corpus, "date-conflict");
  ASSERT_EQ(found.size(), 1U);
  const auto& f = found.front();
  EXPECT_NE(f.where.path.find("#odd"), std::string::npos) << f.where.path;
  EXPECT_EQ(f.related.size(), 5U);
  EXPECT_EQ(f.related_more, 7U);
}

}  // namespace
