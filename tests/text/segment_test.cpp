// segment: blocks, sentences and tokens.
#include "text/segment.hpp"

#include <gtest/gtest.h>

#include "text_test_support.hpp"

namespace factcheck::text {
namespace {

using testing::sentence_texts;
using strings = std::vector<std::string>;

std::vector<std::string> block_texts(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& b : segment_blocks(text)) out.emplace_back(b.span.of(text));
  return out;
}

std::vector<std::string> token_texts(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(text, {0, static_cast<std::uint32_t>(text.size())})) {
    out.emplace_back(t.of(text));
  }
  return out;
}

TEST(SegmentSentences, DoesNotSplitAfterAbbreviations) {
  const char* cases[] = {
      "The U.S. envoy arrived on Monday.",
      "The U. S. envoy arrived on Monday.",
      "Officials in the U.K. Treasury agreed.",
      "The dam failed on Jan. 27 after heavy rain.",
      "Talks resume Feb. 3 in Varn.",
      "The report is due Sept. 14 at the latest.",
      "The inquiry opens Dec. 2 in Osk.",
      "Dr. Ilona Feder said the spillway was too small.",
      "Mr. Orm and Mrs. Orm left before Ms. Falk arrived.",
      "Gen. Halm and Gov. Ilvesko met Sen. Vint and Rep. Kerr.",
      "The shelter on St. Anne Street is full.",
      "He spoke at No. 10 on Friday.",
      "Northline Inc. and Halvard Corp. signed the deal.",
      "Some towns, e.g. Osk, were spared.",
      "Two towns, i.e. Osk and Tamsk, were spared.",
      "It was Osk vs. Tamsk in the final.",
      "The novel by J. R. R. Tolkien sold well.",
      "The river rose 3.5 metres overnight.",
      "He paused... then went on speaking.",
      "He paused\u2026 then went on speaking.",
  };
  for (const char* c : cases) {
    EXPECT_EQ(sentence_texts(c), strings{c}) << c;
  }
}

TEST(SegmentSentences, SplitsAfterTerminalMarks) {
  EXPECT_EQ(sentence_texts("The levee held. Crews left at noon."),
            (strings{"The levee held.", "Crews left at noon."}));
  EXPECT_EQ(sentence_texts("Is it safe? Nobody knows! We wait."),
            (strings{"Is it safe?", "Nobody knows!", "We wait."}));
  EXPECT_EQ(sentence_texts("Really?! Yes."), (strings{"Really?!", "Yes."}));
}

TEST(SegmentSentences, SplitsAfterClosingQuoteThatFollowsAMark) {
  EXPECT_EQ(sentence_texts("He said \"we are ready.\" Crews moved in."),
            (strings{"He said \"we are ready.\"", "Crews moved in."}));
  EXPECT_EQ(sentence_texts("She said \u201Cwe are ready.\u201D Crews moved in."),
            (strings{"She said \u201Cwe are ready.\u201D", "Crews moved in."}));
  EXPECT_EQ(sentence_texts("He said 'it holds.' Crews moved in."),
            (strings{"He said 'it holds.'", "Crews moved in."}));
  // A question inside a quote followed by its attribution is one sentence.
  EXPECT_EQ(sentence_texts("\u201CIs it safe?\u201D he asked. Nobody answered."),
            (strings{"\u201CIs it safe?\u201D he asked.", "Nobody answered."}));
}

TEST(SegmentSentences, SplitsAfterAbbreviationLikeWordsThatEndSentences) {
  EXPECT_EQ(sentence_texts("The answer was No. Then he left."),
            (strings{"The answer was No.", "Then he left."}));
  EXPECT_EQ(sentence_texts("The meeting ended at 5 p.m. Crews stayed."),
            (strings{"The meeting ended at 5 p.m.", "Crews stayed."}));
}

