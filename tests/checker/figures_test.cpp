#include <gtest/gtest.h>

#include "checker/model/interval.hpp"
#include "checker/rules/numeric_conflict.hpp"
#include "checker/rules/stale_figure.hpp"
#include "checker/rules/uncorroborated_figure.hpp"
#include "claims_builder.hpp"

namespace factcheck::testing {
namespace {

using grammar::timex_kind;

// Two wire stories on the same evacuation, the same day.
corpus_builder evacuation(double second_low, double second_high,
                          std::string_view written = "3,900") {
  corpus_builder b;
  const auto a =
      b.article("a.txt",
                "August 14, 2024\n\nGreek firefighters evacuated 2,600 residents near Athens, "
                "Civil Protection Minister Vassilis Kikilias said.",
                ymd(2024, 8, 14));
  b.figure(a, "2,600", 2600, 2600, "resident", "residents");
  const auto c =
      b.article("c.txt",
                "August 14, 2024\n\nAbout " + std::string(written) +
                    " residents were evacuated from villages near Athens, Greek officials said.",
                ymd(2024, 8, 14));
  auto& q = b.figure(c, written, second_low, second_high, "resident", "residents");
  q.value = second_low;
  return b;
}

TEST(NumericConflict, IncompatibleSameDayFiguresAreFlagged) {
  auto b = evacuation(3900, 3900);
  const auto corpus = b.build();
  ASSERT_EQ(corpus.facts.size(), 1U);
  const auto findings = run(checker::rules::numeric_conflict_rule{}, corpus);
  ASSERT_EQ(findings.size(), 2U);  // two sources, one each: neither is supported by a third
  EXPECT_EQ(findings[0].message, "2,600 residents here; 3,900 residents in c.txt, same day");
  EXPECT_EQ(findings[0].related.size(), 1U);
  EXPECT_EQ(findings[0].related[0].path, "c.txt");
  EXPECT_EQ(findings[0].timeline.size(), 2U);
  EXPECT_FALSE(findings[0].fact.empty());
}

TEST(NumericConflict, HedgedAndRoundedFiguresAreCompatible) {
  // "over 2,500" and 2,600 overlap.
  auto b = evacuation(2500, grammar::infinity, "over 2,500");
  EXPECT_TRUE(run(checker::rules::numeric_conflict_rule{}, b.build()).empty());
  // Within the 2% tolerance: a reporter's rounding.
  auto c = evacuation(2640, 2640, "2,640");
  EXPECT_TRUE(run(checker::rules::numeric_conflict_rule{}, c.build()).empty());
}

TEST(NumericConflict, FiguresAtDifferentTimesDoNotConflict) {
  auto b = evacuation(3900, 3900);
  b.settings().same_time_window_days = 3;
  auto corpus = b.build();
  corpus.claims[1].as_of = day(2024, 8, 20);
  EXPECT_TRUE(run(checker::rules::numeric_conflict_rule{}, corpus).empty());
}

TEST(NumericConflict, TheOutlierIsFlaggedNotTheMajority) {
  corpus_builder b;
  for (int i = 0; i < 3; ++i) {
    const auto a = b.article("agree" + std::to_string(i) + ".txt",
                             "May 5, 2024\n\nKenyan police arrested 210 protesters in Nairobi.",
                             ymd(2024, 5, 5));
    b.figure(a, "210", 210, 210, "protester", "protesters");
  }
  const auto x =
      b.article("outlier.txt", "May 5, 2024\n\nKenyan police arrested 540 protesters in Nairobi.",
                ymd(2024, 5, 5));
  b.figure(x, "540", 540, 540, "protester", "protesters");
  const auto findings = run(checker::rules::numeric_conflict_rule{}, b.build());
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].where.path, "outlier.txt");
  EXPECT_EQ(findings[0].related.size(), 3U);
}

TEST(NumericConflict, VagueAmountsNeverConflict) {
  corpus_builder b;
  const auto a =
      b.article("a.txt", "May 5, 2024\n\nKenyan police arrested dozens of protesters in Nairobi.",
                ymd(2024, 5, 5));
  b.figure(a, "dozens", 24, 100, "protester", "protesters").vague = true;
  const auto x = b.article(
      "b.txt", "May 5, 2024\n\nKenyan police arrested 540 protesters in Nairobi.", ymd(2024, 5, 5));
  b.figure(x, "540", 540, 540, "protester", "protesters");
  EXPECT_TRUE(run(checker::rules::numeric_conflict_rule{}, b.build()).empty());
}

corpus_builder ferry_story(double newer_low, double newer_high, std::string_view newer_text,
                           unsigned newer_month, unsigned newer_day) {
  static const char* const months[] = {"", "January", "February", "March"};
  corpus_builder b;
  const auto a =
      b.article("old.txt",
                "February 2, 2024\n\nThe Norwegian operator said 1,150 passengers used the new "
                "ferry to Bergen.",
                ymd(2024, 2, 2));
  b.figure(a, "1,150", 1150, 1150, "passenger", "passengers");
  const auto n = b.article("new.txt",
                           std::string(months[newer_month]) + " " + std::to_string(newer_day) +
                               ", 2024\n\nThe Norwegian operator counts " +
                               std::string(newer_text) + " passengers on the Bergen ferry.",
                           ymd(2024, newer_month, newer_day));
  b.figure(n, newer_text, newer_low, newer_high, "passenger", "passengers");
  return b;
}

