#pragma once
// Inline suppressions, read from an article's original bytes, line by line.
//
// Directives (rule ids separated by commas or spaces; no rule id means every rule):
//   factcheck-disable-next-line RULE[, RULE]  the next non-blank line
//   factcheck-disable-line RULE[, RULE]       the directive's own line
//   factcheck-disable [RULE...]               from this line on ...
//   factcheck-enable [RULE...]                ... until this line
// In .html and .md files a directive is an HTML comment: <!-- factcheck-disable-next-line misquote
// --> (ingest strips comments, so the directive never reaches the checker). In .txt files, which
// have no comment syntax, a directive is a line that holds only the directive (optionally
// inside <!-- -->); such a line is article text, but it has no claims to check.
// JSON Lines records carry no directives.
// A finding is suppressed when its start line is covered for its rule.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/corpus.hpp"
#include "checker/model/finding.hpp"
#include "text/article.hpp"

namespace factcheck::reports {

struct suppression_directive {
  enum class kind { disable_next_line, disable_line, disable, enable };
  kind what = kind::disable;
  std::uint32_t line = 0;          // the line the directive applies to (next line resolved)
  std::vector<std::string> rules;  // empty: every rule
};

// Directives of one original file, in line order.
std::vector<suppression_directive> parse_suppressions(std::string_view original,
                                                      text::source_format format);

// True when `rule` is suppressed on `line` by `directives`.
bool is_suppressed(const std::vector<suppression_directive>& directives, std::string_view rule,
                   std::uint32_t line);

// The findings that no directive of their article suppresses. Findings whose path is not an
// article of the corpus are kept.
std::vector<checker::finding> apply_suppressions(const checker::aligned_corpus& corpus,
                                                 std::vector<checker::finding> findings);

}  // namespace factcheck::reports
