// Normalization of time expressions against fixed reference dates: the weekday convention, year
// ends, leap years, intervals, expressions without a reference, numeric date order.

#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "grammar/extract.hpp"

namespace factcheck::grammar {
namespace {

using namespace std::chrono;

std::optional<time_expression> find(std::string_view sentence, std::string_view text, const time_context& c) {
  for (const auto& t : extract_times(sentence, c)) {
    if (t.span.of(sentence) == text) return t;
  }
  return std::nullopt;
}

time_context at(year_month_day d, date_order order = date_order::day_first) {
  time_context c;
  c.reference = d;
  c.numeric_dates = order;
  return c;
}

struct relative_case {
  year_month_day reference;
  const char* sentence;
  const char* text;
  const char* value;
};

const relative_case kRelative[] = {
    // the weekday convention, reference Saturday 2021-12-04
    {year{2021} / December / 4, "The minister said on Friday that talks had stalled.", "Friday", "2021-12-03"},
    {year{2021} / December / 4, "The minister spoke on Saturday to the chamber.", "Saturday", "2021-12-04"},
    {year{2021} / December / 4, "The minister spoke on Sunday to the chamber.", "Sunday", "2021-11-28"},
    {year{2021} / December / 4, "The minister will speak on Sunday to the chamber.", "Sunday", "2021-12-05"},
    {year{2021} / December / 4, "The minister is due to speak on Friday in Rome.", "Friday", "2021-12-10"},
    {year{2021} / December / 4, "The envoys meet next Saturday in Vienna.", "next Saturday", "2021-12-11"},
    {year{2021} / December / 4, "The envoys met last Saturday in Vienna.", "last Saturday", "2021-11-27"},
    // across year ends
    {year{2021} / December / 30, "Ministers meet on Jan. 3 in Brussels.", "Jan. 3", "2022-01-03"},
    {year{2022} / January / 2, "Ministers met on Dec. 28 in Brussels.", "Dec. 28", "2021-12-28"},
    {year{2021} / December / 15, "Talks resume next month in Geneva.", "next month", "2022-01"},
    {year{2022} / January / 10, "Talks stalled last month in Geneva.", "last month", "2021-12"},
    {year{2021} / December / 30, "Talks resume next week in Geneva.", "next week", "2022-W01"},
    {year{2022} / January / 5, "Talks stalled last week in Geneva.", "last week", "2021-W52"},
    {year{2022} / January / 1, "The ministry said yesterday that talks failed.", "yesterday", "2021-12-31"},
    {year{2021} / December / 31, "The court will rule tomorrow on the appeal.", "tomorrow", "2022-01-01"},
    {year{2022} / January / 3, "Output rose last year at the plant.", "last year", "2021"},
    {year{2021} / December / 4, "An attack could come in late January, officials said.", "late January", "2022-01"},
    {year{2021} / December / 3, "They have not spoken since June, when they met.", "June", "2021-06"},
    // leap years
    {year{2024} / February / 28, "The court will rule tomorrow on the appeal.", "tomorrow", "2024-02-29"},
    {year{2023} / February / 28, "The court will rule tomorrow on the appeal.", "tomorrow", "2023-03-01"},
    {year{2024} / March / 1, "The plant opened two days ago in the east.", "two days ago", "2024-02-28"},
    {year{2024} / March / 10, "The deal was signed on February 29, 2024 in Oslo.", "February 29, 2024", "2024-02-29"},
    // ISO weeks, quarters
    {year{2013} / March / 14, "Talks are expected this week in Geneva.", "this week", "2013-W11"},
    {year{2021} / January / 20, "Profit rose in the fourth quarter at the bank.", "the fourth quarter", "2020-Q4"},
    {year{2021} / December / 4, "Prices fell earlier this month in the region.", "earlier this month", "2021-12"},
    {year{2021} / December / 4, "The war began seven years ago in the east.", "seven years ago", "2014"},
};

class RelativeNormalization : public ::testing::TestWithParam<relative_case> {};

TEST_P(RelativeNormalization, ResolvesAgainstReference) {
  const relative_case& c = GetParam();
  const auto t = find(c.sentence, c.text, at(c.reference));
  ASSERT_TRUE(t.has_value()) << c.sentence;
  EXPECT_EQ(t->value, c.value) << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(Table, RelativeNormalization, ::testing::ValuesIn(kRelative));

// The tense read around an expression (times.cpp): the nearest verb before it, or the verb after
// it when the sentence opens with it; reporting verbs say nothing about the reported event.
const relative_case kTense[] = {
    // a past event verb keeps a month or date without a year before the reference
    {year{1995} / November / 2, "The mayor stepped down in March after a scandal.", "March", "1995-03"},
    {year{1995} / October / 20, "The council changed its rules in December.", "December", "1994-12"},
    {year{1995} / October / 30, "The group bought the mill in February for cash.", "February", "1995-02"},
    {year{1995} / October / 20, "The board approved the plan Aug. 14 in a vote.", "Aug. 14", "1995-08-14"},
    {year{1995} / October / 20, "The index is near the record set on Aug. 4 by traders.", "Aug. 4", "1995-08-04"},
    // ... but a reporting verb does not: the nearest date wins
    {year{1995} / November / 2, "The mayor said the new bridge opens in March.", "March", "1996-03"},
    // a sentence that opens with the date takes the verb after it
    {year{1995} / October / 25, "In January, the company closed two plants.", "January", "1995-01"},
    // payable/effective/until look ahead; "unspecified" is an adjective, not a past tense
    {year{1995} / October / 26, "The board declared a dividend payable Dec. 15 to holders.", "Dec. 15", "1995-12-15"},
    {year{1995} / October / 26, "The shares would be paid on an unspecified date in January.", "January", "1996-01"},
    // weekdays: intentions, deadlines and "is to" look ahead (reference Saturday 2021-12-04)
    {year{2021} / December / 4, "Farmers were planning to block the road on Monday.", "Monday", "2021-12-06"},
    {year{2021} / December / 4, "The envoys could be in Vienna as soon as Tuesday.", "Tuesday", "2021-12-07"},
    {year{2021} / December / 4, "The court gave them until Wednesday to reply.", "Wednesday", "2021-12-08"},
    {year{2021} / December / 4, "The convoy is to cross the border Thursday, he said.", "Thursday", "2021-12-09"},
    // ... a noun "plan" does not, and a participle right before dates the past
    {year{2021} / December / 4, "The mayor announced the plan Tuesday in a speech.", "Tuesday", "2021-11-30"},
    {year{2021} / December / 4, "The ship could not be located Wednesday near the coast.", "Wednesday", "2021-12-01"},
};

INSTANTIATE_TEST_SUITE_P(Tense, RelativeNormalization, ::testing::ValuesIn(kTense));

TEST(TimeNormalize, IntervalsAreHalfOpenDays) {
  const auto c = at(year{2021} / December / 4);
  const auto month = find("Prices rose in December 2021 across the region.", "December 2021", c);
  ASSERT_TRUE(month && month->start && month->end);
  EXPECT_EQ(year_month_day{*month->start}, year{2021} / December / 1);
  EXPECT_EQ(year_month_day{*month->end}, year{2022} / January / 1);

  const auto late = find("An attack could come in late January, officials warned.", "late January", c);
  ASSERT_TRUE(late && late->start && late->end);
  EXPECT_EQ(late->mod, "END");
  EXPECT_EQ(year_month_day{*late->start}, year{2022} / January / 22);
  EXPECT_EQ(year_month_day{*late->end}, year{2022} / February / 1);

  const auto day = find("The minister said on Friday the figure was final.", "Friday", c);
  ASSERT_TRUE(day && day->start && day->end);
  EXPECT_EQ(*day->end - *day->start, days{1});
}

TEST(TimeNormalize, WithoutReferenceRelativesStayUnresolved) {
  const time_context none;
  const auto friday = find("The minister said on Friday the figure was final.", "Friday", none);
  ASSERT_TRUE(friday.has_value());
  EXPECT_EQ(friday->value, "XXXX-WXX-5");
  EXPECT_FALSE(friday->start.has_value());

  const auto month = find("Talks resume next month in Geneva.", "next month", none);
  ASSERT_TRUE(month.has_value());
  EXPECT_EQ(month->value, "FUTURE_REF");
  EXPECT_FALSE(month->start.has_value());

  const auto dec = find("Ministers meet on Dec. 4 to review the plan.", "Dec. 4", none);
  ASSERT_TRUE(dec.has_value());
  EXPECT_EQ(dec->value, "XXXX-12-04");
  EXPECT_FALSE(dec->has_year);
  EXPECT_FALSE(dec->start.has_value());

  const auto full = find("The summit opened on December 04, 2021 in the capital.", "December 04, 2021", none);
  ASSERT_TRUE(full && full->start);
  EXPECT_TRUE(full->has_year);
}

TEST(TimeNormalize, YearTakenFromReferenceIsMarked) {
  const auto t = find("Ministers meet on Dec. 4 to review the plan.", "Dec. 4", at(year{2021} / September / 1));
  ASSERT_TRUE(t.has_value());
  EXPECT_FALSE(t->has_year);
  EXPECT_EQ(t->value, "2021-12-04");
}

TEST(TimeNormalize, StatedWeekdayIsKeptForMismatchCheck) {
  const auto c = at(year{2021} / December / 4);
  const auto right = find("Saturday, December 9, 2023 was printed on the page.", "Saturday, December 9, 2023", c);
  ASSERT_TRUE(right.has_value());
  EXPECT_TRUE(right->has_weekday);
  EXPECT_EQ(right->weekday, Saturday);
  EXPECT_EQ(weekday{*right->start}, Saturday);

  const auto wrong = find("Friday, December 9, 2023 was printed on the page.", "Friday, December 9, 2023", c);
  ASSERT_TRUE(wrong.has_value());
  EXPECT_EQ(wrong->value, "2023-12-09");
  EXPECT_EQ(wrong->weekday, Friday);
  EXPECT_NE(weekday{*wrong->start}, wrong->weekday);
}

TEST(TimeNormalize, NumericDateOrder) {
  const auto day_first = find("The form is dated 05/03/2024 at the top.", "05/03/2024", at(year{2024} / June / 1));
  ASSERT_TRUE(day_first.has_value());
  EXPECT_EQ(day_first->value, "2024-03-05");
  const auto month_first =
      find("The form is dated 05/03/2024 at the top.", "05/03/2024", at(year{2024} / June / 1, date_order::month_first));
  ASSERT_TRUE(month_first.has_value());
  EXPECT_EQ(month_first->value, "2024-05-03");
  // 13 cannot be a month: the other order is taken
  const auto fallback =
      find("The form is dated 13/05/2024 at the top.", "13/05/2024", at(year{2024} / June / 1, date_order::month_first));
  ASSERT_TRUE(fallback.has_value());
  EXPECT_EQ(fallback->value, "2024-05-13");
  // dots are day-first whatever the setting
  const auto dots = find("Updated 27.01.22 by the editors.", "27.01.22", at(year{2022} / February / 1, date_order::month_first));
  ASSERT_TRUE(dots.has_value());
  EXPECT_EQ(dots->value, "2022-01-27");
}

TEST(TimeNormalize, InvalidDatesAreNotDates) {
  const auto c = at(year{2023} / March / 10);
  for (const auto& t : extract_times("The deal was signed on February 29, 2023 in Oslo.", c)) {
    EXPECT_NE(t.value, "2023-02-29");
    EXPECT_NE(t.value, "2023-03-01");
  }
  EXPECT_TRUE(extract_times("Updated 31.02.22 by the editors.", c).empty());
  EXPECT_TRUE(extract_times("Updated 13.13.22 by the editors.", c).empty());
}

TEST(TimeNormalize, DurationsAndSetsHaveNoInterval) {
  const auto c = at(year{2021} / December / 4);
  const auto d = find("The conflict has lasted seven years in the region.", "seven years", c);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->type, timex_type::duration);
  EXPECT_EQ(d->kind, timex_kind::duration);
  EXPECT_FALSE(d->start.has_value());
  const auto s = find("The council meets every week in the town hall.", "every week", c);
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(s->type, timex_type::set);
  EXPECT_FALSE(s->start.has_value());
}

}  // namespace
}  // namespace factcheck::grammar
