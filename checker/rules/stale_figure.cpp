#include "checker/rules/stale_figure.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "checker/analysis/claim_text.hpp"
#include "checker/model/claim_report.hpp"
#include "checker/model/consensus.hpp"
#include "checker/model/dates.hpp"

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

// Figures of one fact that the rule cannot tell apart, whichever role they play (the older
// figure or the newer one): same date, value, hedge, frame, participants and revision cue. The
// rule compares classes, not every pair of figures: a fact that thousands of sources repeat
// has few classes. Only the article differs within a class.
struct figure_class {
  std::uint32_t first = 0;  // a member (the newest-first order's first)
  std::vector<std::pair<std::uint32_t, std::uint32_t>> members;  // (position, article), in order
  bool revision = false;  // a running count, running total or announced revision
};

std::string class_key(const aligned_corpus& corpus, const claim& c, bool revision) {
  const auto& q = quantity_of(corpus, c);
  const auto range = interval_of(q);
  std::string key = fmt::format(
      "{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}", c.as_of->time_since_epoch().count(),
      c.value.low, c.value.high, c.value.low_open, c.value.high_open, range.low, range.high,
      range.low_open, range.high_open, static_cast<int>(q.hedge_kind), q.vague, q.value,
      q.value_high, q.range, revision, c.head, c.predicate, c.anchor);
  for (const auto& e : c.entities) {
    key += '\x1f';
    key += e;
  }
  return key;
}

}  // namespace

void stale_figure_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  const config& settings = *corpus.settings;
  const auto after = std::chrono::days{settings.stale_after_days};
  for (const auto& group : corpus.facts) {
    auto figures = comparable_figures(corpus, group);
    if (figures.size() < 2) continue;
    // Newest first.
    std::stable_sort(figures.begin(), figures.end(), [&](std::uint32_t x, std::uint32_t y) {
      return *corpus.claims[x].as_of > *corpus.claims[y].as_of;
    });
    const bool running = cumulative_claim(settings, corpus.claims[figures.front()]);
    // Classes in order of their first member: newest first too.
    std::vector<figure_class> classes;
    {
      std::unordered_map<std::string, std::uint32_t> index;
      for (std::uint32_t k = 0; k < figures.size(); ++k) {
        const claim& c = corpus.claims[figures[k]];
        // A running count (a toll), a running total or a figure announced as a revision ("has
        // risen to 5,600") supersedes from the next day; anything else after stale_after_days.
        const bool revision = running || c.scope == claim_scope::so_far ||
                              update_cue_before(article_of(corpus, c).text(), c.sentence, c.span);
        auto [it, added] = index.try_emplace(class_key(corpus, c, revision),
                                             static_cast<std::uint32_t>(classes.size()));
        if (added) classes.push_back({figures[k], {}, revision});
        classes[it->second].members.emplace_back(k, c.article);
      }
    }
    figure_timeline timeline;
    std::set<std::pair<std::uint32_t, std::string>> reported;
    for (std::uint32_t k = 0; k < figures.size(); ++k) {
      const std::uint32_t oi = figures[k];
      const claim& old = corpus.claims[oi];
      std::string written(old.span.of(article_of(corpus, old).text()));
      if (reported.count({old.article, written}) != 0)
        continue;  // one finding per figure as written
      const auto& old_q = quantity_of(corpus, old);
      // The newest figures that could supersede this one: later by enough, from another
      // article, and confidently the same fact. If one of them still agrees, it is current.
      std::optional<std::chrono::sys_days> newest;
      std::optional<std::uint32_t> superseding;  // position in `figures`
      bool current = false;
      for (const auto& cls : classes) {
        const claim& newer = corpus.claims[cls.first];
        if (newest && *newer.as_of < *newest) break;
        const auto gap = *newer.as_of - *old.as_of;
        if (gap < std::chrono::days{1}) break;  // newest first: nothing later remains
        // Its first member from another article.
        std::optional<std::uint32_t> from_other;
        for (const auto& [position, article] : cls.members) {
          if (article != old.article) {
            from_other = position;
            break;
          }
        }
        if (!from_other) continue;
        const bool same_scope_kind =
            newer.head == old.head &&
            (newer.predicate.empty() || old.predicate.empty() ||
             newer.predicate == old.predicate) &&
            (newer.anchor.empty() || old.anchor.empty() || newer.anchor == old.anchor);
        if (!same_scope_kind || disjoint_participants(newer, old)) continue;
        if (!cls.revision && gap < after) continue;
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
        // The first superseding figure in newest-first order.
        if (!superseding || *from_other < *superseding) superseding = from_other;
      }
      if (current || !superseding) continue;
      const std::uint32_t newer_index = figures[*superseding];
      const claim& newer = corpus.claims[newer_index];
      reported.emplace(old.article, std::move(written));
      finding f = finding_at(corpus, old, group);
      const int days = days_between(*old.as_of, *newer.as_of);
      f.message = fmt::format("{} ({}) was superseded by {} in {} ({}, {} later)",
                              claim_text(corpus, old), as_of_text(old), claim_text(corpus, newer),
                              short_name(article_of(corpus, newer).path()), as_of_text(newer),
                              describe_gap(days));
      f.suggestion = fmt::format("update to {} or say the figure is as of {}",
                                 claim_text(corpus, newer), as_of_text(old));
      add_related(corpus, f, {newer_index});
      if (timeline.points.empty()) timeline = timeline_of(corpus, group);
      f.timeline = timeline.points;
      f.timeline_more = timeline.more;
      explain_into(corpus, f, oi, {newer_index});
      sink.report(std::move(f));
    }
  }
}

}  // namespace factcheck::checker::rules
