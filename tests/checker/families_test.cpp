// One test per failure family of issue 10 (families 1-9), on small corpora of our own
// sentences: the figure rules must stay silent where the frames say the figures are different
// facts, and speak where they are one fact.
#include <gtest/gtest.h>

#include <algorithm>

#include "checker/rules/numeric_conflict.hpp"
#include "checker/rules/stale_figure.hpp"
#include "checker/rules/uncorroborated_figure.hpp"
#include "claims_builder.hpp"

namespace factcheck::testing {
namespace {

using grammar::timex_kind;

std::vector<checker::finding> conflicts(corpus_builder& b) {
  return run(checker::rules::numeric_conflict_rule{}, b.build());
}

bool has_claim_at(const checker::aligned_corpus& corpus, std::string_view path,
                  std::string_view written) {
  return std::any_of(corpus.claims.begin(), corpus.claims.end(), [&](const checker::claim& c) {
    const auto& a = corpus.articles[c.article];
    return a.path() == path && c.span.of(a.text()) == written;
  });
}

// Family 1: a part ("four of the boats", "one of the bombs") is not the whole.
TEST(FigureFamilies, PartIsNotTheWhole) {
  corpus_builder b;
  const auto a = b.article("a.txt",
                           "June 3, 2024\n\nPatrols spotted nine boats off Port Varen on Monday. "
                           "Four of the boats were seized. One of the bombs on board was defused.",
                           ymd(2024, 6, 3));
  b.figure(a, "nine", 9, 9, "boat", "boats");
  b.figure(a, "Four", 4, 4, "boat");
  b.figure(a, "One", 1, 1);
  const auto c = b.article("c.txt",
                           "June 3, 2024\n\nNine boats were spotted off Port Varen and four bombs "
                           "were found on board.",
                           ymd(2024, 6, 3));
  b.figure(c, "Nine", 9, 9, "boat", "boats");
  b.figure(c, "four", 4, 4, "bomb", "bombs");
  EXPECT_TRUE(conflicts(b).empty());
}

// Family 2: a running total over several raids is not one raid's count.
TEST(FigureFamilies, RunningTotalIsNotOneEvent) {
  corpus_builder b;
  const auto a = b.article(
      "a.txt", "June 3, 2024\n\nIn six raids so far, police in Port Varen have seized 40 rifles.",
      ymd(2024, 6, 3));
  b.figure(a, "40", 40, 40, "rifle", "rifles");
  const auto c =
      b.article("c.txt", "June 3, 2024\n\nPolice in Port Varen seized 12 rifles in the raid.",
                ymd(2024, 6, 3));
  b.figure(c, "12", 12, 12, "rifle", "rifles");
  const auto corpus = b.build();
  EXPECT_TRUE(run(checker::rules::numeric_conflict_rule{}, corpus).empty());
  EXPECT_TRUE(run(checker::rules::stale_figure_rule{}, corpus).empty());
}

// Family 3: identifiers and model numbers never become figures.
TEST(FigureFamilies, IdentifiersAreNotCounts) {
  corpus_builder b;
  const auto a = b.article("a.txt",
                           "June 3, 2024\n\nGunmen with AK-47 rifles stopped a bus on Route 66 "
                           "while a Boeing 737 flew over. The G7 met in Port Varen.",
                           ymd(2024, 6, 3));
  b.figure(a, "47", 47, 47, "rifle", "rifles");
  b.figure(a, "66", 66, 66);
  b.figure(a, "737", 737, 737, "jet");
  b.figure(a, "7", 7, 7, "member", {}, 3);  // the 7 of "G7" (after "AK-47" and "737")
  const auto corpus = b.build();
  EXPECT_TRUE(corpus.claims.empty());
}

// Family 4: "home to 80,000 people" is not a count of the 12 people killed.
TEST(FigureFamilies, DifferentMeasuresSharingANounStayApart) {
  corpus_builder b;
  const auto a = b.article(
      "a.txt", "June 3, 2024\n\nPort Varen, a town home to 80,000 people, was hit on Monday.",
      ymd(2024, 6, 3));
  b.figure(a, "80,000", 80000, 80000, "people", "people");
  const auto c =
      b.article("c.txt", "June 3, 2024\n\nThe blast in Port Varen killed 12 people on Monday.",
                ymd(2024, 6, 3));
  b.figure(c, "12", 12, 12, "people", "people");
  const auto corpus = b.build();
  EXPECT_FALSE(has_claim_at(corpus, "a.txt", "80,000"));
  EXPECT_TRUE(has_claim_at(corpus, "c.txt", "12"));
  EXPECT_TRUE(run(checker::rules::numeric_conflict_rule{}, corpus).empty());
}

// Family 5: numbers used as modifiers ("a 20-year-old man", "a 100-catch season").
TEST(FigureFamilies, ModifiersAreNotCounts) {
  corpus_builder b;
  const auto a = b.article("a.txt",
                           "June 3, 2024\n\nA 20-year-old man ended a 100-catch season after a "
                           "15-minute walk to the 12-storey tower.",
                           ymd(2024, 6, 3));
  b.figure(a, "20", 20, 20, "year", "year-old man", 1);  // the first "20" is in "2024"
  b.figure(a, "100", 100, 100, "catch", "catch season");
  b.figure(a, "15", 15, 15, "minute", "minute walk");
  b.figure(a, "12", 12, 12, "storey", "storey tower");
  EXPECT_TRUE(b.build().claims.empty());
}

// Family 6: two metrics in one sentence are two facts.
TEST(FigureFamilies, TwoMetricsInOneSentenceAreTwoFacts) {
  corpus_builder b;
  const auto a = b.article("a.txt",
                           "June 3, 2024\n\nThe Varen chip showed a 20 percent gain in speed and "
                           "a 150 percent gain in density.",
                           ymd(2024, 6, 3));
  b.figure(a, "20 percent", 20, 20, "percent").kind = grammar::quantity_kind::percent;
  b.figure(a, "150 percent", 150, 150, "percent").kind = grammar::quantity_kind::percent;
  const auto c =
      b.article("c.txt", "June 3, 2024\n\nThe Varen chip is 20 percent faster, a gain in speed.",
                ymd(2024, 6, 3));
  b.figure(c, "20 percent", 20, 20, "percent").kind = grammar::quantity_kind::percent;
  const auto corpus = b.build();
  EXPECT_TRUE(run(checker::rules::numeric_conflict_rule{}, corpus).empty());
}

// Family 7: differences and comparisons are not counts of the thing.
TEST(FigureFamilies, DifferencesAreNotCounts) {
  corpus_builder b;
  const auto a = b.article("a.txt",
                           "June 3, 2024\n\nPolice in Port Varen arrested 45 people, five more "
                           "than last year.",
                           ymd(2024, 6, 3));
  b.figure(a, "45", 45, 45, "people", "people");
  b.figure(a, "five", 5, 5);
  const auto c = b.article(
      "c.txt", "June 3, 2024\n\nPort Varen police said 45 people were arrested.", ymd(2024, 6, 3));
  b.figure(c, "45", 45, 45, "people", "people");
  const auto corpus = b.build();
  EXPECT_TRUE(run(checker::rules::numeric_conflict_rule{}, corpus).empty());
  // The difference is a claim of its own scope, never compared with the count.
  const auto five = std::find_if(corpus.claims.begin(), corpus.claims.end(),
                                 [](const checker::claim& x) { return x.value.low == 5; });
  if (five != corpus.claims.end()) {
    EXPECT_EQ(five->scope, checker::claim_scope::difference);
  }
}

// Family 8: two events in one article keep their own figures.
TEST(FigureFamilies, TwoEventsInOneArticleStayApart) {
  corpus_builder b;
  const auto a = b.article("a.txt",
                           "June 7, 2024\n\n12 people were killed in Thursday's attack on Port "
                           "Varen. Seven people were killed in Wednesday's raids elsewhere.",
                           ymd(2024, 6, 7));
  b.figure(a, "12", 12, 12, "people", "people");
  b.figure(a, "Seven", 7, 7, "people", "people");
  b.time(a, "Thursday", day(2024, 6, 6), day(2024, 6, 7), timex_kind::relative, "2024-06-06");
  b.time(a, "Wednesday", day(2024, 6, 5), day(2024, 6, 6), timex_kind::relative, "2024-06-05");
  const auto c =
      b.article("c.txt", "June 7, 2024\n\nThe attack on Port Varen on Thursday killed 12 people.",
                ymd(2024, 6, 7));
  b.figure(c, "12", 12, 12, "people", "people");
  b.time(c, "Thursday", day(2024, 6, 6), day(2024, 6, 7), timex_kind::relative, "2024-06-06");
  const auto corpus = b.build();
  EXPECT_TRUE(run(checker::rules::numeric_conflict_rule{}, corpus).empty());
  EXPECT_TRUE(run(checker::rules::stale_figure_rule{}, corpus).empty());
}

// Family 9: "no one was killed" is a count of 0 and conflicts with "12 killed"; "no immediate
// reports of casualties" is not a count.
TEST(FigureFamilies, NegatedCountsAreZero) {
  corpus_builder b;
  const auto a =
      b.article("a.txt", "June 3, 2024\n\nNo one was killed in the blast at the Port Varen depot.",
                ymd(2024, 6, 3));
  for (const char* name : {"b.txt", "c.txt"}) {
    const auto x = b.article(name,
                             "June 3, 2024\n\n12 people were killed in the blast at the Port "
                             "Varen depot.",
                             ymd(2024, 6, 3));
    b.figure(x, "12", 12, 12, "people", "people");
  }
  const auto d = b.article("d.txt",
                           "June 3, 2024\n\nThere were no immediate reports of casualties at the "
                           "Port Varen depot.",
                           ymd(2024, 6, 3));
  (void)a;
  (void)d;
  const auto corpus = b.build();
  EXPECT_TRUE(has_claim_at(corpus, "a.txt", "No one was killed"));
  EXPECT_FALSE(std::any_of(corpus.claims.begin(), corpus.claims.end(), [&](const auto& c) {
    return corpus.articles[c.article].path() == "d.txt";
  }));
  const auto findings = run(checker::rules::numeric_conflict_rule{}, corpus);
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].where.path, "a.txt");
  EXPECT_EQ(findings[0].message, "No one was killed here; 2 sources give 12 people");
}

