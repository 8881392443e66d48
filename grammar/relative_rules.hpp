#pragma once
// relative_rules: relative expressions and durations ("last week", "two days ago", "for 10 days",
// "every Monday") (X3 triad: this header, relative_rules_def.hpp, relative_rules.cpp). Only the
// grammar's X3 translation units include this header; other layers use grammar/extract.hpp.

#include "grammar/time_ast.hpp"
#include "grammar/x3_config.hpp"

namespace factcheck::grammar {
namespace time_rules {

using deictic_r_type = x3::rule<class deictic_class, time_ast>;
using rel_unit_r_type = x3::rule<class rel_unit_class, time_ast>;
using anaphoric_r_type = x3::rule<class anaphoric_class, time_ast>;
using bare_plural_r_type = x3::rule<class bare_plural_class, time_ast>;
using weekday_r_type = x3::rule<class weekday_class, time_ast>;
using set_r_type = x3::rule<class set_class, time_ast>;
using relative_forms_type = x3::rule<class relative_forms_class, time_ast>;
using relative_unit_forms_type = x3::rule<class relative_unit_forms_class, time_ast>;

inline const deictic_r_type deictic_r{"deictic"};
inline const rel_unit_r_type rel_unit_r{"rel_unit"};
inline const anaphoric_r_type anaphoric_r{"anaphoric"};
inline const bare_plural_r_type bare_plural_r{"bare_plural"};
inline const weekday_r_type weekday_r{"weekday"};
inline const set_r_type set_r{"set"};
inline const relative_forms_type relative_forms{"relative_forms"};
inline const relative_unit_forms_type relative_unit_forms{"relative_unit_forms"};

BOOST_SPIRIT_DECLARE(deictic_r_type, rel_unit_r_type, anaphoric_r_type, bare_plural_r_type,
                     weekday_r_type, set_r_type, relative_forms_type, relative_unit_forms_type)

}  // namespace time_rules
}  // namespace factcheck::grammar
