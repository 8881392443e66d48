// Quantity families with units (issue 12): compounds, glued "m", ambiguous currency words,
// suspended-hyphen and negative ranges, hyphenated currencies. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "grammar/extract.hpp"

namespace factcheck::grammar {
namespace {

// The one quantity of `text` whose span starts with `figure`.
quantity only(std::string_view text, std::string_view figure) {
  for (const auto& q : extract_quantities(text)) {
    if (q.span.of(text).starts_with(figure)) return q;
  }
  ADD_FAILURE() << "no quantity '" << figure << "' in: " << text;
  return {};
}

// Every quantity of `text`, for failure messages.
std::string listing(std::string_view text) {
  std::string out;
  for (const auto& q : extract_quantities(text)) {
    out += "'" + std::string(q.span.of(text)) + "' " + std::string(to_string(q.kind)) + " " +
           q.unit + "; ";
  }
  return out;
}

std::string span_of(std::string_view text, std::string_view figure) {
  for (const auto& q : extract_quantities(text)) {
    if (q.span.of(text).starts_with(figure)) return std::string(q.span.of(text));
  }
  return {};
}

TEST(UnitCompounds, FeetAndInchesAreOneFigureInFeet) {
  struct row {
    std::string_view text, figure, span;
    double feet;
  };
  for (const row& r : std::vector<row>{
           {"The new goalkeeper is 6 ft 4 in and left-footed.", "6", "6 ft 4 in", 6 + 4.0 / 12},
           {"Her brother stands 5 feet 9 inches.", "5", "5 feet 9 inches", 5 + 9.0 / 12},
           {"The fence was 7 feet and 6 inches high.", "7", "7 feet and 6 inches", 7.5},
           {"A 6-foot-11 center joined the club.", "6", "6-foot-11", 6 + 11.0 / 12},
       }) {
    const quantity q = only(r.text, r.figure);
    EXPECT_EQ(span_of(r.text, r.figure), r.span) << r.text;
    EXPECT_EQ(q.kind, quantity_kind::measure) << r.text;
    EXPECT_EQ(q.unit, "foot") << r.text;
    EXPECT_NEAR(q.value, r.feet, 1e-9) << r.text;
    // Rounded to the inch: half an inch either side.
    EXPECT_NEAR(q.si_low, (r.feet - 0.5 / 12) * 0.3048, 1e-6) << r.text;
    EXPECT_NEAR(q.si_high, (r.feet + 0.5 / 12) * 0.3048, 1e-6) << r.text;
  }
}

TEST(UnitCompounds, PoundsAndOuncesAreOneFigureInPounds) {
  const quantity q = only("The newborn weighed 7 lb 3 oz at birth.", "7");
  EXPECT_EQ(q.unit, "pound");
  EXPECT_NEAR(q.value, 7 + 3.0 / 16, 1e-9);
}

TEST(UnitCompounds, APartTooLargeOrAnotherUnitIsTwoFigures) {
  // 14 inches is more than a foot: not a compound.
  EXPECT_EQ(span_of("The wall is 3 ft 14 in thick.", "3"), "3 ft");
  // A metre has no part in inches.
  EXPECT_EQ(span_of("The pole was 2 m 3 inches from the line.", "2"), "2 m");
  // "in" alone after a figure stays a preposition.
  for (const auto& q : extract_quantities("They scored 5 in the first half.")) {
    EXPECT_NE(q.kind, quantity_kind::measure);
  }
}

TEST(GluedMetre, BeforeALengthWordItIsMetresOtherwiseMillions) {
  const quantity tall = only("The statue is 2.4m tall and made of bronze.", "2.4m");
  EXPECT_EQ(tall.kind, quantity_kind::measure);
  EXPECT_EQ(tall.unit, "metre");
  EXPECT_DOUBLE_EQ(tall.value, 2.4);
  EXPECT_EQ(only("The new tunnel is 350m long.", "350m").unit, "metre");
  const quantity money = only("The club paid $2.4m for the striker.", "$2.4m");
  EXPECT_EQ(money.kind, quantity_kind::money);
  EXPECT_DOUBLE_EQ(money.value, 2.4e6);
  const quantity people = only("About 2.4m people live in the region.", "About 2.4m");
  EXPECT_EQ(people.kind, quantity_kind::count);
  EXPECT_DOUBLE_EQ(people.value, 2.4e6);
}

TEST(AmbiguousCurrencyWord, PoundsAreWeightUnlessTheSentenceIsAboutMoney) {
  const quantity puppy = only("The puppy gained three pounds in a month.", "three");
  EXPECT_EQ(puppy.kind, quantity_kind::measure);
  EXPECT_EQ(puppy.unit, "pound");
  EXPECT_EQ(puppy.dimension, "mass");
  const quantity bag = only("She carried a 20-pound bag of flour.", "20");
  EXPECT_EQ(bag.kind, quantity_kind::measure);
  EXPECT_EQ(bag.unit, "pound");
  for (const std::string_view text : {"The ticket cost 40 pounds at the door.",
                                      "He was fined 300 pounds by the court.",
                                      "The lottery prize was 2 million pounds.",
                                      "They sold it for 75 pounds sterling."}) {
    bool money = false;
    for (const auto& q : extract_quantities(text)) money = money || q.unit == "GBP";
    EXPECT_TRUE(money) << text;
  }
  // A sign makes it money whatever the words.
  EXPECT_EQ(only("The parcel weighed \xC2\xA3" "5 worth of apples.", "\xC2\xA3").kind,
            quantity_kind::money);
}

TEST(UnitRanges, SuspendedHyphenBeforeTo) {
  const quantity q = only("Engineers studied a 4- to 9-metre seawall.", "4");
  EXPECT_TRUE(q.range);
  EXPECT_EQ(q.unit, "metre");
  EXPECT_DOUBLE_EQ(q.value, 4);
  EXPECT_DOUBLE_EQ(q.value_high, 9);
}

TEST(UnitRanges, NegativeTemperaturesEitherWay) {
  const std::string_view text = "Overnight lows ranged from -12 \xC2\xB0" "C to -25 \xC2\xB0" "C.";
  SCOPED_TRACE(listing(text));
  const quantity q = only(text, "from -12");
  EXPECT_TRUE(q.range);
  EXPECT_EQ(q.dimension, "temperature");
  EXPECT_NEAR(q.si_low, 273.15 - 25, 1e-6);
  EXPECT_NEAR(q.si_high, 273.15 - 12, 1e-6);
  // A descending pair of positive figures is still no range.
  const quantity change = only("The reading fell from 30 \xC2\xB0" "C to 20 \xC2\xB0" "C.", "20");
  EXPECT_FALSE(change.range);
}

TEST(HyphenatedCurrency, SubunitsAndNamesAfterAHyphen) {
  const quantity cent = only("The board declared a 15-cent dividend.", "15");
  EXPECT_EQ(cent.kind, quantity_kind::money);
  EXPECT_EQ(cent.unit, "USD");
  EXPECT_DOUBLE_EQ(cent.value, 0.15);
  const quantity yen = only("The firm made a one-yen offer for the contract.", "one");
  EXPECT_EQ(yen.unit, "JPY");
  EXPECT_DOUBLE_EQ(yen.value, 1);
  EXPECT_EQ(only("He found a 50-euro note.", "50").unit, "EUR");
}

TEST(BareDegrees, InASentenceAboutTheWeatherTheyAreATemperatureOnEitherScale) {
  const quantity q = only("Forecasters expect highs of 95 degrees on Sunday.", "95");
  EXPECT_EQ(q.dimension, "temperature");
  // 95 F is 308.15 K, 95 C is 368.15 K: the interval holds both readings.
  EXPECT_LT(q.si_low, 308.2);
  EXPECT_GT(q.si_high, 368.1);
  EXPECT_EQ(only("She set the thermostat to 68\xC2\xB0 overnight.", "68").dimension,
            "temperature");
  // Without such a word they stay bare degrees (an angle, a slope, a turn).
  EXPECT_EQ(only("The road climbs at 12 degrees near the pass.", "12").dimension, "degree");
  EXPECT_EQ(only("The crane turned 90 degrees before it stopped.", "90").dimension, "degree");
}

}  // namespace
}  // namespace factcheck::grammar
