#pragma once
// The quantity grammar's top rule (X3 triad: this header, quantity_rules_def.hpp,
// quantity_rules.cpp). Only grammar/quantities.cpp uses it; other layers call
// grammar::extract_quantities (grammar/extract.hpp).

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

// Can a quantity phrase open with this lower-case ASCII word? A fast pre-check that keeps the
// grammar off ordinary prose words; derived from the grammar's own lexicons.
bool opens_quantity(std::string_view lower_word);

}  // namespace factcheck::grammar
