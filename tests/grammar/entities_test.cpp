// Name mentions, titles, quotation pairing and attribution (grammar/entities.hpp).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "grammar/entities.hpp"

namespace {

namespace g = factcheck::grammar;

std::vector<std::string> names_of(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& n : g::extract_names(text)) out.emplace_back(n.span.of(text));
  return out;
}

const g::name_mention* find_name(const std::vector<g::name_mention>& all, std::string_view text,
                                 std::string_view name) {
  for (const auto& n : all) {
    if (n.span.of(text) == name) return &n;
  }
  return nullptr;
}

using names = std::vector<std::string>;

TEST(EntityNames, CapitalizedSpans) {
  EXPECT_EQ(names_of("Officials in Brodnica met Marta Kowalczyk and Jan Nowak."),
            (names{"Officials", "Brodnica", "Marta Kowalczyk", "Jan Nowak"}));
}

TEST(EntityNames, CommonWordsWeekdaysAndMonthsAreNotNames) {
  EXPECT_EQ(names_of("On Tuesday, the council met. However, Nowak left in March."), (names{"Nowak"}));
  EXPECT_EQ(names_of("The Sejm voted. It was late."), (names{"Sejm"}));
}

TEST(EntityNames, ParticlesJoinNames) {
  EXPECT_EQ(names_of("Talks with Ursula von der Leyen and Khalid bin Hamad ended."),
            (names{"Talks", "Ursula von der Leyen", "Khalid bin Hamad"}));
}

TEST(EntityNames, PossessiveIsNotPartOfTheName) {
  EXPECT_EQ(names_of("It was Poland's Tomasz Wrona who spoke."), (names{"Poland", "Tomasz Wrona"}));
}

TEST(EntityNames, CapitalizedTitleBeforeName) {
  const std::string text = "Poland's Interior Minister Tomasz Wrona told reporters the border was calm.";
  const auto all = g::extract_names(text);
  const auto* n = find_name(all, text, "Tomasz Wrona");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->title, "Poland's Interior Minister");
  EXPECT_EQ(n->title_span.of(text), "Poland's Interior Minister");
  EXPECT_TRUE(n->speaks);
}

TEST(EntityNames, LowerCaseTitleBetweenNames) {
  const std::string text = "A day later, Kremlin spokesman Ivan Drozd denied it.";
  const auto all = g::extract_names(text);
  const auto* n = find_name(all, text, "Ivan Drozd");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->title, "Kremlin spokesman");
}

TEST(EntityNames, TitleWithOfAndFor) {
  const std::string text = "US Assistant Secretary of State for Asia Laura Pine arrived on Monday.";
  const auto all = g::extract_names(text);
  const auto* n = find_name(all, text, "Laura Pine");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->title, "US Assistant Secretary of State for Asia");
}

TEST(EntityNames, TitleWithoutNameIsNotAMention) {
  const std::string text = "the country's finance minister said the budget was balanced.";
  EXPECT_TRUE(g::extract_names(text).empty());
}

TEST(EntityNames, AbbreviationsKeepTheirDots) {
  const std::string text = "The U.S. Ambassador Mark Ellery met Dr. Ines Vale.";
  const auto all = g::extract_names(text);
  const auto* ellery = find_name(all, text, "Mark Ellery");
  ASSERT_NE(ellery, nullptr);
  EXPECT_EQ(ellery->title, "U.S. Ambassador");
  const auto* vale = find_name(all, text, "Ines Vale");
  ASSERT_NE(vale, nullptr);
  EXPECT_EQ(vale->title, "Dr.");
}

TEST(EntityNames, SentenceStartIsRecorded) {
  const std::string text = "Brodnica is quiet. Many left Brodnica.";
  const auto all = g::extract_names(text);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_TRUE(all[0].sentence_start);
  EXPECT_FALSE(all[1].sentence_start);
}

TEST(EntityNames, TitleCaseHeadlineYieldsNothing) {
  EXPECT_TRUE(g::extract_names("Council Rejects Harbour Plan As Costs Climb Again").empty());
}

// --- quotations -----------------------------------------------------------------------------

struct quote_case {
  std::string inner;
  std::string speaker;
  bool balanced;
};

std::vector<quote_case> quotes_of(std::string_view text) {
  std::vector<quote_case> out;
  for (const auto& q : g::extract_quotations(text)) {
    out.push_back({std::string(q.inner.of(text)), q.speaker, q.balanced});
  }
  return out;
}

