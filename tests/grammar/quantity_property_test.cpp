// Properties of extract_quantities on random and adversarial input: it never throws, returns,
// and its spans lie inside the text, sorted and non-overlapping. No timing assertions: a
// quadratic regression shows up as the test's ctest timeout.

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

#include "grammar/extract.hpp"

namespace factcheck::grammar {
namespace {

void expect_well_formed(std::string_view text) {
  std::vector<quantity> found;
  ASSERT_NO_THROW(found = extract_quantities(text));
  std::uint32_t previous_end = 0;
  for (const auto& q : found) {
    ASSERT_LT(q.span.begin, q.span.end);
    ASSERT_LE(q.span.end, text.size());
    ASSERT_GE(q.span.begin, previous_end) << "overlapping or unsorted spans";
    previous_end = q.span.end;
    ASSERT_LE(q.noun_span.end, text.size());
    ASSERT_LE(q.low, q.high);
  }
}

TEST(QuantityProperty, RandomBytes) {
  std::mt19937 rng(12345);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 200; ++round) {
    std::string text(static_cast<std::size_t>(rng() % 2000), '\0');
    for (auto& c : text) c = static_cast<char>(byte(rng));
    expect_well_formed(text);
  }
}

TEST(QuantityProperty, RandomNewsTokens) {
  // Shuffled fragments of the grammar's own vocabulary: the likeliest place for overlaps.
  const char* tokens[] = {"over",   "94,000", "-",     "to",     "between", "and",   "tens",
                          "of",     "thousands", "$",  "4.5bn",  "%",       "per cent", "a",
                          "hundred", "twenty", "-one", "nearly", "12",      ":",     "30",
                          "troops", "people", "\xE2\x80\x93", "from", "or more", ".", ",",
                          "\n",     "2014",   "December", "\xC2\xA3", "several", "dozen"};
  std::mt19937 rng(99);
  for (int round = 0; round < 500; ++round) {
    std::string text;
    const auto length = rng() % 60;
    for (std::uint32_t i = 0; i < length; ++i) {
      text += tokens[rng() % std::size(tokens)];
      if (rng() % 3 != 0) text += ' ';
    }
    expect_well_formed(text);
  }
}

TEST(QuantityProperty, TenMegabytesOfDigits) { expect_well_formed(std::string(10u << 20, '7')); }

TEST(QuantityProperty, OneMegabyteOfCommas) { expect_well_formed(std::string(1u << 20, ',')); }

TEST(QuantityProperty, LongGroupedFigureAndSeparators) {
  std::string grouped = "1";
  for (int i = 0; i < 100000; ++i) grouped += ",000";
  expect_well_formed(grouped);
  std::string digits_and_commas;
  for (int i = 0; i < 200000; ++i) digits_and_commas += "1,";
  expect_well_formed(digits_and_commas);
  std::string words;
  for (int i = 0; i < 100000; ++i) words += "twenty-one thousand ";
  expect_well_formed(words);
}

TEST(QuantityProperty, InvalidUtf8AndNul) {
  std::string text = "Over \xFF\xFE 94,000 \xC3 troops \0 and \xE2\x82 12 \x80\x80 people";
  text += std::string("\0\0\0 45% \0", 9);
  expect_well_formed(text);
  expect_well_formed(std::string_view("\xE2", 1));
  expect_well_formed(std::string_view("$", 1));
  expect_well_formed(std::string_view("12", 2));
  expect_well_formed("");
}

}  // namespace
}  // namespace factcheck::grammar
