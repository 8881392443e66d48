#include "checker/pipeline.hpp"

// Placeholder until inference lands.
namespace factcheck::checker {

void infer_datelines(std::vector<analyzed_article>&, const config&) {}

}  // namespace factcheck::checker
