#pragma once

#include "checker/rules/rule.hpp"

namespace factcheck::checker::rules {

// entity-misspelling: A name within a small edit distance of a known or corpus-majority name. See docs/rules/entity-misspelling.md.
class entity_misspelling_rule final : public rule {
 public:
  [[nodiscard]] std::string_view id() const override { return "entity-misspelling"; }
  [[nodiscard]] severity default_severity() const override { return severity::error; }
  [[nodiscard]] std::string_view summary() const override {
    return "A name within a small edit distance of a known or corpus-majority name";
  }
  void run(const aligned_corpus& corpus, finding_sink& sink) const override;
};

}  // namespace factcheck::checker::rules
