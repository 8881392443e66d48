#pragma once

#include "checker/rules/rule.hpp"

namespace factcheck::checker::rules {

// numeric-conflict: Two sources give incompatible values for the same fact at the same time. See docs/rules/numeric-conflict.md.
class numeric_conflict_rule final : public rule {
 public:
  [[nodiscard]] std::string_view id() const override { return "numeric-conflict"; }
  [[nodiscard]] severity default_severity() const override { return severity::error; }
  [[nodiscard]] std::string_view summary() const override {
    return "Two sources give incompatible values for the same fact at the same time";
  }
  void run(const aligned_corpus& corpus, finding_sink& sink) const override;
};

}  // namespace factcheck::checker::rules