// A death toll that rises over days: the older figures are stale, not in conflict.
TEST(FigureFamilies, RisingTollIsStaleNotConflicting) {
  corpus_builder b;
  const std::vector<std::pair<int, unsigned>> tolls = {{1, 3}, {5, 4}, {24, 5}};
  for (const auto& [toll, date] : tolls) {
    const std::string written = std::to_string(toll);
    const auto x = b.article("day" + std::to_string(date) + ".txt",
                             "June " + std::to_string(date) +
                                 ", 2024\n\nThe quake near Port Varen "
                                 "has killed " +
                                 written + " people, officials said.",
                             ymd(2024, 6, date));
    // "24" first occurs in the dateline's "2024".
    b.figure(x, written, toll, toll, "people", "people", toll == 24 ? 1 : 0);
  }
  const auto corpus = b.build();
  EXPECT_TRUE(run(checker::rules::numeric_conflict_rule{}, corpus).empty());
  auto stale = run(checker::rules::stale_figure_rule{}, corpus);
  std::sort(stale.begin(), stale.end(),
            [](const auto& x, const auto& y) { return x.where.path < y.where.path; });
  ASSERT_EQ(stale.size(), 2U);
  EXPECT_EQ(stale[0].where.path, "day3.txt");
  EXPECT_EQ(stale[1].where.path, "day4.txt");
}

