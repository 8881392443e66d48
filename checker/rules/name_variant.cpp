#include "checker/rules/name_variant.hpp"

namespace factcheck::checker::rules {

void name_variant_rule::run(const aligned_corpus& /*corpus*/, finding_sink& /*sink*/) const {
  // Not yet implemented.
}

}  // namespace factcheck::checker::rules
