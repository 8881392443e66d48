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
};

// Segments, classifies, detects datelines, extracts, builds claims, infers missing datelines
// and aligns. `articles` must outlive the result.
aligned_corpus analyze(const std::vector<text::article>& articles, const config& settings,
                       const check_options& options = {});

// Runs every enabled rule, applies configured severities, sorts findings by path, line,
// column and rule id.
std::vector<finding> run_rules(const aligned_corpus& corpus);

// Location helpers for rules.
location locate(const analyzed_article& article, text::byte_span span);

}  // namespace factcheck::checker
