// The determiner gate of extract_times (grammar/time_gate.hpp): the word list must hold every word
// the time grammar can read, or a phrase opening with "the", "a", "an", "that" or "this" would
// silently stop being extracted.

#include "grammar/time_gate.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "grammar/extract.hpp"

namespace {

using factcheck::grammar::detail::time_grammar_words;

// The time grammar's source: its lexicons and the rules of each of its X3 units.
std::string read_grammar_source() {
  std::stringstream buffer;
  for (const char* file : {"time_lexicon.hpp", "time_actions.hpp", "clock_rules_def.hpp",
                           "date_rules_def.hpp", "holiday_rules_def.hpp", "relative_rules_def.hpp",
                           "time_rules_def.hpp"}) {
    std::ifstream in(std::string(FACTCHECK_SOURCE_DIR) + "/grammar/" + file);
    std::string line;
    while (std::getline(in, line)) {
      if (!line.starts_with("#include")) buffer << line << '\n';  // file names are not words
    }
  }
  return buffer.str();
}

TEST(TimeGate, WordListIsSorted) {
  EXPECT_TRUE(std::is_sorted(time_grammar_words.begin(), time_grammar_words.end()));
}

// Every letter run of three letters or more inside a string literal (outside comments) of the
// grammar source is in the gate's list.
TEST(TimeGate, WordListCoversEveryGrammarLiteral) {
  const std::string src = read_grammar_source();
  ASSERT_FALSE(src.empty());
  bool in_string = false;
  std::string word;
  const auto flush = [&word] {
    if (word.size() >= 3) {
      EXPECT_TRUE(std::binary_search(time_grammar_words.begin(), time_grammar_words.end(), word))
          << "add \"" << word << "\" to grammar/time_gate.hpp";
    }
    word.clear();
  };
  for (std::size_t i = 0; i < src.size(); ++i) {
    const char c = src[i];
    if (!in_string) {
      if (c == '/' && i + 1 < src.size() && src[i + 1] == '/') {
        while (i < src.size() && src[i] != '\n') ++i;
      } else if (c == '\'' && i + 2 < src.size()) {
        i += src[i + 1] == '\\' ? 3 : 2;  // a char literal: '"' is no string
      } else if (c == '"') {
        in_string = true;
      }
      continue;
    }
    if (c == '\\') {
      flush();
      ++i;  // an escape ("\xC2") is no word
      while (i + 1 < src.size() && std::isxdigit(static_cast<unsigned char>(src[i + 1])) &&
             src[i] != '"')
        ++i;
      continue;
    }
    if (c == '"') {
      flush();
      in_string = false;
      continue;
    }
    if (std::isalpha(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      flush();
    }
  }
}

struct gate_case {
  std::string_view text;
  std::string_view expected;  // the extracted span, or empty: nothing extracted
};

class TimeGateCases : public testing::TestWithParam<gate_case> {};

TEST_P(TimeGateCases, DeterminerPhrases) {
  const gate_case& c = GetParam();
  const auto times = factcheck::grammar::extract_times(c.text, factcheck::grammar::time_context{});
  if (c.expected.empty()) {
    EXPECT_TRUE(times.empty()) << c.text;
    return;
  }
  ASSERT_FALSE(times.empty()) << c.text;
  const auto& span = times.front().span;
  EXPECT_EQ(c.text.substr(span.begin, span.end - span.begin), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Gate, TimeGateCases,
    testing::Values(
        // the grammar is still tried after a determiner when the next word is one it reads
        gate_case{"Sales fell in the third quarter.", "the third quarter"},
        gate_case{"The mill closed a year ago.", "a year ago"},
        gate_case{"Prices rose this week.", "this week"},
        gate_case{"They met again that   day.", "that   day"},
        gate_case{"It shut in the 1990s.", "the 1990s"},
        // and when it is not a plain word
        gate_case{"Ships sailed in the '80s.", "the '80s"},
        // an ordinary noun after a determiner: no expression, the grammar is not tried
        gate_case{"The harbour master spoke to the crews.", ""},
        gate_case{"A ferry left that pier.", ""}, gate_case{"This vessel is new.", ""}));

}  // namespace
