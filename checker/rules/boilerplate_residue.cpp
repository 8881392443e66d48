#include "checker/rules/boilerplate_residue.hpp"

namespace factcheck::checker::rules {

void boilerplate_residue_rule::run(const aligned_corpus& /*corpus*/, finding_sink& /*sink*/) const {
  // Not yet implemented.
}

}  // namespace factcheck::checker::rules
