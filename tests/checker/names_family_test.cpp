// Family 11 of issue 10: a demonym is not a misspelling of its country, British and American
// spellings and transliterations are variants (never entity-misspelling errors), and a pure
// difference of style (dots, case) is not reported unless house style asks. Invented articles.

#include <gtest/gtest.h>

#include <string>

#include "checker/model/gazetteer.hpp"
#include "names_support.hpp"

namespace factcheck::testing {
namespace {

namespace fc = factcheck::checker;

TEST(NamesFamily, DemonymsAreNotSlips) {
  EXPECT_FALSE(fc::plausible_slip("Germans", "Germany"));
  EXPECT_FALSE(fc::plausible_slip("Danes", "Denmark"));
  EXPECT_FALSE(fc::plausible_slip("Poles", "Poland"));
  EXPECT_FALSE(fc::plausible_slip("Hungarians", "Hungary"));
  EXPECT_TRUE(fc::plausible_slip("Germny", "Germany"));  // a real slip still is one
}

TEST(NamesFamily, BritishAndAmericanSpellingsFold) {
  EXPECT_EQ(fc::fold_transliteration("World Health Organisation"),
            fc::fold_transliteration("World Health Organization"));
  EXPECT_EQ(fc::fold_transliteration("Harbour Centre"), fc::fold_transliteration("Harbor Center"));
  EXPECT_EQ(fc::fold_transliteration("Ministry of Defence"),
            fc::fold_transliteration("Ministry of Defense"));
  EXPECT_NE(fc::fold_transliteration("Tour"), fc::fold_transliteration("Tor"));
}

TEST(NamesFamily, GreekTransliterationsFold) {
  EXPECT_EQ(fc::fold_transliteration("Yiannis"), fc::fold_transliteration("Giannis"));
  EXPECT_NE(fc::fold_transliteration("Gianni"), fc::fold_transliteration("Janet"));
}

const char* const kTail =
    " spoke to reporters outside the courthouse in Larnaca after the hearing ended late on Monday, "
    "saying the appeal would be filed within the month.";

std::string story(const std::string& name, const std::string& extra = "") {
  return "Appeal to be filed\n\nMarch 4, 2024\n\nLawyer " + name + kTail + extra + "\n";
}

TEST(NamesFamily, TransliterationIsAVariantNotAMisspelling) {
  const auto c = make_corpus({{"a", story("Yiannis Petrakos"), ""},
                              {"b", story("Yiannis Petrakos"), ""},
                              {"c", story("Giannis Petrakos"), ""}});
  EXPECT_TRUE(c.findings("entity-misspelling").empty());
  const auto variants = c.findings("name-variant");
  ASSERT_EQ(variants.size(), 1u);
  EXPECT_NE(variants[0].find("Giannis Petrakos"), std::string::npos) << variants[0];
}

TEST(NamesFamily, BritishSpellingOfAnOrganisationIsNoError) {
  const auto c = make_corpus(
      {{"a", story("Eleni Moraki", " The World Health Organization was informed."), ""},
       {"b", story("Eleni Moraki", " The World Health Organization was informed."), ""},
       {"c", story("Eleni Moraki", " The World Health Organisation was informed."), ""}});
  EXPECT_TRUE(c.findings("entity-misspelling").empty());
}

TEST(NamesFamily, DemonymBesideItsCountryIsNoError) {
  const auto c = make_corpus({{"a", story("Eleni Moraki", " Germany sent observers."), ""},
                              {"b", story("Eleni Moraki", " Germany sent observers."), ""},
                              {"c", story("Eleni Moraki", " Two Germans sent observers."), ""}});
  EXPECT_TRUE(c.findings("entity-misspelling").empty());
}

TEST(NamesFamily, StyleOnlyDifferenceIsSilent) {
  const auto c = make_corpus({{"a", story("Michael J. Halloran"), ""},
                              {"b", story("Michael J. Halloran"), ""},
                              {"c", story("Michael J Halloran"), ""}});
  EXPECT_TRUE(c.findings("entity-misspelling").empty());
  EXPECT_TRUE(c.findings("name-variant").empty());
}

TEST(NamesFamily, RealSlipStillAnError) {
  const auto c = make_corpus({{"a", story("Eleni Moraki"), ""},
                              {"b", story("Eleni Moraki"), ""},
                              {"c", story("Eleni Morakki"), ""}});
  EXPECT_EQ(c.findings("entity-misspelling").size(), 1u);
}

}  // namespace
}  // namespace factcheck::testing
