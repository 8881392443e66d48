#include "checker/rules/numeric_conflict.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "checker/model/claim_report.hpp"
#include "checker/model/dates.hpp"

// Two figures for the same fact, at the same time (as-of dates within same_time_window_days),
// whose intervals are further apart than numeric_tolerance. Hedges and rounding are already in
// the intervals: "94,300" and "over 94,000" overlap, "tens of thousands" overlaps both.
// A figure is flagged when more of the same-time figures contradict it than support it, so a
// lone outlier is flagged and the figures that agree with each other are not.
namespace factcheck::checker::rules {
namespace {

struct dated_figure {
  std::uint32_t claim;
  std::chrono::sys_days as_of;
  figure_interval range;
};

std::string when_text(int days) {
  if (days == 0) return "same day";
  return fmt::format("{} {}", describe_gap(days), days > 0 ? "later" : "earlier");
}

}  // namespace

void numeric_conflict_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  const config& settings = *corpus.settings;
  const auto window = std::chrono::days{settings.same_time_window_days};
  for (const auto& group : corpus.facts) {
    std::vector<dated_figure> figures;
    for (std::uint32_t i : group.claims) {
      const claim& c = corpus.claims[i];
      if (c.kind != claim_kind::figure || !c.as_of) continue;
      const auto& q = quantity_of(corpus, c);
      if (is_vague(q)) continue;
      figures.push_back({i, *c.as_of, interval_of(q)});
    }
    if (figures.size() < 2) continue;
    std::stable_sort(
        figures.begin(), figures.end(),
        [](const dated_figure& x, const dated_figure& y) { return x.as_of < y.as_of; });
    std::vector<int> support(figures.size(), 0);
    std::vector<std::vector<std::size_t>> against(figures.size());
    // Sweep over as-of order: only figures within the window are compared.
    for (std::size_t x = 0; x < figures.size(); ++x) {
      for (std::size_t y = x + 1;
           y < figures.size() && figures[y].as_of - figures[x].as_of <= window; ++y) {
        const claim& cx = corpus.claims[figures[x].claim];
        const claim& cy = corpus.claims[figures[y].claim];
        if (cx.article == cy.article && cx.span == cy.span) continue;
        if (compatible(figures[x].range, figures[y].range, settings.numeric_tolerance)) {
          ++support[x];
          ++support[y];
        } else {
          against[x].push_back(y);
          against[y].push_back(x);
        }
      }
    }
    for (std::size_t x = 0; x < figures.size(); ++x) {
      const int conflicts = static_cast<int>(against[x].size());
      if (conflicts == 0 || support[x] >= conflicts) continue;
      const claim& c = corpus.claims[figures[x].claim];
      finding f = finding_at(corpus, c, group);
      const std::size_t first = against[x].front();
      const claim& other = corpus.claims[figures[first].claim];
      const bool same_article = other.article == c.article;
      const std::string where =
          same_article
              ? fmt::format("line {} of this article",
                            article_of(corpus, other).source->locate(other.span.begin).line)
              : short_name(article_of(corpus, other).path());
      f.message =
          fmt::format("{} here; {} in {}, {}", claim_text(corpus, c), claim_text(corpus, other),
                      where, when_text(days_between(figures[x].as_of, figures[first].as_of)));
      if (against[x].size() > 1) {
        f.message += fmt::format(" (and {} more conflicting figure{})", against[x].size() - 1,
                                 against[x].size() == 2 ? "" : "s");
      }
      f.suggestion = fmt::format("check the figure against {}", claim_text(corpus, other));
      for (std::size_t y : against[x]) {
        f.related.push_back(related_at(corpus, corpus.claims[figures[y].claim]));
      }
      f.timeline = timeline_of(corpus, group);
      sink.report(std::move(f));
    }
  }
}

}  // namespace factcheck::checker::rules
