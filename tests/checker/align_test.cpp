#include <gtest/gtest.h>

#include "claims_builder.hpp"

namespace factcheck::testing {
namespace {

checker::claim make(checker::claim_kind kind, std::string subject,
                    std::vector<std::string> entities, std::uint32_t article) {
  checker::claim c;
  c.kind = kind;
  c.subject = std::move(subject);
  c.entities = std::move(entities);
  c.article = article;
  return c;
}

std::vector<std::vector<std::uint32_t>> groups_of(const std::vector<checker::claim>& claims) {
  const checker::config settings;
  std::vector<std::vector<std::uint32_t>> out;
  for (const auto& g : checker::align_claims({}, claims, settings)) out.push_back(g.claims);
  return out;
}

using checker::claim_kind;
using groups = std::vector<std::vector<std::uint32_t>>;

TEST(Align, TwoSharedEntitiesLinkAndOneDoesNot) {
  const std::vector<checker::claim> claims = {
      make(claim_kind::figure, "troop", {"Kessel", "Norland", "Sarn"}, 0),
      make(claim_kind::figure, "troop", {"Norland", "Sarn"}, 1),
      make(claim_kind::figure, "troop", {"Norland", "Vell"}, 2),
  };
  EXPECT_EQ(groups_of(claims), (groups{{0, 1}, {2}}));
}

TEST(Align, AClaimNamingOneEntityJoinsEveryClaimNamingIt) {
  const std::vector<checker::claim> claims = {
      make(claim_kind::figure, "refugee", {"Norland", "Sarn"}, 0),
      make(claim_kind::figure, "refugee", {"Norland", "Vell"}, 1),
      make(claim_kind::figure, "refugee", {"Norland"}, 2),
  };
  EXPECT_EQ(groups_of(claims), (groups{{0, 1, 2}}));
}

TEST(Align, SubjectKindAndMissingEntitiesKeepClaimsApart) {
  const std::vector<checker::claim> claims = {
      make(claim_kind::figure, "troop", {"Norland", "Sarn"}, 0),
      make(claim_kind::figure, "tank", {"Norland", "Sarn"}, 1),
      make(claim_kind::event_date, "troop", {"Norland", "Sarn"}, 2),
      make(claim_kind::figure, "troop", {}, 3),
      make(claim_kind::figure, "troop", {}, 4),
  };
  EXPECT_EQ(groups_of(claims), (groups{{0}, {1}, {2}, {3}, {4}}));
}

TEST(Align, ChainsAreOneFactAndGroupsFollowTheFirstClaim) {
  const std::vector<checker::claim> claims = {
      make(claim_kind::figure, "ship", {"Amber", "Coral"}, 0),
      make(claim_kind::figure, "troop", {"Norland", "Sarn"}, 1),
      make(claim_kind::figure, "ship", {"Coral", "Dune", "Ember"}, 2),
      make(claim_kind::figure, "ship", {"Amber", "Coral", "Dune"}, 3),
  };
  // 0 and 2 share only Coral, but 3 shares two with each: one fact.
  EXPECT_EQ(groups_of(claims), (groups{{0, 2, 3}, {1}}));
}

TEST(Align, KeyAndLabelNameTheFact) {
  corpus_builder b;
  const auto a = b.article(
      "a.txt", "May 5, 2024\n\nKenyan police arrested 210 protesters in Nairobi.", ymd(2024, 5, 5));
  b.figure(a, "210", 210, 210, "protester", "protesters");
  const auto c = b.article(
      "b.txt", "May 5, 2024\n\nKenyan police detained 205 protesters in Nairobi.", ymd(2024, 5, 5));
  b.figure(c, "205", 205, 205, "protester", "protesters");
  const auto corpus = b.build();
  ASSERT_EQ(corpus.facts.size(), 1U);
  EXPECT_EQ(corpus.facts[0].key, "protester:arrested|Kenya");  // "detained" is "arrested" too
  EXPECT_EQ(corpus.facts[0].label, "protesters (Kenya)");
  EXPECT_EQ(corpus.facts[0].claims, (std::vector<std::uint32_t>{0, 1}));
}

}  // namespace
}  // namespace factcheck::testing
