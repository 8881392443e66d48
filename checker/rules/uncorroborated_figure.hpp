#pragma once

#include "checker/rules/rule.hpp"

namespace factcheck::checker::rules {

// uncorroborated-figure: A figure in the checked article that no other source supports. See docs/rules/uncorroborated-figure.md.
class uncorroborated_figure_rule final : public rule {
 public:
  [[nodiscard]] std::string_view id() const override { return "uncorroborated-figure"; }
  [[nodiscard]] severity default_severity() const override { return severity::info; }
  [[nodiscard]] std::string_view summary() const override {
    return "A figure in the checked article that no other source supports";
  }
  void run(const aligned_corpus& corpus, finding_sink& sink) const override;
};

}  // namespace factcheck::checker::rules
