// classify: block kinds from general signals, on text written for these tests.
#include "text/classify.hpp"

#include <gtest/gtest.h>

#include "text_test_support.hpp"

namespace factcheck::text {
namespace {

using testing::classify_text;

const std::string page =
    "Home\n"
    "News\n"
    "Regions\n"
    "Weather\n"
    "\n"
    "Floodwaters recede in Osk as crews repair the levee\n"
    "\n"
    "Tuesday, March 5, 2024\n"
    "\n"
    "By Petra Lindqvist | Valley Courier\n"
    "\n"
    "OSK (Northline Wire) \u2014 Water levels in Osk fell by half a metre overnight, the "
    "provincial water agency said on Tuesday, as crews worked to repair the damaged levee.\n"
    "\n"
    "Photo: Valley Courier / A. Brel\n"
    "\n"
    "About 300 residents returned home on Tuesday morning, the town council said.\n"
    "\n"
    "Also read: Transport ministry unveils new rail timetable\n"
    "\n"
    "\"We will reopen the bridge within a week,\" said Mayor Ilse Darrow.\n"
    "\n"
    "The levee held overnight. Image from Northline Wire\n"
    "\n"
    "Share this article on Facebook Twitter WhatsApp\n"
    "\n"
    "2,318 views\n"
    "\n"
    "a3f9c2e7b1d4\n"
    "\n"
    "5 mins ago\n"
    "\n"
    "Leave a comment\n"
    "\n"
    "We use cookies to give you the best experience on our website.\n"
    "\n"
    "https://example.org/osk-levee\n"
    "\n"
    "\u00A9 2024 Valley Courier. All rights reserved.\n";

TEST(Classify, NewsPageKinds) {
  const auto c = classify_text(page);
  EXPECT_EQ(c.kind_of("Home"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("Regions"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("Floodwaters recede"), block_kind::headline);
  EXPECT_EQ(c.kind_of("Tuesday, March 5, 2024"), block_kind::dateline);
  EXPECT_EQ(c.kind_of("By Petra"), block_kind::byline);
  EXPECT_EQ(c.kind_of("OSK (Northline"), block_kind::body);
  EXPECT_EQ(c.kind_of("Photo:"), block_kind::caption);
  EXPECT_EQ(c.kind_of("About 300"), block_kind::body);
  EXPECT_EQ(c.kind_of("Also read:"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("\"We will reopen"), block_kind::body);
  EXPECT_EQ(c.kind_of("The levee held overnight. Image from"), block_kind::caption);
  EXPECT_EQ(c.kind_of("Share this"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("2,318 views"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("a3f9c2e7b1d4"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("5 mins ago"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("Leave a comment"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("We use cookies"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("https://"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("\u00A9 2024"), block_kind::boilerplate);
}

TEST(Classify, DatelineFormats) {
  const char* datelines[] = {
      "March 4, 2024",
      "Monday, March 4, 2024",
      "04.03.24 18:20",
      "2024-03-04",
      "March 4, 2024 at 6:20PM",
      "Published 18:20 GMT, 4 March 2024",
      "Updated: Mon 4 Mar 2024 18:20 CET",
      "Varn, March 4, 2024",
      "Posted on March 4, 2024",
  };
  for (const char* d : datelines) {
    const auto c = classify_text(std::string("Dam gives way in the valley\n\n") + d +
                                 "\n\nCrews worked through the night after the dam collapsed, "
                                 "officials said.");
    EXPECT_EQ(c.kind_of(d), block_kind::dateline) << d;
  }
}

TEST(Classify, BylineAfterADate) {
  const auto c = classify_text(
      "Dam gives way in the valley\n\nMarch 4, 2024 | By Petra Lindqvist\n\n"
      "Crews worked through the night after the dam collapsed, officials said.");
  EXPECT_EQ(c.kind_of("March 4, 2024 | By"), block_kind::byline);
}

TEST(Classify, SentencesWithDatesAreNotDatelines) {
  const auto c = classify_text(
      "Dam gives way\n\nThe dam failed on March 3, 2024, officials said.\n\n"
      "By Friday, 1,200 people had left their homes in the valley.");
  EXPECT_EQ(c.kind_of("The dam failed"), block_kind::body);
  EXPECT_EQ(c.kind_of("By Friday"), block_kind::body);
}

TEST(Classify, RelativeTimestampsAndCounters) {
  for (const char* line : {"3 hours ago", "Updated 12 minutes ago", "an hour ago", "just now",
                           "3h ago", "430", "1.2K views", "17 comments"}) {
    const auto c = classify_text(std::string("The levee held overnight, officials said.\n\n") +
                                 line + "\n\nCrews left the site at noon on Monday, they said.");
    EXPECT_EQ(c.kind_of(line), block_kind::boilerplate) << line;
  }
}

TEST(Classify, HexIdsNeedDigitsAndLetters) {
  const auto c = classify_text(
      "Levee repairs begin in the valley\n\n5f0e3b9a21c7\n\nDeadbeef\n\n"
      "Crews began repairs on Monday, officials said.\n\nThe work will take weeks, they said.");
  EXPECT_EQ(c.kind_of("5f0e3b9a21c7"), block_kind::boilerplate);
  // All letters: a word, not an id (the masthead rule still makes it residue, not headline).
  EXPECT_NE(c.kind_of("Deadbeef"), block_kind::headline);
  EXPECT_EQ(c.kind_of("Levee repairs"), block_kind::headline);
}

TEST(Classify, TrailingRelatedHeadlinesAreResidue) {
  const auto c = classify_text(
      "Dam inquiry opens\n\nThe inquiry into the dam failure opened on Thursday in Varn.\n\n"
      "Its first witness was the operator's chief engineer, officials said.\n\n"
      "Wind farm tender delayed again in coastal region\n\n"
      "Transport ministry unveils new rail timetable");
  EXPECT_EQ(c.kind_of("Wind farm"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("Transport ministry"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("Its first witness"), block_kind::body);
}

TEST(Classify, CreditAfterTheLastSentenceKeepsItBody) {
  const auto c = classify_text(
      "Dam inquiry opens\n\nThe inquiry into the dam failure opened on Thursday in Varn.\n\n"
      "The first witness was the chief engineer of the operator. \u2014 Northline Wire");
  EXPECT_EQ(c.kind_of("The first witness"), block_kind::body);
}

TEST(Classify, ListUnderARelatedLabelIsResidue) {
  const auto c = classify_text(
      "The inquiry into the dam failure opened on Thursday in Varn.\n\n"
      "Related:\nWind farm tender delayed again\nRail timetable changes\n\n"
      "The inquiry will sit for six weeks, its chairman said on Thursday.");
  EXPECT_EQ(c.kind_of("Related:"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("Wind farm"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("Rail timetable"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("The inquiry will sit"), block_kind::body);
}

TEST(Classify, FeedFootersAndBreadcrumbs) {
  const auto c = classify_text(
      "The inquiry into the dam failure opened on Thursday in Varn, officials said.\n\n"
      "Home \u203A Regions \u203A Halvard\n\n"
      "The inquiry will sit for six weeks, its chairman said on Thursday.\n\n"
      "Regions - Latest - Feed Reader\n\nSource: Northline Wire\n\n"
      "Get the latest regional news only on Valley Courier");
  EXPECT_EQ(c.kind_of("Home \u203A"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("Regions - Latest"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("Source:"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("Get the latest"), block_kind::boilerplate);
}

TEST(Classify, ConfiguredPatternsExtendTheBuiltInList) {
  const std::string text =
      "The levee held overnight, officials said on Monday.\n\nBecome a Courier member today\n\n"
      "Crews left the site at noon on Monday, they said.";
  EXPECT_EQ(classify_text(text).kind_of("Become a"), block_kind::body);
  classify_options options;
  options.boilerplate_patterns = {"Become a Courier member"};
  EXPECT_EQ(classify_text(text, options).kind_of("Become a"), block_kind::boilerplate);
}

TEST(Classify, ShortLineRepeatedAcrossTheCorpusIsResidue) {
  std::string a =
      "The levee held overnight, officials said on Monday.\n\nValley Courier Live Blog\n\n"
      "Crews left the site at noon on Monday, they said.";
  std::string b =
      "The inquiry opened on Thursday in Varn, officials said.\n\nValley Courier Live Blog\n\n"
      "Its first witness was the chief engineer, they said.";
  std::string c_text =
      "The river fell below the danger mark on Friday, officials said.\n\nRiver gauge readings\n\n"
      "More rain is forecast for Saturday, forecasters said.";
  auto blocks_a = segment_blocks(a);
  auto blocks_b = segment_blocks(b);
  auto blocks_c = segment_blocks(c_text);
  classify_corpus({{a, &blocks_a}, {b, &blocks_b}, {c_text, &blocks_c}}, {});
  EXPECT_EQ(blocks_a[1].kind, block_kind::boilerplate);
  EXPECT_EQ(blocks_b[1].kind, block_kind::boilerplate);
  EXPECT_EQ(blocks_c[1].kind, block_kind::body);  // occurs once
  // The same line in one document alone is not repetition.
  auto alone = segment_blocks(a);
  classify_blocks(a, alone);
  EXPECT_EQ(alone[1].kind, block_kind::body);
}

TEST(Classify, StandfirstAfterHeadlineIsBody) {
  const auto c = classify_text(
      "Valley Courier\n\nDam gives way in the Kestrel valley\n\n"
      "Thousands flee as the water rises in three towns\n\n"
      "The dam failed on Sunday night after days of rain, officials said.");
  EXPECT_EQ(c.kind_of("Valley Courier"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("Dam gives way"), block_kind::headline);
  EXPECT_EQ(c.kind_of("Thousands flee"), block_kind::body);
}

TEST(Classify, ShortSentencesAreNeverResidue) {
  // Tiny articles (rule fixtures) keep every sentence as copy.
  const auto c = classify_text("Osk is flooded.\n\nTamsk is dry.\n\nVarn waits.");
  EXPECT_EQ(c.kind_of("Osk"), block_kind::body);
  EXPECT_EQ(c.kind_of("Tamsk"), block_kind::body);
  EXPECT_EQ(c.kind_of("Varn"), block_kind::body);
}

TEST(Classify, WireAndMagazineFurniture) {
  const auto c = classify_text(
      "Levee repairs begin in the Kestrel valley\n\n4 min read\n\nListen to this article\n\n"
      "Crews began repairing the levee on Monday, officials said.\n\n"
      "Story continues below advertisement\n\n"
      "The work is expected to take three weeks, the water agency said.\n\n"
      "(Reporting by Anna Lind; Editing by Tom Vey)\n\n"
      "Our Standards: The Wire Trust Principles.\n\nTrending Now");
  EXPECT_EQ(c.kind_of("Levee repairs"), block_kind::headline);
  EXPECT_EQ(c.kind_of("4 min read"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("Listen to"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("Crews began"), block_kind::body);
  EXPECT_EQ(c.kind_of("Story continues"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("The work is"), block_kind::body);
  EXPECT_EQ(c.kind_of("(Reporting by"), block_kind::byline);
  EXPECT_EQ(c.kind_of("Our Standards"), block_kind::boilerplate);
  EXPECT_EQ(c.kind_of("Trending Now"), block_kind::boilerplate);
}

TEST(Classify, EmptyInputHasNoBlocks) {
  const auto c = classify_text("");
  EXPECT_TRUE(c.blocks.empty());
}

}  // namespace
}  // namespace factcheck::text
