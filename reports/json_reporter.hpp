#pragma once
// json: the machine-readable report, schema version 1 (docs/schema/factcheck-report.schema.json).
// Fields of SPEC.md come first; the extra fields (tool, summary, end positions of related
// locations, dates, fact, context, diff, timeline, fingerprint) are documented in docs/reports.md.
// Infinite interval bounds ("over 94,000" has no upper bound) are written as null.

#include "reports/report.hpp"

namespace factcheck::reports {

inline constexpr int json_report_version = 1;

class json_reporter final : public reporter {
 public:
  void write(const report_input& input, std::ostream& out) const override;
};

}  // namespace factcheck::reports
