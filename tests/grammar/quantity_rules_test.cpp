// Table-driven tests: one row per phrase of the header table in grammar/quantity_rules_def.hpp.
// Each row is an invented news sentence, the exact text of the expected quantity span, its
// stated value (and upper end) and the unit.

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "grammar/extract.hpp"

namespace factcheck::grammar {
namespace {

struct row {
  std::string_view sentence;
  std::string_view span;  // expected quantity text
  double value;
  double value_high;      // == value unless a range or vague amount
  std::string_view unit;
  hedge hedge_kind = hedge::none;
};

void check_rows(const std::vector<row>& rows) {
  for (const auto& r : rows) {
    SCOPED_TRACE(std::string(r.sentence));
    const auto found = extract_quantities(r.sentence);
    ASSERT_EQ(found.size(), 1u);
    const auto& q = found.front();
    if (q.kind == quantity_kind::measure || q.kind == quantity_kind::age) {
      // The rows state the figure; a unit of grammar/units.hpp after it is read with it and is
      // the quantity's unit (tests/grammar/units_test.cpp checks units).
      EXPECT_TRUE(q.span.of(r.sentence).starts_with(r.span)) << q.span.of(r.sentence);
      EXPECT_NEAR(q.value, r.value, 1e-9 * (r.value > 1 ? r.value : 1));
      EXPECT_EQ(q.hedge_kind, r.hedge_kind);
      continue;
    }
    EXPECT_EQ(q.span.of(r.sentence), r.span);
    EXPECT_NEAR(q.value, r.value, 1e-9 * (r.value > 1 ? r.value : 1));
    EXPECT_NEAR(q.value_high, r.value_high, 1e-9 * (r.value_high > 1 ? r.value_high : 1));
    EXPECT_EQ(q.unit, r.unit);
    EXPECT_EQ(q.hedge_kind, r.hedge_kind);
  }
}

// Every quantity's stated value, in order.
void expect_values(std::string_view sentence, const std::vector<double>& values) {
  SCOPED_TRACE(std::string(sentence));
  const auto found = extract_quantities(sentence);
  ASSERT_EQ(found.size(), values.size());
  for (std::size_t i = 0; i < values.size(); ++i) EXPECT_DOUBLE_EQ(found[i].value, values[i]);
}

TEST(QuantityRules, Digits) {
  check_rows({
      {"Officials counted 94,300 ballots by noon.", "94,300", 94300, 94300, "ballot"},
      {"The census found 1,234,567 residents.", "1,234,567", 1234567, 1234567, "resident"},
      {"Seven inspectors arrived.", "Seven", 7, 7, "inspector"},
      {"The river rose 12.5 metres overnight.", "12.5", 12.5, 12.5, "metre"},
      {"Rescuers pulled 212 miners out.", "212", 212, 212, "miner"},
      {"The dose was cut to .08 grams.", ".08", 0.08, 0.08, "gram"},
      {"The probe logged 1.3e6 readings.", "1.3e6", 1.3e6, 1.3e6, "reading"},
      {"The stadium seats 40\xC2\xA0"
       "000 fans.",
       "40\xC2\xA0"
       "000",
       40000, 40000, "fan"},
  });
}

TEST(QuantityRules, WordNumbers) {
  check_rows({
      {"She hired fourteen engineers.", "fourteen", 14, 14, "engineer"},
      {"Twenty-one ambulances were sent.", "Twenty-one", 21, 21, "ambulance"},
      {"We saw ninety nine balloons.", "ninety nine", 99, 99, "balloon"},
      {"Police detained a hundred and twenty protesters.", "a hundred and twenty", 120, 120,
       "protester"},
      {"The storm destroyed twelve hundred homes.", "twelve hundred", 1200, 1200, "home"},
      {"Organisers expect fourteen thousand runners.", "fourteen thousand", 14000, 14000,
       "runner"},
      {"The fund lent two million farmers money.", "two million", 2e6, 2e6, "farmer"},
      {"The shop sold a dozen bicycles.", "a dozen", 12, 12, "bicycle"},
      {"They ordered three dozen lanterns.", "three dozen", 36, 36, "lantern"},
      {"The festival drew half a million visitors.", "half a million", 5e5, 5e5, "visitor"},
      {"It rained two hundred and two thousand litres.", "two hundred and two thousand", 202000,
       202000, "litre"},
      {"Growth was five point five percent.", "five point five percent", 5.5, 5.5, "percent"},
      {"The gauge read six point nought two bars.", "six point nought two", 6.02, 6.02,
       "bar"},
      {"The bakery sold three dozens rolls.", "three dozens", 36, 36, "roll"},
  });
}

TEST(QuantityRules, Fractions) {
  check_rows({
      {"Turnout reached two-thirds of voters.", "two-thirds", 2.0 / 3, 2.0 / 3, "voter"},
      {"A third of the orchards burned.", "A third", 1.0 / 3, 1.0 / 3, "orchard"},
      {"Three quarters of pupils passed.", "Three quarters", 0.75, 0.75, "pupil"},
      {"Prices rose by a third.", "a third", 1.0 / 3, 1.0 / 3, ""},
      {"The fund bought a one-third stake.", "one-third", 1.0 / 3, 1.0 / 3, "stake"},
      {"The walk took two and a half hours.", "two and a half", 2.5, 2.5, "hour"},
      {"Six and a quarter tonnes were moved.", "Six and a quarter", 6.25, 6.25, "tonne"},
      {"The city lost 3 million and a half visitors.", "3 million and a half", 3.5e6, 3.5e6,
       "visitor"},
      {"A quarter million voters moved.", "A quarter million", 2.5e5, 2.5e5, "voter"},
      {"The bill came to two billion and a half million euros.",
       "two billion and a half million euros", 2.0005e9, 2.0005e9, "EUR"},
      {"Ticket sales hit three and a half million.", "three and a half million", 3.5e6, 3.5e6,
       ""},
      {"Two thirds of a million homes lack heat.", "Two thirds of a million", 2e6 / 3, 2e6 / 3,
       "home"},
      {"Add \xC2\xBD cup of flour.", "\xC2\xBD", 0.5, 0.5, "cup"},
      {"The pipe is 2\xC2\xBD metres long.", "2\xC2\xBD", 2.5, 2.5, "metre"},
  });
}

TEST(QuantityRules, Scaled) {
  check_rows({
      {"The region has 1.2 million inhabitants.", "1.2 million", 1.2e6, 1.2e6, "inhabitant"},
      {"Shipments reached 94.3 thousand tonnes.", "94.3 thousand", 94300, 94300, "tonne"},
      {"Debt stands at 1.5 trillion yen.", "1.5 trillion yen", 1.5e12, 1.5e12, "JPY"},
      {"The airline lost 3bn on fuel hedges.", "3bn", 3e9, 3e9, ""},
      {"The club paid 12m for the striker.", "12m", 12e6, 12e6, ""},
      {"The app passed 10k downloads.", "10k", 1e4, 1e4, "download"},
      {"Reserves fell to 4.5mn barrels.", "4.5mn", 4.5e6, 4.5e6, "barrel"},
      {"Officials counted 322 hundred ballots.", "322 hundred", 32200, 32200, "ballot"},
      {"The scheme paid 13 lakh farmers.", "13 lakh", 1.3e6, 1.3e6, "farmer"},
  });
}

TEST(QuantityRules, Percentages) {
  check_rows({
      {"Inflation hit 45% in the spring.", "45%", 45, 45, "percent"},
      {"Inflation hit 45 % in the spring.", "45 %", 45, 45, "percent"},
      {"Support fell to 45 per cent last week.", "45 per cent", 45, 45, "percent"},
      {"Support fell to 45 percent last week.", "45 percent", 45, 45, "percent"},
      {"Rates rose 4.5 percentage points.", "4.5 percentage points", 4.5, 4.5, "percent"},
  });
}

TEST(QuantityRules, Money) {
  check_rows({
      {"Donors pledged $4.5bn for reconstruction.", "$4.5bn", 4.5e9, 4.5e9, "USD"},
      {"Tickets cost US$ 20 at the door.", "US$ 20", 20, 20, "USD"},
      {"The bank raised EUR 3m from investors.", "EUR 3m", 3e6, 3e6, "EUR"},
      {"The fine was \xE2\x82\xAC"
       "12 per day.",
       "\xE2\x82\xAC"
       "12",
       12, 12, "EUR"},
      {"He sold the painting for \xC2\xA3"
       "2,000 on Friday.",
       "\xC2\xA3"
       "2,000",
       2000, 2000, "GBP"},
      {"The repairs cost 300 dollars in total.", "300 dollars", 300, 300, "USD"},
      {"A ticket is 5 euros at the gate.", "5 euros", 5, 5, "EUR"},
      {"Pensions rose by 2m rubles last year.", "2m rubles", 2e6, 2e6, "RUB"},
      {"A coffee costs 5 \xE2\x82\xAC here.", "5 \xE2\x82\xAC", 5, 5, "EUR"},
      {"The fee is 10 $ per night.", "10 $", 10, 10, "USD"},
      {"The invoice said USD115 in total.", "USD115", 115, 115, "USD"},
      {"The invoice said 115USD in total.", "115USD", 115, 115, "USD"},
      {"They lost 75 USD million last year.", "75 USD million", 75e6, 75e6, "USD"},
      {"Bread went up 50 cents overnight.", "50 cents", 0.5, 0.5, "USD"},
      {"The bid was 470 pence a share.", "470 pence", 4.7, 4.7, "GBP"},
  });
}

TEST(QuantityRules, Vague) {
  check_rows({
      {"Dozens of volunteers cleared the beach.", "Dozens", 24, 99, "volunteer"},
      {"Hundreds of flights were cancelled.", "Hundreds", 200, 999, "flight"},
      {"Thousands of fans queued.", "Thousands", 2000, 9999, "fan"},
      {"Millions of viewers tuned in.", "Millions", 2e6, 1e7 - 1, "viewer"},
      {"Tens of thousands of workers went on strike.", "Tens of thousands", 20000, 99999,
       "worker"},
      {"Hundreds of millions of dollars vanished.", "Hundreds of millions", 2e8, 1e9 - 1,
       "dollar"},
      {"Several ministers resigned.", "Several", 3, 9, "minister"},
      {"A few reporters stayed.", "A few", 2, 5, "reporter"},
      {"Only a handful of shops opened.", "a handful", 2, 6, "shop"},
      {"Scores of boats sank.", "Scores", 40, 199, "boat"},
      {"Several hundred families fled.", "Several hundred", 300, 999, "family"},
      {"A few thousand tickets remain.", "A few thousand", 2000, 5999, "ticket"},
  });
}

TEST(QuantityRules, Hedges) {
  check_rows({
      {"Over 3,500 homes lost power.", "Over 3,500", 3500, 3500, "home", hedge::over},
      {"More than 250 flights were delayed.", "More than 250", 250, 250, "flight", hedge::over},
      {"Temperatures stayed above 40 degrees.", "above 40", 40, 40, "degree", hedge::over},
      {"Exports grew, exceeding 800 containers.", "exceeding 800", 800, 800, "container",
       hedge::over},
      {"Just over 600 pupils enrolled.", "Just over 600", 600, 600, "pupil", hedge::over},
      {"Well over 90 boats joined.", "Well over 90", 90, 90, "boat", hedge::over},
      {"Losses were in excess of 70 tonnes.", "in excess of 70", 70, 70, "tonne", hedge::over},
      {"At least 12 climbers were rescued.", "At least 12", 12, 12, "climber", hedge::at_least},
      {"No fewer than 40 nurses quit.", "No fewer than 40", 40, 40, "nurse", hedge::at_least},
      {"Under 300 seats remain.", "Under 300", 300, 300, "seat", hedge::under},
      {"Fewer than 60 delegates voted.", "Fewer than 60", 60, 60, "delegate", hedge::under},
      {"Less than 5% turned up.", "Less than 5%", 5, 5, "percent", hedge::under},
      {"Up to 70 lorries were stuck.", "Up to 70", 70, 70, "lorry", hedge::at_most},
      {"As many as 90 cyclists crashed.", "As many as 90", 90, 90, "cyclist", hedge::at_most},
      {"At most 15 guests came.", "At most 15", 15, 15, "guest", hedge::at_most},
      {"Nearly 3,000 homes flooded.", "Nearly 3,000", 3000, 3000, "home", hedge::nearly},
      {"Almost 400 firms closed.", "Almost 400", 400, 400, "firm", hedge::nearly},
      {"Just under 900 bids arrived.", "Just under 900", 900, 900, "bid", hedge::nearly},
      {"Close to 50 villages lost water.", "Close to 50", 50, 50, "village", hedge::nearly},
      {"About 300 people marched.", "About 300", 300, 300, "person", hedge::approx},
      {"Around 80 tractors blocked roads.", "Around 80", 80, 80, "tractor", hedge::approx},
      {"Some 40 hectares of forest burned.", "Some 40", 40, 40, "hectare", hedge::approx},
      {"Roughly 700 jobs will go.", "Roughly 700", 700, 700, "job", hedge::approx},
      {"Approximately 25 ships docked.", "Approximately 25", 25, 25, "ship", hedge::approx},
      {"An estimated 6,000 pilgrims prayed.", "An estimated 6,000", 6000, 6000, "pilgrim",
       hedge::approx},
      {"Loans less than or equal to 40 were waived.", "less than or equal to 40", 40, 40, "",
       hedge::at_most},
      {"Bids greater than or equal to 90 are kept.", "greater than or equal to 90", 90, 90, "",
       hedge::at_least},
      {"Flag readings >30 for review.", ">30", 30, 30, "", hedge::over},
      {"Flag readings >= 30 for review.", ">= 30", 30, 30, "", hedge::at_least},
      {"Turnout was <5% in the north.", "<5%", 5, 5, "percent", hedge::under},
      {"Keep doses \xE2\x89\xA4 40 units.", "\xE2\x89\xA4 40", 40, 40, "unit",
       hedge::at_most},
      {"It weighs ~50 kilograms.", "~50", 50, 50, "kilogram", hedge::approx},
  });
}

TEST(QuantityRules, PostHedges) {
  check_rows({
      {"They need 500 or more volunteers.", "500 or more", 500, 500, "volunteer",
       hedge::at_least},
      {"It took 30 or so minutes.", "30 or so", 30, 30, "minute", hedge::approx},
      {"A 200-plus crowd gathered.", "200-plus", 200, 200, "", hedge::at_least},
      {"Marks of 90 or greater are rare.", "90 or greater", 90, 90, "", hedge::at_least},
      {"Towns of 500 or below qualify.", "500 or below", 500, 500, "", hedge::at_most},
      {"They expect about 500 or more guests.", "about 500 or more", 500, 500, "guest",
       hedge::at_least},
  });
}

TEST(QuantityRules, Ranges) {
  check_rows({
      {"Between 90,000 and 100,000 fans attended.", "Between 90,000 and 100,000", 90000,
       100000, "fan"},
      {"Estimates ranged from 90,000 to 100,000 visitors.", "from 90,000 to 100,000", 90000,
       100000, "visitor"},
      {"Crowds of 90,000 to 100,000 spectators filled it.", "90,000 to 100,000", 90000, 100000,
       "spectator"},
      {"Crowds of 90,000-100,000 spectators filled it.", "90,000-100,000", 90000, 100000,
       "spectator"},
      {"It took 90\xE2\x80\x93"
       "100 days.",
       "90\xE2\x80\x93"
       "100",
       90, 100, "day"},
      {"The plan costs $5-6bn over a decade.", "$5-6bn", 5e9, 6e9, "USD"},
      {"Between 90 and 100 million voters may take part.", "Between 90 and 100 million", 9e7,
       1e8, "voter"},
      {"Prices rose 10-15% this year.", "10-15%", 10, 15, "percent"},
      {"Grades 20 through 100 are valid.", "20 through 100", 20, 100, ""},
      {"Crowds were 20~100 strong.", "20~100", 20, 100, ""},
  });
}

TEST(QuantityRules, Negatives) {
  check_rows({
      {"The lake froze at -5 overnight.", "-5", -5, -5, ""},
      {"The balance was minus five after fees.", "minus five", -5, -5, ""},
      {"Growth was negative 12 in March.", "negative 12", -12, -12, ""},
  });
}

TEST(QuantityRules, BoundedRanges) {
  const struct {
    std::string_view sentence;
    std::string_view span;
    double low;
    double high;
    bool low_open;
    bool high_open;
  } rows[] = {
      {"They need more than 100 and less than 300 seats.", "more than 100 and less than 300",
       100, 300, true, true},
      {"Bids over 20 but under 50 count.", "over 20 but under 50", 20, 50, true, true},
      {"Keep it less than 300 and more than 100 today.", "less than 300 and more than 100", 100,
       300, true, true},
      {"Aim for at least 5 and at most 9 pages.", "at least 5 and at most 9", 5, 9, false,
       false},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(std::string(r.sentence));
    const auto found = extract_quantities(r.sentence);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].span.of(r.sentence), r.span);
    EXPECT_TRUE(found[0].range);
    EXPECT_EQ(found[0].low, r.low);
    EXPECT_EQ(found[0].high, r.high);
    EXPECT_EQ(found[0].low_open, r.low_open);
    EXPECT_EQ(found[0].high_open, r.high_open);
  }
  // Bounds that exclude each other are two separate bounds, not an interval.
  const std::string_view crossed = "It was more than 40 and less than 10 then.";
  const auto found = extract_quantities(crossed);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].span.of(crossed), "more than 40");
  EXPECT_EQ(found[0].hedge_kind, hedge::over);
  EXPECT_EQ(found[1].span.of(crossed), "less than 10");
  EXPECT_EQ(found[1].hedge_kind, hedge::under);
}

