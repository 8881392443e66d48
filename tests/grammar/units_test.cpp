// The unit lexicon (grammar/units.hpp, docs/units.default.toml) and quantities with units:
// dimension, unit and SI interval (issue 12). Sentences written for these tests.
#include "grammar/units.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/extract.hpp"

namespace factcheck::grammar {
namespace {

std::vector<quantity> measures(std::string_view text) {
  std::vector<quantity> out;
  for (auto& q : extract_quantities(text)) {
    if (q.kind == quantity_kind::measure || q.kind == quantity_kind::age) out.push_back(q);
  }
  return out;
}

// The one quantity of `text` whose span starts with `figure`.
quantity only(std::string_view text, std::string_view figure) {
  for (const auto& q : extract_quantities(text)) {
    if (q.span.of(text).starts_with(figure)) return q;
  }
  ADD_FAILURE() << "no quantity '" << figure << "' in: " << text;
  return {};
}

TEST(UnitLexicon, LoadsTheBuiltInTable) {
  const auto& all = units::lexicon();
  ASSERT_GT(all.size(), 60u);
  for (const auto& u : all) {
    EXPECT_FALSE(u.id.empty());
    EXPECT_FALSE(u.dimension.empty()) << u.id;
    EXPECT_GT(u.factor, 0) << u.id;
    EXPECT_FALSE(u.names.empty() && u.symbols.empty() && u.codes.empty()) << u.id;
  }
  for (const char* id : {"metre",
                         "foot",
                         "mile",
                         "kilometre",
                         "hectare",
                         "acre",
                         "square mile",
                         "litre",
                         "gallon",
                         "barrel",
                         "cubic metre",
                         "tonne",
                         "pound",
                         "ounce",
                         "kilometre per hour",
                         "mile per hour",
                         "knot",
                         "degree Celsius",
                         "degree Fahrenheit",
                         "kilowatt-hour",
                         "megawatt",
                         "gigawatt",
                         "gigabyte",
                         "terabyte",
                         "hour",
                         "year",
                         "magnitude"}) {
    EXPECT_GE(units::find(id), 0) << id;
  }
}

TEST(UnitLexicon, ConvertsToSi) {
  EXPECT_NEAR(units::to_si(*units::at(units::find("foot")), 200), 60.96, 1e-9);
  EXPECT_NEAR(units::to_si(*units::at(units::find("degree Fahrenheit")), 212), 373.15, 1e-9);
  EXPECT_NEAR(units::to_si(*units::at(units::find("degree Celsius")), 100), 373.15, 1e-9);
  EXPECT_NEAR(units::to_si(*units::at(units::find("square mile")), 1), 2589988.110336, 1e-6);
}

TEST(UnitLexicon, ParseErrorsNameTheLineAndKey) {
  std::vector<units::unit> out;
  auto error = units::parse("[[unit]]\nid = \"furlong\"\ndimension = \"length\"\nfactor = -2\n",
                            "factcheck.toml", out);
  ASSERT_TRUE(error);
  EXPECT_NE(error->find("factcheck.toml:"), std::string::npos) << *error;
  EXPECT_NE(error->find("factor"), std::string::npos) << *error;
  error = units::parse("[[unit]]\nid = \"x\"\ndimension = \"length\"\nfactor = 1\nwat = 2\n",
                       "factcheck.toml", out);
  ASSERT_TRUE(error);
  EXPECT_NE(error->find("wat"), std::string::npos) << *error;
  out.clear();
  EXPECT_FALSE(
      units::parse("[[unit]]\nid = \"furlong\"\ndimension = \"length\"\n"
                   "factor = 201.168\nnames = [\"furlong\"]\nplurals = [\"furlongs\"]\n",
                   "factcheck.toml", out));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].names.size(), 2u);
}

TEST(Units, FeetAndMetresCarryTheirRounding) {
  const std::string text = "The rescuers said the fall was about 200 feet.";
  const quantity q = only(text, "about 200 feet");
  EXPECT_EQ(q.kind, quantity_kind::measure);
  EXPECT_EQ(q.dimension, "length");
  EXPECT_EQ(q.unit, "foot");
  EXPECT_DOUBLE_EQ(q.value, 200);
  EXPECT_NEAR(q.si_low, 180 * 0.3048, 1e-9);
  EXPECT_NEAR(q.si_high, 220 * 0.3048, 1e-9);
  const quantity m = only("A drop of 61 metres was measured.", "61 metres");
  EXPECT_EQ(m.dimension, "length");
  EXPECT_NEAR(m.si_low, 60.5, 1e-9);
  EXPECT_NEAR(m.si_high, 61.5, 1e-9);
  EXPECT_GT(q.si_high - q.si_low, m.si_high - m.si_low);
}

TEST(Units, SymbolsGluedOrSpaced) {
  for (const char* text : {"The convoy stretched 5km.", "The convoy stretched 5 km.",
                           "The convoy stretched five kilometres."}) {
    const auto all = measures(text);
    ASSERT_EQ(all.size(), 1u) << text;
    EXPECT_EQ(all[0].unit, "kilometre") << text;
    EXPECT_NEAR(all[0].si_low, 4500, 1e-6) << text;
  }
}

