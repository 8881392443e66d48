// Currencies in the unit lexicon, and the lexicon extended from factcheck.toml's [[unit]]
// tables (grammar::extend_units). Sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <string_view>
#include <vector>

#include "grammar/extract.hpp"
#include "grammar/unit_extension.hpp"
#include "grammar/units.hpp"

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

std::vector<units::unit> parse_units(std::string_view toml) {
  std::vector<units::unit> out;
  if (auto error = units::parse(toml, "test.toml", out)) ADD_FAILURE() << *error;
  return out;
}

TEST(CurrencyLexicon, SignsCodesAndNamesAreUnits) {
  const units::unit* usd = units::at(units::find("USD"));
  ASSERT_NE(usd, nullptr);
  EXPECT_EQ(usd->dimension, units::currency_dimension);
  EXPECT_NE(std::find(usd->symbols.begin(), usd->symbols.end(), "US$"), usd->symbols.end());
  const units::unit* cad = units::at(units::find("CAD"));
  ASSERT_NE(cad, nullptr);
  EXPECT_NE(std::find(cad->symbols.begin(), cad->symbols.end(), "C$"), cad->symbols.end());
  // The mass unit keeps its own id: a pound sterling is the currency GBP.
  EXPECT_EQ(units::at(units::find("pound"))->dimension, "mass");
}

TEST(CurrencyLexicon, MoneyIsReadFromTheLexicon) {
  struct row {
    std::string_view text, figure, code;
    double value;
  };
  for (const row& r : std::vector<row>{
           {"The ferry operator paid US$ 4.5 million for the hull.", "US$", "USD", 4.5e6},
           {"Tickets to the lake cost C$40 each.", "C$", "CAD", 40},
           {"The mayor's office spent \xE2\x82\xAC" "3 billion on trams.", "\xE2\x82\xAC", "EUR", 3e9},
           {"A sack of rice sold for 900 rupees at the market.", "900", "INR", 900},
           {"The toll rose to 80 pence on Monday.", "80", "GBP", 0.8},
           {"The council borrowed RMB 12 million last year.", "RMB", "CNY", 12e6},
           {"Bus fares climbed to 35 zlotys.", "35", "PLN", 35},
       }) {
    const quantity q = only(r.text, r.figure);
    EXPECT_EQ(q.kind, quantity_kind::money) << r.text;
    EXPECT_EQ(q.unit, r.code) << r.text;
    EXPECT_DOUBLE_EQ(q.value, r.value) << r.text;
  }
}

TEST(UnitLexiconParse, CurrencyNeedsNoFactorAndOnlyCurrenciesHaveCodes) {
  std::vector<units::unit> out;
  EXPECT_FALSE(units::parse("[[unit]]\nid = \"XAF\"\ndimension = \"currency\"\ncodes = [\"XAF\"]\n",
                            "a.toml", out));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].codes, std::vector<std::string>{"xaf"});
  const auto error = units::parse(
      "[[unit]]\nid = \"rod\"\ndimension = \"length\"\nfactor = 5.0\ncodes = [\"ROD\"]\n", "b.toml",
      out);
  ASSERT_TRUE(error);
  EXPECT_NE(error->find("b.toml:1:"), std::string::npos) << *error;
  EXPECT_NE(error->find("only a currency"), std::string::npos) << *error;
}

TEST(UnitExtension, AddsAUnitTheGrammarReads) {
  const std::string_view text = "The colt won over 7 furlongs at the county track.";
  for (const auto& q : extract_quantities(text)) EXPECT_NE(q.kind, quantity_kind::measure);
  extend_units(parse_units(R"(
[[unit]]
id = "furlong"
dimension = "length"
factor = 201.168
names = ["furlong"]
plurals = ["furlongs"]
symbols = ["fur"]
)"));
  const quantity q = only(text, "over 7");
  EXPECT_EQ(q.kind, quantity_kind::measure);
  EXPECT_EQ(q.dimension, "length");
  EXPECT_EQ(q.unit, "furlong");
  EXPECT_DOUBLE_EQ(q.value, 7);
  EXPECT_NEAR(q.si_low, 7 * 201.168, 201.168);
  const quantity glued = only("A 2fur sprint opened the card.", "2fur");
  EXPECT_EQ(glued.unit, "furlong");
}

TEST(UnitExtension, AddsACurrencyWithSignCodeAndName) {
  extend_units(parse_units(R"(
[[unit]]
id = "GHS"
dimension = "currency"
codes = ["GHS"]
names = ["cedi"]
plurals = ["cedis"]
symbols = ["GH\u20B5"]
subunits = ["pesewas"]
)"));
  for (const auto& [text, figure, value] : std::vector<std::tuple<std::string_view, std::string_view, double>>{
           {"Bread now costs 30 cedis in Kumasi.", "30", 30},
           {"The levy raised GHS 2 million.", "GHS", 2e6},
           {"The stall charged GH\xE2\x82\xB5" "15 for the repair.", "GH", 15},
           {"A sachet of water costs 50 pesewas.", "50", 0.5},
       }) {
    const quantity q = only(text, figure);
    EXPECT_EQ(q.kind, quantity_kind::money) << text;
    EXPECT_EQ(q.unit, "GHS") << text;
    EXPECT_DOUBLE_EQ(q.value, value) << text;
  }
}

TEST(UnitExtension, AddsWordsToAKnownUnit) {
  extend_units(parse_units(R"(
[[unit]]
id = "kilometre"
dimension = "length"
factor = 1000.0
names = ["klick"]
plurals = ["klicks"]
)"));
  const quantity q = only("The patrol walked 12 klicks before dawn.", "12");
  EXPECT_EQ(q.unit, "kilometre");
  EXPECT_EQ(q.dimension, "length");
  EXPECT_NEAR(q.si_low, 12000, 600);
}

}  // namespace
}  // namespace factcheck::grammar