TEST(QuantityRules, PowersAndRatios) {
  check_rows({
      {"The model scaled by 1.5^2 each step.", "1.5^2", 2.25, 2.25, ""},
      {"The decay factor was 4^-1 per hour.", "4^-1", 0.25, 0.25, ""},
      {"Lab counts reached 2.4x10^5 cells.", "2.4x10^5", 2.4e5, 2.4e5, "cell"},
      {"The error rate was 7 x 10^-3.", "7 x 10^-3", 7e-3, 7e-3, ""},
      {"Her share came to one over eight.", "one over eight", 0.125, 0.125, ""},
      {"Odds were put at 1 over 40.", "1 over 40", 0.025, 0.025, ""},
      {"Four out of five dentists agreed.", "Four out of five", 0.8, 0.8, "dentist"},
      {"Only 3 out of 12 bridges passed.", "3 out of 12", 0.25, 0.25, "bridge"},
      {"The levy worked out at 5000 over 8.", "5000 over 8", 625, 625, ""},
      {"One in four adults voted.", "One in four", 0.25, 0.25, "adult"},
      {"The odds are 1 in a million.", "1 in a million", 1e-6, 1e-6, ""},
  });
  // "in" before a year or a time unit is not a ratio.
  expect_values("Police made 3 in 2019 and more later.", {3});
  expect_values("They scored 3 in 10 minutes.", {3, 10});
}

