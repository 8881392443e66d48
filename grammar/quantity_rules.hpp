#pragma once
// The quantity grammar's top rule (X3 triad: this header, quantity_rules_def.hpp,
// quantity_rules.cpp): counts, hedges and ranges over the amounts of money_rules and the figures
// of number_rules. Only X3 translation units include it; grammar/quantities.cpp calls
// parse_quantity_at (grammar/parsers.hpp), other layers grammar::extract_quantities.

#include <string_view>

#include "grammar/quantity_ast.hpp"
#include "grammar/x3_config.hpp"

namespace factcheck::grammar {
namespace quantity_parser {

// One quantity phrase starting exactly at the iterator: hedge, figure or range, decorations.
// The counted noun phrase is found afterwards by plain code (grammar/quantity_noun.hpp).
using quantity_phrase_type = x3::rule<class quantity_phrase_class, ast::phrase>;
BOOST_SPIRIT_DECLARE(quantity_phrase_type)

}  // namespace quantity_parser

const quantity_parser::quantity_phrase_type& quantity_phrase();

}  // namespace factcheck::grammar
