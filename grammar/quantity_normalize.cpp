#include "grammar/quantity_normalize.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "grammar/units.hpp"

namespace factcheck::grammar::detail {
namespace {

// The margins hedges imply. "nearly 3,000" is within 10% below; "about" 10% either side.
constexpr double nearly_factor = 0.9;
constexpr double approx_low_factor = 0.9;
constexpr double approx_high_factor = 1.1;

double stated(const ast::amount& a) { return (a.negative ? -1 : 1) * a.num.value * a.scale; }

// Number of trailing zeros of a non-negative integer value (place of its last non-zero digit).
int trailing_zeros(double v) {
  int zeros = 0;
  if (v < 1 || v != std::floor(v)) return 0;
  while (zeros < 15 && std::fmod(v, 10.0) == 0) {
    v /= 10;
    ++zeros;
  }
  return zeros;
}

struct interval {
  double low = 0;
  double high = 0;
  bool low_open = false;
  bool high_open = false;
};

interval apply_hedge(hedge h, double low, double high) {
  switch (h) {
    case hedge::none:
      return {low, high, false, false};
    case hedge::over:
      return {low, infinity, true, true};
    case hedge::at_least:
      return {low, infinity, false, true};
    case hedge::under:
      return {low < 0 ? -infinity : 0, high, low < 0, true};
    case hedge::at_most:
      return {low < 0 ? -infinity : 0, high, low < 0, false};
    case hedge::nearly:
      return {low * nearly_factor, high, false, true};
    case hedge::approx:
      return {low * approx_low_factor, high * approx_high_factor, false, false};
  }
  return {low, high, false, false};
}

// A measurement's unit as one conversion: "tonnes a year" is mass/time, 1000 / 31556952 kg/s;
// "5 km an hour" is a speed like "5 km/h".
struct measure {
  std::string dimension;
  std::string unit;
  double factor = 1;
  double offset = 0;
};

std::string divided(const std::string& dimension, const std::string& by) {
  if (dimension == "length" && by == "time") return "speed";
  return dimension + "/" + by;
}

std::optional<measure> measure_of(const ast::amount& a) {
  const units::unit* u = units::at(a.unit);
  if (u == nullptr) return std::nullopt;
  measure m{a.age ? "age" : u->dimension, u->id, u->factor, u->offset};
  if (const units::unit* per = units::at(a.per_unit); per != nullptr && !a.age) {
    // A rate of a temperature has no SI meaning here; keep the figure as a plain measure.
    if (u->offset == 0 && per->offset == 0) {
      m.dimension = divided(m.dimension, per->dimension);
      m.unit += " per " + per->id;
      m.factor /= per->factor;
    }
  }
  if (a.per_person && !a.age) {
    m.dimension += "/person";
    m.unit += " per person";
  }
  return m;
}

// Half the place value of the last written digit of a measurement: "61 metres" +-0.5 m, "1.5
// km" +-0.05 km; a round figure keeps two significant digits ("200 feet" +-5 ft). Measurements
// are never exact: the unit they are written in rounds them.
double measure_half_width(const ast::amount& a) {
  if (a.is_vague) return 0;
  const double v = std::fabs(a.num.value * a.scale);
  double place = 1;
  if (a.num.decimal) {
    place = a.num.unit * a.scale;
  } else {
    const int zeros = trailing_zeros(std::fabs(a.num.value));
    place = std::pow(10.0, zeros) * a.scale;
    if (zeros > 0 && v > 0 && std::floor(std::log10(v / place) + 1e-9) + 1 < 2) place /= 10;
  }
  return place / 2;
}

// The end of a range that states no unit takes the other end's ("5 to 7 km"); ends in two
// different units are two figures ("5 km to 7 miles" is not one range).
bool share_unit(ast::amount& a, ast::amount& b) {
  if (a.unit >= 0 && b.unit >= 0) return a.unit == b.unit && a.per_unit == b.per_unit;
  ast::amount& bare = a.unit < 0 ? a : b;
  const ast::amount& given = a.unit < 0 ? b : a;
  if (given.unit < 0) return true;
  bare.unit = given.unit;
  bare.per_unit = given.per_unit;
  bare.per_person = given.per_person;
  bare.age = given.age;
  return true;
}

}  // namespace

double rounding_half_width(const ast::amount& a) {
  if (a.is_vague || a.percent || (a.num.decimal && a.scale == 1)) return 0;
  const double v = a.num.value * a.scale;
  if (v <= 0) return 0;
  double place = 0;
  if (a.scale > 1) {
    // "1.2 million": the last written digit is 0.1 million; "3bn" is 1 billion.
    place = (a.num.decimal ? a.num.unit : std::pow(10.0, trailing_zeros(a.num.value))) * a.scale;
  } else {
    const int zeros = trailing_zeros(v);
    // 94,300 reads as exact; a figure ending in three zeros or more (94,000) is a round one.
    if (zeros < 3) return 0;
    place = std::pow(10.0, zeros);
  }
  // Keep at least two significant digits: 100,000 is 100,000 +- 5,000, not +- 50,000.
  const double significant = std::floor(std::log10(v / place) + 1e-9) + 1;
  if (significant < 2) place /= 10;
  return place / 2;
}

namespace {

// The dimension and the SI interval (docs/decisions/0042-units-and-si.md).
void set_dimension(quantity& q, const ast::amount& first, const std::optional<measure>& unit) {
  q.si_low = q.low;
  q.si_high = q.high;
  switch (q.kind) {
    case quantity_kind::count:
      q.dimension = "count";
      return;
    case quantity_kind::percent:
      q.dimension = first.percentage_points ? "percentage point" : "percent";
      return;
    case quantity_kind::money:
      q.dimension = "money";
      return;
    case quantity_kind::measure:
    case quantity_kind::age:
      break;
  }
  q.dimension = unit->dimension;
  q.unit = unit->unit;
  if (unit->offset != 0 && q.low <= 0 &&
      (q.hedge_kind == hedge::under || q.hedge_kind == hedge::at_most)) {
    // "below 30C": the floor of a temperature is absolute zero, not 0 degrees of its scale.
    q.low = -unit->offset / unit->factor;
  }
  q.si_low = q.low * unit->factor + unit->offset;
  q.si_high = q.high * unit->factor + unit->offset;
}

}  // namespace

bool normalize(const ast::phrase& p, quantity& q) {
  ast::amount first = p.first;
  ast::amount second = p.second;
  if (p.range) {
    // "15 % to $ 415.9 million" is two figures, not a range: the ends must be of one kind.
    // (A bare first end takes the second's sign: "10-15%", "$5-6bn" read as one range.)
    if ((first.percent && !second.percent) || (second.percent && !first.currency.empty()) ||
        (!first.currency.empty() && !second.currency.empty() &&
         first.currency != second.currency)) {
      return false;
    }
    // "$5-6bn", "between 90 and 100 million", "10-15%": the second end lends its scale,
    // currency and percent sign to a bare first end, when that keeps the range ascending.
    if (first.scale == 1 && second.scale > 1 && !first.is_vague &&
        first.num.value * second.scale <= stated(second)) {
      first.scale = second.scale;
    }
    if (first.currency.empty()) first.currency = second.currency;
    if (second.currency.empty()) second.currency = first.currency;
    if (second.percent) first.percent = true;
    if (second.percentage_points) first.percentage_points = true;
    if (!share_unit(first, second)) return false;
  }
  const std::optional<measure> unit =
      first.percent || !first.currency.empty() ? std::nullopt : measure_of(first);
  q.kind = (first.percent || second.percent) ? quantity_kind::percent
           : !first.currency.empty()         ? quantity_kind::money
           : unit && first.age               ? quantity_kind::age
           : unit                            ? quantity_kind::measure
                                             : quantity_kind::count;
  q.hedge_kind = p.hedge_kind;
  q.range = p.range;
  q.scale = first.is_vague ? 1 : first.scale;

  double low = 0;
  double high = 0;
  if (first.is_vague) {
    q.vague = true;
    low = first.range.low;
    high = first.range.high;
    if (first.currency.empty() && !first.percent && first.scale > 1) {
      low *= first.scale;
      high *= first.scale;
    }
    q.value = low;
  } else {
    q.value = stated(first);
    low = q.value;
    high = q.value;
  }
  if (p.range) {
    const double top = second.is_vague ? second.range.high : stated(second);
    // "-18 C to -34 C": two negative ends of one measure are a range whichever way they are
    // written (the colder end is often written last); other descending pairs are scores or
    // changes ("3-1", "from 20 to 10").
    const bool negative_measure = unit && first.negative && second.negative && !p.bounded;
    if (top < low && !p.bounded && !negative_measure) return false;
    q.value_high = top;
    if (top < low) {
      high = low;
      low = top;
    } else {
      high = top;
    }
  } else {
    q.value_high = first.is_vague ? high : q.value;
  }

  if (unit && !p.range && !first.is_vague && p.hedge_kind == hedge::none) {
    const double half = measure_half_width(first);
    q.rounded = half > 0;
    low -= half;
    high += half;
  } else if (!p.range && !first.is_vague && p.hedge_kind == hedge::none) {
    const double half = rounding_half_width(first);
    if (half > 0) {
      q.rounded = true;
      low -= half;
      high += half;
    }
  } else if (!p.range && !first.is_vague) {
    q.rounded = rounding_half_width(first) > 0;
  }
  interval iv = apply_hedge(p.hedge_kind, low, high);
  if (p.bounded) {
    // "more than 100 and less than 300": each end keeps its own openness; written the other
    // way round ("under 300 and over 100") the ends are swapped.
    hedge lo = p.low_hedge;
    hedge hi = p.high_hedge;
    double a = q.value;
    double b = q.value_high;
    const auto is_lower = [](hedge h) { return h == hedge::over || h == hedge::at_least; };
    const auto is_upper = [](hedge h) { return h == hedge::under || h == hedge::at_most; };
    if (is_upper(lo) && is_lower(hi)) {
      std::swap(lo, hi);
      std::swap(a, b);
    }
    // "less than 10, more than 10" is empty: not an interval.
    if (!is_lower(lo) || !is_upper(hi) || a > b ||
        (a == b && (lo == hedge::over || hi == hedge::under))) {
      return false;
    }
    q.value = a;
    q.value_high = b;
    q.hedge_kind = hedge::none;
    iv = {a, b, lo == hedge::over, hi == hedge::under};
  }
  // Counts and sums do not go below zero; temperatures do (their zero is a convention).
  const bool signed_scale = unit && unit->offset != 0;
  q.low = iv.low < 0 && q.value >= 0 && !signed_scale ? 0.0 : iv.low;
  q.high = iv.high;
  q.low_open = iv.low_open;
  q.high_open = iv.high_open;
  set_dimension(q, first, unit);
  return true;
}

}  // namespace factcheck::grammar::detail
