// Distance, folding, slips, titles, the gazetteer and the corpus-majority decisions of
// entity-misspelling, name-variant and role-conflict.
#include <gtest/gtest.h>

#include <algorithm>

#include "checker/model/name_index.hpp"
#include "checker/model/gazetteer.hpp"
#include "names_support.hpp"

namespace {

namespace fc = factcheck::checker;
using factcheck::testing::make_corpus;
using strings = std::vector<std::string>;

std::chrono::year_month_day ymd(int y, unsigned m, unsigned d) {
  return std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d};
}

TEST(NamesDistance, DamerauLevenshtein) {
  EXPECT_EQ(fc::edit_distance("kitten", "sitting", 5), 3);
  EXPECT_EQ(fc::edit_distance("marta", "mrata", 3), 1);  // adjacent transposition
  EXPECT_EQ(fc::edit_distance("", "abc", 5), 3);
  EXPECT_EQ(fc::edit_distance("same", "same", 0), 0);
  EXPECT_EQ(fc::edit_distance("brodnica", "brudnica", 2), 1);
}

TEST(NamesDistance, StopsAtTheLimit) {
  EXPECT_EQ(fc::edit_distance("wroclaw", "gdansk", 1), 2);  // limit + 1
  EXPECT_EQ(fc::edit_distance("ab", "abcdef", 2), 3);
}

TEST(NamesDistance, LengthAwareAllowance) {
  EXPECT_EQ(fc::allowed_distance(3, 2), 0);
  EXPECT_EQ(fc::allowed_distance(4, 2), 1);
  EXPECT_EQ(fc::allowed_distance(8, 2), 1);
  EXPECT_EQ(fc::allowed_distance(12, 2), 2);
  EXPECT_EQ(fc::allowed_distance(12, 1), 1);  // the configured maximum caps it
}

TEST(NamesFolding, TransliterationVariantsMeet) {
  EXPECT_EQ(fc::fold_transliteration("Sergey"), fc::fold_transliteration("Sergei"));
  EXPECT_EQ(fc::fold_transliteration("Zelenskiy"), fc::fold_transliteration("Zelenskyy"));
  EXPECT_EQ(fc::fold_transliteration("Zelensky"), fc::fold_transliteration("Zelenskyy"));
  EXPECT_EQ(fc::fold_transliteration("Odessa"), fc::fold_transliteration("Odesa"));
  EXPECT_EQ(fc::fold_transliteration("Oleksiy"), fc::fold_transliteration("Oleksii"));
  EXPECT_EQ(fc::fold_transliteration("Khodorkovsky"), fc::fold_transliteration("Hodorkovskiy"));
  EXPECT_EQ(fc::fold_transliteration("Yevgeny"), fc::fold_transliteration("Evgeniy"));
  EXPECT_EQ(fc::fold_transliteration("Aleksandr"), fc::fold_transliteration("Alexandr"));
}

TEST(NamesFolding, DifferentNamesStayApart) {
  EXPECT_NE(fc::fold_transliteration("Antony"), fc::fold_transliteration("Anthony"));
  EXPECT_NE(fc::fold_transliteration("Dmitry"), fc::fold_transliteration("Dmytro"));
  EXPECT_NE(fc::fold_transliteration("Kharkiv"), fc::fold_transliteration("Kharkov"));
  EXPECT_NE(fc::fold_transliteration("Brenick"), fc::fold_transliteration("Brennick"));
}

TEST(NamesSlips, InflectionsAndDemonymsAreNotSlips) {
  EXPECT_FALSE(fc::plausible_slip("Russian", "Russia"));
  EXPECT_FALSE(fc::plausible_slip("Swedes", "Sweden"));
  EXPECT_FALSE(fc::plausible_slip("Texan", "Texas"));
}

TEST(NamesSlips, ShortNamesNeedAVowelSlip) {
  EXPECT_FALSE(fc::plausible_slip("Iraq", "Iran"));
  EXPECT_FALSE(fc::plausible_slip("Mali", "Bali"));
  EXPECT_TRUE(fc::plausible_slip("Lvev", "Lviv"));
  EXPECT_TRUE(fc::plausible_slip("Rgia", "Riga"));  // transposition
}

TEST(NamesSlips, LongerNames) {
  EXPECT_TRUE(fc::plausible_slip("Kowalcyk", "Kowalczyk"));
  EXPECT_TRUE(fc::plausible_slip("Brudnica", "Brodnica"));
}

TEST(NamesSlips, CloseSpellingComparesWordByWord) {
  EXPECT_TRUE(fc::close_spelling("Marta Kowalcyk", "Marta Kowalczyk", 2));
  EXPECT_FALSE(fc::close_spelling("Ewa Nowak", "Jan Nowak", 2));     // different people
  EXPECT_FALSE(fc::close_spelling("Mark Kelly", "Mary Kelly", 2));   // consonant slip, short
  EXPECT_FALSE(fc::close_spelling("Nowak", "Jan Nowak", 2));         // different word counts
  EXPECT_TRUE(fc::close_spelling("Erik Wona", "Erik Wrona", 2));      // first name vouches
  EXPECT_FALSE(fc::close_spelling("Iraq", "Iran", 2));
}

