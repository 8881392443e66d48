#pragma once
// Plain AST of the quantity grammar (grammar/quantity_rules_def.hpp fills it through semantic
// actions; grammar/quantities.cpp turns it into grammar::quantity). No X3 here.

#include <cstdint>
#include <string_view>

#include "grammar/quantity.hpp"

namespace factcheck::grammar::ast {

// One written figure before scaling: "94,300", "1.2", "fourteen thousand", "a dozen".
struct number {
  double value = 0;
  double unit = 1;            // place value of the last significant digit: 94,000 -> 1000, 1.25 -> 0.01
  bool words = false;         // spelled out ("seven")
  bool grouped = false;       // thousands separators ("94,300")
  bool spaced = false;        // ASCII spaces between digit groups ("1 234 567")
  bool decimal = false;       // has a decimal point
  bool leading_zero = false;  // "007", "020": ids and phone prefixes, not counts
  std::uint8_t int_digits = 0;
};

// A vague amount ("tens of thousands", "several hundred") as a closed interval.
struct vague {
  double low = 0;
  double high = 0;
};

// One figure with its money / scale / percent decorations: "$4.5bn", "45 per cent", "12m".
struct amount {
  number num;
  double scale = 1;                 // 1, 1e3, 1e6, 1e9, 1e12
  std::string_view currency;        // ISO 4217 code, empty when none
  bool percent = false;
  bool percentage_points = false;   // "4.5 percentage points" (kept apart from percent)
  int unit = -1;                    // a unit of grammar/units.hpp ("200 feet"), -1 when none
  int per_unit = -1;                // the unit it is divided by ("tonnes a year", "km per hour")
  bool per_person = false;          // "per capita", "per person", "a head"
  bool age = false;                 // "20 years old", "a 20-year-old", "aged 20"
  double part_figure = -1;          // "5 ft 2 in": the 2, until its unit is read (-1: none)
  bool negative = false;            // "-5", "minus five"
  bool is_vague = false;
  vague range;                      // when is_vague
  const char* begin = nullptr;      // where the amount starts (its currency sign, if any)
  const char* end = nullptr;        // where it ends (after "%", "per cent", "dollars")
};

// Running sum of a spelled-out number: "two hundred and two thousand" = (2*100 + 2) * 1000.
struct word_fold {
  double total = 0;
  double cur = 0;
};

// A whole quantity phrase: hedge, one amount or a range of two.
struct phrase {
  hedge hedge_kind = hedge::none;
  amount first;
  amount second;
  bool range = false;
  // "more than 20 and fewer than 50": a range whose ends carry their own hedges.
  bool bounded = false;
  hedge low_hedge = hedge::none;
  hedge high_hedge = hedge::none;
};

}  // namespace factcheck::grammar::ast
