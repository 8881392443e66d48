// Things that look like figures but are not quantities (the filter table in
// grammar/quantities.cpp): years, clock times, dates, ids, phone numbers, ordinals, list
// numbering, numbers inside words, scores.

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "grammar/extract.hpp"

namespace factcheck::grammar {
namespace {

void expect_none(std::string_view sentence) {
  SCOPED_TRACE(std::string(sentence));
  const auto found = extract_quantities(sentence);
  for (const auto& q : found) ADD_FAILURE() << "unexpected quantity: " << q.span.of(sentence);
}

TEST(QuantityNegative, Years) {
  expect_none("The bridge opened in 1998 after long delays.");
  expect_none("Since 2011 the port has doubled in size.");
  expect_none("By 2030 the city wants clean buses.");
  expect_none("The 2019 election changed little.");
  expect_none("Talks ran from 2015 to 2017 without result.");
  expect_none("The 2015-2017 drought hurt farmers.");
  expect_none("Between 2001 and 2004 the mine was closed.");
  expect_none("Around 2012, the mill shut.");
  expect_none("Exports surpassed 2019 levels and stayed above 2008 figures.");
}

TEST(QuantityNegative, ClockTimes) {
  expect_none("The train left at 11:30 sharp.");
  expect_none("Polls closed at 10:45AM local time.");
  expect_none("The strike starts at 9 a.m. on Monday.");
  expect_none("The blast happened at 18.30 GMT yesterday.");
  expect_none("Doors open at 7 pm for guests.");
}

TEST(QuantityNegative, Dates) {
  expect_none("The vote is on December 4 in the capital.");
  expect_none("It was signed on 4 December in Vienna.");
  expect_none("The notice is dated 27.01.22 and stamped.");
  expect_none("The filing of 2021-12-04 was late.");
  expect_none("Payment due 05/03/2024 at the latest.");
  expect_none("The summit ran 4-5 March in Oslo.");
  expect_none("Fighting resumed on Dec. 9 near the river.");
}

TEST(QuantityNegative, IdsAndCodes) {
  expect_none("Reference 61f24e4572fc4 was attached.");
  expect_none("The F-16 jets and the COVID-19 wards.");
  expect_none("Agent 007 and ticket #12 were named.");
  expect_none("The server at 192.168.1.2 was down.");
  expect_none("Serial 12345678901234567890 was logged.");
}

TEST(QuantityNegative, PhoneNumbers) {
  expect_none("Call +1 555 123 4567 for details.");
  expect_none("Call 555-123-4567 for details.");
  expect_none("Call (020) 7946 0000 for details.");
}

TEST(QuantityNegative, OrdinalsAndWords) {
  expect_none("She finished 1st and he came 22nd in the race.");
  expect_none("It was the fourth attempt this season.");
  expect_none("No one answered the door.");
  expect_none("Someone said something about everything.");
  expect_none("The tenfold rise and the millionaire owner.");
  expect_none("He won for a third time in a row.");
  expect_none("It was a fifth day of protests.");
  expect_none("It is the third-largest port.");
  expect_none("Sales rose in the second half of the year and the last half of May.");
}

TEST(QuantityNegative, ListNumbering) {
  expect_none("1. Introduction\n2) Background\n");
}

TEST(QuantityNegative, Scores) { expect_none("The hosts won 3-1 at home."); }

TEST(QuantityNegative, HedgeWithoutFigure) {
  expect_none("Over the weekend, about the matter, some people and around town.");
}

}  // namespace
}  // namespace factcheck::grammar
