#include "grammar/extract.hpp"

// Placeholder until the quantity grammar lands.
namespace factcheck::grammar {

std::vector<quantity> extract_quantities(std::string_view) { return {}; }

}  // namespace factcheck::grammar
