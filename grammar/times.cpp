#include "grammar/extract.hpp"

// Placeholder until the time grammar lands.
namespace factcheck::grammar {

std::vector<time_expression> extract_times(std::string_view, const time_context&) { return {}; }

}  // namespace factcheck::grammar
