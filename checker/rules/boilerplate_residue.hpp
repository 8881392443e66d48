#pragma once

#include "checker/rules/rule.hpp"

namespace factcheck::checker::rules {

// boilerplate-residue: Web page residue inside article copy. See docs/rules/boilerplate-residue.md.
class boilerplate_residue_rule final : public rule {
 public:
  [[nodiscard]] std::string_view id() const override { return "boilerplate-residue"; }
  [[nodiscard]] severity default_severity() const override { return severity::info; }
  [[nodiscard]] std::string_view summary() const override {
    return "Web page residue inside article copy";
  }
  void run(const aligned_corpus& corpus, finding_sink& sink) const override;
};

}  // namespace factcheck::checker::rules
