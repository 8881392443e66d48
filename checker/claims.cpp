#include "checker/pipeline.hpp"

// Placeholder until claims land.
namespace factcheck::checker {

std::vector<claim> build_claims(const std::vector<analyzed_article>&, const config&) { return {}; }

}  // namespace factcheck::checker
