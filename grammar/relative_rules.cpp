// Instantiates the relative rules of the time grammar once (an X3 translation unit).
#include "grammar/relative_rules_def.hpp"

namespace factcheck::grammar {
namespace time_rules {

BOOST_SPIRIT_INSTANTIATE(deictic_r_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(rel_unit_r_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(anaphoric_r_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(bare_plural_r_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(weekday_r_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(set_r_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(relative_forms_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(relative_unit_forms_type, iterator_type, context_type)

}  // namespace time_rules
}  // namespace factcheck::grammar
