// Quotation words, alignment, word diff, speaker resolution, misquote and unbalanced-quote.
#include <gtest/gtest.h>

#include "checker/analysis/quotes.hpp"
#include "names_support.hpp"

namespace {

namespace fc = factcheck::checker;
using factcheck::testing::make_corpus;
using strings = std::vector<std::string>;

strings keys(const std::vector<fc::quote_word>& words) {
  strings out;
  for (const auto& w : words) out.push_back(w.key);
  return out;
}

TEST(QuotesWords, PunctuationDroppedApostrophesKept) {
  EXPECT_EQ(keys(fc::quote_words("We've said it: the port\u2019s gates stay shut \u2014 for now.")),
            (strings{"we've", "said", "it", "the", "port's", "gates", "stay", "shut", "for", "now"}));
  EXPECT_EQ(keys(fc::quote_words("A well-known \u201Cfact\u201D")), (strings{"a", "wellknown", "fact"}));
}

TEST(QuotesAlign, LongestCommonSubsequence) {
  const auto a = fc::quote_words("we will open the port in spring");
  const auto b = fc::quote_words("we will reopen the port in the spring");
  const auto al = fc::align_words(a, b);
  EXPECT_EQ(al.common, 6u);  // we will the port in spring
  EXPECT_EQ(al.longest_run, 3u);
}

TEST(QuotesAlign, NothingShared) {
  const auto al = fc::align_words(fc::quote_words("one two"), fc::quote_words("three four"));
  EXPECT_EQ(al.common, 0u);
  EXPECT_TRUE(al.pairs.empty());
}

std::string render(const std::vector<fc::diff_word>& diff) {
  std::string out;
  for (const auto& d : diff) {
    if (!out.empty()) out += ' ';
    switch (d.kind) {
      case fc::diff_word::op::same: out += d.text; break;
      case fc::diff_word::op::removed: out += "[-" + d.text + "-]"; break;
      case fc::diff_word::op::added: out += "{+" + d.text + "+}"; break;
    }
  }
  return out;
}

TEST(QuotesDiff, WordDiff) {
  const auto from = fc::quote_words("we will open the port in spring");
  const auto to = fc::quote_words("we will reopen the port in the spring");
  EXPECT_EQ(render(fc::word_diff(from, to, fc::align_words(from, to))),
            "we will [-open-] {+reopen+} the port in {+the+} spring");
}

TEST(QuotesDiff, PartialQuotationCutIsNotAChange) {
  const auto from = fc::quote_words("the bridge will be rebuilt by the army before winter");
  const auto to = fc::quote_words("rebuilt by the army");
  EXPECT_EQ(render(fc::word_diff(from, to, fc::align_words(from, to))), "rebuilt by the army");
}

TEST(QuotesSpeakers, PronounIsTheLastNamedSpeaker) {
  const auto c = make_corpus({{"a",
                               "Port director Ilona Sas told the council the cranes were idle.\n\n"
                               "\"We lost a week of work,\" she said.",
                               "2024-05-01"}});
  const auto& article = c.corpus.articles.at(0);
  ASSERT_EQ(article.quotations.size(), 1u);
  EXPECT_EQ(fc::resolve_speakers(article), (strings{"Ilona Sas"}));
}

TEST(QuotesSpeakers, UnattributedStaysUnknown) {
  const auto c = make_corpus({{"a", "The sign read \"closed for repairs until further notice\".", "2024-05-01"}});
  EXPECT_EQ(fc::resolve_speakers(c.corpus.articles.at(0)), (strings{""}));
}

TEST(QuotesMisquote, SameSpeakerDifferentWords) {
  const auto c = make_corpus({
      {"a", "\"We will not close the harbour while I am the director of this port,\" Ilona Sas said.", "2024-05-01"},
      {"b", "Ilona Sas said: \"We will never close the harbour while I am director.\"", "2024-05-02"},
  });
  EXPECT_EQ(c.findings("misquote"),
            (strings{"b:2: Ilona Sas is quoted differently in corpus.jsonl#a: 'will never close' here, 'will not close' there; "
                     "'am director' here, 'am the director' there"}));
}

TEST(QuotesMisquote, PartialQuotationIsNotAMisquote) {
  const auto c = make_corpus({
      {"a", "\"We will not close the harbour while I am the director of this port,\" Ilona Sas said.", "2024-05-01"},
      {"b", "Sas said she would \"not close the harbour while I am the director\" of the port.", "2024-05-02"},
  });
  EXPECT_TRUE(c.findings("misquote").empty());
}

TEST(QuotesMisquote, DifferentSpeakersAreNotCompared) {
  const auto c = make_corpus({
      {"a", "\"We will not close the harbour this year,\" Ilona Sas said.", "2024-05-01"},
      {"b", "\"We will not close the airport this year,\" Pavel Hruby said.", "2024-05-02"},
  });
  EXPECT_TRUE(c.findings("misquote").empty());
}

TEST(QuotesMisquote, DifferentQuotationsOfOneSpeaker) {
  const auto c = make_corpus({
      {"a", "\"The cranes have been idle for a week,\" Ilona Sas said.", "2024-05-01"},
      {"b", "\"Ships will be sent to the northern terminal instead,\" Ilona Sas said.", "2024-05-02"},
  });
  EXPECT_TRUE(c.findings("misquote").empty());
}

TEST(QuotesUnbalanced, ReportsTheMarkAndItsSentence) {
  const auto c = make_corpus({{"a", "The council said \u201Cthe vote is final. Nobody objected.", "2024-05-01"}});
  EXPECT_EQ(c.findings("unbalanced-quote"), (strings{"a:1: opening quotation mark \u201C is not closed in its paragraph"}));
}

TEST(QuotesUnbalanced, ContinuationAcrossParagraphs) {
  const auto c = make_corpus({{"a",
                               "\u201CThe vote is final and the budget is set.\n\n"
                               "\u201CNobody objected,\u201D the chair said.",
                               "2024-05-01"}});
  EXPECT_TRUE(c.findings("unbalanced-quote").empty());
}

TEST(QuotesUnbalanced, QuotationRunsOnWithoutReopeningMark) {
  const auto c = make_corpus({{"a",
                               "The pilot said: \"We lost an engine over the sea.\n\n"
                               "We turned back at once,\" he told the inquiry.",
                               "2024-05-01"}});
  EXPECT_TRUE(c.findings("unbalanced-quote").empty());
}

TEST(QuotesUnbalanced, RunningOnIsBoundedInParagraphs) {
  const auto c = make_corpus({{"a",
                               "The pilot said: \"We lost an engine over the sea.\n\nOne.\n\nTwo.\n\nThree.\n\n"
                               "Four, five,\" he told the inquiry.",
                               "2024-05-01"}});
  EXPECT_EQ(c.findings("unbalanced-quote"),
            (strings{"a:1: opening quotation mark \" is not closed in its paragraph",
                     "a:1: closing quotation mark \" has no opening mark"}));
}

TEST(QuotesUnbalanced, ReopeningAfterASilentParagraphIsNoContinuation) {
  const auto c = make_corpus({{"a",
                               "The chair said \u201Cthe vote is final.\n\nThe session ended.\n\n"
                               "\u201CNobody objected,\u201D she said.",
                               "2024-05-01"}});
  EXPECT_EQ(c.findings("unbalanced-quote"), (strings{"a:1: opening quotation mark \u201C is not closed in its paragraph"}));
}

TEST(QuotesUnbalanced, StraightMarkTakesTheDirectionThatPairsIt) {
  // The closing mark lost its place: "...build. "The first..." closes the quotation.
  const auto c = make_corpus({{"a",
                               "She said: \"This bridge took six years.\n\nIt will carry ten thousand cars. "
                               "\"The first bus crossed an hour later.",
                               "2024-05-01"}});
  EXPECT_TRUE(c.findings("unbalanced-quote").empty());
}

TEST(QuotesUnbalanced, UnclosedBeforeACompleteQuotation) {
  const auto c = make_corpus({{"a",
                               "The council said \"the fees apply from March.\n\n"
                               "A shop owner said \"we were never asked\" and left.",
                               "2024-05-01"}});
  EXPECT_EQ(c.findings("unbalanced-quote"), (strings{"a:1: opening quotation mark \" is not closed in its paragraph"}));
}

TEST(QuotesUnbalanced, InchMarksAreNotQuotes) {
  const auto c = make_corpus({{"a", "The tablets have a 10.5\" screen; the hall got two 55\" displays.", "2024-05-01"}});
  EXPECT_TRUE(c.findings("unbalanced-quote").empty());
  const auto closing = make_corpus({{"a", "The sign on the door said \"Room 12\" in red letters.", "2024-05-01"}});
  EXPECT_TRUE(closing.findings("unbalanced-quote").empty());
}

TEST(QuotesUnbalanced, AsciiDoubleApostrophesAreQuoteMarks) {
  const auto c = make_corpus({{"a", "She starred in ``Harbour Lights'' and in \"The Long Winter,'' a play.", "2024-05-01"}});
  EXPECT_TRUE(c.findings("unbalanced-quote").empty());
}

TEST(QuotesUnbalanced, SingleOpeningMarkClosedByADoubleOne) {
  // Copy that quotes with single marks, whose closing mark came out double.
  const auto c = make_corpus({{"a",
                               "The coach told the club paper: 'We played well today.\n\n"
                               "We will win the next one.\"",
                               "2024-05-01"}});
  EXPECT_TRUE(c.findings("unbalanced-quote").empty());
  const auto scare = make_corpus({{"a", "The so-called 'peace plan' failed,\" the minister said.", "2024-05-01"}});
  EXPECT_EQ(scare.findings("unbalanced-quote"), (strings{"a:1: closing quotation mark \" has no opening mark"}));
}

}  // namespace
