#pragma once
// sarif: SARIF 2.1.0 for CI code-scanning views (GitHub code scanning, GitLab, VS Code's SARIF
// viewer). One run; tool.driver.rules lists every registered rule with its summary, its
// default level and a helpUri to its doc page; each result has ruleId/ruleIndex, level,
// message, one physical location, related locations for the other sources, a fix when the
// finding's suggestion is replacement text (advice is appended to the message instead), and
// partialFingerprints from reports::fingerprint().
// Columns are Unicode code points (run.columnKind says so), end columns are exclusive.

#include <string_view>

#include "reports/report.hpp"

namespace factcheck::reports {

// Home of the project, for informationUri and the rule doc links (helpUri must be absolute).
inline constexpr std::string_view project_uri = "https://github.com/factcheck-tool/factcheck";
inline constexpr std::string_view sarif_schema_uri =
    "https://json.schemastore.org/sarif-2.1.0.json";

// True when `suggestion` is replacement text for `text` (a close edit of it) rather than advice;
// only such suggestions become SARIF fixes.
bool is_replacement(std::string_view text, std::string_view suggestion);

class sarif_reporter final : public reporter {
 public:
  void write(const report_input& input, std::ostream& out) const override;
};

}  // namespace factcheck::reports
