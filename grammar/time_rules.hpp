#pragma once
// time_rules: the X3 grammar of time expressions (declaration). Phrase table in time_rules_def.hpp.
// Only grammar/*.cpp include this header; other layers use grammar/extract.hpp.

#include "grammar/time_ast.hpp"
#include "grammar/x3_config.hpp"

namespace factcheck::grammar {
namespace time_rules {

using time_expression_type = x3::rule<class time_expression_class, time_ast>;
BOOST_SPIRIT_DECLARE(time_expression_type)

}  // namespace time_rules

const time_rules::time_expression_type& time_expression_rule();

// Parses one time expression starting exactly at `first` (a word start). On success advances
// `first` past the expression and fills `out`; on failure leaves `first` unchanged. Never throws.
bool parse_time_at(const char*& first, const char* last, time_ast& out);

}  // namespace factcheck::grammar
