#pragma once

#include "checker/rules/rule.hpp"

namespace factcheck::checker::rules {

// name-variant: Inconsistent transliteration of a name across or within articles. See docs/rules/name-variant.md.
class name_variant_rule final : public rule {
 public:
  [[nodiscard]] std::string_view id() const override { return "name-variant"; }
  [[nodiscard]] severity default_severity() const override { return severity::warning; }
  [[nodiscard]] std::string_view summary() const override {
    return "Inconsistent transliteration of a name across or within articles";
  }
  void run(const aligned_corpus& corpus, finding_sink& sink) const override;
};

}  // namespace factcheck::checker::rules
