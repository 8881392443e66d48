#include "checker/pipeline.hpp"

// Placeholder until alignment lands.
namespace factcheck::checker {

std::vector<fact_group> align_claims(const std::vector<analyzed_article>&,
                                     const std::vector<claim>&, const config&) {
  return {};
}

}  // namespace factcheck::checker
