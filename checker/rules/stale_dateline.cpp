#include "checker/rules/stale_dateline.hpp"

namespace factcheck::checker::rules {

void stale_dateline_rule::run(const aligned_corpus& /*corpus*/, finding_sink& /*sink*/) const {
  // Not yet implemented.
}

}  // namespace factcheck::checker::rules
