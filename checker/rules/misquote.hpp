#pragma once

#include "checker/rules/rule.hpp"

namespace factcheck::checker::rules {

// misquote: The same speaker's quotation worded differently in two sources. See docs/rules/misquote.md.
class misquote_rule final : public rule {
 public:
  [[nodiscard]] std::string_view id() const override { return "misquote"; }
  [[nodiscard]] severity default_severity() const override { return severity::error; }
  [[nodiscard]] std::string_view summary() const override {
    return "The same speaker's quotation worded differently in two sources";
  }
  void run(const aligned_corpus& corpus, finding_sink& sink) const override;
};

}  // namespace factcheck::checker::rules
