#pragma once

#include "checker/rules/rule.hpp"

namespace factcheck::checker::rules {

// stale-figure: A figure superseded by a newer source's figure for the same fact. See docs/rules/stale-figure.md.
class stale_figure_rule final : public rule {
 public:
  [[nodiscard]] std::string_view id() const override { return "stale-figure"; }
  [[nodiscard]] severity default_severity() const override { return severity::warning; }
  [[nodiscard]] std::string_view summary() const override {
    return "A figure superseded by a newer source's figure for the same fact";
  }
  void run(const aligned_corpus& corpus, finding_sink& sink) const override;
};

}  // namespace factcheck::checker::rules
