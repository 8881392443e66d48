#pragma once

#include "checker/rules/rule.hpp"

namespace factcheck::checker::rules {

// duplicate-text: A sentence or paragraph repeated within one article. See docs/rules/duplicate-text.md.
class duplicate_text_rule final : public rule {
 public:
  [[nodiscard]] std::string_view id() const override { return "duplicate-text"; }
  [[nodiscard]] severity default_severity() const override { return severity::warning; }
  [[nodiscard]] std::string_view summary() const override {
    return "A sentence or paragraph repeated within one article";
  }
  void run(const aligned_corpus& corpus, finding_sink& sink) const override;
};

}  // namespace factcheck::checker::rules
