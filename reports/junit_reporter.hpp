#pragma once
// junit: JUnit XML as GitLab and Jenkins read it. One <testsuite> for the run, one <testcase>
// per article (classname "factcheck", name = the article's path), one <failure> per finding at
// or above fail_on (type = rule id, message = the text-format first line, body = the details).
// Findings below the threshold are listed in the test case's <system-out>, so they are visible
// without failing the job. Every string is XML-escaped; characters XML 1.0 forbids are dropped.

#include "reports/report.hpp"

namespace factcheck::reports {

class junit_reporter final : public reporter {
 public:
  void write(const report_input& input, std::ostream& out) const override;
};

}  // namespace factcheck::reports
