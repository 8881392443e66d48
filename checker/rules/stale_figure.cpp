#include "checker/rules/stale_figure.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

#include "checker/model/claim_report.hpp"
#include "checker/analysis/claim_text.hpp"
#include "checker/model/dates.hpp"
#include "checker/model/consensus.hpp"

// A figure that a newer source has replaced: another article gives, for the same fact and at
// least stale_after_days later (one day for a running count such as a death toll, a running
// total or a figure announced as a revision), a figure that the older one does not cover
// ("94,300" then "100,000"; but "over 94,000" still covers "100,000"). The OLDER figure is
// flagged against the newest figures; if one of those still agrees with it, it is current.
// One finding per article and figure as written.
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
    auto figures = comparable_figures(corpus, group);
    if (figures.size() < 2) continue;
    // Newest first; one claim per article, date and value is enough to find what superseded
    // what (a fact can hold thousands of copies of one figure).
    std::stable_sort(figures.begin(), figures.end(), [&](std::uint32_t x, std::uint32_t y) {
      return *corpus.claims[x].as_of > *corpus.claims[y].as_of;
    });
    const bool running = cumulative_claim(settings, corpus.claims[figures.front()]);
    std::vector<figure_point> timeline;
    std::set<std::pair<std::uint32_t, std::string>> reported;
    for (std::uint32_t oi : figures) {
      const claim& old = corpus.claims[oi];
      const auto& old_q = quantity_of(corpus, old);
      // The newest figures that could supersede this one: later by enough, from another
      // article, and confidently the same fact. If one of them still agrees, it is current.
      std::optional<std::chrono::sys_days> newest;
      const claim* superseding = nullptr;
      bool current = false;
      for (std::uint32_t ni : figures) {
        const claim& newer = corpus.claims[ni];
        if (newest && *newer.as_of < *newest) break;
        const auto gap = *newer.as_of - *old.as_of;
        if (gap < std::chrono::days{1}) break;  // newest first: nothing later remains
        if (newer.article == old.article) continue;
        const bool same_scope_kind =
            newer.head == old.head &&
            (newer.predicate.empty() || old.predicate.empty() ||
             newer.predicate == old.predicate) &&
            (newer.anchor.empty() || old.anchor.empty() || newer.anchor == old.anchor);
        if (!same_scope_kind || disjoint_participants(newer, old)) continue;
        // A running count (a toll), a running total or a figure announced as a revision ("has
        // risen to 5,600") supersedes from the next day; anything else after stale_after_days.
        const auto& newer_article = article_of(corpus, newer);
        const bool revision = running || newer.scope == claim_scope::so_far ||
                              update_cue_before(newer_article.text(), newer.sentence, newer.span);
        if (!revision && gap < after) continue;
        newest = newer.as_of;
        const auto& new_q = quantity_of(corpus, newer);
        const bool replaced =
            outgrown_bound(old_q, new_q) ||
            (definite(new_q) && stated_value_outside(old_q, new_q, settings.numeric_tolerance)) ||
            !compatible(old.value, newer.value, settings.numeric_tolerance);
        if (!replaced) {
          current = true;
          break;
        }
        if (superseding == nullptr) superseding = &newer;
      }
      if (current || superseding == nullptr) continue;
      const claim& newer = *superseding;
      const std::string written(old.span.of(article_of(corpus, old).text()));
      if (!reported.emplace(old.article, written).second) continue;
      finding f = finding_at(corpus, old, group);
      const int days = days_between(*old.as_of, *newer.as_of);
      f.message = fmt::format("{} ({}) was superseded by {} in {} ({}, {} later)",
                              claim_text(corpus, old), as_of_text(old), claim_text(corpus, newer),
                              short_name(article_of(corpus, newer).path()), as_of_text(newer),
                              describe_gap(days));
      f.suggestion = fmt::format("update to {} or say the figure is as of {}",
                                 claim_text(corpus, newer), as_of_text(old));
      const auto newer_index = static_cast<std::uint32_t>(&newer - corpus.claims.data());
      add_related(corpus, f, {newer_index});
      if (timeline.empty()) timeline = timeline_of(corpus, group);
      f.timeline = timeline;
      explain_into(corpus, f, oi, {newer_index});
      sink.report(std::move(f));
    }
  }
}

}  // namespace factcheck::checker::rules