TEST(EntityQuotes, AttributionAfterTheQuote) {
  const auto q = quotes_of("\"We will rebuild the bridge by spring,\" Wrona said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].inner, "We will rebuild the bridge by spring,");
  EXPECT_EQ(q[0].speaker, "Wrona");
}

TEST(EntityQuotes, SpeechVerbBeforeTheName) {
  const auto q = quotes_of("\u201CThe harbour stays open,\u201D said Ilona Sas, the port director.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ilona Sas");
}

TEST(EntityQuotes, AttributionBeforeTheQuote) {
  const auto q = quotes_of("Mayor Ilona Sas wrote on Monday: \u201CThe water is safe to drink.\u201D");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ilona Sas");
}

TEST(EntityQuotes, AccordingTo) {
  const auto q = quotes_of("According to Sas, \"the pipes were replaced last year.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Sas");
}

TEST(EntityQuotes, ToldReportersThat) {
  const auto q = quotes_of("Wrona told reporters on Friday that the guards \"will stay as long as needed.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Wrona");
}

TEST(EntityQuotes, ColonAfterAnAppositive) {
  const auto q = quotes_of(
      "Mayor Ilona Sas, visiting a shelter in Osk, repeated her promise: \"Nobody will sleep outside.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ilona Sas");
}

TEST(EntityQuotes, ColonIntroducesTheSubjectsWords) {
  const auto q = quotes_of("Port director Ilona Sas had one message for the crews: \"Stay home.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Ilona Sas");
}

TEST(EntityQuotes, PronounIsKeptForTheChecker) {
  const auto q = quotes_of("\"It will take weeks,\" she said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "she");
}

TEST(EntityQuotes, DescriptionIsNotASpeaker) {
  const auto q = quotes_of("\"We are ready,\" the Polish minister said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
}

TEST(EntityQuotes, SecondQuoteOfTheSameSentenceKeepsTheSpeaker) {
  const auto q = quotes_of("Sas called the plan \"reckless\" and said it would \"ruin the old town.\"");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker, "Sas");
}

TEST(EntityQuotes, ApostrophesAreNotQuoteMarks) {
  const std::string text =
      "The city's plan from the '90s for rock 'n' roll clubs was the allies' idea, and it didn\u2019t last.";
  EXPECT_TRUE(g::extract_quotations(text).empty());
  EXPECT_TRUE(g::find_quote_problems(text).empty());
}

TEST(EntityQuotes, NestedSingleQuotesStayInside) {
  const auto q = quotes_of("\u201CHe told me \u2018never again\u2019 and left,\u201D Sas said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].inner, "He told me \u2018never again\u2019 and left,");
}

TEST(EntityQuotes, SingleQuotesAtTopLevelAreQuotations) {
  const auto q = quotes_of("Council calls harbour plan 'a dead end'");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].inner, "a dead end");
}

// --- problems -------------------------------------------------------------------------------

std::vector<std::pair<g::quote_problem_kind, std::string>> problems_of(std::string_view text) {
  std::vector<std::pair<g::quote_problem_kind, std::string>> out;
  for (const auto& p : g::find_quote_problems(text)) out.emplace_back(p.kind, std::string(p.span.of(text)));
  return out;
}

TEST(EntityQuoteProblems, UnclosedOpeningMark) {
  const auto p = problems_of("Sas said \u201Cthe plan is dead. Nobody replied.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].first, g::quote_problem_kind::unclosed);
  EXPECT_EQ(p[0].second, "\u201Cthe plan is dead.");
}

TEST(EntityQuoteProblems, ContinuedParagraphReopensWithoutClosing) {
  EXPECT_TRUE(problems_of("\u201CThe first part of the statement.\n\n\u201CAnd the second part,\u201D she said.").empty());
  EXPECT_TRUE(problems_of("\"The first part.\n\n\"The second,\" she said.").empty());
}

TEST(EntityQuoteProblems, ParagraphThatDoesNotReopen) {
  const auto p = problems_of("\u201CThe first part.\n\nShe left.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].first, g::quote_problem_kind::unclosed);
}

TEST(EntityQuoteProblems, ClosingMarkWithoutOpening) {
  const auto p = problems_of("The plan is dead,\u201D Sas said.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].first, g::quote_problem_kind::unopened);
}

TEST(EntityQuoteProblems, OpeningMarkWhereAClosingOneBelongs) {
  const auto p = problems_of("\u201CThis is over, \u201Csaid Sas. \u201CNobody will return.\u201D");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].first, g::quote_problem_kind::wrong_direction);
  EXPECT_EQ(p[0].second, "\u201Csaid Sas.");
}

TEST(EntityQuoteProblems, BalancedTextHasNoProblem) {
  EXPECT_TRUE(problems_of("\"One,\" he said. \u201CTwo,\u201D she said. 'Three.'").empty());
}

TEST(EntityQuoteProblems, LinearOnLongInput) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "\u201C\u201C ' \" ";
  const auto p = g::find_quote_problems(text);
  EXPECT_FALSE(p.empty());
}

TEST(EntitySpeechVerbs, Lexicon) {
  EXPECT_TRUE(g::is_speech_verb("said"));
  EXPECT_TRUE(g::is_speech_verb("told"));
  EXPECT_TRUE(g::is_speech_verb("wrote"));
  EXPECT_FALSE(g::is_speech_verb("walked"));
}

}  // namespace
