#pragma once
// time_gold (bench/scoring, not part of the production library): reads TimeML gold documents (TempEval-3 .tml) and scores extracted time expressions
// against them the way TempEval-3 does. Used by bench/score_timex and the ctest smoke run
// (tests/grammar/timex_bench_smoke_test.cpp). No X3 here.
//
// Scoring: strict extent = identical byte spans; relaxed extent = any overlap (one-to-one, in
// text order); type and value accuracy are over relaxed matches, and attribute F1 = accuracy x
// relaxed F1 (TempEval-3's "value F1").

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/timex.hpp"

namespace factcheck::bench {

using grammar::time_expression;

struct gold_timex {
  text::byte_span span;  // into timeml_document::text
  std::string type;
  std::string value;
  std::string mod;
};

struct timeml_document {
  std::optional<std::chrono::year_month_day> dct;
  std::string text;  // the <TEXT> element with its tags removed and entities decoded
  std::vector<gold_timex> timexes;
};

// Never throws; a document without <TEXT> yields an empty text.
timeml_document read_timeml(std::string_view xml);

struct timex_score {
  std::size_t gold = 0;
  std::size_t system = 0;
  std::size_t strict = 0;   // exact span matches
  std::size_t relaxed = 0;  // overlapping matches
  std::size_t type_ok = 0;  // among relaxed matches
  std::size_t value_ok = 0;

  void add(const timex_score& other);
  [[nodiscard]] double strict_precision() const;
  [[nodiscard]] double strict_recall() const;
  [[nodiscard]] double strict_f1() const;
  [[nodiscard]] double relaxed_precision() const;
  [[nodiscard]] double relaxed_recall() const;
  [[nodiscard]] double relaxed_f1() const;
  [[nodiscard]] double type_accuracy() const;
  [[nodiscard]] double value_accuracy() const;
};

// One difference between gold and system, for inspection.
struct timex_difference {
  enum class kind { missed, spurious, wrong_value, wrong_type, wrong_extent } what = kind::missed;
  std::string text;     // gold text (missed, wrong_*) or system text (spurious)
  std::string system_text;
  std::string expected;  // gold value or type (wrong_extent: gold value)
  std::string actual;
  text::byte_span span;  // the gold span (missed, wrong_*) or the system span (spurious)
};

timex_score score_timexes(const timeml_document& doc, const std::vector<time_expression>& system,
                          std::vector<timex_difference>* differences = nullptr);

}  // namespace factcheck::bench