TEST(NamesTitles, Core) {
  EXPECT_EQ(fc::title_core("US Secretary of State"), (strings{"secretary", "state"}));
  EXPECT_EQ(fc::title_core("Ukraine's defence minister"), (strings{"defense", "minister"}));
  EXPECT_EQ(fc::title_core("Kremlin spokeswoman"), (strings{"spokesman"}));
}

TEST(NamesTitles, Compatibility) {
  EXPECT_TRUE(fc::titles_compatible("US Secretary of State", "Secretary of State"));
  EXPECT_TRUE(fc::titles_compatible("President", "U.S. President"));
  EXPECT_TRUE(fc::titles_compatible("the country's foreign minister", "Foreign Minister"));
  EXPECT_TRUE(fc::titles_compatible("Minister", "Foreign Minister"));
  EXPECT_TRUE(fc::titles_compatible("NATO chief", "Secretary General"));
  EXPECT_FALSE(fc::titles_compatible("Foreign Minister", "Secretary of State"));
  EXPECT_FALSE(fc::titles_compatible("Vice President", "President"));
  EXPECT_FALSE(fc::titles_compatible("Prime Minister", "Minister"));
  EXPECT_FALSE(fc::titles_compatible("Defence Minister", "Foreign Minister"));
}

TEST(NamesTitles, HeldOnADate) {
  fc::person p;
  p.name = "Oleh Marchenko";
  p.titles = {{"Finance Minister", ymd(2019, 8, 29), ymd(2020, 3, 4)}, {"Prime Minister", ymd(2020, 3, 4), std::nullopt}};
  EXPECT_TRUE(fc::held_title(p, "Ukrainian Finance Minister", ymd(2019, 12, 1)));
  EXPECT_FALSE(fc::held_title(p, "Finance Minister", ymd(2021, 6, 1)));
  EXPECT_TRUE(fc::held_title(p, "Prime Minister", ymd(2021, 6, 1)));
  EXPECT_TRUE(fc::held_title(p, "Finance Minister", std::nullopt));
}

fc::config with_gazetteer() {
  fc::config c;
  fc::person p;
  p.name = "Oleh Marchenko";
  p.variants = {"Oleg Marchenko"};
  p.titles = {{"Finance Minister", ymd(2019, 8, 29), std::nullopt}};
  c.people.push_back(p);
  c.entities.push_back({"Brodnica", "place", {}});
  c.house_style["Lvov"] = "Lviv";
  c.entities.push_back({"Lviv", "place", {}});
  return c;
}

TEST(NamesGazetteer, LooksUpCanonicalVariantAndHouseStyle) {
  const auto c = with_gazetteer();
  const fc::gazetteer g(c);
  ASSERT_NE(g.find("oleg marchenko"), nullptr);
  EXPECT_EQ(g.find("Oleg Marchenko")->canonical, "Oleh Marchenko");
  EXPECT_EQ(g.preferred("Lvov"), "Lviv");
  EXPECT_EQ(g.find_person("Marchenko"), &c.people[0]);
  EXPECT_EQ(g.find("Gdansk"), nullptr);
}

TEST(NamesMajority, CorpusMajorityFindsAMisspelledFullName) {
  const auto c = make_corpus({
      {"a", "Harbour chief Marta Kowalczyk said the cranes were idle for a week.", "2024-03-01"},
      {"b", "The strike ended after Marta Kowalczyk met the union on Tuesday.", "2024-03-02"},
      {"c", "Dockers cheered when Marta Kowalcyk announced the deal.", "2024-03-02"},
  });
  EXPECT_EQ(c.findings("entity-misspelling"),
            (strings{"c:3: 'Marta Kowalcyk' looks like a misspelling of 'Marta Kowalczyk' (used in corpus.jsonl#a and corpus.jsonl#b)"}));
}

TEST(NamesMajority, NewerSourceBreaksATie) {
  const auto c = make_corpus({
      {"old", "Floods reached Brudnica overnight and the river kept rising.", "2024-05-01"},
      {"new", "Volunteers in Brodnica filled sandbags as the water fell.", "2024-05-09"},
  });
  EXPECT_EQ(c.findings("entity-misspelling"),
            (strings{"old:1: 'Brudnica' looks like a misspelling of 'Brodnica' (used in corpus.jsonl#new)"}));
}

TEST(NamesMajority, ExactTieIsNotDecided) {
  const auto c = make_corpus({
      {"a", "Floods reached Brudnica overnight.", "2024-05-01"},
      {"b", "Volunteers in Brodnica filled sandbags.", "2024-05-01"},
  });
  EXPECT_TRUE(c.findings("entity-misspelling").empty());
}

