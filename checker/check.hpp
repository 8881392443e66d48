#pragma once
// The checker facade: articles + configuration -> aligned corpus -> findings.

#include <functional>
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
  // The last stage analyze() runs (analysis/pipeline.hpp); run_rules needs every stage.
  // `factcheck extract` runs analyze_streamed(), which stops after datelines.
  stage stop_after = stage::speakers;
  // Threads for the per-article stages (segment, dateline, extract) and the rules; 1 runs all
  // on the calling thread. Results are the same, byte for byte, whatever the count.
  unsigned jobs = 1;
  bool explain = false;  // keep why each claim is in its fact (--explain)
  // `--against`: the indexes of the drafts among the articles; findings are reported on these
  // only and the other articles are evidence. Empty: every article is checked.
  std::vector<std::uint32_t> drafts;
};

// Runs the analysis stages (analysis/pipeline.hpp) up to options.stop_after: segments,
// classifies, detects datelines, extracts, infers missing datelines, builds claims, aligns
// them into facts, assesses datelines, indexes names, resolves speakers. `articles` must
// outlive the result.
aligned_corpus analyze(const std::vector<text::article>& articles, const config& settings,
                       const check_options& options = {});

// For `extract`: the stages extract and datelines only (no claims kept, no facts), each article
// handed to `sink` in input order as soon as it is ready and released after it. Memory: the
// corpus's text and blocks plus one batch of articles, unless some article has no dateline
// (inferring one reads every article's extractions, so then the whole corpus is held, as in
// analyze()). The articles `sink` sees are those analyze() would build.
void analyze_streamed(const std::vector<text::article>& articles, const config& settings,
                      const check_options& options,
                      const std::function<void(const analyzed_article&)>& sink);

// Runs every enabled rule (up to `jobs` rules at once), applies configured severities, keeps
// only the drafts' findings when there are drafts, sorts findings by path, line, column and
// rule id.
std::vector<finding> run_rules(const aligned_corpus& corpus, unsigned jobs = 1);

// Location helpers for rules.
location locate(const analyzed_article& article, text::byte_span span);

}  // namespace factcheck::checker