TEST(StaleFigure, OlderFigureIsFlaggedWithTheNewerAsRelated) {
  auto b = ferry_story(1.4e6, 1.4e6, "1.4 million", 3, 22);
  const auto findings = run(checker::rules::stale_figure_rule{}, b.build());
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].where.path, "old.txt");
  EXPECT_EQ(findings[0].message,
            "1,150 passengers (2024-02-02) was superseded by 1.4 million passengers in new.txt "
            "(2024-03-22, 7 weeks later)");
  ASSERT_EQ(findings[0].related.size(), 1U);
  EXPECT_EQ(findings[0].related[0].path, "new.txt");
}

TEST(StaleFigure, TooRecentOrStillCoveredIsNotStale) {
  // Five days later is within stale_after_days.
  auto b = ferry_story(1.4e6, 1.4e6, "1.4 million", 2, 7);
  EXPECT_TRUE(run(checker::rules::stale_figure_rule{}, b.build()).empty());
  // The same figure later is corroboration, not supersession.
  auto c = ferry_story(1150, 1150, "1,150", 3, 22);
  EXPECT_TRUE(run(checker::rules::stale_figure_rule{}, c.build()).empty());
}

TEST(StaleFigure, ARevisionSupersedesWithoutWaiting) {
  corpus_builder b;
  const auto a = b.article(
      "old.txt", "May 6, 2024\n\nAt least 3,000 Slovak residents were displaced in Kosice.",
      ymd(2024, 5, 6));
  auto& q = b.figure(a, "At least 3,000", 3000, grammar::infinity, "resident", "residents");
  q.hedge_kind = grammar::hedge::at_least;
  q.value = 3000;
  const auto n = b.article(
      "new.txt",
      "May 9, 2024\n\nThe count of Slovak residents displaced in Kosice has risen to 5,600.",
      ymd(2024, 5, 9));
  // The grammar gives the counted noun phrase that stands before the figure.
  b.figure(n, "5,600", 5600, 5600, "resident").noun_phrase = "Slovak residents displaced";
  const auto findings = run(checker::rules::stale_figure_rule{}, b.build());
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].where.path, "old.txt");
  EXPECT_EQ(findings[0].message,
            "At least 3,000 residents (2024-05-06) was superseded by 5,600 residents in new.txt "
            "(2024-05-09, 3 days later)");
}

TEST(StaleFigure, ABoundIsNotSupersededByAFigureItCovers) {
  corpus_builder b;
  const auto a = b.article(
      "old.txt", "February 2, 2024\n\nMore than 1,000 Norwegian passengers used the ferry.",
      ymd(2024, 2, 2));
  auto& q = b.figure(a, "More than 1,000", 1000, grammar::infinity, "passenger", "passengers");
  q.hedge_kind = grammar::hedge::over;
  q.low_open = true;
  const auto n =
      b.article("new.txt", "March 22, 2024\n\nSome 1,400 Norwegian passengers used the ferry.",
                ymd(2024, 3, 22));
  b.figure(n, "1,400", 1400, 1400, "passenger", "passengers");
  EXPECT_TRUE(run(checker::rules::stale_figure_rule{}, b.build()).empty());
}

TEST(UncorroboratedFigure, OnlyInACorpusAndOnlyWhenNothingSupportsIt) {
  corpus_builder single;
  const auto s = single.article(
      "a.txt", "June 9, 2024\n\nDutch police fined 310 drivers in Utrecht.", ymd(2024, 6, 9));
  single.figure(s, "310", 310, 310, "driver", "drivers");
  EXPECT_TRUE(run(checker::rules::uncorroborated_figure_rule{}, single.build()).empty());

  corpus_builder b;
  const auto a = b.article("a.txt", "June 9, 2024\n\nDutch police fined 310 drivers in Utrecht.",
                           ymd(2024, 6, 9));
  b.figure(a, "310", 310, 310, "driver", "drivers");
  const auto c = b.article("b.txt",
                           "June 9, 2024\n\nDutch police fined 310 drivers in Utrecht. "
                           "Twelve Dutch cyclists were hurt in Utrecht.",
                           ymd(2024, 6, 9));
  b.figure(c, "310", 310, 310, "driver", "drivers");
  b.figure(c, "Twelve", 12, 12, "cyclist", "cyclists");
  const auto findings = run(checker::rules::uncorroborated_figure_rule{}, b.build());
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].where.path, "b.txt");
  EXPECT_NE(findings[0].message.find("Twelve cyclists"), std::string::npos) << findings[0].message;
}

TEST(Interval, CompatibilityRespectsOpenEndsAndTolerance) {
  using checker::figure_interval;
  EXPECT_TRUE(checker::compatible(figure_interval{94300, 94300},
                                  figure_interval{94000, grammar::infinity, true}, 0));
  EXPECT_FALSE(
      checker::compatible(figure_interval{0, 10, false, true}, figure_interval{10, 20}, 0));
  EXPECT_TRUE(checker::compatible(figure_interval{0, 10}, figure_interval{10, 20}, 0));
  EXPECT_FALSE(checker::compatible(figure_interval{100, 100}, figure_interval{103, 103}, 0.02));
  EXPECT_TRUE(checker::compatible(figure_interval{100, 100}, figure_interval{102, 102}, 0.02));
}

}  // namespace
}  // namespace factcheck::testing
