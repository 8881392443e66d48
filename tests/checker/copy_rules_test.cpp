// Copy-quality rules: duplicate-text, wrong-word, boilerplate-residue, on articles built in
// memory, with the built-in configuration or a small one on top of it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "checker/check.hpp"
#include "checker/config.hpp"
#include "text/ingest.hpp"

namespace {

namespace fc = factcheck::checker;

std::vector<fc::finding> check(const std::vector<std::pair<std::string, std::string>>& files,
                               std::string_view rule, const fc::config& settings = fc::default_config()) {
  std::vector<factcheck::text::article> articles;
  for (const auto& [path, text] : files) {
    auto in = factcheck::text::ingest_bytes(path, text);
    for (auto& a : in.articles) articles.push_back(std::move(a));
  }
  const auto corpus = fc::analyze(articles, settings);
  std::vector<fc::finding> out;
  for (auto& f : fc::run_rules(corpus)) {
    if (f.rule == rule) out.push_back(std::move(f));
  }
  return out;
}

std::vector<fc::finding> check(const std::string& text, std::string_view rule,
                               const fc::config& settings = fc::default_config()) {
  return check({{"story.txt", text}}, rule, settings);
}

fc::config with(std::string_view toml) {
  auto parsed = fc::parse_config(toml, "test.toml");
  if (auto* e = std::get_if<fc::config_error>(&parsed)) {
    ADD_FAILURE() << e->message;
    return fc::default_config();
  }
  return std::get<fc::config>(std::move(parsed));
}

const std::string header = "Valley line reopens after landslide\n\nMarch 8, 2024\n\n";  // lines 1-4

// --- duplicate-text -------------------------------------------------------------------------

TEST(CopyDuplicateText, PointsAtTheSecondOccurrenceWithTheFirstAsRelated) {
  const auto f = check(header +
                           "Trains returned to the valley line on Friday after crews cleared the landslide.\n\n"
                           "Passengers had used replacement buses for three weeks.\n\n"
                           "Trains returned to the valley line on Friday after crews cleared the landslide.\n",
                       "duplicate-text");
  ASSERT_EQ(f.size(), 1U);
  EXPECT_EQ(f[0].where.begin.line, 9U);
  EXPECT_EQ(f[0].where.begin.column, 1U);
  EXPECT_EQ(f[0].level, fc::severity::warning);
  ASSERT_EQ(f[0].related.size(), 1U);
  EXPECT_EQ(f[0].related[0].begin.line, 5U);
  EXPECT_EQ(f[0].where.text, "Trains returned to the valley line on Friday after crews cleared the landslide.");
  EXPECT_NE(f[0].message.find("line 5"), std::string::npos);
}

TEST(CopyDuplicateText, IgnoresSpacingPunctuationAndAbbreviationDots) {
  const auto f = check(header +
                           "The U.S. embassy said it would reopen its consular section on Monday.\n\n"
                           "the U. S. embassy said it would reopen its consular section on Monday!\n",
                       "duplicate-text");
  ASSERT_EQ(f.size(), 1U);
  EXPECT_EQ(f[0].where.begin.line, 7U);
}

TEST(CopyDuplicateText, ShortSentencesMayRepeat) {
  const auto f = check(header + "The mayor declined to comment.\n\nThe mayor declined to comment.\n",
                       "duplicate-text");
  EXPECT_TRUE(f.empty());
}

TEST(CopyDuplicateText, AnExtendedSentenceIsNotARepeat) {
  const auto f = check(header +
                           "Trains returned to the valley line on Friday after crews cleared the landslide.\n\n"
                           "Trains returned to the valley line on Friday after crews cleared the landslide, "
                           "the operator said.\n",
                       "duplicate-text");
  EXPECT_TRUE(f.empty());
}

TEST(CopyDuplicateText, CaptionWithCreditIsARepeat) {
  const auto f = check(header +
                           "Trains returned to the valley line on Friday after crews cleared the landslide.\n\n"
                           "Trains returned to the valley line on Friday after crews cleared the landslide. "
                           "Picture courtesy of Valley Rail\n",
                       "duplicate-text");
  ASSERT_EQ(f.size(), 1U);
  EXPECT_EQ(f[0].where.begin.line, 7U);
}

TEST(CopyDuplicateText, CanBeDisabled) {
  const auto f = check(header +
                           "Trains returned to the valley line on Friday after crews cleared the landslide.\n\n"
                           "Trains returned to the valley line on Friday after crews cleared the landslide.\n",
                       "duplicate-text", with("[rules.duplicate-text]\nenabled = false\n"));
  EXPECT_TRUE(f.empty());
}

// --- wrong-word -----------------------------------------------------------------------------

TEST(CopyWrongWord, SuggestionKeepsCapitalization) {
  const auto f = check(header + "Draught proposals for the new timetable were sent to the unions.\n", "wrong-word");
  ASSERT_EQ(f.size(), 1U);
  EXPECT_EQ(f[0].where.text, "Draught");
  ASSERT_TRUE(f[0].suggestion.has_value());
  EXPECT_EQ(*f[0].suggestion, "Draft");
  EXPECT_EQ(f[0].where.begin.line, 5U);
  EXPECT_EQ(f[0].where.begin.column, 1U);
  EXPECT_EQ(f[0].where.end.column, 8U);
}

TEST(CopyWrongWord, ContextMustBeInsideTheWindow) {
  // "bill" is 4 tokens after "draught": outside the default window of 3.
  EXPECT_TRUE(check(header + "A draught swept through the bill office.\n", "wrong-word").empty());
  EXPECT_EQ(check(header + "A draught of the bill was leaked.\n", "wrong-word").size(), 1U);
}

TEST(CopyWrongWord, ContextStaysInsideTheSentence) {
  EXPECT_TRUE(check(header + "Regulars asked for more draught. Documents show the pub closed.\n", "wrong-word")
                  .empty());
}

TEST(CopyWrongWord, PunctuationBreaksAdjacency) {
  // "then" after "more" is wrong ("more then 40"), but not across a comma.
  EXPECT_EQ(check(header + "The repairs took more then 40 days.\n", "wrong-word").size(), 1U);
  EXPECT_TRUE(check(header + "Crews worked once more, then the line reopened.\n", "wrong-word").empty());
}

TEST(CopyWrongWord, PositionRestrictsTheSide) {
  const auto settings = with(
      "[[confusable]]\nword = \"birth\"\nsuggestion = \"berth\"\ncontext = [\"ferry\"]\n"
      "position = \"before\"\nwindow = 2\n");
  EXPECT_EQ(check(header + "The ferry birth at the north quay was repaired.\n", "wrong-word", settings).size(), 1U);
  EXPECT_TRUE(check(header + "The birth of the ferry service was celebrated.\n", "wrong-word", settings).empty());
}

TEST(CopyWrongWord, ContextMatchesPlurals) {
  EXPECT_EQ(check(header + "Street traders flaunted the bans on Sunday.\n", "wrong-word").size(), 1U);
}

TEST(CopyWrongWord, SeverityComesFromTheConfiguration) {
  const auto f = check(header + "The draught treaty was signed on Friday.\n", "wrong-word",
                       with("[rules.wrong-word]\nseverity = \"error\"\n"));
  ASSERT_EQ(f.size(), 1U);
  EXPECT_EQ(f[0].level, fc::severity::error);
}

// --- boilerplate-residue --------------------------------------------------------------------

TEST(CopyBoilerplateResidue, TimestampBetweenParagraphs) {
  const auto f = check(header +
                           "Trains returned to the valley line on Friday after crews cleared the landslide.\n\n"
                           "5 mins ago\n\n"
                           "Passengers had used replacement buses for three weeks.\n",
                       "boilerplate-residue");
  ASSERT_EQ(f.size(), 1U);
  EXPECT_EQ(f[0].where.begin.line, 7U);
  EXPECT_EQ(f[0].level, fc::severity::info);
  EXPECT_NE(f[0].message.find("5 mins ago"), std::string::npos);
}

TEST(CopyBoilerplateResidue, PageHeaderAboveTheStoryIsNotReported) {
  const auto f = check("Home\nNews\nSport\n\n" + header +
                           "Trains returned to the valley line on Friday after crews cleared the landslide.\n",
                       "boilerplate-residue");
  EXPECT_TRUE(f.empty()) << f.front().message;
}

TEST(CopyBoilerplateResidue, ConfiguredPatternIsResidue) {
  const auto settings = with("[boilerplate]\npatterns = [\"Subscribe to the Valley Bulletin\"]\n");
  const std::string text = header +
                           "Trains returned to the valley line on Friday after crews cleared the landslide.\n\n"
                           "Subscribe to the Valley Bulletin\n\n"
                           "Passengers had used replacement buses for three weeks.\n";
  const auto f = check(text, "boilerplate-residue", settings);
  ASSERT_EQ(f.size(), 1U);
  EXPECT_EQ(f[0].where.begin.line, 7U);
}

}  // namespace
