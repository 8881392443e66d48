#include "grammar/time_rules_def.hpp"

#include "grammar/parsers.hpp"

namespace factcheck::grammar {
namespace time_rules {

BOOST_SPIRIT_INSTANTIATE(time_expression_type, iterator_type, context_type)

}  // namespace time_rules

const time_rules::time_expression_type& time_expression_rule() {
  return time_rules::time_expression;
}

bool parse_time_at(const char*& first, const char* last, time_ast& out) {
  const char* it = first;
  time_ast ast;
  try {
    if (!x3::parse(it, last, time_rules::time_expression, ast) || it == first) return false;
  } catch (...) {
    // The grammar has no expectation points; this only guards against allocation failure.
    return false;
  }
  first = it;
  out = ast;
  return true;
}

}  // namespace factcheck::grammar