// A figure three sources repeat is corroborated; a salient figure only one gives is not.
TEST(FigureFamilies, RepeatedFigureIsCorroborated) {
  corpus_builder b;
  for (const char* name : {"a.txt", "b.txt", "c.txt"}) {
    const auto x = b.article(name,
                             "June 3, 2024\n\nFloods in Port Varen: 3,400 people were evacuated, "
                             "the Varen Red Cross said.",
                             ymd(2024, 6, 3));
    b.figure(x, "3,400", 3400, 3400, "people", "people");
  }
  const auto d =
      b.article("d.txt", "June 3, 2024\n\nIn Port Varen, 230 people were injured by the floods.",
                ymd(2024, 6, 3));
  b.figure(d, "230", 230, 230, "people", "people");
  const auto findings = run(checker::rules::uncorroborated_figure_rule{}, b.build());
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].where.path, "d.txt");
}

// One finding per deviating claim, against the consensus, with the related list capped.
TEST(FigureFamilies, OneFindingPerDeviationWithCappedRelated) {
  corpus_builder b;
  for (int i = 0; i < 8; ++i) {
    const auto x =
        b.article("agree" + std::to_string(i) + ".txt",
                  "June 3, 2024\n\nPolice in Port Varen arrested 210 protesters.", ymd(2024, 6, 3));
    b.figure(x, "210", 210, 210, "protester", "protesters");
  }
  const auto o =
      b.article("outlier.txt", "June 3, 2024\n\nPolice in Port Varen arrested 540 protesters.",
                ymd(2024, 6, 3));
  b.figure(o, "540", 540, 540, "protester", "protesters");
  b.settings().related_limit = 5;
  const auto findings = conflicts(b);
  ASSERT_EQ(findings.size(), 1U);
  EXPECT_EQ(findings[0].where.path, "outlier.txt");
  EXPECT_EQ(findings[0].message, "540 protesters here; 8 sources give 210 protesters");
  EXPECT_EQ(findings[0].related.size(), 5U);
  EXPECT_EQ(findings[0].related_more, 3U);
}

}  // namespace
}  // namespace factcheck::testing
