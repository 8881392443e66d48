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
  std::vector<std::string> symbols;  // as written ("km", "°C", "MW", "US$", "€")
  // Currencies only (dimension "currency", id an ISO 4217 code, factor unused: sums in two
  // currencies are never converted): codes read in any case ("USD", "RMB") and the words for a
  // hundredth ("cents", "pence").
  std::vector<std::string> codes;
  std::vector<std::string> subunits;
  // The smaller unit a figure in this one may be followed by ("5 ft 2 in", "6-foot-3", "3 lb 4
  // oz"): its id, empty when none. The compound is one figure in this unit (5 ft 2 in = 5.1667 ft).
  std::string part;
  // Symbols read only as such a smaller part ("in": "5 ft 2 in", never "5 in" alone).
  std::vector<std::string> part_symbols;
};

inline constexpr std::string_view currency_dimension = "currency";

// The lexicon: the built-in units (parsed once from docs/units.default.toml, compiled in), then
// those added by extend().
const std::vector<unit>& lexicon();

// Adds units to the lexicon (the `[[unit]]` tables of factcheck.toml). A unit whose id is already
// there keeps its index: its dimension and factor are replaced and its words added. Returns the
// indices of the units added or changed. Not thread-safe: call before any extraction (the
// grammar's tables are extended by grammar::extend_units, grammar/extract.hpp, which calls this).
std::vector<int> extend(const std::vector<unit>& more);

// The unit with this index in lexicon(), or nullptr.
const unit* at(int index);
// The index of the unit with this id, or -1.
int find(std::string_view id);

// Parses `[[unit]]` tables from TOML text. On error returns a message naming `source`, the line
// and the key ("factcheck.toml:12: unit 'furlong': 'factor' must be a positive number"). A
// currency needs no factor.
std::optional<std::string> parse(std::string_view toml, std::string_view source,
                                 std::vector<unit>& out);

// The SI value of `value` in unit `u`.
inline double to_si(const unit& u, double value) { return value * u.factor + u.offset; }

}  // namespace factcheck::grammar::units