TEST(NamesMajority, DifferentPeopleWithOneSurnameAreNotMisspellings) {
  const auto c = make_corpus({
      {"a", "The mayor, Jan Nowak, opened the bridge.", "2024-05-01"},
      {"b", "Jan Nowak cut the ribbon while Ewa Nowak watched.", "2024-05-02"},
      {"c", "Later Jan Nowak thanked the engineers.", "2024-05-03"},
  });
  EXPECT_TRUE(c.findings("entity-misspelling").empty());
}

TEST(NamesMajority, ConsistentUseOfTwoNamesInOneArticle) {
  const auto c = make_corpus({
      {"a", "Marek Lisak and Marek Lisek both ran. Marek Lisak won; Marek Lisek came second.", "2024-05-01"},
      {"b", "Marek Lisak took the seat.", "2024-05-02"},
  });
  EXPECT_TRUE(c.findings("entity-misspelling").empty());
}

TEST(NamesMajority, GazetteerNameWithoutCorpusSupport) {
  const auto c = make_corpus({{"a", "Finance Minister Oleh Marchanko presented the budget.", "2024-05-01"}},
                             with_gazetteer());
  EXPECT_EQ(c.findings("entity-misspelling"),
            (strings{"a:1: 'Oleh Marchanko' looks like a misspelling of 'Oleh Marchenko' (the gazetteer spelling)"}));
}

TEST(NamesVariant, TransliterationAcrossArticles) {
  const auto c = make_corpus({
      {"a", "Shelling hit Odesa on Monday, and Odesa's port closed.", "2024-05-01"},
      {"b", "Ships waited outside Odesa for a day.", "2024-05-02"},
      {"c", "The port of Odessa reopened.", "2024-05-03"},
  });
  EXPECT_EQ(c.findings("name-variant"),
            (strings{"c:3: 'Odessa' is spelled 'Odesa' in corpus.jsonl#a and corpus.jsonl#b; use one spelling"}));
  EXPECT_TRUE(c.findings("entity-misspelling").empty());
}

TEST(NamesVariant, HouseStyle) {
  const auto c = make_corpus({{"a", "Trains from Lvov ran late.", "2024-05-01"}}, with_gazetteer());
  EXPECT_EQ(c.findings("name-variant"), (strings{"a:1: house style is 'Lviv', not 'Lvov'"}));
}

TEST(NamesVariant, AcceptedGazetteerVariantAloneIsFine) {
  const auto c = make_corpus({{"a", "Finance Minister Oleg Marchenko spoke.", "2024-05-01"}}, with_gazetteer());
  EXPECT_TRUE(c.findings("name-variant").empty());
  EXPECT_TRUE(c.findings("entity-misspelling").empty());
}

TEST(NamesRole, OtherSourcesDisagree) {
  const auto c = make_corpus({
      {"a", "Interior Minister Pavel Hruby visited the border.", "2024-05-01"},
      {"b", "Interior Minister Pavel Hruby ordered more patrols.", "2024-05-02"},
      {"c", "Defence Minister Pavel Hruby met the guards.", "2024-05-02"},
  });
  EXPECT_EQ(c.findings("role-conflict"),
            (strings{"c:3: Pavel Hruby is called 'Defence Minister' here but 'Interior Minister' in corpus.jsonl#a and corpus.jsonl#b"}));
}

TEST(NamesRole, CompatibleTitlesAgree) {
  const auto c = make_corpus({
      {"a", "Czech Interior Minister Pavel Hruby visited the border.", "2024-05-01"},
      {"b", "Minister Pavel Hruby ordered more patrols.", "2024-05-02"},
      {"c", "The country's interior minister Pavel Hruby met the guards.", "2024-05-02"},
  });
  EXPECT_TRUE(c.findings("role-conflict").empty());
}

TEST(NamesRole, GazetteerTitleAndMisspelledName) {
  const auto c = make_corpus({{"a", "Prime Minister Oleh Marchanko presented the budget.", "2024-05-01"}}, with_gazetteer());
  EXPECT_EQ(c.findings("role-conflict"),
            (strings{"a:1: Oleh Marchenko is called 'Prime Minister' here, but the gazetteer has 'Finance Minister' (since 2019-08-29) on 2024-05-01"}));
}

TEST(NamesRole, IncomingTitleIsNotCheckedAgainstTheGazetteer) {
  const auto c = make_corpus({{"a", "Prime Minister-designate Oleh Marchenko presented his cabinet.", "2024-05-01"}}, with_gazetteer());
  EXPECT_TRUE(c.findings("role-conflict").empty());
}

TEST(NamesRole, FormerTitlesAreNotChecked) {
  const auto c = make_corpus({{"a", "The former Prime Minister Oleh Marchenko presented the budget.", "2024-05-01"}}, with_gazetteer());
  EXPECT_TRUE(c.findings("role-conflict").empty());
}

}  // namespace