TEST(QuantityRules, CompoundDenominators) {
  check_rows({
      {"The tax takes one twenty-fifth of sales.", "one twenty-fifth", 0.04, 0.04, "sale"},
      {"Seven forty-thirds is an odd ratio.", "Seven forty-thirds", 7.0 / 43, 7.0 / 43, ""},
      {"He owns eleven sixty fourths of the firm.", "eleven sixty fourths", 11.0 / 64,
       11.0 / 64, "firm"},
      {"She holds three thirty-seconds of it.", "three thirty-seconds", 3.0 / 32, 3.0 / 32, ""},
      {"The gap was nine and a fortieth.", "nine and a fortieth", 9.025, 9.025, ""},
  });
  // A spaced "seconds" is a duration, and an ordinal before a noun is not a fraction.
  const std::string_view spot = "It ran a thirty seconds spot.";
  for (const auto& q : extract_quantities(spot)) EXPECT_EQ(q.value, 30);
  const std::string_view birthday = "They held a twenty-first party.";
  for (const auto& q : extract_quantities(birthday)) EXPECT_GE(q.value, 1.0);
}

// The reading rule of docs/decisions/0020-spelled-fractions.md: the longest spelled cardinal
// is the numerator, a tens word before a unit ordinal opens a compound denominator unless "and"
// ties it to the numerator, and "and" + unit word + denominator is a mixed number.
TEST(QuantityRules, CompoundNumerators) {
  check_rows({
      {"The pipe lost two hundred four ninths of it.", "two hundred four ninths", 204.0 / 9,
       204.0 / 9, ""},
      {"Output was three thousand two hundred sixths.", "three thousand two hundred sixths",
       3200.0 / 6, 3200.0 / 6, ""},
      {"The error was a hundred billionths.", "a hundred billionths", 1e-7, 1e-7, ""},
      {"It is two hundred forty-sevenths now.", "two hundred forty-sevenths", 200.0 / 47,
       200.0 / 47, ""},
      {"It is two hundred forty sevenths now.", "two hundred forty sevenths", 200.0 / 47,
       200.0 / 47, ""},
      {"It is two hundred and forty sevenths now.", "two hundred and forty sevenths", 240.0 / 7,
       240.0 / 7, ""},
      {"It is two hundred forty one sevenths now.", "two hundred forty one sevenths",
       241.0 / 7, 241.0 / 7, ""},
      {"The share was one one hundred third.", "one one hundred third", 1.0 / 103, 1.0 / 103,
       ""},
      {"The dial showed eighty - six hundred-ninths.", "eighty - six hundred-ninths", 8600.0 / 9,
       8600.0 / 9, ""},
      {"The reading was minus two hundred sixty thirds.", "minus two hundred sixty thirds",
       -200.0 / 63, -200.0 / 63, ""},
      {"The tank held two hundred and five eighths.", "two hundred and five eighths", 200.625,
       200.625, ""},
      {"Donors gave four million and two fifths.", "four million and two fifths", 4.4e6, 4.4e6,
       ""},
      {"The fund holds six million and one half.", "six million and one half", 6.5e6, 6.5e6,
       ""},
  });
  // A singular denominator takes "one" or "a": otherwise it is an ordinal after a count.
  const std::string_view ranked = "They placed two millionth in the draw.";
  const auto found = extract_quantities(ranked);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].span.of(ranked), "two");
  const std::string_view anniversary = "It marked the thirty-fifth anniversary.";
  for (const auto& q : extract_quantities(anniversary)) EXPECT_GE(q.value, 1.0);
}

