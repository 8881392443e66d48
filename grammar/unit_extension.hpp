#pragma once
// Extending the unit lexicon at run time (the `[[unit]]` tables of factcheck.toml). A header of
// its own so that the grammar facade (grammar/extract.hpp) does not depend on the lexicon.

#include <vector>

#include "grammar/units.hpp"

namespace factcheck::grammar {

// Adds units (parsed by units::parse) to the unit lexicon and to the quantity grammar's tables:
// new units, new words for a known unit, new currencies. Not thread-safe: call once, before any
// extraction (cli/main.cpp does, after reading the configuration).
void extend_units(const std::vector<units::unit>& more);

}  // namespace factcheck::grammar
