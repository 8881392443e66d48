#pragma once
// clock_rules: clock times ("3pm", "10:30 a.m.", "half past nine", "noon") (X3 triad: this header,
// clock_rules_def.hpp, clock_rules.cpp). Only the grammar's X3 translation units include this
// header; other layers use grammar/extract.hpp.

#include "grammar/time_ast.hpp"
#include "grammar/x3_config.hpp"

namespace factcheck::grammar {
namespace time_rules {

using clock_r_type = x3::rule<class clock_class, time_ast>;
using clock_past_r_type = x3::rule<class clock_past_class, time_ast>;

inline const clock_r_type clock_r{"clock"};
inline const clock_past_r_type clock_past_r{"clock_past"};

BOOST_SPIRIT_DECLARE(clock_r_type, clock_past_r_type)

}  // namespace time_rules
}  // namespace factcheck::grammar
