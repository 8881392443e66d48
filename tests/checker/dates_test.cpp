#include "checker/model/dates.hpp"

#include <gtest/gtest.h>

#include "checker/analysis/dates_consensus.hpp"
#include "checker/rules/date_conflict.hpp"
#include "checker/rules/missing_dateline.hpp"
#include "checker/rules/stale_dateline.hpp"
#include "checker/rules/weekday_mismatch.hpp"
#include "claims_builder.hpp"

namespace factcheck::testing {
namespace {

using grammar::timex_kind;

TEST(Dates, Helpers) {
  EXPECT_EQ(checker::format_day(day(2024, 3, 5)), "2024-03-05");
  EXPECT_EQ(checker::describe_month_part(day(2024, 3, 25)), "late March 2024");
  EXPECT_EQ(checker::describe_month_part(day(2024, 3, 15)), "mid-March 2024");
  EXPECT_EQ(checker::describe_gap(1), "1 day");
  EXPECT_EQ(checker::describe_gap(49), "7 weeks");
  EXPECT_EQ(checker::describe_gap(400), "13 months");
  EXPECT_EQ(checker::weekday_named("Thurs."), std::chrono::Thursday);
  EXPECT_EQ(checker::find_weekday("seen on sunday evening"), std::chrono::Sunday);
  EXPECT_FALSE(checker::find_weekday("the sun rose"));
  // 2024-03-05 is a Tuesday: the Friday on or before it is 2024-03-01.
  EXPECT_EQ(checker::latest_on_or_before(day(2024, 3, 5), std::chrono::Friday), day(2024, 3, 1));
  EXPECT_EQ(checker::latest_on_or_before(day(2024, 3, 1), std::chrono::Friday), day(2024, 3, 1));
}

TEST(Dates, ReanchorMovesMonthsByMonths) {
  grammar::time_expression next_month;
  next_month.value = "2031-02";
  next_month.start = day(2031, 2, 1);
  next_month.end = day(2031, 3, 1);
  EXPECT_EQ(checker::reanchor(next_month, day(2031, 1, 20), day(2019, 11, 3)), day(2019, 12, 1));
  grammar::time_expression two_days_ago;
  two_days_ago.start = day(2031, 1, 18);
  two_days_ago.end = day(2031, 1, 19);
  EXPECT_EQ(checker::reanchor(two_days_ago, day(2031, 1, 20), day(2019, 11, 3)), day(2019, 11, 1));
}

// An undated article whose "On Tuesday" figure is another article's Tuesday figure.
corpus_builder undated_pair() {
  corpus_builder b;
  const auto a =
      b.article("dated.txt",
                "March 7, 2024\n\nChilean Health Minister Ximena Aguilera said on Tuesday that "
                "1,240 patients were treated in Valparaiso.",
                ymd(2024, 3, 7));
  b.figure(a, "1,240", 1240, 1240, "patient", "patients");
  b.time(a, "on Tuesday", day(2024, 3, 5), day(2024, 3, 6), timex_kind::relative, "2024-03-05");
  const auto u =
      b.article("undated.txt",
                "Fires near Valparaiso\n\nOn Tuesday, the Chilean health minister said 1,240 "
                "patients had been treated in Valparaiso.");
  b.figure(u, "1,240", 1240, 1240, "patient", "patients");
  auto& t = b.time(u, "On Tuesday", std::nullopt, std::nullopt, timex_kind::relative, "XXXX-WXX-2");
  t.has_weekday = true;
  t.weekday = std::chrono::Tuesday;
  return b;
}

TEST(InferDateline, SameFactOnTheNamedWeekdayGivesTheEarliestDate) {
  auto b = undated_pair();
  const auto corpus = b.build();
  const auto& u = corpus.articles[1];
  ASSERT_TRUE(u.dateline.date);
  EXPECT_EQ(*u.dateline.date, ymd(2024, 3, 5));
  EXPECT_EQ(u.dateline.source, grammar::dateline_source::inferred);
  EXPECT_EQ(u.dateline_note,
            "'On Tuesday' (line 3) read as 2024-03-05, the day dated.txt gives for the same "
            "patient (line 3)");

  const auto findings = run(checker::rules::missing_dateline_rule{}, corpus);
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].where.path, "undated.txt");
  EXPECT_EQ(findings[0].where.begin.line, 1U);
  EXPECT_EQ(findings[0].where.begin.column, 1U);
  EXPECT_EQ(findings[0].message,
            "no publication date found; 2024-03-05 was inferred from " + u.dateline_note);
}

