#include <gtest/gtest.h>

#include "checker/analysis/claim_text.hpp"
#include "claims_builder.hpp"

namespace factcheck::testing {
namespace {

using checker::claim_kind;
using grammar::timex_kind;

TEST(Claims, FigureHasSubjectEntitiesSpeakerAndTime) {
  corpus_builder b;
  const auto a =
      b.article("a.txt",
                "March 8, 2024\n\nPolish Interior Minister Tomasz Wrobel told reporters on "
                "Thursday that 4,200 migrants had crossed from Belarus since January.",
                ymd(2024, 3, 8));
  b.figure(a, "4,200", 4200, 4200, "migrant", "migrants");
  b.time(a, "on Thursday", day(2024, 3, 7), day(2024, 3, 8), timex_kind::relative, "2024-03-07");
  const auto corpus = b.build();
  ASSERT_EQ(corpus.claims.size(), 1U);
  const auto& c = corpus.claims[0];
  EXPECT_EQ(c.kind, claim_kind::figure);
  EXPECT_EQ(c.subject, "noun:migrant");
  EXPECT_EQ(c.entities, (std::vector<std::string>{"Belarus", "Poland", "Wrobel"}));
  ASSERT_TRUE(c.as_of);
  EXPECT_EQ(*c.as_of, day(2024, 3, 7));
  EXPECT_EQ(c.asserted_by, "Polish Interior Minister Tomasz Wrobel");
}

TEST(Claims, FigureWithoutTimeHoldsAtTheDateline) {
  corpus_builder b;
  const auto a = b.article(
      "a.txt", "May 2, 2023\n\nFlooding in Bavaria has displaced 1,800 residents.",
      ymd(2023, 5, 2));
  b.figure(a, "1,800", 1800, 1800, "resident", "residents");
  const auto corpus = b.build();
  ASSERT_EQ(corpus.claims.size(), 1U);
  EXPECT_EQ(*corpus.claims[0].as_of, day(2023, 5, 2));
  EXPECT_EQ(corpus.claims[0].subject, "displaced");
}

TEST(Claims, NumberOfNamesWhatIsCounted) {
  corpus_builder b;
  const auto a =
      b.article("a.txt",
                "June 1, 2024\n\nThe number of Turkish firefighters at the blaze was put at 650, "
                "officials said.",
                ymd(2024, 6, 1));
  b.figure(a, "650", 650, 650);
  const auto corpus = b.build();
  ASSERT_EQ(corpus.claims.size(), 1U);
  EXPECT_EQ(corpus.claims[0].subject, "noun:firefight");
  EXPECT_EQ(corpus.claims[0].entities, (std::vector<std::string>{"Turkey"}));
}

TEST(Claims, SkipsYearsDurationsIdsAndUncountedFigures) {
  corpus_builder b;
  const auto a = b.article("a.txt",
                           "June 1, 2024\n\nThe bridge opened in 2019 after seven years of work. "
                           "Page 3f9a1 was viewed 512 times. It cost 12 more.",
                           ymd(2024, 6, 1));
  b.figure(a, "2019", 2019, 2019);
  b.figure(a, "seven", 7, 7, "year", "years");
  b.figure(a, "3f9a1", 39, 39);
  b.figure(a, "12", 12, 12);
  const auto corpus = b.build();
  EXPECT_TRUE(corpus.claims.empty());
}

TEST(Claims, OutcomeSplitsPeopleKilledFromPeopleDisplaced) {
  corpus_builder b;
  const auto a =
      b.article("a.txt",
                "July 3, 2024\n\nAt least 40 people were killed in Sindh. About 9,000 people "
                "were displaced in Sindh.",
                ymd(2024, 7, 3));
  b.figure(a, "At least 40", 40, grammar::infinity, "people", "people");
  b.figure(a, "About 9,000", 8100, 9900, "people", "people");
  const auto corpus = b.build();
  ASSERT_EQ(corpus.claims.size(), 2U);
  EXPECT_EQ(corpus.claims[0].subject, "deaths");
  EXPECT_EQ(corpus.claims[1].subject, "displaced");
}

TEST(Claims, PercentIsOfTheNounBeforeIt) {
  corpus_builder b;
  const auto a = b.article("a.txt", "July 3, 2024\n\nIn Chile, inflation rose to 4.2% in June.",
                           ymd(2024, 7, 3));
  auto& q = b.figure(a, "4.2%", 4.2, 4.2, "percent");
  q.kind = grammar::quantity_kind::percent;
  const auto corpus = b.build();
  ASSERT_EQ(corpus.claims.size(), 1U);
  EXPECT_EQ(corpus.claims[0].subject, "share:inflat");
}

TEST(Claims, DatedEventHasItsHeadAndPlace) {
  corpus_builder b;
  const auto a =
      b.article("a.txt",
                "April 10, 2024\n\nDiplomats said the talks in Vilnius next month would be "
                "decisive. The draft treaty published on Monday runs to 40 pages.",
                ymd(2024, 4, 10));
  b.time(a, "next month", day(2024, 5, 1), day(2024, 6, 1), timex_kind::relative, "2024-05");
  b.time(a, "on Monday", day(2024, 4, 8), day(2024, 4, 9), timex_kind::relative, "2024-04-08");
  const auto corpus = b.build();
  std::vector<std::string> subjects;
  for (const auto& c : corpus.claims) {
    if (c.kind == claim_kind::event_date) subjects.push_back(c.subject);
  }
  EXPECT_EQ(subjects, (std::vector<std::string>{"talks", "proposal"}));
  EXPECT_EQ(corpus.claims[0].entities, (std::vector<std::string>{"Lithuania"}));
  EXPECT_EQ(*corpus.claims[0].as_of, day(2024, 5, 1));
}

TEST(Claims, TimeOfSayingIsNotTheEventDate) {
  corpus_builder b;
  const auto a = b.article(
      "a.txt", "April 10, 2024\n\nThe summit organisers said on Monday that tickets sold out.",
      ymd(2024, 4, 10));
  b.time(a, "on Monday", day(2024, 4, 8), day(2024, 4, 9), timex_kind::relative);
  const auto corpus = b.build();
  EXPECT_TRUE(corpus.claims.empty());
}

TEST(Claims, AHugeSentenceCostsLinearTime) {
  // 10,000 figures in one 650 kB "sentence" (a pathological page): each claim reads a bounded
  // window of it, so this finishes in well under the test timeout.
  std::string body = "May 5, 2024\n\n";
  std::vector<text::byte_span> spans;
  for (int i = 0; i < 10000; ++i) {
    body += "Kenyan police arrested ";
    const auto at = static_cast<std::uint32_t>(body.size());
    body += std::to_string(200 + i % 50);
    spans.push_back({at, static_cast<std::uint32_t>(body.size())});
    body += " protesters in Nairobi and ";
  }
  body += "nobody else.";
  corpus_builder b;
  const auto a = b.article("huge.txt", body, ymd(2024, 5, 5));
  for (const auto span : spans) b.figure_at(a, span, 200, "protester");
  const auto corpus = b.build();
  EXPECT_EQ(corpus.claims.size(), spans.size());
  EXPECT_EQ(corpus.claims.back().entities, (std::vector<std::string>{"Kenya"}));
}

TEST(ClaimText, EntitiesAreCanonicalSortedAndUnique) {
  const checker::config settings;
  const std::string s =
      "Spain's prime minister met French President Emmanuel Macron in the Franco-German "
      "office, and Madrid welcomed the pro-Spanish vote.";
  const auto e = checker::sentence_entities(s, {0, static_cast<std::uint32_t>(s.size())}, settings);
  EXPECT_EQ(e, (std::vector<std::string>{"France", "Franco", "Germany", "Macron", "Spain"}));
}

TEST(ClaimText, ConfiguredVariantsMapToTheCanonicalName) {
  checker::config settings;
  settings.entities.push_back({"Chisinau", "place", {"Kishinev"}});
  EXPECT_EQ(checker::canonical_entity("Kishinev", settings), "Moldova");
  settings.entities.push_back({"Acme Holdings", "organization", {"Acme"}});
  EXPECT_EQ(checker::canonical_entity("Acme's", settings), "Acme Holdings");
  EXPECT_EQ(checker::canonical_entity("Jane Q. Public", settings), "Public");
}

TEST(ClaimText, SpeakerForms) {
  const auto speaker = [](std::string_view s) {
    return checker::speaker_of(s, {0, static_cast<std::uint32_t>(s.size())});
  };
  EXPECT_EQ(speaker("The port handled 3 million tonnes, according to Harbour Master Ines Duarte."),
            "Harbour Master Ines Duarte");
  EXPECT_EQ(speaker("The port handled 3 million tonnes, Duarte said."), "Duarte");
  EXPECT_EQ(speaker("The port handled 3 million tonnes, said Ines Duarte."), "Ines Duarte");
  EXPECT_EQ(speaker("The port handled 3 million tonnes."), "");
}

TEST(ClaimText, Lemmas) {
  EXPECT_EQ(checker::lemma("troops"), "troop");
  EXPECT_EQ(checker::lemma("casualties"), "casualty");
  EXPECT_EQ(checker::lemma("buses"), "bus");
  EXPECT_EQ(checker::lemma("houses"), "house");
  EXPECT_EQ(checker::lemma("boxes"), "box");
  EXPECT_EQ(checker::lemma("people"), "people");
  EXPECT_EQ(checker::subject_class("soldier"), "troop");
}

}  // namespace
}  // namespace factcheck::testing
