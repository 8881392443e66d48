#include <gtest/gtest.h>

#include <random>

#include "checker/model/dates.hpp"
#include "checker/model/interval.hpp"
#include "checker/analysis/pipeline.hpp"
#include "reference/align_reference.hpp"

namespace factcheck::testing {
namespace {

// Random claims over a small vocabulary so that facts form and split: subjects, entities,
// predicates, event anchors, explicit days, scopes and values (one article's incompatible
// values must stay apart).
std::vector<checker::claim> random_claims(std::mt19937& rng, std::size_t n) {
  static const std::vector<std::string> predicates = {"", "", "kill", "injur"};
  static const std::vector<std::string> anchors = {"", "", "raid", "attack"};
  std::uniform_int_distribution<std::size_t> pick(0, 3);
  std::uniform_int_distribution<int> value(0, 2);
  std::uniform_int_distribution<int> day(0, 2);
  std::bernoulli_distribution explicit_day(0.3);
  std::bernoulli_distribution so_far(0.15);
  static const std::vector<std::string> subjects = {"troop", "people:killed", "refugee", "talks"};
  static const std::vector<std::string> entities = {"Aland", "Borova", "Cetin", "Dunmore",
                                                    "Esk",   "Faro",   "Gant",  "Hollis"};
  std::uniform_int_distribution<std::size_t> subject(0, subjects.size() - 1);
  std::uniform_int_distribution<std::size_t> entity(0, entities.size() - 1);
  std::uniform_int_distribution<int> count(0, 4);
  std::bernoulli_distribution event(0.2);
  std::vector<checker::claim> claims(n);
  for (std::size_t i = 0; i < n; ++i) {
    auto& c = claims[i];
    c.kind = event(rng) ? checker::claim_kind::event_date : checker::claim_kind::figure;
    c.subject = subjects[subject(rng)];
    const int k = count(rng);
    for (int e = 0; e < k; ++e) c.entities.push_back(entities[entity(rng)]);
    std::sort(c.entities.begin(), c.entities.end());
    c.entities.erase(std::unique(c.entities.begin(), c.entities.end()), c.entities.end());
    c.article = static_cast<std::uint32_t>(i / 3);
    c.predicate = predicates[pick(rng)];
    c.anchor = anchors[pick(rng)];
    const double v = 10.0 * value(rng);
    c.value = {v, v};
    c.as_of = std::chrono::sys_days{std::chrono::days{19000 + day(rng)}};
    if (explicit_day(rng)) c.time_index = 0;
    if (so_far(rng)) c.scope = checker::claim_scope::so_far;
  }
  return claims;
}

// Random story keys per article: some articles share a key, some have none.
std::vector<std::vector<std::string>> random_stories(std::mt19937& rng, std::size_t articles) {
  static const std::vector<std::string> keys = {"Aland", "Borova", "Cetin", "Dunmore"};
  std::uniform_int_distribution<std::size_t> key(0, keys.size() - 1);
  std::uniform_int_distribution<int> count(0, 2);
  std::vector<std::vector<std::string>> out(articles);
  for (auto& s : out) {
    const int k = count(rng);
    for (int e = 0; e < k; ++e) s.push_back(keys[key(rng)]);
    std::sort(s.begin(), s.end());
    s.erase(std::unique(s.begin(), s.end()), s.end());
  }
  return out;
}

TEST(DifferentialAlign, IndexedAlignmentEqualsAllPairs) {
  checker::config settings;
  settings.alignment.threshold = 0.2;  // story overlap alone can join claims
  settings.alignment.max_candidates = 100000;  // the cap is the index's only approximation
  const std::vector<checker::analyzed_article> no_articles;
  for (unsigned seed = 1; seed <= 200; ++seed) {
    std::mt19937 rng(seed);
    const auto claims = random_claims(rng, 5 + seed % 60);
    const auto stories = random_stories(rng, claims.size() / 3 + 1);
    const auto fast = checker::align_claims_by_story(claims, stories, settings);
    const auto slow = reference::align_all_pairs(claims, settings, stories);
    ASSERT_EQ(fast.size(), slow.size()) << "seed " << seed;
    for (std::size_t g = 0; g < fast.size(); ++g) {
      ASSERT_EQ(fast[g].claims, slow[g]) << "seed " << seed << " group " << g;
    }
  }
}

TEST(DifferentialAlign, OrderDoesNotDependOnHashing) {
  const checker::config settings;
  const std::vector<checker::analyzed_article> no_articles;
  std::mt19937 rng(7);
  const auto claims = random_claims(rng, 300);
  const auto once = checker::align_claims(no_articles, claims, settings);
  const auto again = checker::align_claims(no_articles, claims, settings);
  ASSERT_EQ(once.size(), again.size());
  for (std::size_t g = 0; g < once.size(); ++g) {
    EXPECT_EQ(once[g].claims, again[g].claims);
    EXPECT_EQ(once[g].key, again[g].key);
  }
}

TEST(DifferentialInterval, CompatibleEqualsBruteForce) {
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> end(0, 120);
  for (int round = 0; round < 3000; ++round) {
    int a = end(rng), b = end(rng), c = end(rng), d = end(rng);
    if (a > b) std::swap(a, b);
    if (c > d) std::swap(c, d);
    for (double tolerance : {0.0, 0.02, 0.1}) {
      const bool fast =
          checker::compatible(checker::figure_interval{double(a), double(b)},
                              checker::figure_interval{double(c), double(d)}, tolerance);
      ASSERT_EQ(fast, reference::compatible_brute_force(a, b, c, d, tolerance))
          << a << ".." << b << " vs " << c << ".." << d << " tolerance " << tolerance;
    }
  }
}

TEST(DifferentialWeekday, ChronoEqualsZeller) {
  using namespace std::chrono;
  for (sys_days d = sys_days{year{1950} / 1 / 1}; d < sys_days{year{2060} / 1 / 1}; d += days{3}) {
    const year_month_day ymd{d};
    ASSERT_EQ(weekday{d}.c_encoding(), reference::weekday_zeller(static_cast<int>(ymd.year()),
                                                                 static_cast<unsigned>(ymd.month()),
                                                                 static_cast<unsigned>(ymd.day())));
    // The Friday on or before any day is a Friday, at most six days back.
    const sys_days friday = checker::latest_on_or_before(d, Friday);
    ASSERT_EQ(reference::weekday_zeller(static_cast<int>(year_month_day{friday}.year()),
                                        static_cast<unsigned>(year_month_day{friday}.month()),
                                        static_cast<unsigned>(year_month_day{friday}.day())),
              5U);
    ASSERT_LE((d - friday).count(), 6);
    ASSERT_GE((d - friday).count(), 0);
  }
}

}  // namespace
}  // namespace factcheck::testing
