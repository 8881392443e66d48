#pragma once
// Plain result types for extracted quantities. No X3 here: see grammar/extract.hpp.

#include <limits>
#include <string>

#include "text/span.hpp"

namespace factcheck::grammar {

enum class hedge {
  none,
  over,      // over, more than, above, exceeding          -> (v, inf)
  at_least,  // at least, no fewer than                    -> [v, inf)
  under,     // under, fewer than, less than, below         -> [0, v)
  at_most,   // up to, at most, no more than                -> [0, v]
  nearly,    // nearly, almost, just under, close to        -> [~0.9v, v)
  approx,    // about, around, some, roughly, approximately -> [~0.9v, ~1.1v]
};
std::string_view to_string(hedge h);

// count: a plain figure; percent: per cent or percentage points; money: a sum in one currency;
// measure: a physical quantity with a unit of grammar/units.hpp; age: a person's age.
enum class quantity_kind { count, percent, money, measure, age };
std::string_view to_string(quantity_kind k);

struct quantity {
  text::byte_span span;         // the whole figure with its hedge (not the counted noun)
  quantity_kind kind = quantity_kind::count;
  double value = 0;             // the figure as written, scaled (94.3 thousand -> 94300)
  double value_high = 0;        // for a range, its upper end; otherwise == value
  double low = 0;               // normalized interval
  double high = 0;
  bool low_open = false;
  bool high_open = false;
  hedge hedge_kind = hedge::none;
  bool vague = false;           // dozens, tens of thousands, several...
  bool range = false;
  bool rounded = false;         // a round figure (94,000) carries its rounding in [low, high]
  double scale = 1;             // 1, 1e3, 1e6, 1e9
  std::string unit;             // counted-noun lemma ("troop"), currency code ("USD"), "percent"
  std::string noun_phrase;      // the counted noun phrase as written ("Russian troops")
  text::byte_span noun_span;    // empty when there is none
  // What the figure measures, for comparing across sources: "count", "percent", "percentage
  // point", "money" (the currency is `unit`), "age", or a unit dimension of grammar/units.hpp
  // ("length", "mass", "temperature", "mass/time", "money"...). Figures compare only within
  // one dimension.
  std::string dimension = "count";
  // [low, high] in the dimension's SI unit (m, m2, m3, kg, m/s, K, J, W, byte, s; money in its
  // own currency; counts and percents as they are): "about 200 feet" is [54.86, 67.06] m.
  double si_low = 0;
  double si_high = 0;
};

inline constexpr double infinity = std::numeric_limits<double>::infinity();

}  // namespace factcheck::grammar
