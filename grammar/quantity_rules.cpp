// Instantiates the quantity grammar once (the expensive X3 translation unit).
#include "grammar/quantity_rules.hpp"

#include "grammar/quantity_rules_def.hpp"

namespace factcheck::grammar {
namespace quantity_parser {

BOOST_SPIRIT_INSTANTIATE(quantity_phrase_type, iterator_type, context_type)

}  // namespace quantity_parser

const quantity_parser::quantity_phrase_type& quantity_phrase() {
  return quantity_parser::quantity_phrase;
}

}  // namespace factcheck::grammar
