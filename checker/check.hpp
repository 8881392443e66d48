#pragma once
// The checker facade: articles + configuration -> aligned corpus -> findings.

#include <vector>

#include "checker/config.hpp"
#include "checker/model/corpus.hpp"
#include "checker/model/finding.hpp"
#include "text/article.hpp"

namespace factcheck::checker {

struct check_options {
  std::optional<std::chrono::year_month_day> reference_date;  // overrides every dateline
  bool explain = false;  // keep why each claim is in its fact (--explain)
  // `--against`: the indexes of the drafts among the articles; findings are reported on these
  // only and the other articles are evidence. Empty: every article is checked.
  std::vector<std::uint32_t> drafts;
};

// Segments, classifies, detects datelines, extracts, builds claims, infers missing datelines
// and aligns. `articles` must outlive the result.
aligned_corpus analyze(const std::vector<text::article>& articles, const config& settings,
                       const check_options& options = {});

// Runs every enabled rule, applies configured severities, keeps only the drafts' findings when
// there are drafts, sorts findings by path, line, column and rule id.
std::vector<finding> run_rules(const aligned_corpus& corpus);

// Location helpers for rules.
location locate(const analyzed_article& article, text::byte_span span);

}  // namespace factcheck::checker
