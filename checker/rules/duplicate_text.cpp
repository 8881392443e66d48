#include "checker/rules/duplicate_text.hpp"

namespace factcheck::checker::rules {

void duplicate_text_rule::run(const aligned_corpus& /*corpus*/, finding_sink& /*sink*/) const {
  // Not yet implemented.
}

}  // namespace factcheck::checker::rules
