#pragma once
// The reports facade: one reporter per format behind one interface.

#include <fstream>
#include <memory>
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

// A report written as it is produced: to standard output, or to a temporary file beside the
// target that commit() renames into place (a reader never sees a half-written file). A file
// that is not committed is removed.
class report_output {
 public:
  // `path` absent or "-": standard output.
  explicit report_output(const std::optional<std::string>& path);
  report_output(const report_output&) = delete;
  report_output& operator=(const report_output&) = delete;
  ~report_output();

  // An error message when the temporary file cannot be created.
  [[nodiscard]] const std::optional<std::string>& error() const { return error_; }
  std::ostream& stream();
  // Flushes; for a file, renames it into place. Returns an error message on failure.
  std::optional<std::string> commit();
  // Drops a file that must not be written (nothing to do for standard output).
  void discard();

 private:
  std::string path_;  // empty for standard output
  std::string tmp_;
  std::unique_ptr<std::ofstream> file_;
  std::optional<std::string> error_;
  bool done_ = false;
};

}  // namespace factcheck::reports
