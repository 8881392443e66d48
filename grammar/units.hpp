#pragma once
// units: the unit lexicon (docs/units.default.toml, compiled in) and conversion to SI.
// No X3 here: the quantity grammar fills its unit symbol tables from this lexicon once
// (grammar/quantity_lexicon.hpp), and normalization converts a figure's interval with it.
//
// A unit has an id ("foot"), a dimension ("length"), a factor and an offset to its SI unit
// (SI value = value * factor + offset; the offset is non-zero only for temperatures), and the
// words that name it: names and plurals (any case) and symbols (case as written).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factcheck::grammar::units {

struct unit {
  std::string id;
  std::string dimension;
  double factor = 1;
  double offset = 0;
  std::vector<std::string> names;    // lower-case: singular and plural names
  std::vector<std::string> symbols;  // as written ("km", "°C", "MW")
};

// The built-in lexicon (parsed once from docs/units.default.toml, compiled in).
const std::vector<unit>& lexicon();

// The unit with this index in lexicon(), or nullptr.
const unit* at(int index);
// The index of the unit with this id, or -1.
int find(std::string_view id);

// Parses `[[unit]]` tables from TOML text. On error returns a message naming `source`, the line
// and the key ("factcheck.toml:12: unit 'furlong': 'factor' must be a positive number").
std::optional<std::string> parse(std::string_view toml, std::string_view source,
                                 std::vector<unit>& out);

// The SI value of `value` in unit `u`.
inline double to_si(const unit& u, double value) { return value * u.factor + u.offset; }

}  // namespace factcheck::grammar::units
