#include "checker/rules/missing_dateline.hpp"

namespace factcheck::checker::rules {

void missing_dateline_rule::run(const aligned_corpus& /*corpus*/, finding_sink& /*sink*/) const {
  // Not yet implemented.
}

}  // namespace factcheck::checker::rules