TEST(InferDateline, FallsBackToTheRelatedArticlesWeekday) {
  corpus_builder b;
  b.article("dated.txt", "March 7, 2024\n\nChile and Peru signed a fishing accord in Lima.",
            ymd(2024, 3, 7));
  const auto u = b.article("undated.txt", "Accord\n\nOn Monday, Chile and Peru agreed on quotas.");
  auto& t = b.time(u, "On Monday", std::nullopt, std::nullopt, timex_kind::relative);
  t.has_weekday = true;
  t.weekday = std::chrono::Monday;
  const auto corpus = b.build();
  ASSERT_TRUE(corpus.articles[1].dateline.date);
  EXPECT_EQ(*corpus.articles[1].dateline.date, ymd(2024, 3, 4));
}

TEST(InferDateline, NextMonthAgainstAnotherSourcesEventDate) {
  corpus_builder b;
  const auto a = b.article(
      "dated.txt",
      "March 1, 2024\n\nPeruvian and Chilean envoys will attend the summit on March 14 in Lima.",
      ymd(2024, 3, 1));
  b.time(a, "on March 14", day(2024, 3, 14), day(2024, 3, 15));
  const auto u = b.article(
      "undated.txt",
      "Summit plans\n\nPeruvian and Chilean envoys prepared for the summit next month in Lima.");
  b.time(u, "next month", std::nullopt, std::nullopt, timex_kind::relative, "FUTURE_REF");
  const auto corpus = b.build();
  ASSERT_TRUE(corpus.articles[1].dateline.date);
  EXPECT_EQ(*corpus.articles[1].dateline.date, ymd(2024, 2, 1));
  EXPECT_EQ(corpus.articles[1].dateline_note,
            "'next month' (line 3): dated.txt dates the same summit 2024-03-14 (line 3)");
}

TEST(InferDateline, NothingToGoOnLeavesItMissing) {
  corpus_builder b;
  b.article("undated.txt", "Accord\n\nThe two neighbours agreed on quotas.");
  const auto corpus = b.build();
  EXPECT_FALSE(corpus.articles[0].dateline.date);
  const auto findings = run(checker::rules::missing_dateline_rule{}, corpus);
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_NE(findings[0].message.find("none could be inferred"), std::string::npos);
}

TEST(WeekdayMismatch, StatedWeekdayMustMatchTheDate) {
  corpus_builder b;
  const auto a = b.article("a.txt",
                           "Friday, March 5, 2024\n\nThe vote is set for Sunday, June 2, 2024. "
                           "Polls open Monday, June 4, 2024.",
                           ymd(2024, 3, 5));
  b.set_dateline_weekday(a, std::chrono::Friday);
  b.time(a, "Sunday, June 2, 2024", day(2024, 6, 2), day(2024, 6, 3));
  b.time(a, "Monday, June 4, 2024", day(2024, 6, 4), day(2024, 6, 5));
  const auto findings = run(checker::rules::weekday_mismatch_rule{}, b.build());
  ASSERT_EQ(findings.size(), 2U);
  EXPECT_EQ(findings[0].message, "2024-03-05 was a Tuesday, not a Friday");
  EXPECT_EQ(findings[0].where.begin.line, 1U);
  EXPECT_EQ(findings[1].message, "2024-06-04 was a Tuesday, not a Monday");
  EXPECT_EQ(findings[1].where.begin.line, 3U);
}

