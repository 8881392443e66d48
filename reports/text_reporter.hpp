#pragma once
// text: the terminal format, one finding per block:
//
//   path:line:col: severity: message [rule-id]
//      11 | Officials in Keiv said on Friday ...
//         |              ^~~~
//     = suggestion: Kyiv
//     = related: b.txt:12:30 (2021-12-04): Kyiv
//
// then one summary line. The first line of a finding never carries colour codes when
// colour is off: editors, CI log parsers and the fixture tests read it as is.

#include "reports/report.hpp"

namespace factcheck::reports {

class text_reporter final : public reporter {
 public:
  void write(const report_input& input, std::ostream& out) const override;
};

}  // namespace factcheck::reports
