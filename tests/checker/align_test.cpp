#include <gtest/gtest.h>

#include "checker/analysis/similarity.hpp"
#include "claims_builder.hpp"

namespace factcheck::testing {
namespace {

using checker::claim_kind;
using groups = std::vector<std::vector<std::uint32_t>>;

checker::claim make(std::string subject, std::uint32_t article, double value = 10,
                    std::string predicate = {}, std::string anchor = {}) {
  checker::claim c;
  c.kind = claim_kind::figure;
  c.subject = std::move(subject);
  c.article = article;
  c.value = {value, value};
  c.predicate = std::move(predicate);
  c.anchor = std::move(anchor);
  c.as_of = day(2024, 5, 5);
  return c;
}

groups groups_of(const std::vector<checker::claim>& claims,
                 const std::vector<std::vector<std::string>>& stories) {
  const checker::config settings;
  groups out;
  for (const auto& g : checker::align_claims_by_story(claims, stories, settings)) {
    out.push_back(g.claims);
  }
  return out;
}

TEST(Align, ClaimsOfOneStoryAndClassJoinAcrossOutlets) {
  // Three outlets on one story, a fourth on another: the sentences need not share names.
  const std::vector<checker::claim> claims = {make("deaths", 0, 12, "kill"),
                                              make("deaths", 1, 12, "kill"), make("deaths", 2, 14),
                                              make("deaths", 3, 12, "kill")};
  const std::vector<std::vector<std::string>> stories = {
      {"Kessel", "Norland"}, {"Kessel", "Norland"}, {"Kessel", "Norland", "Sarn"}, {"Vell"}};
  EXPECT_EQ(groups_of(claims, stories), (groups{{0, 1, 2}, {3}}));
}

TEST(Align, SubjectAndKindKeepClaimsApart) {
  auto event = make("deaths", 2);
  event.kind = claim_kind::event_date;
  const std::vector<checker::claim> claims = {make("deaths", 0), make("injuries", 1), event};
  EXPECT_EQ(groups_of(claims, {{"Norland"}, {"Norland"}, {"Norland"}}), (groups{{0}, {1}, {2}}));
}

TEST(Align, DifferentPredicatesOrEventsLowerTheScore) {
  const std::vector<std::vector<std::string>> stories = {{"Norland"}, {"Norland"}};
  EXPECT_EQ(groups_of({make("arrests", 0, 10, "arrest"), make("arrests", 1, 10, "charg")}, stories),
            (groups{{0}, {1}}));
  EXPECT_EQ(
      groups_of({make("deaths", 0, 10, "kill", "raid"), make("deaths", 1, 10, "kill", "quak")},
                stories),
      (groups{{0, 1}}));  // 1 + 0.5 - 0.75 = 0.75: same story and predicate still join
  auto x = make("deaths", 0, 10, "kill", "raid");
  auto y = make("deaths", 1, 10, "kill", "raid");
  x.time_index = 0;
  y.time_index = 0;
  y.as_of = day(2024, 5, 4);  // tied to a raid on another day: another raid
  EXPECT_EQ(groups_of({x, y}, stories), (groups{{0}, {1}}));
}

TEST(Align, OneArticleIncompatibleFiguresStayApart) {
  // "12 killed in Thursday's attack ... seven killed in Wednesday's raids": not one fact, and a
  // third outlet joins the fact whose figure it does not contradict only by score, not by force.
  const std::vector<checker::claim> claims = {make("deaths", 0, 12), make("deaths", 0, 7),
                                              make("deaths", 0, 12)};
  EXPECT_EQ(groups_of(claims, {{"Norland"}}), (groups{{0, 2}, {1}}));
}

TEST(Align, FeaturesExplainTheScore) {
  const checker::config settings;
  auto x = make("deaths", 0, 12, "kill");
  auto y = make("deaths", 1, 12, "kill");
  checker::feature_list features;
  const double score =
      checker::frame_similarity(x, y, {"Norland"}, {"Norland", "Sarn"}, settings, &features);
  EXPECT_DOUBLE_EQ(score, 0.5 + 0.5);  // story 1/2 x 1.0, predicate 0.5
  ASSERT_EQ(features.size(), 3U);
  EXPECT_EQ(features[0].first, "story");
  EXPECT_EQ(features[1].first, "predicate");
  EXPECT_EQ(features[2].first, "score");
}

TEST(Align, KeyAndLabelNameTheFact) {
  corpus_builder b;
  const auto a = b.article(
      "a.txt", "May 5, 2024\n\nKenyan police arrested 210 protesters in Nairobi.", ymd(2024, 5, 5));
  b.figure(a, "210", 210, 210, "protester", "protesters");
  const auto c = b.article(
      "b.txt", "May 5, 2024\n\nKenyan police detained 205 protesters in Nairobi.", ymd(2024, 5, 5));
  b.figure(c, "205", 205, 205, "protester", "protesters");
  b.settings() = checker::default_config();
  const auto corpus = b.build();
  ASSERT_EQ(corpus.facts.size(), 1U);
  EXPECT_EQ(corpus.facts[0].key, "arrests:protest|Kenya");
  EXPECT_EQ(corpus.facts[0].label, "protesters (Kenya)");
  EXPECT_EQ(corpus.facts[0].claims, (std::vector<std::uint32_t>{0, 1}));
}

}  // namespace
}  // namespace factcheck::testing
