#pragma once
// holiday_rules: named holidays ("Christmas", "last Easter", "Labor Day weekend") (X3 triad: this
// header, holiday_rules_def.hpp, holiday_rules.cpp). Only the grammar's X3 translation units
// include this header; other layers use grammar/extract.hpp.

#include "grammar/time_ast.hpp"
#include "grammar/x3_config.hpp"

namespace factcheck::grammar {
namespace time_rules {

using holiday_r_type = x3::rule<class holiday_class, time_ast>;

inline const holiday_r_type holiday_r{"holiday"};

BOOST_SPIRIT_DECLARE(holiday_r_type)

}  // namespace time_rules
}  // namespace factcheck::grammar
