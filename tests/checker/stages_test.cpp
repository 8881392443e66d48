// The analysis stages (checker/analysis/pipeline.hpp): each runs once, stores its result in the
// model, and analyze() can stop after any of them; --reference-date is the resolution
// reference, never the articles' datelines (docs/decisions/0044-reference-date.md).
#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>
#include <string>
#include <vector>

#include "checker/analysis/pipeline.hpp"
#include "checker/check.hpp"
#include "checker/config.hpp"
#include "checker/model/name_index.hpp"
#include "text/ingest.hpp"

namespace {

namespace fc = factcheck::checker;
namespace text = factcheck::text;
using std::chrono::day;
using std::chrono::month;
using std::chrono::sys_days;
using std::chrono::year;
using std::chrono::year_month_day;

std::vector<text::article> articles_of(
    const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<text::article> out;
  for (const auto& [name, body] : files) {
    auto r = text::ingest_bytes(name, body);
    for (auto& a : r.articles) out.push_back(std::move(a));
  }
  return out;
}

// A dated report and an undated one giving the same figure "on Wednesday".
std::vector<text::article> dated_and_undated() {
  return articles_of({
      {"dated.txt",
       "Floods cut roads near Porto Alegre\n\nMay 10, 2024\n\n"
       "On Wednesday the regional governor said 312 homes were flooded in Porto Alegre.\n\n"
       "\"We are moving everyone to the stadium,\" Governor Eduardo Leite said.\n"},
      {"undated.txt",
       "Porto Alegre counts the damage\n\n"
       "On Wednesday, the regional governor said 312 homes had flooded in Porto Alegre, "
       "and rain is expected to return tomorrow.\n"},
  });
}

year_month_day ymd(int y, unsigned m, unsigned d) { return year{y} / month{m} / day{d}; }

TEST(Stages, AnalyzeRunsEveryStageAndFillsTheModel) {
  const auto articles = dated_and_undated();
  const auto corpus = fc::analyze(articles, fc::default_config());
  EXPECT_EQ(corpus.completed, fc::stage::speakers);
  EXPECT_TRUE(corpus.entities_ready);
  ASSERT_EQ(corpus.datelines.size(), corpus.articles.size());
  ASSERT_NE(corpus.names, nullptr);
  EXPECT_FALSE(corpus.claims.empty());
  EXPECT_FALSE(corpus.facts.empty());
  for (const auto& a : corpus.articles) {
    EXPECT_EQ(a.speakers.size(), a.quotations.size()) << a.path();
    EXPECT_FALSE(a.entities.empty()) << a.path();
  }
}

// Claims are built once before inference and only the inferred article's are rebuilt: the
// merged list must equal building every claim again on the final articles.
TEST(Stages, ClaimsAfterInferenceEqualAFullRebuild) {
  const auto articles = dated_and_undated();
  const auto& settings = fc::default_config();
  const auto corpus = fc::analyze(articles, settings);
  ASSERT_EQ(corpus.articles[1].dateline.source, factcheck::grammar::dateline_source::inferred);
  EXPECT_EQ(corpus.articles[1].reference, corpus.articles[1].dateline.date);
  const auto again = fc::build_claims(corpus.articles, settings);
  ASSERT_EQ(corpus.claims.size(), again.size());
  bool undated_has_claims = false;
  for (std::size_t i = 0; i < again.size(); ++i) {
    const auto& x = corpus.claims[i];
    const auto& y = again[i];
    EXPECT_EQ(x.article, y.article) << i;
    EXPECT_EQ(x.index, y.index) << i;
    EXPECT_EQ(x.subject, y.subject) << i;
    EXPECT_EQ(x.as_of, y.as_of) << i;
    EXPECT_EQ(x.time_index, y.time_index) << i;
    EXPECT_EQ(x.span.begin, y.span.begin) << i;
    undated_has_claims = undated_has_claims || x.article == 1;
  }
  EXPECT_TRUE(undated_has_claims);
}

TEST(Stages, AnalyzeStopsAfterDatelinesForExtract) {
  const auto articles = dated_and_undated();
  fc::check_options options;
  options.stop_after = fc::stage::datelines;
  const auto corpus = fc::analyze(articles, fc::default_config(), options);
  EXPECT_EQ(corpus.completed, fc::stage::datelines);
  EXPECT_TRUE(corpus.claims.empty());
  EXPECT_TRUE(corpus.facts.empty());
  EXPECT_TRUE(corpus.datelines.empty());
  EXPECT_EQ(corpus.names, nullptr);
  // The datelines are final: the undated article's is inferred, its times resolved against it.
  EXPECT_EQ(corpus.articles[1].dateline.source, factcheck::grammar::dateline_source::inferred);
  EXPECT_FALSE(corpus.articles[1].times.empty());
  EXPECT_THROW((void)fc::run_rules(corpus), std::logic_error);
}

// --reference-date resolves relative expressions; each article keeps its own dateline.
TEST(ReferenceDate, ResolvesRelativeDatesButKeepsTheDateline) {
  const auto articles = articles_of({{"a.txt",
                                      "Council votes on the budget\n\nFriday, December 10, 2021\n\n"
                                      "The council met yesterday and approved 42 new posts.\n"}});
  const auto own = fc::analyze(articles, fc::default_config());
  ASSERT_EQ(own.articles[0].dateline.date, ymd(2021, 12, 10));

  fc::check_options options;
  options.reference_date = ymd(2021, 12, 4);
  const auto corpus = fc::analyze(articles, fc::default_config(), options);
  const auto& a = corpus.articles[0];
  EXPECT_EQ(a.dateline.date, ymd(2021, 12, 10));
  EXPECT_EQ(a.reference, ymd(2021, 12, 4));
  bool yesterday = false;
  for (const auto& t : a.times) {
    if (t.span.of(a.text()) != "yesterday") continue;
    yesterday = true;
    ASSERT_TRUE(t.start.has_value());
    EXPECT_EQ(*t.start, sys_days{ymd(2021, 12, 3)});
  }
  EXPECT_TRUE(yesterday);
  // The dateline's weekday is checked against the dateline's own date (a Friday), not against
  // the reference (a Saturday).
  for (const auto& f : fc::run_rules(corpus)) EXPECT_NE(f.rule, "weekday-mismatch") << f.message;
}

TEST(ReferenceDate, AnUndatedArticleIsStillReportedAsUndated) {
  const auto articles = articles_of(
      {{"a.txt",
        "Council votes on the budget\n\nThe council met yesterday and approved 42 posts.\n"}});
  fc::check_options options;
  options.reference_date = ymd(2021, 12, 4);
  const auto corpus = fc::analyze(articles, fc::default_config(), options);
  EXPECT_FALSE(corpus.articles[0].dateline.date.has_value());
  EXPECT_EQ(corpus.articles[0].reference, ymd(2021, 12, 4));
  bool missing = false;
  for (const auto& f : fc::run_rules(corpus)) missing = missing || f.rule == "missing-dateline";
  EXPECT_TRUE(missing);
}

}  // namespace
