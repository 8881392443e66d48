// Instantiates the date rules of the time grammar once (an X3 translation unit).
#include "grammar/date_rules_def.hpp"

namespace factcheck::grammar {
namespace time_rules {

BOOST_SPIRIT_INSTANTIATE(month_year_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(month_only_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(month_loose_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(year_only_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(decade_r_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(season_r_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(year_end_r_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(date_forms_type, iterator_type, context_type)

}  // namespace time_rules
}  // namespace factcheck::grammar
