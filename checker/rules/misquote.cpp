#include "checker/rules/misquote.hpp"

namespace factcheck::checker::rules {

void misquote_rule::run(const aligned_corpus& /*corpus*/, finding_sink& /*sink*/) const {
  // Not yet implemented.
}

}  // namespace factcheck::checker::rules
