#pragma once
// Figure intervals: when two extracted quantities can describe the same true value.
//
// A quantity's normalized [low, high] already carries its hedge ("over 94,000" -> (94000, inf))
// and rounding ("94,000" as a round figure). Two figures are compatible when their intervals
// overlap, or are closer than `tolerance` times the larger magnitude (a reporter's rounding
// that the grammar could not see). Open ends matter only without tolerance.

#include <string>
#include <string_view>

#include "grammar/quantity.hpp"

namespace factcheck::checker {

struct figure_interval {
  double low = 0;
  double high = 0;
  bool low_open = false;
  bool high_open = false;
};

figure_interval interval_of(const grammar::quantity& q);

// The gap between the intervals (0 when they touch or overlap).
double interval_gap(const figure_interval& a, const figure_interval& b);
bool compatible(const figure_interval& a, const figure_interval& b, double tolerance);
bool contains(const figure_interval& a, double value, double tolerance = 0);

// The counted noun as written, cut after the noun itself: "Russian troops", not "Russian troops
// were moved". Empty when the grammar found none.
std::string counted_noun_text(const grammar::quantity& q, std::string_view article_text);
// The figure as an editor reads it: "94,300 troops", "over 94,000 troops", "12%".
std::string figure_text(const grammar::quantity& q, std::string_view article_text);

}  // namespace factcheck::checker