TEST(Units, AreasVolumesMassesAndSpeeds) {
  struct row {
    const char* text;
    const char* dimension;
    const char* unit;
  };
  for (const row& r : std::vector<row>{
           {"The fire burned 4,000 hectares.", "area", "hectare"},
           {"The fire burned 300 acres.", "area", "acre"},
           {"The park covers 12 square miles.", "area", "square mile"},
           {"The lake covers 35 km2 of the valley.", "area", "square kilometre"},
           {"The tanker spilled 2 million barrels of crude.", "volume", "barrel"},
           {"The reservoir lost 40 million cubic metres this year.", "volume", "cubic metre"},
           {"Each household used 150 litres a day.", "volume/time", "litre per day"},
           {"The tank holds 500 gallons.", "volume", "gallon"},
           {"Police seized 3 tonnes of cocaine.", "mass", "tonne"},
           {"The parcel weighed 12 lbs.", "mass", "pound"},
           {"The ring weighed 2 ounces.", "mass", "ounce"},
           {"Winds reached 120 km/h on the coast.", "speed", "kilometre per hour"},
           {"Winds reached 75 mph on the coast.", "speed", "mile per hour"},
           {"The ferry sailed at 20 knots.", "speed", "knot"},
           {"The plant produces 1,200 MW at peak.", "power", "megawatt"},
           {"The grid lost 3 GW overnight.", "power", "gigawatt"},
           {"The meter read 350 kWh.", "energy", "kilowatt-hour"},
           {"The leak exposed 2 TB of records.", "data", "terabyte"},
           {"The mill emits 10 tonnes a year.", "mass/time", "tonne per year"},
           {"Output was 5 tonnes per capita.", "mass/person", "tonne per person"},
       }) {
    const auto all = measures(r.text);
    ASSERT_EQ(all.size(), 1u) << r.text;
    EXPECT_EQ(all[0].dimension, r.dimension) << r.text;
    EXPECT_EQ(all[0].unit, r.unit) << r.text;
  }
}

TEST(Units, Temperatures) {
  const std::string text = "Temperatures reached 40°C in Seville and 104°F in Phoenix.";
  const auto all = measures(text);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].dimension, "temperature");
  EXPECT_NEAR(all[0].si_low, 312.65, 1e-9);
  EXPECT_NEAR(all[0].si_high, 313.65, 1e-9);
  EXPECT_EQ(all[1].unit, "degree Fahrenheit");
  EXPECT_NEAR((all[1].si_low + all[1].si_high) / 2, 313.15, 1e-9);
  for (const char* t : {"It was 30 degrees Celsius.", "It was 30°C.", "It was 30 °C.",
                        "It was -5 degrees Fahrenheit."}) {
    const auto one = measures(t);
    ASSERT_EQ(one.size(), 1u) << t;
    EXPECT_EQ(one[0].dimension, "temperature") << t;
  }
}

TEST(Units, RangeWithOneUnit) {
  const std::string text = "The queue was 5 to 7 km long.";
  const quantity q = only(text, "5 to 7 km");
  EXPECT_TRUE(q.range);
  EXPECT_EQ(q.unit, "kilometre");
  EXPECT_NEAR(q.si_low, 5000, 1e-9);
  EXPECT_NEAR(q.si_high, 7000, 1e-9);
  // Two units of different dimensions are not one range.
  for (const auto& r : extract_quantities("It fell 5 km to 7 kg.")) EXPECT_FALSE(r.range);
}

TEST(Units, Ages) {
  for (const char* text : {"A 20-year-old man was arrested.", "The man, aged 20, was arrested.",
                           "The man is 20 years old.", "The victim was 20 years of age."}) {
    const auto all = measures(text);
    ASSERT_EQ(all.size(), 1u) << text;
    EXPECT_EQ(all[0].kind, quantity_kind::age) << text;
    EXPECT_EQ(all[0].dimension, "age") << text;
    EXPECT_DOUBLE_EQ(all[0].value, 20) << text;
  }
}

TEST(Units, Magnitude) {
  for (const char* text : {"A magnitude 7.8 earthquake struck.", "A 7.8-magnitude quake struck.",
                           "The quake measured 7.8 on the Richter scale."}) {
    const auto all = measures(text);
    ASSERT_EQ(all.size(), 1u) << text;
    EXPECT_EQ(all[0].dimension, "magnitude") << text;
    EXPECT_DOUBLE_EQ(all[0].value, 7.8) << text;
  }
}

TEST(Units, PercentagePointsApartFromPercent) {
  EXPECT_EQ(only("Support rose 4.5 percentage points.", "4.5").dimension, "percentage point");
  EXPECT_EQ(only("Support rose 4.5 per cent.", "4.5").dimension, "percent");
}

TEST(Units, MoneyBySignAndCode) {
  struct row {
    const char* text;
    const char* code;
  };
  for (const row& r : std::vector<row>{{"It cost US$20m.", "USD"},
                                       {"It cost C$5 million.", "CAD"},
                                       {"It cost £300.", "GBP"},
                                       {"It cost €12bn.", "EUR"},
                                       {"It cost ¥500.", "JPY"},
                                       {"It cost ₹400.", "INR"},
                                       {"It cost EUR 3m.", "EUR"}}) {
    const auto all = extract_quantities(r.text);
    ASSERT_FALSE(all.empty()) << r.text;
    EXPECT_EQ(all[0].kind, quantity_kind::money) << r.text;
    EXPECT_EQ(all[0].dimension, "money") << r.text;
    EXPECT_EQ(all[0].unit, r.code) << r.text;
  }
}

TEST(Units, ScoresAndModelNumbersAreNotQuantities) {
  EXPECT_TRUE(measures("United won 3-1 at home.").empty());
  for (const auto& q : extract_quantities("United won 3-1 at home.")) {
    EXPECT_NE(q.span.of("United won 3-1 at home."), "3-1");
  }
  for (const char* text :
       {"The Boeing 737 landed.", "He flew an F-16 jet.", "She bought an iPhone 12 yesterday."}) {
    EXPECT_TRUE(measures(text).empty()) << text;
  }
}

}  // namespace
}  // namespace factcheck::grammar
