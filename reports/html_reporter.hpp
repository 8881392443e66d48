#pragma once
// html: the editor's page. One self-contained file: inline CSS and inline SVG, no script, no
// external resource; a Content-Security-Policy meta tag forbids anything else anyway.
//
// Layout: summary counts and the list of articles with their datelines; filters by severity
// and by rule made of checkboxes and CSS sibling selectors (they work with scripts disabled);
// findings grouped by fact, each with the sentence and the offending text in <mark>, the
// conflicting sources side by side with their dates, the suggestion, a <del>/<ins> word diff
// for misquotes and an SVG timeline of the disputed figure; then a per-article index linking
// to the findings.
//
// Every byte of article text (paths included) goes through detail::escape_html and only into
// element content; attributes hold nothing but ids and classes made of [a-z0-9-] and
// numbers, so no article can add a tag, an attribute or a URL.

#include "reports/report.hpp"

namespace factcheck::reports {

class html_reporter final : public reporter {
 public:
  void write(const report_input& input, std::ostream& out) const override;
};

}  // namespace factcheck::reports
