#include "checker/rules/uncorroborated_figure.hpp"

#include <fmt/format.h>

#include <set>

#include "checker/model/claim_report.hpp"

// A figure no other source supports: no claim of another article in its fact group has a
// compatible interval (at any date: an older or newer figure that matches still corroborates).
// Only in a corpus of more than one article; vague amounts are not figures to corroborate, and
// ids, counters, clock times and years never become claims (see claims.cpp).
namespace factcheck::checker::rules {

void uncorroborated_figure_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  if (corpus.articles.size() < 2) return;
  const double tolerance = corpus.settings->numeric_tolerance;
  for (const auto& group : corpus.facts) {
    std::set<std::pair<std::uint32_t, std::string>> reported;
    for (std::uint32_t i : group.claims) {
      const claim& c = corpus.claims[i];
      if (c.kind != claim_kind::figure) continue;
      const auto& q = quantity_of(corpus, c);
      // Vague amounts and small counts ("the two leaders", "all three capitals") are how a
      // story is told, not figures an editor corroborates.
      if (is_vague(q) || (q.kind == grammar::quantity_kind::count && q.value < 10)) continue;
      const auto range = interval_of(q);
      bool supported = false;
      const claim* differing = nullptr;
      for (std::uint32_t j : group.claims) {
        const claim& o = corpus.claims[j];
        if (o.kind != claim_kind::figure || o.article == c.article) continue;
        if (compatible(range, interval_of(quantity_of(corpus, o)), tolerance)) {
          supported = true;
          break;
        }
        if (differing == nullptr) differing = &o;
      }
      if (supported) continue;
      const std::string written(c.span.of(article_of(corpus, c).text()));
      if (!reported.emplace(c.article, written).second) continue;
      finding f = finding_at(corpus, c, group);
      if (differing != nullptr) {
        f.message = fmt::format("no other source supports {}; {} gives {}", claim_text(corpus, c),
                                short_name(article_of(corpus, *differing).path()),
                                claim_text(corpus, *differing));
        f.related.push_back(related_at(corpus, *differing));
      } else {
        f.message = fmt::format("no other source gives a figure for {}; {} is unconfirmed",
                                group.label, claim_text(corpus, c));
      }
      f.suggestion = "cite the source of the figure or confirm it";
      f.timeline = timeline_of(corpus, group);
      sink.report(std::move(f));
    }
  }
}

}  // namespace factcheck::checker::rules
