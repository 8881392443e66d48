// detect_dateline on invented articles: every format of the header table in grammar/dateline.cpp,
// each source (header, byline, footer), the preference order, and dates that are not datelines.

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
    "The regional council approved the new harbour budget after a long debate that ran late into the "
    "evening, with several members asking for more detail on the dredging contract and its costs.\n\n"
    "Opposition members said the plan left too little for the fishing fleet, which has shrunk by a third "
    "over the past decade, and promised to bring the matter back before the end of the session.\n\n";

dateline detect(const std::string& text) {
  auto blocks = text::segment_blocks(text);
  text::classify_blocks(text, blocks);
  return detect_dateline(text, blocks);
}

struct format_case {
  const char* line;
  year_month_day date;
  const char* date_text;
};

const format_case kHeaderFormats[] = {
    {"December 04, 2021", year{2021} / December / 4, "December 04, 2021"},
    {"Saturday, December 9, 2023", year{2023} / December / 9, "Saturday, December 9, 2023"},
    {"27.01.22 11:30", year{2022} / January / 27, "27.01.22 11:30"},
    {"December 22, 2021 at 10:45AM", year{2021} / December / 22, "December 22, 2021 at 10:45AM"},
    {"2022-01-27", year{2022} / January / 27, "2022-01-27"},
    {"Published 12:04 GMT, 6 March 2024", year{2024} / March / 6, "12:04 GMT, 6 March 2024"},
    {"Updated: 4 December 2021", year{2021} / December / 4, "4 December 2021"},
    {"Published: 2021-12-04T10:00:00Z", year{2021} / December / 4, "2021-12-04T10:00:00Z"},
};

TEST(DatelineFormats, HeaderLine) {
  for (const auto& c : kHeaderFormats) {
    const std::string text = std::string("Harbour budget passes after late debate\n\n") + c.line + "\n\n" + kBody;
    const dateline d = detect(text);
    ASSERT_TRUE(d.date.has_value()) << c.line;
    EXPECT_EQ(*d.date, c.date) << c.line;
    EXPECT_EQ(d.source, dateline_source::header) << c.line;
    EXPECT_EQ(d.span.of(text), c.date_text) << c.line;
  }
}

TEST(DatelineFormats, WeekdayIsReported) {
  const std::string text = std::string("Harbour budget passes\n\nSaturday, December 9, 2023\n\n") + kBody;
  const dateline d = detect(text);
  ASSERT_TRUE(d.has_weekday);
  EXPECT_EQ(d.weekday, Saturday);
}

TEST(DatelineFormats, Byline) {
  const std::string text = std::string("Harbour budget passes after late debate\n\nBy A. Writer | March 6, 2024\n\n") + kBody;
  const dateline d = detect(text);
  ASSERT_TRUE(d.date.has_value());
  EXPECT_EQ(*d.date, year{2024} / March / 6);
  EXPECT_EQ(d.source, dateline_source::byline);
}

TEST(DatelineFormats, Footer) {
  const std::string text = std::string("Harbour budget passes after late debate\n\n") + kBody +
                           "Local News - Feed\nMarch 6, 2024 at 09:15PM\nhttps://example.org/x1\n";
  const dateline d = detect(text);
  ASSERT_TRUE(d.date.has_value());
  EXPECT_EQ(*d.date, year{2024} / March / 6);
  EXPECT_EQ(d.source, dateline_source::footer);
}

TEST(DatelineFormats, HeaderBeatsBylineBeatsFooter) {
  const std::string text = std::string("Harbour budget passes\n\nBy A. Writer | March 5, 2024\n\nMarch 6, 2024\n\n") + kBody +
                           "March 7, 2024\n";
  const dateline d = detect(text);
  ASSERT_TRUE(d.date.has_value());
  EXPECT_EQ(*d.date, year{2024} / March / 6);
  EXPECT_EQ(d.source, dateline_source::header);

  const std::string no_header = std::string("Harbour budget passes\n\nBy A. Writer | March 5, 2024\n\n") + kBody +
                                "March 7, 2024\n";
  const dateline b = detect(no_header);
  ASSERT_TRUE(b.date.has_value());
  EXPECT_EQ(*b.date, year{2024} / March / 5);
  EXPECT_EQ(b.source, dateline_source::byline);
}

TEST(DatelineFormats, DateInBodySentenceIsNotADateline) {
  const std::string text =
      std::string("Harbour budget passes after late debate\n\n") + kBody +
      "The council first discussed the dredging plan on March 6, 2024, when the harbour master presented "
      "a report on silting in the outer basin that warned of closures within two years.\n\n" + kBody;
  const dateline d = detect(text);
  EXPECT_FALSE(d.date.has_value());
  EXPECT_EQ(d.source, dateline_source::none);
}

TEST(DatelineFormats, PartialDatesAreNotDatelines) {
  const std::string text = std::string("Harbour budget passes\n\nMarch 6\n\n") + kBody + "2024\n";
  EXPECT_FALSE(detect(text).date.has_value());
}

TEST(DatelineFormats, EmptyAndBlockless) {
  EXPECT_FALSE(detect("").date.has_value());
  EXPECT_FALSE(detect_dateline("December 04, 2021", {}).date.has_value());
}

}  // namespace
}  // namespace factcheck::grammar
