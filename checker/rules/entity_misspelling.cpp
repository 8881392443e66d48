#include "checker/rules/entity_misspelling.hpp"

namespace factcheck::checker::rules {

void entity_misspelling_rule::run(const aligned_corpus& /*corpus*/, finding_sink& /*sink*/) const {
  // Not yet implemented.
}

}  // namespace factcheck::checker::rules
