#pragma once
// The rule interface: one id, one class, one doc page, one fixture folder.

#include <string_view>

#include "checker/model/corpus.hpp"
#include "checker/model/finding.hpp"

namespace factcheck::checker {

class rule {
 public:
  virtual ~rule() = default;
  [[nodiscard]] virtual std::string_view id() const = 0;
  [[nodiscard]] virtual severity default_severity() const = 0;
  [[nodiscard]] virtual std::string_view summary() const = 0;  // one line, for SARIF and --help
  // Reports findings with level = default_severity(); the caller applies configured levels.
  virtual void run(const aligned_corpus& corpus, finding_sink& sink) const = 0;
};

}  // namespace factcheck::checker
