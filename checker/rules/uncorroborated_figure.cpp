#include "checker/rules/uncorroborated_figure.hpp"

namespace factcheck::checker::rules {

void uncorroborated_figure_rule::run(const aligned_corpus& /*corpus*/, finding_sink& /*sink*/) const {
  // Not yet implemented.
}

}  // namespace factcheck::checker::rules
