// Family 12 of issue 10: a calendar date with no tense cue of its own takes its nearest
// occurrence (in an article dated 4 December, "late January" is next January); a verb of
// foresight ("warned of", "predicted") is no past-tense cue for what it foresees; a past verb
// still dates the month back; a bare weekday is the most recent on or before the dateline.
// Invented sentences.

#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "grammar/extract.hpp"

namespace factcheck::grammar {
namespace {

using namespace std::chrono;

std::optional<time_expression> find(std::string_view sentence, std::string_view text,
                                    year_month_day ref) {
  time_context c;
  c.reference = ref;
  for (const auto& t : extract_times(sentence, c)) {
    if (t.span.of(sentence) == text) return t;
  }
  return std::nullopt;
}

struct nearest_case {
  const char* sentence;
  const char* text;
  const char* value;
};

const nearest_case kCases[] = {
    {"Analysts see an escalation in late January along the border.", "late January", "2022-01"},
    {"Officials warned of an escalation in late January along the border.", "late January",
     "2022-01"},
    {"The central bank predicted a recovery by March, the report showed.", "March", "2022-03"},
    {"The ferry line fears a strike in February at both ports.", "February", "2022-02"},
    {"The talks collapsed in late January after a week of rows.", "late January", "2021-01"},
    {"Prices rose sharply in October across the region.", "October", "2021-10"},
    {"The crew spoke on Thursday to the harbour master.", "Thursday", "2021-12-02"},
};

TEST(NearestOccurrence, CalendarDatesWithoutTense) {
  for (const auto& c : kCases) {
    const auto t = find(c.sentence, c.text, year{2021} / December / 4);
    ASSERT_TRUE(t.has_value()) << c.sentence;
    EXPECT_EQ(t->value, c.value) << c.sentence;
  }
}

}  // namespace
}  // namespace factcheck::grammar
