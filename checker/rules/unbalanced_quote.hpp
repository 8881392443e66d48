#pragma once

#include "checker/rules/rule.hpp"

namespace factcheck::checker::rules {

// unbalanced-quote: Quotation marks that do not pair up. See docs/rules/unbalanced-quote.md.
class unbalanced_quote_rule final : public rule {
 public:
  [[nodiscard]] std::string_view id() const override { return "unbalanced-quote"; }
  [[nodiscard]] severity default_severity() const override { return severity::warning; }
  [[nodiscard]] std::string_view summary() const override {
    return "Quotation marks that do not pair up";
  }
  void run(const aligned_corpus& corpus, finding_sink& sink) const override;
};

}  // namespace factcheck::checker::rules
