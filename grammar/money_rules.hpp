#pragma once
// money_rules: an amount: a figure with its scale, sign, currency or percent (X3 triad: this
// header, money_rules_def.hpp, money_rules.cpp). Only the quantity grammar's X3 files include this
// header; other layers use grammar/extract.hpp.

#include "grammar/quantity_ast.hpp"
#include "grammar/quantity_lexicon.hpp"
#include "grammar/x3_config.hpp"

namespace factcheck::grammar {
namespace quantity_parser {

using amount_type = x3::rule<class amount_class, ast::amount>;

inline const amount_type amount{"amount"};

BOOST_SPIRIT_DECLARE(amount_type)

}  // namespace quantity_parser
}  // namespace factcheck::grammar
