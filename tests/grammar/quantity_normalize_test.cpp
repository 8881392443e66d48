// Normalization: the interval each phrase stands for, and the counted noun phrase.

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "grammar/extract.hpp"
#include "grammar/quantity_noun.hpp"

namespace factcheck::grammar {
namespace {

quantity only(std::string_view sentence) {
  const auto found = extract_quantities(sentence);
  EXPECT_EQ(found.size(), 1u) << sentence;
  return found.empty() ? quantity{} : found.front();
}

struct interval_row {
  std::string_view sentence;
  double low;
  double high;
  bool low_open;
  bool high_open;
  bool rounded;
};

TEST(QuantityNormalize, Intervals) {
  const interval_row rows[] = {
      {"The fleet had 94,300 sailors.", 94300, 94300, false, false, false},
      {"The fleet had 94,000 sailors.", 93500, 94500, false, false, true},
      {"The fleet had 100,000 sailors.", 95000, 105000, false, false, true},
      {"The city has 1.2 million residents.", 1.15e6, 1.25e6, false, false, true},
      {"The fleet had over 94,000 sailors.", 94000, infinity, true, true, true},
      {"At least 20 lorries arrived.", 20, infinity, false, true, false},
      {"Nearly 3,000 homes flooded.", 2700, 3000, false, true, true},
      {"About 300 people marched.", 270, 330, false, false, false},
      {"Up to 70 lorries were stuck.", 0, 70, false, false, false},
      {"Fewer than 60 delegates voted.", 0, 60, false, true, false},
      {"Tens of thousands of workers struck.", 20000, 99999, false, false, false},
      {"Hundreds of flights were cancelled.", 200, 999, false, false, false},
      {"Dozens of volunteers helped.", 24, 99, false, false, false},
      {"Several ministers resigned.", 3, 9, false, false, false},
      {"A handful of shops opened.", 2, 6, false, false, false},
      {"Between 90,000 and 100,000 fans came.", 90000, 100000, false, false, false},
      {"Inflation reached 7.5% in May.", 7.5, 7.5, false, false, false},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(std::string(r.sentence));
    const quantity q = only(r.sentence);
    EXPECT_NEAR(q.low, r.low, 1e-6 * (r.low > 1 ? r.low : 1));
    if (r.high == infinity) {
      EXPECT_EQ(q.high, infinity);
    } else {
      EXPECT_NEAR(q.high, r.high, 1e-6 * (r.high > 1 ? r.high : 1));
    }
    EXPECT_EQ(q.low_open, r.low_open);
    EXPECT_EQ(q.high_open, r.high_open);
    EXPECT_EQ(q.rounded, r.rounded);
  }
}

TEST(QuantityNormalize, StatedValueKeepsScaleAndKind) {
  const quantity money = only("The state spent $4.5bn on roads.");
  EXPECT_EQ(money.kind, quantity_kind::money);
  EXPECT_DOUBLE_EQ(money.value, 4.5e9);
  EXPECT_DOUBLE_EQ(money.scale, 1e9);
  EXPECT_EQ(money.unit, "USD");

  const quantity pct = only("Turnout was 61 per cent.");
  EXPECT_EQ(pct.kind, quantity_kind::percent);
  EXPECT_EQ(pct.unit, "percent");

  const quantity range = only("The cost is $5-6bn this year.");
  EXPECT_TRUE(range.range);
  EXPECT_DOUBLE_EQ(range.value, 5e9);
  EXPECT_DOUBLE_EQ(range.value_high, 6e9);

  const quantity vague = only("Tens of thousands of farmers protested.");
  EXPECT_TRUE(vague.vague);
  EXPECT_FALSE(vague.range);
}

TEST(QuantityNormalize, DescendingPairIsNotARange) {
  // "fell from 20 to 10" is a change, not an interval: no range is reported.
  for (const auto& q : extract_quantities("The rate fell from 20 to 10 in a month.")) {
    EXPECT_FALSE(q.range);
  }
}

struct noun_row {
  std::string_view sentence;
  std::string_view phrase;
  std::string_view unit;
};

TEST(QuantityNormalize, CountedNounPhrase) {
  const noun_row rows[] = {
      {"Satellites show 80,000 Chinese soldiers near the pass.", "Chinese soldiers", "soldier"},
      {"Over 9,000 people have been displaced by the floods.", "people have been displaced",
       "person"},
      {"More than 40 civilians were killed on Sunday.", "civilians were killed", "civilian"},
      {"Hundreds of thousands of refugees fled.", "refugees fled", "refugee"},
      {"The summit gathered 30 EU leaders in Brussels.", "EU leaders", "leader"},
      // A unit of grammar/units.hpp is read with its figure: it is the unit, not the counted noun.
      {"Fires burned 12,000 hectares of forest.", "", "hectare"},
      {"The quake left 700 casualties overnight.", "casualties", "casualty"},
      {"The army lost 15 servicemen last month.", "servicemen", "serviceman"},
      {"Some 60 children and their parents waited.", "children", "child"},
      {"The agency counted 45 bodies at the site.", "bodies", "body"},
      {"A 40-mile convoy stalled.", "", "mile"},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(std::string(r.sentence));
    const quantity q = only(r.sentence);
    EXPECT_EQ(q.noun_phrase, r.phrase);
    EXPECT_EQ(q.unit, r.unit);
    EXPECT_EQ(q.noun_span.of(r.sentence).empty(), r.phrase.empty());
  }
}

TEST(QuantityNormalize, CountedNounBeforeTheFigure) {
  const std::string_view sentence =
      "The number of registered voters in the district was put at 48,200 on Monday.";
  const quantity q = only(sentence);
  EXPECT_EQ(q.noun_phrase, "registered voters");
  EXPECT_EQ(q.unit, "voter");
  EXPECT_LT(q.noun_span.end, q.span.begin);
  // Not across a sentence boundary.
  const quantity other = only("The number of voters fell. Turnout was 48,200.");
  EXPECT_TRUE(other.noun_phrase.empty());
}

TEST(QuantityNormalize, NoNounAfterPunctuation) {
  const quantity q = only("The total was 94,300. Officials agreed.");
  EXPECT_TRUE(q.noun_phrase.empty());
  EXPECT_TRUE(q.noun_span.empty());
}

TEST(QuantityNormalize, Lemmas) {
  EXPECT_EQ(detail::lemmatize("troops"), "troop");
  EXPECT_EQ(detail::lemmatize("People"), "person");
  EXPECT_EQ(detail::lemmatize("casualties"), "casualty");
  EXPECT_EQ(detail::lemmatize("churches"), "church");
  EXPECT_EQ(detail::lemmatize("women"), "woman");
  EXPECT_EQ(detail::lemmatize("status"), "status");
  EXPECT_EQ(detail::lemmatize("police"), "police");
}

}  // namespace
}  // namespace factcheck::grammar
