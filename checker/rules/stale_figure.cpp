#include "checker/rules/stale_figure.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "checker/model/claim_report.hpp"
#include "checker/analysis/claim_text.hpp"
#include "checker/model/dates.hpp"

// A figure that a newer source has replaced: another article gives, for the same fact and at
// least stale_after_days later, a figure that the older one does not cover ("94,300" then
// "100,000"; but "over 94,000" still covers "100,000"). The OLDER figure is flagged, with the
// newest superseding figure as related. One finding per article and figure as written.
namespace factcheck::checker::rules {
namespace {

// A lower bound ("at least 3,000") stays current while the figure is near it; a newer figure
// well above it ("risen to 5,600") supersedes it all the same.
constexpr double bound_outgrown = 1.5;

bool outgrown_bound(const grammar::quantity& older, const grammar::quantity& newer) {
  const bool lower_bound =
      older.hedge_kind == grammar::hedge::over || older.hedge_kind == grammar::hedge::at_least;
  const bool newer_upper =
      newer.hedge_kind == grammar::hedge::under || newer.hedge_kind == grammar::hedge::at_most;
  return lower_bound && !newer_upper && older.value > 0 &&
         newer.value > bound_outgrown * older.value;
}

bool stated_value_outside(const grammar::quantity& older, const grammar::quantity& newer,
                          double tolerance) {
  const auto range = interval_of(older);
  const double low = newer.value;
  const double high = newer.range ? newer.value_high : newer.value;
  if (contains(range, low) || contains(range, high)) return false;
  const double scale = std::max(std::fabs(older.value), std::fabs(newer.value));
  return std::fabs(newer.value - older.value) > tolerance * scale;
}

// A newer figure can supersede only when it is itself a figure, not a bound or a vague amount.
bool definite(const grammar::quantity& q) {
  return !q.vague &&
         (q.hedge_kind == grammar::hedge::none || q.hedge_kind == grammar::hedge::approx);
}

}  // namespace

void stale_figure_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  const config& settings = *corpus.settings;
  const auto after = std::chrono::days{settings.stale_after_days};
  for (const auto& group : corpus.facts) {
    std::vector<std::uint32_t> figures;
    for (std::uint32_t i : group.claims) {
      const claim& c = corpus.claims[i];
      if (c.kind == claim_kind::figure && c.as_of && !is_vague(quantity_of(corpus, c))) {
        figures.push_back(i);
      }
    }
    if (figures.size() < 2) continue;
    // Newest first, so that the first superseding figure found is the newest.
    std::stable_sort(figures.begin(), figures.end(), [&](std::uint32_t x, std::uint32_t y) {
      return *corpus.claims[x].as_of > *corpus.claims[y].as_of;
    });
    std::set<std::pair<std::uint32_t, std::string>> reported;
    for (std::uint32_t oi : figures) {
      const claim& old = corpus.claims[oi];
      const auto& old_q = quantity_of(corpus, old);
      for (std::uint32_t ni : figures) {
        const claim& newer = corpus.claims[ni];
        // A figure announced as a revision ("has risen to 5,600") supersedes from the next day;
        // otherwise only after stale_after_days.
        const auto& newer_article = article_of(corpus, newer);
        const bool revision = update_cue_before(newer_article.text(), newer.sentence, newer.span);
        const auto gap = *newer.as_of - *old.as_of;
        if (gap < std::chrono::days{1}) break;  // newest first: nothing later remains
        if (!revision && gap < after) continue;
        if (newer.article == old.article) continue;
        const auto& new_q = quantity_of(corpus, newer);
        // A definite newer figure outside the older one, or a newer bound that excludes it
        // ("more than 104,000" after "69,597").
        const bool replaced =
            outgrown_bound(old_q, new_q) ||
            (definite(new_q) && stated_value_outside(old_q, new_q, settings.numeric_tolerance)) ||
            !compatible(interval_of(old_q), interval_of(new_q), settings.numeric_tolerance);
        if (!replaced) continue;
        const std::string written(old.span.of(article_of(corpus, old).text()));
        if (!reported.emplace(old.article, written).second) break;
        finding f = finding_at(corpus, old, group);
        const int days = days_between(*old.as_of, *newer.as_of);
        f.message = fmt::format("{} ({}) was superseded by {} in {} ({}, {} later)",
                                claim_text(corpus, old), as_of_text(old), claim_text(corpus, newer),
                                short_name(article_of(corpus, newer).path()), as_of_text(newer),
                                describe_gap(days));
        f.suggestion = fmt::format("update to {} or say the figure is as of {}",
                                   claim_text(corpus, newer), as_of_text(old));
        f.related.push_back(related_at(corpus, newer));
        f.timeline = timeline_of(corpus, group);
        sink.report(std::move(f));
        break;
      }
    }
  }
}

}  // namespace factcheck::checker::rules