// Four agreeing sources and one dated two years later.
corpus_builder consensus_corpus() {
  corpus_builder b;
  const std::string body =
      "\n\nChile, Peru and Ecuador met Bolivia over the Pacific fishing quotas with Argentina.";
  b.article("a.txt", "May 3, 2019" + body, ymd(2019, 5, 3));
  b.article("b.txt", "May 6, 2019" + body, ymd(2019, 5, 6));
  b.article("c.txt", "May 9, 2019" + body, ymd(2019, 5, 9));
  const auto s = b.article(
      "stale.txt",
      "Tuesday, May 4, 2021" + body + " Ministers called the summit in Lima next month vital.",
      ymd(2021, 5, 4));
  b.time(s, "next month", day(2021, 6, 1), day(2021, 7, 1), timex_kind::relative, "2021-06");
  return b;
}

TEST(StaleDateline, CorpusConsensusContradictsTheDateline) {
  auto b = consensus_corpus();
  const auto corpus = b.build();
  const auto findings = run(checker::rules::stale_dateline_rule{}, corpus);
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].where.path, "stale.txt");
  EXPECT_EQ(findings[0].where.begin.line, 1U);
  EXPECT_EQ(findings[0].message,
            "dated 2021-05-04, but the content is from early May 2019: the 3 other articles on "
            "these events are dated 2019-05-03 to 2019-05-09");
  EXPECT_EQ(findings[0].related.size(), 3U);
}

TEST(StaleDateline, YearArithmeticContradictsTheDateline) {
  corpus_builder b;
  b.article(
      "a.txt",
      "June 1, 2026\n\nThe dam was finished in 2009. It opened seven years ago, officials said.",
      ymd(2026, 6, 1));
  const auto findings = run(checker::rules::stale_dateline_rule{}, b.build());
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].message,
            "dated 2026-06-01, but the content is from early June 2016: 'seven years ago' after "
            "2009 (line 3) gives 2016");

  corpus_builder ok;
  ok.article("a.txt", "June 1, 2016\n\nThe dam was finished in 2009. It opened seven years ago.",
             ymd(2016, 6, 1));
  EXPECT_TRUE(run(checker::rules::stale_dateline_rule{}, ok.build()).empty());
}

TEST(DateConflict, RelativeEventInAStaleArticleIsReReadAgainstTheContentDate) {
  auto b = consensus_corpus();
  const auto findings = run(checker::rules::date_conflict_rule{}, b.build());
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].where.path, "stale.txt");
  EXPECT_EQ(findings[0].message,
            "read against the dateline (2021-05-04) the summit lands in June 2021; the other "
            "sources date this story to about 2019-05-06, which puts it in June 2019");
}

corpus_builder election(std::optional<std::chrono::sys_days> start,
                        std::optional<std::chrono::sys_days> end, std::string when) {
  corpus_builder b;
  const auto a = b.article(
      "a.txt",
      "May 2, 2024\n\nIceland will hold the election on June 1, officials in Reykjavik said.",
      ymd(2024, 5, 2));
  b.time(a, "on June 1", day(2024, 6, 1), day(2024, 6, 2));
  const auto c = b.article(
      "c.txt", "May 2, 2024\n\nThe Icelandic election " + when + " will be close in Reykjavik.",
      ymd(2024, 5, 2));
  b.time(c, when, start, end);
  return b;
}

TEST(DateConflict, SameEventOnDisjointDatesAcrossSources) {
  auto b = election(day(2024, 6, 15), day(2024, 6, 16), "on June 15");
  // Two sources alone disagreeing: one finding for the pair (no side has the consensus).
  const auto findings = run(checker::rules::date_conflict_rule{}, b.build());
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(
      findings[0].message,
      "'on June 15' puts the election at 2024-06-15; a.txt puts it at 2024-06-01 ('on June 1')");
}

TEST(DateConflict, OverlappingFuzzyDatesAgree) {
  auto b = election(day(2024, 6, 1), day(2024, 7, 1), "in June");
  EXPECT_TRUE(run(checker::rules::date_conflict_rule{}, b.build()).empty());
  auto c = election(day(2024, 1, 1), day(2024, 7, 1), "in early 2024");
  EXPECT_TRUE(run(checker::rules::date_conflict_rule{}, c.build()).empty());
}

}  // namespace
}  // namespace factcheck::testing
