// Table-driven test of every phrase in the header table of grammar/time_compose.cpp: each row is
// a sentence of invented news copy, the period extract_time_periods must find in it, and its
// TIMEX3 type, value and mod, and its [start, end) days, against a fixed reference date
// (Saturday 4 December 2021; kTimedPeriods also at 14:30:00). Value conventions:
// docs/decisions/0030-time-period-values.md.

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/extract.hpp"
#include "text/ascii.hpp"

namespace factcheck::grammar {
namespace {

struct period_case {
  const char* sentence;
  const char* text;
  const char* type;
  const char* value;
  const char* mod;
  const char* start;  // "" open, nullptr: not checked (the year depends on the nearest-year rule)
  const char* end;
};

time_context reference_context() {
  time_context c;
  c.reference = std::chrono::year{2021} / std::chrono::December / 4;  // a Saturday
  return c;
}

std::string day_text(const std::optional<std::chrono::sys_days>& d) {
  return d ? text::iso_date(std::chrono::year_month_day{*d}) : std::string();
}

const period_case kPeriods[] = {
    // date range
    {"Prices fell from March to May in the north.", "from March to May", "DATE",
     "(XXXX-03-01,XXXX-05-01,P2M)", "", nullptr, nullptr},
    {"Talks ran from August to October in the capital.", "from August to October", "DATE",
     "(XXXX-08-01,XXXX-10-01,P2M)", "", "2021-08-01", "2021-11-01"},
    {"Output grew between 2014 and 2018, the ministry said.", "between 2014 and 2018", "DATE",
     "(2014-01-01,2018-01-01,P4Y)", "", "2014-01-01", "2019-01-01"},
    {"Imports doubled 2014~2018 in the region.", "2014~2018", "DATE", "(2014-01-01,2018-01-01,P4Y)",
     "", "2014-01-01", "2019-01-01"},
    {"The 2014-2018 plan was revised.", "2014-2018", "DATE", "(2014-01-01,2018-01-01,P4Y)", "",
     "2014-01-01", "2019-01-01"},
    {"Output fell between 2009 \xE2\x80\x93 2012 in the region.", "between 2009 \xE2\x80\x93 2012",
     "DATE", "(2009-01-01,2012-01-01,P3Y)", "", "2009-01-01", "2013-01-01"},
    {"The office stays shut from next Monday to Friday.", "from next Monday to Friday", "DATE",
     "(2021-12-06,2021-12-10,P4D)", "", "2021-12-06", "2021-12-11"},
    {"Exports fell from January to April 2015 on weak demand.", "from January to April 2015",
     "DATE", "(2015-01-01,2015-04-01,P3M)", "", "2015-01-01", "2015-05-01"},
    {"The festival runs June 2 through June 9 again.", "June 2 through June 9", "DATE",
     "(XXXX-06-02,XXXX-06-09,P7D)", "", nullptr, nullptr},
    {"Sales rose from 2019-Q2 to 2020-Q1 in the region.", "from 2019-Q2 to 2020-Q1", "DATE",
     "(2019-04-01,2020-01-01,P9M)", "", "2019-04-01", "2020-04-01"},
    {"Flights resume from November to February each year.", "from November to February", "DATE",
     "(XXXX-11-01,XXXX-02-01,P3M)", "", nullptr, nullptr},
    {"Hearings run April 9th through 17th at the court.", "April 9th through 17th", "DATE",
     "(XXXX-04-09,XXXX-04-17,P8D)", "", nullptr, nullptr},
    {"The fair ran from 26 June in 2019 to 3 July in 2019 downtown.",
     "from 26 June in 2019 to 3 July in 2019", "DATE", "(2019-06-26,2019-07-03,P7D)", "",
     "2019-06-26", "2019-07-04"},
    {"The fair runs between 3 and 12 June in town.", "between 3 and 12 June", "DATE",
     "(XXXX-06-03,XXXX-06-12,P9D)", "", "2021-06-03", "2021-06-13"},
    // clock range
    {"Polls stay open 3-5pm at the school.", "3-5pm", "TIME", "(T15,T17,PT2H)", "", "2021-12-04",
     "2021-12-05"},
    {"The briefing runs from 2 to 4pm at the ministry.", "from 2 to 4pm", "TIME", "(T14,T16,PT2H)",
     "", "2021-12-04", "2021-12-05"},
    {"Ask between 4pm and 5pm at the desk.", "between 4pm and 5pm", "TIME", "(T16,T17,PT1H)", "",
     "2021-12-04", "2021-12-05"},
    {"The desk is staffed 9:30 to 11:45 am on weekdays.", "9:30 to 11:45 am", "TIME",
     "(T09:30,T11:45,PT2H15M)", "", "2021-12-04", "2021-12-05"},
    {"Call between 9 and 11 am for tickets.", "between 9 and 11 am", "TIME", "(T09,T11,PT2H)", "",
     "2021-12-04", "2021-12-05"},
    {"The site is shut from 8am to 3 for repairs.", "from 8am to 3", "TIME", "(T08,T15,PT7H)", "",
     "2021-12-04", "2021-12-05"},
    {"The night shift runs from 2:30 to 2:15 pm daily.", "from 2:30 to 2:15 pm", "TIME",
     "(T02:30,T14:15,PT11H45M)", "", "2021-12-04", "2021-12-05"},
    // date + clock
    {"The vote is due tomorrow at 3pm.", "tomorrow at 3pm", "TIME", "2021-12-05T15", "",
     "2021-12-05", "2021-12-06"},
    {"We meet next Monday 1-3 pm in Rome.", "next Monday 1-3 pm", "TIME",
     "(2021-12-06T13,2021-12-06T15,PT2H)", "", "2021-12-06", "2021-12-07"},
    {"Staff met Friday, 10:30 to 11:15 in the hall.", "Friday, 10:30 to 11:15", "TIME",
     "(XXXX-WXX-5T10:30,XXXX-WXX-5T11:15,PT45M)", "", "2021-12-03", "2021-12-04"},
    {"The stand opens from 5 to 6pm on Friday.", "from 5 to 6pm on Friday", "TIME",
     "(XXXX-WXX-5T17,XXXX-WXX-5T18,PT1H)", "", "2021-12-03", "2021-12-04"},
    {"Voting runs tomorrow between 3:00 pm and 5:00 pm locally.",
     "tomorrow between 3:00 pm and 5:00 pm", "TIME", "(2021-12-05T15:00,2021-12-05T17:00,PT2H)", "",
     "2021-12-05", "2021-12-06"},
    {"The office shuts Thursday before 5pm for the holiday.", "Thursday before 5pm", "TIME",
     "XXXX-WXX-4T17", "BEFORE", nullptr, nullptr},
    {"Bids close Feb. 1 no later than 6:00 in the evening.",
     "Feb. 1 no later than 6:00 in the evening", "TIME", "XXXX-02-01T18:00", "ON_OR_BEFORE",
     nullptr, nullptr},
    {"The vote was held on Friday 19 in the chamber.", "Friday 19", "DATE", "2021-11-19", "",
     "2021-11-19", "2021-11-20"},
    {"Talks resume Thursday the 13th of this cycle.", "Thursday the 13th", "DATE", "2022-01-13", "",
     "2022-01-13", "2022-01-14"},
    // weekday in span
    {"It happened on Tuesday of last week.", "Tuesday of last week", "DATE", "2021-11-23", "",
     "2021-11-23", "2021-11-24"},
    {"Rent is due the first Monday of next month.", "the first Monday of next month", "DATE",
     "2022-01-03", "", "2022-01-03", "2022-01-04"},
    {"We land next week on Thursday.", "next week on Thursday", "DATE", "2021-12-09", "",
     "2021-12-09", "2021-12-10"},
    {"We meet Wednesday evening next week.", "Wednesday evening next week", "DATE", "2021-12-08TEV",
     "", "2021-12-08", "2021-12-09"},
    {"What happened last week - Monday in the talks?", "last week - Monday", "DATE", "2021-11-22",
     "", "2021-11-22", "2021-11-23"},
    // week of
    {"Hearings resume the week of April 10, 2023 in Paris.", "the week of April 10, 2023", "DATE",
     "2023-W15", "", "2023-04-10", "2023-04-17"},
    {"Tickets sold out for the last week of July 2020 already.", "the last week of July 2020",
     "DATE", "2020-W31", "", "2020-07-27", "2020-08-03"},
    {"Sales peaked in the last week of 2019 overall.", "the last week of 2019", "DATE", "2019-W52",
     "", "2019-12-23", "2019-12-30"},
    {"Talks open the week beginning February 4, 2019 in Oslo.",
     "the week beginning February 4, 2019", "DATE", "(2019-02-04,2019-02-11,P1W)", "", "2019-02-04",
     "2019-02-11"},
    // anchored
    {"Results come 3 days from today.", "3 days from today", "DATE", "2021-12-07", "", "2021-12-07",
     "2021-12-08"},
    {"It opens three weeks from tomorrow.", "three weeks from tomorrow", "DATE", "2021-12-26", "",
     "2021-12-26", "2021-12-27"},
    {"It closed 2 weeks before today.", "2 weeks before today", "DATE", "2021-11-20", "",
     "2021-11-20", "2021-11-21"},
    {"It opened ten days after March 3, 2020.", "ten days after March 3, 2020", "DATE",
     "2020-03-13", "", "2020-03-13", "2020-03-14"},
    {"The law takes effect in two months.", "in two months", "DATE", "2022-02-04", "", "2022-02-04",
     "2022-02-05"},
    {"Elections are due in 3 years.", "in 3 years", "DATE", "2024-12-04", "", "2024-12-04",
     "2024-12-05"},
    {"The deal closed more than 2 weeks before today.", "more than 2 weeks before today", "DATE",
     "2021-11-20", "BEFORE", "", "2021-11-20"},
    {"It ends less than 3 days after tomorrow.", "less than 3 days after tomorrow", "DATE",
     "(2021-12-05,2021-12-08,P3D)", "", "2021-12-05", "2021-12-08"},
    // anchored span
    {"Ships sail for 3 days from today.", "for 3 days from today", "DATE",
     "(2021-12-04,2021-12-07,P3D)", "", "2021-12-04", "2021-12-07"},
    {"The fair runs a week starting tomorrow.", "a week starting tomorrow", "DATE",
     "(2021-12-05,2021-12-12,P1W)", "", "2021-12-05", "2021-12-12"},
    {"The audit lasts 10 days beginning March 3, 2020.", "10 days beginning March 3, 2020", "DATE",
     "(2020-03-03,2020-03-13,P10D)", "", "2020-03-03", "2020-03-13"},
    // rolling window
    {"Rain is forecast for the next 3 days.", "the next 3 days", "DATE",
     "(2021-12-05,2021-12-08,P3D)", "", "2021-12-05", "2021-12-08"},
    {"Prices fell over the past two weeks.", "over the past two weeks", "DATE",
     "(2021-11-20,2021-12-04,P2W)", "", "2021-11-20", "2021-12-04"},
    {"Talks continue in the coming three months.", "in the coming three months", "DATE",
     "(2021-12-05,2022-03-05,P3M)", "", "2021-12-05", "2022-03-05"},
    {"We expect a deal within the next 10 months.", "within the next 10 months", "DATE",
     "(2021-12-04,2022-10-04,P10M)", "", "2021-12-04", "2022-10-04"},
    {"Output fell in the 3 past years.", "3 past years", "DATE", "(2018-12-04,2021-12-04,P3Y)", "",
     "2018-12-04", "2021-12-04"},
    {"Shops stay shut for the two next weeks.", "two next weeks", "DATE",
     "(2021-12-05,2021-12-19,P2W)", "", "2021-12-05", "2021-12-19"},
    // clock + length
    {"The vote runs from 2pm for 2 hours at the hall.", "from 2pm for 2 hours", "TIME",
     "(T14,T16:00:00,PT2H)", "", "2021-12-04", "2021-12-05"},
    {"The hall is booked for 3 hours from 10am.", "for 3 hours from 10am", "TIME",
     "(T10,T13:00:00,PT3H)", "", "2021-12-04", "2021-12-05"},
    {"Polls open from 9 for 1.5 hours only.", "from 9 for 1.5 hours", "TIME",
     "(T09,T10:30:00,PT1H30M)", "", "2021-12-04", "2021-12-05"},
    // part of period
    {"Profit rose in the first nine months of 2021.", "the first nine months of 2021", "DATE",
     "(2021-01-01,2021-10-01,P9M)", "", "2021-01-01", "2021-10-01"},
    {"Work halts for the last 3 weeks of this year.", "the last 3 weeks of this year", "DATE",
     "(2021-12-13,2022-01-03,P3W)", "", "2021-12-13", "2022-01-03"},
    {"Rooms are booked for the first 2 weeks of 2021 already.", "the first 2 weeks of 2021", "DATE",
     "(2021-01-04,2021-01-18,P2W)", "", "2021-01-04", "2021-01-18"},
    {"The data run from 2007 to the end of 2008.", "from 2007 to the end of 2008", "DATE",
     "(2007-01-01,2009-01-01,P24M)", "", "2007-01-01", "2009-01-01"},
    {"It has been closed from April until the end of June.", "from April until the end of June",
     "DATE", "(XXXX-04-01,XXXX-07-01,P3M)", "", nullptr, nullptr},
    {"They toured Peru in the first ten days of last year.", "the first ten days of last year",
     "DATE", "(2020-01-01,2020-01-11,P10D)", "", "2020-01-01", "2020-01-11"},
    // open period
    {"Prices have risen since August.", "since August", "DATE", "XXXX-08", "ON_OR_AFTER",
     "2021-08-01", "2021-12-04"},
    {"Rents have climbed since last May.", "since last May", "DATE", "2021-05", "ON_OR_AFTER",
     "2021-05-01", "2021-12-04"},
    {"It was built before 2010.", "before 2010", "DATE", "2010", "BEFORE", "", "2010-01-01"},
    {"Call after 2:00 today.", "after 2:00 today", "TIME", "2021-12-04T02:00", "AFTER",
     "2021-12-04", "2021-12-05"},
    {"The border will stay closed until Friday.", "until Friday", "DATE", "2021-12-10",
     "ON_OR_BEFORE", "", "2021-12-11"},
    {"Fares rise starting on January 7 in the city.", "starting on January 7", "DATE", "XXXX-01-07",
     "ON_OR_AFTER", nullptr, nullptr},
    {"Polls close no later than 8pm.", "no later than 8pm", "TIME", "2021-12-04T20:00",
     "ON_OR_BEFORE", nullptr, nullptr},
    {"The shop opens later than 10am.", "later than 10am", "TIME", "2021-12-04T10:00", "AFTER",
     nullptr, nullptr},
    {"The bill must pass by March.", "by March", "DATE", "XXXX-03", "ON_OR_BEFORE", "", nullptr},
};

// Phrases resolved against the reference moment, Saturday 4 December 2021 at 14:30:00.
const period_case kTimedPeriods[] = {
    // rolling window in clock units
    {"Traffic is heavy in the 4 coming hours.", "4 coming hours", "TIME",
     "(2021-12-04T14:30:00,2021-12-04T18:30:00,PT4H)", "", "2021-12-04", "2021-12-05"},
    {"Two shots were heard in the 10 last minutes.", "10 last minutes", "TIME",
     "(2021-12-04T14:20:00,2021-12-04T14:30:00,PT10M)", "", "2021-12-04", "2021-12-05"},
    // from now
    {"The minister speaks in 5 minutes.", "in 5 minutes", "TIME", "2021-12-04T14:35:00", "",
     "2021-12-04", "2021-12-05"},
    {"Results are due within 10 minutes.", "within 10 minutes", "TIME",
     "(2021-12-04T14:30:00,2021-12-04T14:40:00,PT10M)", "", "2021-12-04", "2021-12-05"},
    {"Police arrived 20 minutes later, witnesses said.", "20 minutes later", "TIME",
     "2021-12-04T14:50:00", "", "2021-12-04", "2021-12-05"},
    {"The count ends in 10 hours.", "in 10 hours", "TIME", "2021-12-05T00:30:00", "", "2021-12-05",
     "2021-12-06"},
};

time_context timed_context() {
  time_context c = reference_context();
  c.time_of_day = std::chrono::hours{14} + std::chrono::minutes{30};
  return c;
}

class TimeComposeTest : public ::testing::TestWithParam<period_case> {};

TEST_P(TimeComposeTest, ComposesPeriod) {
  const period_case& c = GetParam();
  const std::string_view sentence = c.sentence;
  const auto found = extract_time_periods(sentence, reference_context());
  const time_expression* hit = nullptr;
  for (const auto& t : found) {
    if (t.span.of(sentence) == c.text) hit = &t;
  }
  ASSERT_NE(hit, nullptr) << c.sentence;
  EXPECT_EQ(to_string(hit->type), c.type) << c.sentence;
  EXPECT_EQ(hit->value, c.value) << c.sentence;
  EXPECT_EQ(hit->mod, c.mod) << c.sentence;
  if (c.start != nullptr) {
    EXPECT_EQ(day_text(hit->start), c.start) << c.sentence;
  }
  if (c.end != nullptr) {
    EXPECT_EQ(day_text(hit->end), c.end) << c.sentence;
  }
}

INSTANTIATE_TEST_SUITE_P(Phrases, TimeComposeTest, ::testing::ValuesIn(kPeriods));

class TimeComposeTimedTest : public ::testing::TestWithParam<period_case> {};

TEST_P(TimeComposeTimedTest, ComposesPeriodFromNow) {
  const period_case& c = GetParam();
  const std::string_view sentence = c.sentence;
  const auto found = extract_time_periods(sentence, timed_context());
  const time_expression* hit = nullptr;
  for (const auto& t : found) {
    if (t.span.of(sentence) == c.text) hit = &t;
  }
  ASSERT_NE(hit, nullptr) << c.sentence;
  EXPECT_EQ(to_string(hit->type), c.type) << c.sentence;
  EXPECT_EQ(hit->value, c.value) << c.sentence;
  EXPECT_EQ(hit->mod, c.mod) << c.sentence;
  EXPECT_EQ(day_text(hit->start), c.start) << c.sentence;
  EXPECT_EQ(day_text(hit->end), c.end) << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(Phrases, TimeComposeTimedTest, ::testing::ValuesIn(kTimedPeriods));

// What must not be composed: the atoms come back as extract_times returns them.
const char* const kNotComposed[] = {
    "Sales fell from 2018 to 2014 in the survey.",  // a range going backwards
    "Deaths in 2014 (to 2018 figures) rose.",       // a bracket between the ends
    "It was the highest in two years.",             // a window reaching back, not a point ahead
    "The score was 3-5 at 9pm.",                    // a score before a clock
    "Children aged 5 to 7 attended at 10am.",       // numbers with no clock beside them
    "It shut in March, when the plant closed, to May.",  // a clause between the ends
    "Sales rose in 2014.\n\n2018 was worse.",            // a paragraph break
    "The plan covers 2014 and 2018 alike.",
    "On Friday 3.5 million people voted.",
    "On Friday 25 people were hurt.",
    "In March to may be too late.",
    "Call 555-2014-2018 for details.",
    "The score ended 2018-2014 after extra time.",
    "Figures for March 2021 - March 3, 2021 only - were revised.",
    "He scored 9 to 12 points on June 5.",
    "We met at 8am to 3 people.",          // "and" without "between"
    "Only 5 past winners came back.",      // a count-first window needs a time noun
    "They talked from 9 for 2 days.",      // a clock span needs a length under a day
    "The highest in 5 minutes was seen.",  // a superlative before "in"
};

TEST(TimeComposeNegative, LeavesAtomsAlone) {
  for (const char* s : kNotComposed) {
    const auto atoms = extract_times(s, reference_context());
    const auto periods = extract_time_periods(s, reference_context());
    ASSERT_EQ(atoms.size(), periods.size()) << s;
    for (std::size_t i = 0; i < atoms.size(); ++i) {
      EXPECT_EQ(atoms[i].span, periods[i].span) << s;
      EXPECT_EQ(atoms[i].value, periods[i].value) << s;
      EXPECT_EQ(atoms[i].mod, periods[i].mod) << s;
    }
  }
}

TEST(TimeComposeNegative, NoReferenceLeavesRelativeWindowsAlone) {
  const auto found = extract_time_periods("Rain is forecast for the next 3 days.", time_context{});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "P3D");
}

// Clock units need the reference time of day: without it "in 5 minutes" stays a duration and
// "the 3 last hours" is not a window.
TEST(TimeComposeNegative, NoTimeOfDayLeavesClockUnitsAlone) {
  auto found = extract_time_periods("The minister speaks in 5 minutes.", reference_context());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "PT5M");
  found = extract_time_periods("Shots were heard in the 3 last hours.", reference_context());
  for (const auto& t : found) EXPECT_FALSE(t.value.starts_with("(")) << t.value;
}

// "later than" is a bound, not "that much later than now".
TEST(TimeComposeNegative, LaterThanIsNotFromNow) {
  const auto found =
      extract_time_periods("The train left 30 minutes later than planned.", timed_context());
  for (const auto& t : found) EXPECT_FALSE(t.value.starts_with("2021")) << t.value;
}

// The span contract of extract.hpp holds: sorted, non-overlapping, inside the text; and the scan
// stays linear on long runs of connectors and numbers.
TEST(TimeComposeProperty, SpansSortedAndLinear) {
  std::string text;
  for (int i = 0; i < 20000; ++i)
    text += "from 2014 to 2018 - 3-5pm between 4 and 5pm until Friday, ";
  const auto found = extract_time_periods(text, reference_context());
  ASSERT_FALSE(found.empty());
  for (std::size_t i = 0; i < found.size(); ++i) {
    EXPECT_LE(found[i].span.end, text.size());
    EXPECT_LT(found[i].span.begin, found[i].span.end);
    if (i > 0) {
      EXPECT_LE(found[i - 1].span.end, found[i].span.begin);
    }
  }
}

// Random sentences from the pieces composition reads: spans stay sorted, disjoint and inside the
// text, and an interval never ends before it starts.
TEST(TimeComposeProperty, RandomFragmentsKeepTheContract) {
  const char* const words[] = {
      "from",      "between", "and",   "to",       "through",   "-",      "~",       "\xE2\x80\x93",
      ",",         "of",      "on",    "at",       "since",     "before", "after",   "until",
      "by",        "later",   "than",  "no",       "the",       "first",  "last",    "week",
      "next",      "past",    "3",     "17",       "9:30",      "5pm",    "2014",    "2018",
      "2014-2018", "March",   "May 5", "Friday",   "tomorrow",  "today",  "in",      "two",
      "days",      "months",  "for",   "starting", "beginning", "2:00",   "12 June", "."};
  constexpr std::size_t n = sizeof(words) / sizeof(words[0]);
  unsigned state = 12345;
  const auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7fff;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const unsigned len = 1 + next() % 12;
    for (unsigned k = 0; k < len; ++k) {
      text += words[next() % n];
      text += ' ';
    }
    const auto found = extract_time_periods(text, reference_context());
    for (std::size_t i = 0; i < found.size(); ++i) {
      ASSERT_LE(found[i].span.end, text.size()) << text;
      ASSERT_LT(found[i].span.begin, found[i].span.end) << text;
      if (i > 0) {
        ASSERT_LE(found[i - 1].span.end, found[i].span.begin) << text;
      }
      if (found[i].start && found[i].end) {
        ASSERT_LE(*found[i].start, *found[i].end) << text;
      }
    }
  }
}

TEST(TimeComposeProperty, OddBytesDoNotThrow) {
  const std::string odd[] = {"",
                             "-",
                             "from",
                             "between and",
                             "3-",
                             "-5pm",
                             "\xE2\x80\x93 5pm",
                             "9:",
                             "to 4pm",
                             std::string("5\0-6pm", 6),
                             "\xFF\xFE 3-5pm \xC3"};
  for (const auto& s : odd) {
    EXPECT_NO_THROW((void)extract_time_periods(s, reference_context())) << s;
  }
}

}  // namespace
}  // namespace factcheck::grammar
