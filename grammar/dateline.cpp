#include "grammar/dateline.hpp"

// Placeholder until the date grammar lands.
namespace factcheck::grammar {

dateline detect_dateline(std::string_view, const std::vector<text::block>&) { return {}; }

}  // namespace factcheck::grammar
