#pragma once

#include "checker/rules/rule.hpp"

namespace factcheck::checker::rules {

// date-conflict: The same event placed on incompatible dates. See docs/rules/date-conflict.md.
class date_conflict_rule final : public rule {
 public:
  [[nodiscard]] std::string_view id() const override { return "date-conflict"; }
  [[nodiscard]] severity default_severity() const override { return severity::error; }
  [[nodiscard]] std::string_view summary() const override {
    return "The same event placed on incompatible dates";
  }
  void run(const aligned_corpus& corpus, finding_sink& sink) const override;
};

}  // namespace factcheck::checker::rules
