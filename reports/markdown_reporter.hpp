#pragma once
// markdown: for a merge request comment or a CI job summary. A summary table (rule x
// severity), then the findings grouped by fact (with the conflicting sources quoted side by
// side as a table and the misquote word diff), then a per-article table. Every piece of
// article text is escaped (detail::escape_markdown), so an article cannot inject links,
// images, HTML or table cells. Renders on GitHub and GitLab (GFM tables, ~~strike~~).

#include "reports/report.hpp"

namespace factcheck::reports {

class markdown_reporter final : public reporter {
 public:
  void write(const report_input& input, std::ostream& out) const override;
};

}  // namespace factcheck::reports
