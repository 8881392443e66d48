#include "checker/rules/wrong_word.hpp"

namespace factcheck::checker::rules {

void wrong_word_rule::run(const aligned_corpus& /*corpus*/, finding_sink& /*sink*/) const {
  // Not yet implemented.
}

}  // namespace factcheck::checker::rules
