#include "checker/rules/weekday_mismatch.hpp"

namespace factcheck::checker::rules {

void weekday_mismatch_rule::run(const aligned_corpus& /*corpus*/, finding_sink& /*sink*/) const {
  // Not yet implemented.
}

}  // namespace factcheck::checker::rules
