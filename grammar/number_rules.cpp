// Instantiates the number rules of the quantity grammar once (an X3 translation unit).
#include "grammar/number_rules_def.hpp"

namespace factcheck::grammar {
namespace quantity_parser {

BOOST_SPIRIT_INSTANTIATE(digit_number_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(below_hundred_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(word_number_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(point_digits_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(fraction_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(fraction_any_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(scaled_fraction_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(vague_amount_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(plural_denom_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(singular_denom_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(ratio_divisor_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(digit_compound_type, iterator_type, context_type)

}  // namespace quantity_parser
}  // namespace factcheck::grammar
