#pragma once
// The checker facade: articles + configuration -> aligned corpus -> findings.

#include <vector>

#include "checker/config.hpp"
#include "checker/model/corpus.hpp"
#include "checker/model/finding.hpp"
#include "text/article.hpp"

namespace factcheck::checker {

struct check_options {
  // Relative expressions of every article are resolved against this date instead of the
  // article's dateline (analyzed_article::reference). The datelines stay each article's own.
  std::optional<std::chrono::year_month_day> reference_date;
  // The last stage to run (analysis/pipeline.hpp): `factcheck extract` stops after datelines.
  // run_rules needs every stage.
  stage stop_after = stage::speakers;
};

// Runs the analysis stages (analysis/pipeline.hpp) up to options.stop_after: segments,
// classifies, detects datelines, extracts, infers missing datelines, builds claims, aligns
// them into facts, assesses datelines, indexes names, resolves speakers. `articles` must
// outlive the result.
aligned_corpus analyze(const std::vector<text::article>& articles, const config& settings,
                       const check_options& options = {});

// Runs every enabled rule, applies configured severities, sorts findings by path, line,
// column and rule id.
std::vector<finding> run_rules(const aligned_corpus& corpus);

// Location helpers for rules.
location locate(const analyzed_article& article, text::byte_span span);

}  // namespace factcheck::checker
