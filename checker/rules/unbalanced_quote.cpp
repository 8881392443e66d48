#include "checker/rules/unbalanced_quote.hpp"

namespace factcheck::checker::rules {

void unbalanced_quote_rule::run(const aligned_corpus& /*corpus*/, finding_sink& /*sink*/) const {
  // Not yet implemented.
}

}  // namespace factcheck::checker::rules
