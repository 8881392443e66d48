#pragma once

#include "checker/rules/rule.hpp"

namespace factcheck::checker::rules {

// wrong-word: A configured confusable word in a context where it is wrong. See docs/rules/wrong-word.md.
class wrong_word_rule final : public rule {
 public:
  [[nodiscard]] std::string_view id() const override { return "wrong-word"; }
  [[nodiscard]] severity default_severity() const override { return severity::warning; }
  [[nodiscard]] std::string_view summary() const override {
    return "A configured confusable word in a context where it is wrong";
  }
  void run(const aligned_corpus& corpus, finding_sink& sink) const override;
};

}  // namespace factcheck::checker::rules
