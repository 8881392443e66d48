#pragma once
// The reports facade: one reporter per format behind one interface.

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/corpus.hpp"
#include "checker/model/finding.hpp"

namespace factcheck::reports {

enum class format { text, markdown, html, json, sarif, junit };
std::optional<format> parse_format(std::string_view name);
std::string_view to_string(format f);

struct report_input {
  const checker::aligned_corpus* corpus = nullptr;
  const std::vector<checker::finding>* findings = nullptr;
  std::optional<checker::severity> fail_on;  // none: nothing fails the run
  bool color = false;                        // text format only
  std::string tool_version;
};

class reporter {
 public:
  virtual ~reporter() = default;
  virtual void write(const report_input& input, std::ostream& out) const = 0;
};

const reporter& reporter_for(format f);

// Writes `content` to a temporary file beside `path` and renames it into place. Returns an
// error message, or nothing on success.
std::optional<std::string> write_file_atomically(const std::string& path, std::string_view content);

}  // namespace factcheck::reports
