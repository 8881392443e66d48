#pragma once
// si_compare: do two figures with units agree? They are compared within one dimension only, on
// their SI intervals (grammar::quantity::si_low/si_high, which keep the hedge and the rounding
// of the unit each source wrote): "about 200 feet" and "some 60 metres" agree, "150 m" does
// not. Sums of money in different currencies are different facts unless a rate is configured.
// The claim frames and numeric rules (checker/claims, rules/numeric_conflict) read these.

#include <map>
#include <string>

#include "grammar/quantity.hpp"

namespace factcheck::checker {

enum class si_verdict { agree, disagree, not_comparable };

// Units of one currency per unit of another: rates["EUR"]["USD"] = 1.08 (1 EUR = 1.08 USD).
using currency_rates = std::map<std::string, std::map<std::string, double>>;

// `tolerance`: a relative margin for a reporter's rounding the grammar could not see (0: the
// intervals must overlap).
si_verdict compare_si(const grammar::quantity& a, const grammar::quantity& b, double tolerance = 0,
                      const currency_rates& rates = {});

}  // namespace factcheck::checker
