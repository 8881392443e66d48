#pragma once

#include "checker/rules/rule.hpp"

namespace factcheck::checker::rules {

// weekday-mismatch: A weekday that does not match its date. See docs/rules/weekday-mismatch.md.
class weekday_mismatch_rule final : public rule {
 public:
  [[nodiscard]] std::string_view id() const override { return "weekday-mismatch"; }
  [[nodiscard]] severity default_severity() const override { return severity::error; }
  [[nodiscard]] std::string_view summary() const override {
    return "A weekday that does not match its date";
  }
  void run(const aligned_corpus& corpus, finding_sink& sink) const override;
};

}  // namespace factcheck::checker::rules
