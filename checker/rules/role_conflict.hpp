#pragma once

#include "checker/rules/rule.hpp"

namespace factcheck::checker::rules {

// role-conflict: A person given a title that conflicts with other sources or the gazetteer. See docs/rules/role-conflict.md.
class role_conflict_rule final : public rule {
 public:
  [[nodiscard]] std::string_view id() const override { return "role-conflict"; }
  [[nodiscard]] severity default_severity() const override { return severity::error; }
  [[nodiscard]] std::string_view summary() const override {
    return "A person given a title that conflicts with other sources or the gazetteer";
  }
  void run(const aligned_corpus& corpus, finding_sink& sink) const override;
};

}  // namespace factcheck::checker::rules
