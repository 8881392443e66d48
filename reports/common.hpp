#pragma once
// Helpers shared by the reporters of this folder (private to reports/: namespace detail).

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/corpus.hpp"
#include "checker/model/finding.hpp"
#include "reports/report.hpp"

namespace factcheck::reports::detail {

// Counts of findings by severity, indexed by static_cast<int>(severity).
using severity_counts = std::array<std::size_t, 3>;
severity_counts count_by_severity(const std::vector<checker::finding>& findings);

// "2 errors, 1 warning, 0 infos" style summary used by text and markdown.
std::string summary_sentence(const severity_counts& counts);

// The analyzed article for `path`, or nullptr (findings may name paths of unread files).
const checker::analyzed_article* article_for(const report_input& input, std::string_view path);

// The original line `line` of the article at `path` (empty when unknown). Invalid UTF-8 is
// not repaired here; callers escape what they print.
std::string_view original_line(const report_input& input, std::string_view path,
                               std::uint32_t line);

// YYYY-MM-DD of an article's dateline, or "".
std::string dateline_iso(const checker::analyzed_article& article);

// Escapes for the markup formats. escape_html neutralizes & < > " ' and also the
// backtick, so that text is safe both in element content and in quoted attributes.
std::string escape_html(std::string_view text);
std::string escape_xml(std::string_view text);  // also drops characters XML 1.0 forbids
// Markdown: backslash-escapes the inline characters GitHub and GitLab give a meaning to (text
// is always printed after a fixed prefix, so line-start markers need no escape), and
// renders HTML-significant characters as entities (raw HTML passes through on GitHub).
std::string escape_markdown(std::string_view text);
// Percent-encodes a relative path as a URI reference (RFC 3986 unreserved and '/' kept).
std::string uri_encode_path(std::string_view path);

// Replaces invalid UTF-8 sequences by U+FFFD so that every output is valid UTF-8.
std::string valid_utf8(std::string_view text);

// Number of Unicode characters in a UTF-8 string (continuation bytes are not counted).
std::size_t utf8_length(std::string_view text);

// "factcheck 0.1.0" (the CLI's version line) -> "0.1.0"; anything else unchanged.
std::string_view bare_version(std::string_view version);

// Findings grouped by fact label: sections with the most severe findings first (then in
// first-seen order), findings inside a section by severity (then in input order), and the
// findings that concern no fact group last.
struct fact_section {
  std::string label;  // "" for findings that concern no fact group
  std::vector<const checker::finding*> findings;
};
std::vector<fact_section> group_by_fact(const std::vector<checker::finding>& findings);
std::map<std::string, std::vector<const checker::finding*>, std::less<>> group_by_path(
    const std::vector<checker::finding>& findings);

// Rules that appear in `findings` together with every registered rule, sorted by id.
struct rule_info {
  std::string id;
  std::string summary;
  checker::severity default_level = checker::severity::warning;
};
std::vector<rule_info> known_rules();

// Formats a figure bound for people: 94300 -> "94,300", 1.5e6 -> "1,500,000", 2.5 -> "2.5".
std::string format_number(double value);

}  // namespace factcheck::reports::detail
