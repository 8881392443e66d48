#pragma once
// date_rules: absolute dates, months, years, seasons, quarters, weeks and centuries (X3 triad: this
// header, date_rules_def.hpp, date_rules.cpp). Only the grammar's X3 translation units include this
// header; other layers use grammar/extract.hpp.

#include "grammar/time_ast.hpp"
#include "grammar/x3_config.hpp"

namespace factcheck::grammar {
namespace time_rules {

using month_year_type = x3::rule<class month_year_class, time_ast>;
using month_only_type = x3::rule<class month_only_class, time_ast>;
using month_loose_type = x3::rule<class month_loose_class, time_ast>;
using year_only_type = x3::rule<class year_only_class, time_ast>;
using decade_r_type = x3::rule<class decade_class, time_ast>;
using season_r_type = x3::rule<class season_class, time_ast>;
using year_end_r_type = x3::rule<class year_end_class, time_ast>;
using date_forms_type = x3::rule<class date_forms_class, time_ast>;

inline const month_year_type month_year{"month_year"};
inline const month_only_type month_only{"month_only"};
inline const month_loose_type month_loose{"month_loose"};
inline const year_only_type year_only{"year_only"};
inline const decade_r_type decade_r{"decade"};
inline const season_r_type season_r{"season"};
inline const year_end_r_type year_end_r{"year_end"};
inline const date_forms_type date_forms{"date_forms"};

BOOST_SPIRIT_DECLARE(month_year_type, month_only_type, month_loose_type, year_only_type,
                     decade_r_type, season_r_type, year_end_r_type, date_forms_type)

}  // namespace time_rules
}  // namespace factcheck::grammar
