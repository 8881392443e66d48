// Instantiates the holiday rules of the time grammar once (an X3 translation unit).
#include "grammar/holiday_rules_def.hpp"

namespace factcheck::grammar {
namespace time_rules {

BOOST_SPIRIT_INSTANTIATE(holiday_r_type, iterator_type, context_type)

}  // namespace time_rules
}  // namespace factcheck::grammar
