#pragma once

#include "checker/rules/rule.hpp"

namespace factcheck::checker::rules {

// missing-dateline: No publication date found. See docs/rules/missing-dateline.md.
class missing_dateline_rule final : public rule {
 public:
  [[nodiscard]] std::string_view id() const override { return "missing-dateline"; }
  [[nodiscard]] severity default_severity() const override { return severity::info; }
  [[nodiscard]] std::string_view summary() const override {
    return "No publication date found";
  }
  void run(const aligned_corpus& corpus, finding_sink& sink) const override;
};

}  // namespace factcheck::checker::rules
