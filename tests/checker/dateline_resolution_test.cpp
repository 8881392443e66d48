// Family 10 of issue 10 through the real pipeline: ambiguous numeric datelines settled by the
// article, the corpus and the outlet's style; datelines without a year; and what missing-dateline
// says about it. Every article here is invented.

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "names_support.hpp"

namespace factcheck::testing {
namespace {

using namespace std::chrono;

const std::string kBody =
    "Ferry services across the bay resumed after the storm, the Harbour Authority of Port Valen "
    "said, "
    "although two of the older vessels remain in dry dock while inspectors from Marisco Lines "
    "examine "
    "damage to their hulls.\n\nPassengers were told to expect delays through the weekend as crews "
    "clear "
    "debris from the slipways at Port Valen and Marisco Lines reviews its schedule.\n";

std::string article(const std::string& dateline) {
  return "Ferries return to Port Valen\n\n" + dateline + "\n\n" + kBody;
}

year_month_day dateline_of(const names_corpus& c, std::size_t i) {
  const auto& d = c.corpus.articles.at(i).dateline.date;
  EXPECT_TRUE(d.has_value());
  return d.value_or(year_month_day{});
}

TEST(DatelineResolution, TwelveHourClockReadsMonthFirst) {
  const auto c = make_corpus({{"a", article("Updated 4/9/2007 6:04 PM"), ""}});
  EXPECT_EQ(dateline_of(c, 0), year{2007} / April / 9);
  EXPECT_NE(c.corpus.articles[0].dateline_note.find("12-hour clock"), std::string::npos)
      << c.corpus.articles[0].dateline_note;
}

TEST(DatelineResolution, OtherSourcesDecide) {
  // No clock: the other source, dated 5 September 2007, makes 4/9/2007 the 4th of September.
  const auto c =
      make_corpus({{"a", article("4/9/2007"), ""}, {"b", article("September 5, 2007"), ""}});
  EXPECT_EQ(dateline_of(c, 0), year{2007} / September / 4);
  const auto d =
      make_corpus({{"a", article("4/9/2007"), ""}, {"b", article("April 10, 2007"), ""}});
  EXPECT_EQ(dateline_of(d, 0), year{2007} / April / 9);
}

TEST(DatelineResolution, ArticleStyleDecidesFirst) {
  // The same article writes 04/28/07 elsewhere: its outlet writes the month first.
  const auto c = make_corpus({{"a", article("4/9/2007") + "\nCorrection filed 04/28/07.\n", ""}});
  EXPECT_EQ(dateline_of(c, 0), year{2007} / April / 9);
}

TEST(DatelineResolution, ConfiguredOrderWithoutEvidence) {
  auto month_first = empty_gazetteer();
  month_first.day_first_dates = false;
  month_first.auto_date_order = false;
  const auto c = make_corpus({{"a", article("4/9/2007"), ""}}, month_first);
  EXPECT_EQ(dateline_of(c, 0), year{2007} / April / 9);
  const auto d = make_corpus({{"a", article("4/9/2007"), ""}});  // auto: day first without evidence
  EXPECT_EQ(dateline_of(d, 0), year{2007} / September / 4);
  EXPECT_TRUE(d.corpus.articles[0].dateline_guessed);
}

TEST(DatelineResolution, BodyDatesFollowTheArticleOrder) {
  const auto c = make_corpus(
      {{"a", article("Updated 4/9/2007 6:04 PM") + "\nThe next sailing is set for 5/6/2007.\n",
        ""}});
  bool found = false;
  for (const auto& t : c.corpus.articles[0].times) {
    if (t.value == "2007-05-06") found = true;
  }
  EXPECT_TRUE(found);
}

TEST(DatelineResolution, YearFromTheOtherSources) {
  const std::string wire = "Ferries return to Port Valen\n\nPORT VALEN, Nov 11 (Wire) - " + kBody;
  const auto c = make_corpus({{"a", wire, ""}, {"b", article("November 12, 2008"), ""}});
  EXPECT_EQ(dateline_of(c, 0), year{2008} / November / 11);
  EXPECT_NE(c.corpus.articles[0].dateline_note.find("gives no year"), std::string::npos)
      << c.corpus.articles[0].dateline_note;
  EXPECT_TRUE(c.findings("missing-dateline").empty());  // settled by evidence: the note says how
}

TEST(DatelineResolution, YearlessWithoutOtherSourcesStaysUndated) {
  const std::string wire = "Ferries return to Port Valen\n\nPORT VALEN, Nov 11 (Wire) - " + kBody;
  const auto c = make_corpus({{"a", wire, ""}});
  EXPECT_FALSE(c.corpus.articles[0].dateline.date.has_value());
  EXPECT_EQ(c.findings("missing-dateline").size(), 1u);
}

TEST(DatelineResolution, WeekdayPicksTheYear) {
  // Tuesday 11 November is 2008 (and 2014); the other source is dated 2009-01-02: 2008 is nearer.
  const std::string wire =
      "Ferries return to Port Valen\n\nPORT VALEN, Tuesday, Nov 11 (Wire) - " + kBody;
  const auto c = make_corpus({{"a", wire, ""}, {"b", article("January 2, 2009"), ""}});
  EXPECT_EQ(dateline_of(c, 0), year{2008} / November / 11);
}

TEST(DatelineResolution, GuessedOrderIsNotedNotReported) {
  const auto c = make_corpus({{"a", article("4/9/2007"), ""}});
  EXPECT_TRUE(c.findings("missing-dateline").empty());
  const auto& note = c.corpus.articles[0].dateline_note;
  EXPECT_NE(note.find("configured order"), std::string::npos) << note;
  EXPECT_NE(note.find("2007-04-09"), std::string::npos) << note;
}

}  // namespace
}  // namespace factcheck::testing
