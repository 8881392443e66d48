#pragma once

#include "checker/rules/rule.hpp"

namespace factcheck::checker::rules {

// stale-dateline: A dateline that contradicts the article's content. See docs/rules/stale-dateline.md.
class stale_dateline_rule final : public rule {
 public:
  [[nodiscard]] std::string_view id() const override { return "stale-dateline"; }
  [[nodiscard]] severity default_severity() const override { return severity::error; }
  [[nodiscard]] std::string_view summary() const override {
    return "A dateline that contradicts the article's content";
  }
  void run(const aligned_corpus& corpus, finding_sink& sink) const override;
};

}  // namespace factcheck::checker::rules