TEST(SegmentSentences, SpansAreInsideTheGivenRange) {
  const std::string text = "Skip this. Keep one. Keep two.";
  const auto begin = static_cast<std::uint32_t>(text.find("Keep"));
  const auto sentences = segment_sentences(text, {begin, static_cast<std::uint32_t>(text.size())});
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].span.of(text), "Keep one.");
  EXPECT_EQ(sentences[1].span.of(text), "Keep two.");
}

TEST(SegmentBlocks, ParagraphsSplitOnBlankLines) {
  EXPECT_EQ(block_texts("First paragraph.\n\nSecond paragraph.\n\nThird."),
            (strings{"First paragraph.", "Second paragraph.", "Third."}));
}

TEST(SegmentBlocks, WrappedParagraphStaysOneBlock) {
  const std::string text =
      "Rescue crews in the province worked through the night after a\n"
      "section of the dam collapsed on Sunday, sending water down the\n"
      "river towards two towns, officials said.";
  EXPECT_EQ(block_texts(text), strings{text});
  const auto blocks = segment_blocks(text);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].sentences.size(), 1u);
}

TEST(SegmentBlocks, WrappedParagraphWithSentenceEndsAtLineEndsStaysOneBlock) {
  const std::string text =
      "The inquiry opened on Thursday in Varn. Its first witness, the chief\n"
      "engineer of the operator, said repairs had been refused in 2022. He\n"
      "added that the spillway was too small.\n"
      "The chairman said the panel would sit for six weeks and report to the\n"
      "provincial assembly in May.";
  EXPECT_EQ(block_texts(text), strings{text});
  const auto blocks = segment_blocks(text);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].sentences.size(), 4u);
}

TEST(SegmentBlocks, StackedResidueLinesBecomeBlocks) {
  EXPECT_EQ(block_texts("Home\nWorld\nEurope\nLoading..."),
            (strings{"Home", "World", "Europe", "Loading..."}));
  EXPECT_EQ(block_texts("March 4, 2024\nThe levee held overnight, officials said on Monday."),
            (strings{"March 4, 2024", "The levee held overnight, officials said on Monday."}));
  EXPECT_EQ(block_texts("Related:\nWind farm tender delayed again in coastal region\n"
                        "Transport ministry unveils new rail timetable"),
            (strings{"Related:", "Wind farm tender delayed again in coastal region",
                     "Transport ministry unveils new rail timetable"}));
  EXPECT_EQ(block_texts("Key points:\n\u2022 The levee held.\n\u2022 Crews left."),
            (strings{"Key points:", "\u2022 The levee held.", "\u2022 Crews left."}));
  // Two complete sentences on two lines are two blocks (a duplicated line stays visible).
  EXPECT_EQ(block_texts("The levee held on Monday night.\nThe levee held on Monday night."),
            (strings{"The levee held on Monday night.", "The levee held on Monday night."}));
}

TEST(Tokenize, WordsNumbersAndPunctuation) {
  EXPECT_EQ(token_texts("About 94,300 troops, 3.5 km away (U.S. data)."),
            (strings{"About", "94,300", "troops", ",", "3.5", "km", "away", "(", "U.S.", "data",
                     ")", "."}));
  EXPECT_EQ(token_texts("Russia's de-escalation at 10:45AM on 27.01.22"),
            (strings{"Russia's", "de-escalation", "at", "10:45AM", "on", "27.01.22"}));
  EXPECT_EQ(token_texts("\u201CKyjiw\u2019s\u201D \u2014 caf\u00E9"),
            (strings{"\u201C", "Kyjiw\u2019s", "\u201D", "\u2014", "caf\u00E9"}));
}

TEST(Segment, LargeInputIsSegmentedInOnePass) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "Dr. Feder said the U.S. rose 3.5 m. It held.\n\n";
  const auto blocks = segment_blocks(text);
  ASSERT_EQ(blocks.size(), 20000u);
  for (const auto& b : blocks) ASSERT_EQ(b.sentences.size(), 2u);
}

}  // namespace
}  // namespace factcheck::text