TEST(QuantityRules, ScaleLetters) {
  check_rows({
      {"Storage reached 20G.", "20G", 2e10, 2e10, ""},
      {"Storage reached 2.5g overall.", "2.5g", 2.5e9, 2.5e9, ""},
      {"The tally was 4.75 k.", "4.75 k", 4750, 4750, ""},
      {"The tally was 3,120.5 G.", "3,120.5 G", 3.1205e12, 3.1205e12, ""},
      {"The tally was 7,250.5 M", "7,250.5 M", 7.2505e9, 7.2505e9, ""},
      {"The budget is $ 3MM", "$ 3MM", 3e6, 3e6, "USD"},
      {"Readings fell to - 20  K", "- 20  K", -2e4, -2e4, ""},
  });
  // A network generation, a spaced letter before a word, millimetres: not scales.
  expect_values("Operators sold 5G phones.", {});
  expect_values("The rope is 12 mm thick.", {12});
  expect_values("They walked 10 m along the K path.", {10});
  // "10mm" is ten millimetres (a unit of grammar/units.hpp), not ten million.
  expect_values("The screw is 10mm long.", {10});
}

TEST(QuantityRules, DigitGroups) {
  check_rows({
      {"The city has 2 345 678 residents.", "2 345 678", 2345678, 2345678, "resident"},
      {"Attendance was 51 000 fans.", "51 000", 51000, 51000, "fan"},
      {"The state counts 3 517 204 911 citizens.", "3 517 204 911", 3517204911.0,
       3517204911.0, "citizen"},
      {"The loan was 23,45,678.50 rupees.", "23,45,678.50 rupees", 2345678.5, 2345678.5,
       "INR"},
      {"Exports hit 4,56,78,901 tonnes.", "4,56,78,901", 45678901, 45678901, "tonne"},
  });
  // A year or a phone number never merges with the group after it.
  expect_values("In 2016 300 workers left.", {300});
  expect_values("Call 555 123 4567 now.", {});
  // After a month the first group is a day: "May 5 100 people" is a date and a count.
  expect_values("On May 5 100 people marched.", {100});
}

