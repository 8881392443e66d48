// compare_si (checker/model/si_compare.hpp): figures written in different unit systems agree or
// disagree on their SI intervals; different dimensions and currencies are not compared.
#include "checker/model/si_compare.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "grammar/extract.hpp"

namespace factcheck::checker {
namespace {

grammar::quantity figure(std::string_view sentence) {
  const auto all = grammar::extract_quantities(sentence);
  EXPECT_EQ(all.size(), 1u) << sentence;
  return all.empty() ? grammar::quantity{} : all.front();
}

si_verdict verdict(std::string_view a, std::string_view b, const currency_rates& rates = {}) {
  return compare_si(figure(a), figure(b), 0, rates);
}

TEST(CompareSi, FeetAndMetres) {
  EXPECT_EQ(verdict("The climber fell about 200 feet.", "The climber fell some 60 metres."),
            si_verdict::agree);
  EXPECT_EQ(verdict("The climber fell about 200 feet.", "The climber fell 150 m."),
            si_verdict::disagree);
  EXPECT_EQ(verdict("The wall is 61 metres high.", "The wall is 200 feet high."),
            si_verdict::agree);
  EXPECT_EQ(verdict("The wall is 70 metres high.", "The wall is 200 feet high."),
            si_verdict::disagree);
}

TEST(CompareSi, MilesAndKilometres) {
  EXPECT_EQ(verdict("The border is 50 miles away.", "The border is 80 km away."),
            si_verdict::agree);
  EXPECT_EQ(verdict("The border is 50 miles away.", "The border is 50 km away."),
            si_verdict::disagree);
}

TEST(CompareSi, FahrenheitAndCelsius) {
  EXPECT_EQ(verdict("It reached 104°F in the city.", "It reached 40°C in the city."),
            si_verdict::agree);
  EXPECT_EQ(verdict("It reached 104°F in the city.", "It reached 35°C in the city."),
            si_verdict::disagree);
  EXPECT_EQ(verdict("It was 32 degrees Fahrenheit.", "It was 0 degrees Celsius."),
            si_verdict::agree);
}

TEST(CompareSi, TonnesAndPounds) {
  EXPECT_EQ(verdict("The truck carried 2 tonnes.", "The truck carried 4,400 lbs."),
            si_verdict::agree);
  EXPECT_EQ(verdict("The truck carried 2 tonnes.", "The truck carried 2,000 lbs."),
            si_verdict::disagree);
}

TEST(CompareSi, DifferentDimensionsAreNotCompared) {
  EXPECT_EQ(verdict("The plot is 200 acres.", "The plot is 200 feet long."),
            si_verdict::not_comparable);
  EXPECT_EQ(verdict("The storm brought 40 mph winds.", "The storm lasted 40 hours."),
            si_verdict::not_comparable);
}

TEST(CompareSi, CurrenciesNeedARate) {
  EXPECT_EQ(verdict("The fine was $100 million.", "The fine was €100 million."),
            si_verdict::not_comparable);
  EXPECT_EQ(verdict("The fine was $100 million.", "The fine was $100 million."), si_verdict::agree);
  const currency_rates rates{{"EUR", {{"USD", 1.1}}}};
  EXPECT_EQ(verdict("The fine was $110 million.", "The fine was €100 million.", rates),
            si_verdict::agree);
  EXPECT_EQ(verdict("The fine was $150 million.", "The fine was €100 million.", rates),
            si_verdict::disagree);
}

TEST(CompareSi, CompoundsAndGluedMetres) {
  EXPECT_EQ(verdict("The suspect is 6 ft 2 in tall.", "The suspect is 1.88 metres tall."),
            si_verdict::agree);
  EXPECT_EQ(verdict("The suspect is 6 ft 2 in tall.", "The suspect is 1.75 metres tall."),
            si_verdict::disagree);
  EXPECT_EQ(verdict("The mural is 2.4m tall.", "The mural is 8 feet tall."), si_verdict::agree);
  EXPECT_EQ(verdict("The mural is 2.4m tall.", "The mural is 12 feet tall."),
            si_verdict::disagree);
}

TEST(CompareSi, PoundsOfWeightAndPoundsOfMoney) {
  // Weight: "pounds" without money context is the mass unit.
  EXPECT_EQ(verdict("The parcel weighed 11 pounds.", "The parcel weighed 5 kg."),
            si_verdict::agree);
  EXPECT_EQ(verdict("The parcel weighed 11 pounds.", "The parcel weighed 9 kg."),
            si_verdict::disagree);
  // Money: the same word with a price is sterling, never converted to dollars.
  EXPECT_EQ(verdict("The ticket cost 40 pounds.", "The ticket cost \xC2\xA3" "40."),
            si_verdict::agree);
  EXPECT_EQ(verdict("The ticket cost 40 pounds.", "The ticket cost $40."),
            si_verdict::not_comparable);
  EXPECT_EQ(verdict("The ticket cost 40 pounds.", "The ticket weighed 40 kg."),
            si_verdict::not_comparable);
}

TEST(CompareSi, NegativeTemperatureRanges) {
  EXPECT_EQ(verdict("Lows ranged from -10 \xC2\xB0" "C to -20 \xC2\xB0" "C.",
                    "Lows reached -4 \xC2\xB0" "F."),
            si_verdict::agree);
  EXPECT_EQ(verdict("Lows ranged from -10 \xC2\xB0" "C to -20 \xC2\xB0" "C.",
                    "Lows reached 20 \xC2\xB0" "F."),
            si_verdict::disagree);
}

}  // namespace
}  // namespace factcheck::checker
