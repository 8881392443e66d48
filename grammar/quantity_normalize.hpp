#pragma once
// Turns one parsed quantity phrase into grammar::quantity: the stated value, scale, kind and
// the normalized interval [low, high] (see docs/grammar-quantities.md for the table).

#include "grammar/quantity.hpp"
#include "grammar/quantity_ast.hpp"

namespace factcheck::grammar::detail {

// Fills kind, value, value_high, scale, hedge, vague, range, rounded, low/high and their
// openness; span, unit and noun fields are left to the caller. Returns false when the phrase is
// not a usable quantity (a range whose ends are reversed).
bool normalize(const ast::phrase& phrase, quantity& out);

// Half-width of the rounding a written figure carries: 94,000 -> 500, 100,000 -> 5,000,
// 1.2 million -> 50,000; 0 for a figure that reads as exact (94,300, 45%, seven).
double rounding_half_width(const ast::amount& amount);

}  // namespace factcheck::grammar::detail