TEST(QuantityRules, ComparativeForms) {
  check_rows({
      {"Crowds were bigger or equal than 300 people.", "bigger or equal than 300", 300, 300,
       "person", hedge::at_least},
      {"Stocks were smaller or equal than 80 crates.", "smaller or equal than 80", 80, 80,
       "crate", hedge::at_most},
      {"Claims were equal to or greater than 90 cases.", "equal to or greater than 90", 90, 90,
       "case", hedge::at_least},
      {"Costs could exceed 60 million euros.", "exceed 60 million euros", 6e7, 6e7, "EUR",
       hedge::over},
      {"Sales surpassed 2 million units.", "surpassed 2 million", 2e6, 2e6, "unit",
       hedge::over},
      {"More than half of the staff left.", "More than half", 0.5, 0.5, "staff", hedge::over},
      {"Half of the ballots were void.", "Half", 0.5, 0.5, "ballot"},
      {"Marks were higher or equal than 40, lower or equal than 90.",
       "higher or equal than 40, lower or equal than 90", 40, 90, ""},
  });
  // "or greater than" starts the next bound; signs glued to a name are bounds, "<>" and "=>"
  // are not (the figure after them stays a plain figure).
  const std::string_view two = "He scored 200 or greater than 190 today.";
  const auto found = extract_quantities(two);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].hedge_kind, hedge::none);
  EXPECT_EQ(found[1].span.of(two), "greater than 190");
  expect_values("Keep x>10 and y<20 in the model.", {10, 20});
  // An empty pair of bounds is two bounds; a post hedge with no figure after "than" stays.
  expect_values("Less than 10, more than 10 and under 40 apply.", {10, 10});
  const std::string_view tail = "Bids were 300 or greater than.";
  const auto bound = extract_quantities(tail);
  ASSERT_EQ(bound.size(), 1u);
  EXPECT_EQ(bound[0].hedge_kind, hedge::at_least);
  expect_values("The filter <>30 and =>30 and =<30.", {30, 30, 30});
  // Half alone, with no hedge and no "of", is not a figure ("the second half").
  expect_values("They scored in the second half.", {});
}

