#include "checker/model/si_compare.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace factcheck::checker {
namespace {

// The factor that turns sums in `from` into sums in `to`, when the configuration gives one.
std::optional<double> rate(const currency_rates& rates, const std::string& from,
                           const std::string& to) {
  if (from == to) return 1.0;
  if (auto f = rates.find(from); f != rates.end()) {
    if (auto t = f->second.find(to); t != f->second.end() && t->second > 0) return t->second;
  }
  if (auto f = rates.find(to); f != rates.end()) {
    if (auto t = f->second.find(from); t != f->second.end() && t->second > 0) {
      return 1.0 / t->second;
    }
  }
  return std::nullopt;
}

bool overlap(double a_low, double a_high, double b_low, double b_high, double tolerance) {
  const double gap = std::max({0.0, b_low - a_high, a_low - b_high});
  if (gap == 0) return true;
  const double scale =
      std::max({std::fabs(a_low), std::fabs(a_high), std::fabs(b_low), std::fabs(b_high)});
  return std::isfinite(scale) && gap <= tolerance * scale;
}

}  // namespace

si_verdict compare_si(const grammar::quantity& a, const grammar::quantity& b, double tolerance,
                      const currency_rates& rates) {
  if (a.dimension != b.dimension) return si_verdict::not_comparable;
  double k = 1;
  if (a.dimension == "money") {
    const auto r = rate(rates, b.unit, a.unit);
    if (!r) return si_verdict::not_comparable;
    k = *r;
  }
  return overlap(a.si_low, a.si_high, b.si_low * k, b.si_high * k, tolerance)
             ? si_verdict::agree
             : si_verdict::disagree;
}

}  // namespace factcheck::checker
