#include "checker/model/interval.hpp"

#include <algorithm>
#include <cmath>

#include "checker/analysis/claim_text.hpp"

namespace factcheck::checker {

figure_interval interval_of(const grammar::quantity& q) {
  figure_interval i{q.low, q.high, q.low_open, q.high_open};
  // A grammar that left the interval empty (low == high == 0 with a non-zero value) still
  // gave us the figure as written.
  if (i.low == 0 && i.high == 0 && (q.value != 0 || q.value_high != 0)) {
    i.low = std::min(q.value, q.value_high == 0 ? q.value : q.value_high);
    i.high = std::max(q.value, q.value_high);
  }
  if (i.low > i.high) std::swap(i.low, i.high);
  return i;
}

double interval_gap(const figure_interval& a, const figure_interval& b) {
  const double lo = std::max(a.low, b.low);
  const double hi = std::min(a.high, b.high);
  return lo > hi ? lo - hi : 0.0;
}

bool compatible(const figure_interval& a, const figure_interval& b, double tolerance) {
  const double gap = interval_gap(a, b);
  if (gap > 0) {
    const double scale = std::max({std::fabs(a.low), std::fabs(b.low),
                                   std::isfinite(a.high) ? std::fabs(a.high) : 0.0,
                                   std::isfinite(b.high) ? std::fabs(b.high) : 0.0});
    return gap <= tolerance * scale;
  }
  // Touching ends: [0, 10) and [10, 20] share no value.
  const double lo = std::max(a.low, b.low);
  const double hi = std::min(a.high, b.high);
  if (lo == hi && tolerance <= 0) {
    const bool lo_open = (a.low == lo && a.low_open) || (b.low == lo && b.low_open);
    const bool hi_open = (a.high == hi && a.high_open) || (b.high == hi && b.high_open);
    return !(lo_open || hi_open);
  }
  return true;
}

bool contains(const figure_interval& a, double value, double tolerance) {
  const double slack = tolerance * std::fabs(value);
  if (value < a.low - slack || (value == a.low && a.low_open && slack == 0)) return false;
  if (value > a.high + slack || (value == a.high && a.high_open && slack == 0)) return false;
  return true;
}

std::string counted_noun_text(const grammar::quantity& q, std::string_view article_text) {
  if (q.noun_span.empty()) return {};
  const std::string_view noun = q.noun_span.of(article_text);
  if (q.unit.empty()) return std::string(noun);
  const std::string unit = lemma(q.unit);
  std::size_t at = 0;
  while (at < noun.size()) {
    std::size_t end = noun.find(' ', at);
    if (end == std::string_view::npos) end = noun.size();
    const std::string_view word = noun.substr(at, end - at);
    if (lemma(word) == unit || word.starts_with(q.unit)) return std::string(noun.substr(0, end));
    at = end + 1;
  }
  return std::string(noun);
}

std::string figure_text(const grammar::quantity& q, std::string_view article_text) {
  std::string out(q.span.of(article_text));
  const std::string noun = counted_noun_text(q, article_text);
  if (noun.empty()) return out;
  // Keep what stands between figure and noun when it is short ("dozens of protesters").
  if (q.noun_span.begin >= q.span.end && q.noun_span.begin - q.span.end <= 4) {
    out.append(article_text.substr(q.span.end, q.noun_span.begin - q.span.end));
  } else {
    out += ' ';
  }
  out += noun;
  return out;
}

}  // namespace factcheck::checker
