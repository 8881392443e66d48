// detect_dateline on the header formats real pages have (issue 10, family 10): labels before
// the date, a date that opens the first paragraph, ambiguous numeric dates (both readings kept),
// the 12-hour clock cue, wire datelines without a year, and dates that open copy, not a header.
// Every article here is invented.

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "grammar/dateline.hpp"
#include "text/classify.hpp"
#include "text/segment.hpp"

namespace factcheck::grammar {
namespace {

using namespace std::chrono;

const char* const kBody =
    "Ferry services across the bay resumed after the storm, the port authority said, although two "
    "of "
    "the older vessels remain in dry dock while inspectors examine damage to their hulls and "
    "rudders.\n\n"
    "Passengers were told to expect delays through the weekend as crews clear debris from the "
    "slipways "
    "and the harbour master reviews the schedule for the rest of the month.\n\n";

dateline detect(const std::string& text, date_order order = date_order::day_first) {
  auto blocks = text::segment_blocks(text);
  text::classify_blocks(text, blocks);
  return detect_dateline(text, blocks, order);
}

std::string with_header(const std::string& line) {
  return "Ferries return to the bay after storm\n\n" + line + "\n\n" + kBody;
}

TEST(DatelinePages, LabelsBeforeTheDate) {
  struct row {
    const char* line;
    year_month_day date;
  };
  const row rows[] = {
      {"Published: March 6, 2024 4:59 PM EDT", year{2024} / March / 6},
      {"Updated : March 6 , 2024 , 3:23 PM ET", year{2024} / March / 6},
      {"Posted on Wed Mar 6, 2024 08:45 AM PDT", year{2024} / March / 6},
      {"Published on Wednesday, 6 March 2024", year{2024} / March / 6},
      {"By Ana Ferreira | March 6, 2024", year{2024} / March / 6},
      {"2024-03-06T08:45:00Z", year{2024} / March / 6},
      {"Last modified 6 March 2024", year{2024} / March / 6},
  };
  for (const auto& r : rows) {
    const dateline d = detect(with_header(r.line));
    ASSERT_TRUE(d.date.has_value()) << r.line;
    EXPECT_EQ(*d.date, r.date) << r.line;
  }
}

TEST(DatelinePages, AmbiguousNumericKeepsBothReadings) {
  const dateline d = detect(with_header("Updated 4/9/2007 6:04 PM"));
  ASSERT_TRUE(d.date.has_value());
  EXPECT_EQ(*d.date, year{2007} / September / 4);  // asked for day first
  ASSERT_TRUE(d.other_reading.has_value());
  EXPECT_EQ(*d.other_reading, year{2007} / April / 9);
  EXPECT_TRUE(d.twelve_hour_clock);

  const dateline m = detect(with_header("Updated 4/9/2007 6:04 PM"), date_order::month_first);
  ASSERT_TRUE(m.date.has_value());
  EXPECT_EQ(*m.date, year{2007} / April / 9);
}

TEST(DatelinePages, UnambiguousNumericHasOneReading) {
  const dateline d = detect(with_header("Posted 04/28/09 07:35 PM ET"));
  ASSERT_TRUE(d.date.has_value());
  EXPECT_EQ(*d.date, year{2009} / April / 28);
  EXPECT_FALSE(d.other_reading.has_value());
  const dateline e = detect(with_header("27/09/2013 - Ferries"));
  ASSERT_TRUE(e.date.has_value());
  EXPECT_EQ(*e.date, year{2013} / September / 27);
  EXPECT_FALSE(e.other_reading.has_value());
  EXPECT_FALSE(e.twelve_hour_clock);
}

TEST(DatelinePages, DateOpeningTheFirstParagraph) {
  const std::string text =
      std::string("Ferries return to the bay after storm\n\n") +
      "May 03, 2013 Ferry services across the bay resumed on Friday after the storm, the port "
      "authority said, although two of the older vessels remain in dry dock.\n\n" +
      kBody;
  const dateline d = detect(text);
  ASSERT_TRUE(d.date.has_value());
  EXPECT_EQ(*d.date, year{2013} / May / 3);
}

TEST(DatelinePages, DateThatOpensCopyIsNotADateline) {
  const std::string text =
      std::string("Ferries return to the bay after storm\n\n") +
      "December 15, 2013, will be remembered on the bay as the day the last of the old "
      "ferries sailed, the port authority said in a statement on its website.\n\n" +
      kBody;
  const dateline d = detect(text);
  EXPECT_FALSE(d.date.has_value());
}

TEST(DatelinePages, WireDatelineWithoutYear) {
  const std::string text =
      std::string("Ferries return to the bay after storm\n\n") +
      "MUMBAI, Nov 11 (Reuters) - Ferry services across the bay resumed on Tuesday after the "
      "storm, the port authority said, although two vessels remain in dry dock.\n\n" +
      kBody;
  const dateline d = detect(text);
  EXPECT_FALSE(d.date.has_value());
  ASSERT_TRUE(d.without_year.has_value());
  EXPECT_EQ(*d.without_year, November / 11);
}

TEST(DatelinePages, YearlessDateAloneOrAfterAPlaceAndHyphen) {
  const dateline a = detect(with_header("OCT 14"));
  ASSERT_TRUE(a.without_year.has_value());
  EXPECT_EQ(*a.without_year, October / 14);
  const dateline b = detect(with_header("LISBON-October 14 -"));
  ASSERT_TRUE(b.without_year.has_value());
  EXPECT_EQ(*b.without_year, October / 14);
  const dateline c =
      detect(with_header("Ferries back by October 14"));  // a headline, not a dateline
  EXPECT_FALSE(c.without_year.has_value());
}

TEST(DatelinePages, WireDatelineWithYear) {
  const std::string text =
      std::string("Ferries return to the bay after storm\n\n") +
      "NEW DELHI, November 11, 2008 (AP) \xE2\x80\x94 Ferry services across the bay resumed "
      "on Tuesday after the storm, the port authority said, although two vessels remain.\n\n" +
      kBody;
  const dateline d = detect(text);
  ASSERT_TRUE(d.date.has_value());
  EXPECT_EQ(*d.date, year{2008} / November / 11);
}

TEST(DatelinePages, FullDateWinsOverYearless) {
  const std::string text =
      std::string("Ferries return to the bay after storm\n\nMarch 6, 2024\n\n") +
      "MUMBAI, Nov 11 (Reuters) - Ferry services across the bay resumed on Tuesday after the "
      "storm, the port authority said, although two vessels remain in dry dock.\n\n" +
      kBody;
  const dateline d = detect(text);
  ASSERT_TRUE(d.date.has_value());
  EXPECT_EQ(*d.date, year{2024} / March / 6);
}

TEST(DatelinePages, NumericDateStyle) {
  const auto s = scan_numeric_date_style(
      "filed 04/28/09, 12/16/08 and 4/9/2007; also 3/4 of them and 1/2/3/4");
  EXPECT_EQ(s.month_first, 2);
  EXPECT_EQ(s.day_first, 0);
  const auto t = scan_numeric_date_style("27/09/2013 and 13-05-2012 and 2013/05/02");
  EXPECT_EQ(t.day_first, 2);
  EXPECT_EQ(t.month_first, 0);
}

}  // namespace
}  // namespace factcheck::grammar
