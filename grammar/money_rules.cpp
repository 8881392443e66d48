// Instantiates the money rules of the quantity grammar once (an X3 translation unit).
#include "grammar/money_rules_def.hpp"

namespace factcheck::grammar {
namespace quantity_parser {

BOOST_SPIRIT_INSTANTIATE(amount_type, iterator_type, context_type)

}  // namespace quantity_parser
}  // namespace factcheck::grammar
