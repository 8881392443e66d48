#include "checker/rules/stale_dateline.hpp"

#include <fmt/format.h>

#include "checker/check.hpp"
#include "checker/model/dates.hpp"

// A dateline that its own content contradicts: year arithmetic in the text, or the other
// sources on the same events dated far from it (the `assessment` stage,
// analysis/dates_consensus.hpp). Flags the dateline.
namespace factcheck::checker::rules {

void stale_dateline_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  const auto& assessments = corpus.datelines;
  for (std::uint32_t i = 0; i < corpus.articles.size(); ++i) {
    const auto& assessment = assessments[i];
    if (!assessment.stale) continue;
    const auto& a = corpus.articles[i];
    finding f;
    f.where = locate(a, a.dateline.span);
    const std::string content =
        assessment.content_date ? describe_month_part(*assessment.content_date) : "another date";
    f.message =
        fmt::format("dated {}, but the content is from {}: {}", format_day(*a.dateline.date),
                    content, fmt::join(assessment.evidence, "; "));
    f.suggestion = fmt::format("check the dateline (the content points to {})", content);
    f.context = std::string(a.dateline.span.of(a.text()));
    for (std::size_t k = 0; k < assessment.related_articles.size() && k < 5; ++k) {
      const auto& other = corpus.articles[assessment.related_articles[k]];
      f.related.push_back(locate(other, other.dateline.span));
    }
    sink.report(std::move(f));
  }
}

}  // namespace factcheck::checker::rules
