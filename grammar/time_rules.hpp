#pragma once
// time_rules: the X3 grammar of time expressions (declaration). Phrase table in time_rules_def.hpp.
// Only the grammar's X3 translation units include this header; the scanners use
// grammar/parsers.hpp, other layers grammar/extract.hpp.

#include "grammar/time_ast.hpp"
#include "grammar/x3_config.hpp"

namespace factcheck::grammar {
namespace time_rules {

using time_expression_type = x3::rule<class time_expression_class, time_ast>;
BOOST_SPIRIT_DECLARE(time_expression_type)

}  // namespace time_rules

const time_rules::time_expression_type& time_expression_rule();

}  // namespace factcheck::grammar