TEST(QuantityRules, PercentOf) {
  check_rows({
      {"The ratio, in per cent of 15, was kept.", "per cent of 15", 15, 15, "percent"},
      {"Report it as percent of twelve.", "percent of twelve", 12, 12, "percent"},
  });
  // Digits inside a URL are never figures.
  expect_values("See https://example.org/q?rate=30%25%2020% and www.example.org/2021/44.", {});
}

TEST(QuantityRules, MoneyForms) {
  check_rows({
      {"A ticket cost 4 dollars 20 cents.", "4 dollars 20 cents", 4.2, 4.2, "USD"},
      {"A ticket cost eleven dollars and sixty cents.", "eleven dollars and sixty cents", 11.6,
       11.6, "USD"},
      {"A ticket cost 8 euros 40.", "8 euros 40", 8.4, 8.4, "EUR"},
      {"The deal was worth 45 MUSD in total.", "45 MUSD", 4.5e7, 4.5e7, "USD"},
      {"Revenue was MEUR 12 last year.", "MEUR 12", 1.2e7, 1.2e7, "EUR"},
      {"The fee was NZD$40 per head.", "NZD$40", 40, 40, "NZD"},
      {"The fund held \xE2\x82\xBF" "3 in reserve.", "\xE2\x82\xBF" "3", 3, 3, "BTC"},
      {"The bank sold Mex$ 10 million in bonds.", "Mex$ 10 million", 1e7, 1e7, "MXN"},
  });
  // A sign after a figure that already has one starts the next sum; cents need a clause end or
  // a subunit word; "Mars" is not millions of pesos.
  expect_values("Costs: $ 20.00 $ 37.50 in total.", {20, 37.5});
  expect_values("It cost 15 dollars and 15 people came.", {15, 15});
  expect_values("Mars 5 probes.", {5});
  // A currency word after a sum that has its sign already opens the next sum.
  expect_values("Swap rmb 10 usd 20 today.", {10, 20});
}

