#include "checker/rules/role_conflict.hpp"

namespace factcheck::checker::rules {

void role_conflict_rule::run(const aligned_corpus& /*corpus*/, finding_sink& /*sink*/) const {
  // Not yet implemented.
}

}  // namespace factcheck::checker::rules
