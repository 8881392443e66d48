// date-conflict on dated events named by verbs (issue 10): event classes, participants next to
// the event word, dates compared field by field when a dateline is guessed, and the traps that
// keep it silent. Every sentence here is our own.
#include <gtest/gtest.h>

#include <algorithm>

#include "checker/analysis/event_lexicon.hpp"
#include "checker/model/event_dates.hpp"
#include "names_support.hpp"

namespace factcheck::testing {
namespace {

using checker::compare_dates;
using checker::date_agreement;
using checker::event_date_fields;

std::vector<std::string> conflicts(const std::vector<dated_text>& texts) {
  return make_corpus(texts).findings("date-conflict");
}

bool any_at(const std::vector<std::string>& findings, std::string_view prefix) {
  return std::any_of(findings.begin(), findings.end(),
                     [&](const std::string& f) { return f.starts_with(prefix); });
}

TEST(EventLexicon, VerbsAndParticlesNameOneClass) {
  EXPECT_EQ(checker::event_verb_class("arrested", "")->name, "arrest");
  EXPECT_EQ(checker::event_verb_class("detained", "by")->name, "arrest");
  EXPECT_EQ(checker::event_verb_class("ousted", "")->name, "expel");
  EXPECT_EQ(checker::event_verb_class("excommunicated", "")->name, "expel");
  const auto picked = checker::event_verb_class("picked", "up");
  ASSERT_TRUE(picked);
  EXPECT_EQ(picked->name, "sign");
  EXPECT_TRUE(picked->uses_particle);
  EXPECT_EQ(checker::event_verb_class("re-signed", "")->name, "sign");
  EXPECT_EQ(checker::event_verb_class("tossed", "out")->name, "overturn");
  EXPECT_EQ(checker::event_verb_class("checked", "into")->name, "admit");
  EXPECT_FALSE(checker::event_verb_class("picked", "flowers"));  // "pick" alone is no class
  EXPECT_FALSE(checker::event_verb_class("painted", ""));
  EXPECT_EQ(checker::event_noun_class("murder"), "kill");
  EXPECT_FALSE(checker::event_noun_class("garden"));
  EXPECT_TRUE(checker::is_event_class("arrest"));
  EXPECT_FALSE(checker::is_event_class("paint"));
}

grammar::time_expression timex(std::string value, bool has_year,
                               grammar::timex_kind kind = grammar::timex_kind::absolute) {
  grammar::time_expression t;
  t.value = std::move(value);
  t.has_year = has_year;
  t.kind = kind;
  return t;
}

TEST(EventDates, WordsGiveTheFieldsOfAGuessedDate) {
  // Resolved against a guessed dateline: only what the words say counts.
  const auto friday = checker::date_fields(timex("2031-03-07", true, grammar::timex_kind::relative),
                                           "on Friday", false);
  EXPECT_EQ(friday.weekday, 5U);
  EXPECT_FALSE(friday.month);
  EXPECT_FALSE(friday.start);
  const auto march = checker::date_fields(timex("2031-03", false), "in March", false);
  EXPECT_EQ(march.month, 3U);
  EXPECT_FALSE(march.year);
  const auto yesterday = checker::date_fields(
      timex("2031-03-06", true, grammar::timex_kind::relative), "yesterday", false);
  EXPECT_FALSE(yesterday.weekday || yesterday.month || yesterday.day || yesterday.year);
  EXPECT_TRUE(checker::names_a_day("April 9 at 3 am"));
  EXPECT_FALSE(checker::names_a_day("at 3 am"));
}

TEST(EventDates, FieldsBothGiveDecide) {
  event_date_fields friday;
  friday.weekday = 5;
  event_date_fields tuesday;
  tuesday.weekday = 2;
  event_date_fields march;
  march.month = 3;
  EXPECT_EQ(compare_dates(friday, tuesday), date_agreement::conflict);
  EXPECT_EQ(compare_dates(friday, friday), date_agreement::agree);
  EXPECT_EQ(compare_dates(friday, march), date_agreement::unknown);
  // A whole day gives its weekday: 2031-03-04 is a Tuesday.
  grammar::time_expression t = timex("2031-03-04", true);
  t.start = std::chrono::sys_days{std::chrono::year{2031} / 3 / 4};
  t.end = *t.start + std::chrono::days{1};
  const auto day = checker::date_fields(t, "March 4, 2031", true);
  EXPECT_EQ(compare_dates(day, tuesday), date_agreement::agree);
  EXPECT_EQ(compare_dates(day, friday), date_agreement::conflict);
  EXPECT_EQ(compare_dates(day, march), date_agreement::agree);
}

// Family: one check-in named by different verbs, in articles with no dateline. A Friday is never
// a Tuesday, whatever week the articles were written in.
TEST(DateConflictEvents, WeekdaysOfOneEventConflictWithoutDatelines) {
  const auto f = conflicts({
      {"a", "Singer Marla Voss checked into Linden Grove Clinic on Tuesday, her manager said.", ""},
      {"b", "Marla Voss entered Linden Grove Clinic on Tuesday for treatment.", ""},
      {"c", "A spokesman said Marla Voss checked herself in at Linden Grove on Tuesday.", ""},
      {"d", "Pop singer Marla Voss checked into Linden Grove Clinic on Friday.", ""},
  });
  ASSERT_EQ(f.size(), 1U) << ::testing::PrintToString(f);
  EXPECT_TRUE(any_at(f, "d:")) << f.front();
}

// Family: synonyms of one event ("detained", "arrested") across dated articles.
TEST(DateConflictEvents, SynonymVerbsAreOneEvent) {
  const auto f = conflicts({
      {"a", "Harbour police arrested Dorin Pell and Ysolde Karr on Wednesday.", "2031-05-15"},
      {"b", "Dorin Pell and Ysolde Karr were arrested on Wednesday in Kessling.", "2031-05-15"},
      {"c", "Dorin Pell and Ysolde Karr were detained by harbour police on Tuesday.", "2031-05-15"},
  });
  ASSERT_EQ(f.size(), 1U) << ::testing::PrintToString(f);
  EXPECT_TRUE(any_at(f, "c:")) << f.front();
}

// Family: two events of one class in one sentence; each date goes with the names next to it.
TEST(DateConflictEvents, ParticipantsKeepTwoSigningsApart) {
  const auto f = conflicts({
      {"a",
       "The Harriers picked up forward Ilan Brody on Monday after an injury to Caius Venn and on "
       "Wednesday, signed Teo Marsh from the reserves.",
       "2031-01-09"},
      {"b", "The Harriers signed Ilan Brody on Monday.", "2031-01-09"},
      {"c", "Teo Marsh was signed on Wednesday by the Harriers.", "2031-01-09"},
  });
  EXPECT_TRUE(f.empty()) << ::testing::PrintToString(f);
}

// Family: a year that classifies a noun ("a 2008 conviction") is not the event's date.
TEST(DateConflictEvents, PremodifyingYearIsNotTheEventDate) {
  const auto f = conflicts({
      {"a", "In July, the Tarrow Supreme Court overturned a 2027 conviction of Ansel Dray.",
       "2031-09-01"},
      {"b", "The Tarrow Supreme Court overturned the conviction of Ansel Dray in July.",
       "2031-09-01"},
  });
  EXPECT_TRUE(f.empty()) << ::testing::PrintToString(f);
}

// Family: months without a year; two sources alone give one finding, not one each. A
// "new" label does not make the launch one occurrence among several.
TEST(DateConflictEvents, TwoSourcesDisagreeingGiveOneFinding) {
  const auto f = conflicts({
      {"a", "Designer Petra Lund launched a new label called Orrin in March.", ""},
      {"b", "Petra Lund launched her label Orrin in October.", ""},
  });
  ASSERT_EQ(f.size(), 1U) << ::testing::PrintToString(f);
}

// Trap: a past event resolved after its article's date took the wrong year ("fired on June 8"
// in a May article is last June): most likely another occurrence, and its year is unknown.
TEST(DateConflictEvents, PastEventAfterTheDatelineIsReadByItsWords) {
  const auto f = conflicts({
      {"a", "Coach Rurik Sand was fired on Monday by the Kestrels.", "2031-05-21"},
      {"b", "Rurik Sand, fired on June 8, is suing the Kestrels.", "2031-05-21"},
  });
  EXPECT_TRUE(f.empty()) << ::testing::PrintToString(f);
}

// Trap: one of several hearings, and verbs outside the lexicon, stay silent.
TEST(DateConflictEvents, RecurringEventsAndUnknownVerbsStaySilent) {
  const auto f = conflicts({
      {"a", "Ansel Dray appeared at the second hearing in Tarrow on Friday.", "2031-05-16"},
      {"b", "Ansel Dray appeared at a hearing in Tarrow on Monday.", "2031-05-16"},
      {"c", "Ansel Dray painted the Tarrow mural on Monday.", "2031-05-16"},
      {"d", "Ansel Dray painted the Tarrow mural on Thursday.", "2031-05-16"},
  });
  EXPECT_TRUE(f.empty()) << ::testing::PrintToString(f);
}

}  // namespace
}  // namespace factcheck::testing
