#pragma once
// parsers: the X3 grammars seen from the plain scanners of grammar/ (times.cpp, dateline.cpp,
// quantities.cpp). No X3 here: the rules are compiled in the X3 translation units only
// (*_rules.cpp), and this header is all the rest of grammar/ needs of them.

#include <string_view>

#include "grammar/quantity_ast.hpp"
#include "grammar/time_ast.hpp"

namespace factcheck::grammar {

// Parses one time expression starting exactly at `first` (a word start). On success advances
// `first` past the expression and fills `out`; on failure leaves `first` unchanged. Never throws.
bool parse_time_at(const char*& first, const char* last, time_ast& out);

// Parses one quantity phrase (hedge, figure or range, decorations) starting exactly at `first`.
// On success advances `first` past it and fills `out`; on failure leaves `first` unchanged and
// may leave `out` partly filled. Never throws.
bool parse_quantity_at(const char*& first, const char* last, ast::phrase& out);

// Can a quantity phrase open with this lower-case ASCII word? A fast pre-check that keeps the
// grammar off ordinary prose words; derived from the grammar's own lexicons.
bool opens_quantity(std::string_view lower_word);

}  // namespace factcheck::grammar