TEST(QuantityRules, DigitsWithSpelledScales) {
  check_rows({
      {"The fund paid 6 hundred and 45 dollars.", "6 hundred and 45 dollars", 645, 645,
       "USD"},
      {"Some 7 thousand 2 hundred and 9 ballots were void.", "Some 7 thousand 2 hundred and 9",
       7209, 7209, "ballot", hedge::approx},
      {"Police logged 2 million 350 thousand calls.", "2 million 350 thousand", 2.35e6, 2.35e6,
       "call"},
      {"We counted 8 hundred and twelve geese.", "8 hundred and twelve", 812, 812, "goose"},
  });
  // "and" after a large scale starts a new figure.
  const std::string_view two = "They raised 5 million and 20 volunteers joined.";
  const auto found = extract_quantities(two);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].value, 5e6);
  EXPECT_EQ(found[1].value, 20);
  // A scaled figure after "and" is a figure of its own.
  const std::string_view scaled = "Orders hit 9 hundred and 3 hundred were late.";
  const auto both = extract_quantities(scaled);
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[0].value, 900);
  EXPECT_EQ(both[1].value, 300);
}

TEST(QuantityRules, SlashedFractions) {
  check_rows({
      {"Pour 3/8 of the stock in.", "3/8", 0.375, 0.375, "stock"},
      {"The rod is 4 3/4 metres long.", "4 3/4", 4.75, 4.75, "metre"},
      {"The gauge read -1/2 at dawn.", "-1/2", -0.5, -0.5, ""},
      {"The baker sold 7 doz rolls.", "7 doz", 84, 84, "roll"},
  });
  // Names and dates written with a slash are not fractions.
  for (const std::string_view text :
       {"Memorials for 9/11 were held.", "The shop is open 24/7 now.",
        "Talks resume on 3/4/2027 in Oslo."}) {
    SCOPED_TRACE(std::string(text));
    for (const auto& q : extract_quantities(text)) EXPECT_GE(q.value, 1.0);
  }
}

// "over" before a divisor followed by more words is a time span or a hedge, and a part larger
// than its whole is two figures.
TEST(QuantityRules, RatiosNeedAWhole) {
  const std::string_view spread = "Crews cleared 200 over three days.";
  auto found = extract_quantities(spread);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].span.of(spread), "200");
  EXPECT_EQ(found[0].value, 200);
  const std::string_view larger = "The panel scored 9 out of 4 entries.";
  found = extract_quantities(larger);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].value, 9);
  EXPECT_EQ(found[1].value, 4);
}

}  // namespace
}  // namespace factcheck::grammar
