#include "checker/rules/numeric_conflict.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "checker/model/claim_report.hpp"
#include "checker/model/consensus.hpp"
#include "checker/model/dates.hpp"

// Figures for one fact at the same time that disagree (docs/claims.md, "Consensus"). The
// figures of a fact are cut into time slices (as-of dates within same_time_window_days of the
// previous one; one day for a running count such as a death toll, whose older figures are
// stale-figure's business). In a slice, a value's support is the number of articles giving a
// compatible figure. A figure is flagged when a confidently-same figure of another article
// contradicts it with at least as much support: a lone outlier is flagged, the majority is not,
// and two sources that disagree are both flagged. One finding per deviating figure, stated
// against the consensus, with the related sources capped.
namespace factcheck::checker::rules {
namespace {

std::string when_text(int days) {
  if (days == 0) return "same day";
  return fmt::format("{} {}", describe_gap(days), days > 0 ? "later" : "earlier");
}

using value_key = std::tuple<double, double, bool, bool>;

value_key key_of(const figure_interval& v) { return {v.low, v.high, v.low_open, v.high_open}; }

struct value_entry {
  figure_interval value;
  std::vector<std::uint32_t> claims;
  std::set<std::uint32_t> articles;
  std::size_t support = 0;  // articles giving a compatible value
  // Claims that confidently_same() cannot tell apart (same scope, head, predicate, anchor and
  // entities) form a frame class: claims are compared class by class, not pair by pair.
  std::vector<std::uint32_t> frame_of;    // per claim (parallel to `claims`): its class
  std::vector<std::uint32_t> frames;      // per class: a member (a claim index)
  std::size_t most_from_one_article = 0;  // claims of this value in one article, at most
};

// At most this many distinct values of one slice are weighed against each other: beyond it,
// the rarest are left out (bounds the cost on a corpus of many perturbed copies).
constexpr std::size_t max_values = 256;
// Contradicting claims collected per finding (the related list shows a few and counts the rest).
constexpr std::size_t max_collected = 64;

std::string frame_key(const claim& c) {
  std::string key =
      fmt::format("{}|{}|{}|{}", static_cast<int>(c.scope), c.head, c.predicate, c.anchor);
  for (const auto& e : c.entities) {
    key += '\x1f';
    key += e;
  }
  return key;
}

void classify_frames(const aligned_corpus& corpus, value_entry& e) {
  std::unordered_map<std::string, std::uint32_t> index;
  std::unordered_map<std::uint32_t, std::size_t> per_article;
  e.frame_of.reserve(e.claims.size());
  for (std::uint32_t i : e.claims) {
    const claim& c = corpus.claims[i];
    auto [it, added] = index.try_emplace(frame_key(c), static_cast<std::uint32_t>(e.frames.size()));
    if (added) e.frames.push_back(i);
    e.frame_of.push_back(it->second);
    e.most_from_one_article = std::max(e.most_from_one_article, ++per_article[c.article]);
  }
}

// The claims of `u` (in order) confidently the same as a claim of frame class `x`: enough of
// them that, whichever article is left out, max_collected of the others remain.
std::vector<std::uint32_t> matching_claims(const aligned_corpus& corpus, const claim& x,
                                           const value_entry& u) {
  std::vector<bool> same(u.frames.size());
  bool any = false;
  for (std::size_t k = 0; k < u.frames.size(); ++k) {
    same[k] = confidently_same(x, corpus.claims[u.frames[k]]);
    any = any || same[k];
  }
  std::vector<std::uint32_t> out;
  if (!any) return out;
  const std::size_t enough = max_collected + u.most_from_one_article;
  for (std::size_t k = 0; k < u.claims.size() && out.size() < enough; ++k) {
    if (same[u.frame_of[k]]) out.push_back(u.claims[k]);
  }
  return out;
}

void check_slice(const aligned_corpus& corpus, const fact_group& group,
                 const std::vector<std::uint32_t>& slice, finding_sink& sink,
                 const figure_timeline& timeline, std::vector<std::uint32_t>& mark,
                 std::uint32_t& stamp) {
  const double tolerance = corpus.settings->numeric_tolerance;
  std::map<value_key, value_entry> by_value;
  for (std::uint32_t i : slice) {
    const claim& c = corpus.claims[i];
    auto& e = by_value[key_of(c.value)];
    e.value = c.value;
    e.claims.push_back(i);
    e.articles.insert(c.article);
  }
  if (by_value.size() < 2) return;
  std::vector<value_entry*> values;
  for (auto& [key, e] : by_value) values.push_back(&e);
  std::stable_sort(values.begin(), values.end(), [](const value_entry* x, const value_entry* y) {
    return x->articles.size() > y->articles.size();
  });
  if (values.size() > max_values) values.resize(max_values);
  for (value_entry* v : values) {
    // The articles of every compatible value, each counted once.
    ++stamp;
    std::size_t support = 0;
    for (const value_entry* u : values) {
      if (!compatible(v->value, u->value, tolerance)) continue;
      for (std::uint32_t article : u->articles) {
        if (mark[article] != stamp) {
          mark[article] = stamp;
          ++support;
        }
      }
    }
    v->support = support;
    classify_frames(corpus, *v);
  }
  // The consensus: the best-supported value (the first of equals, i.e. the most repeated).
  const value_entry* consensus = *std::max_element(
      values.begin(), values.end(),
      [](const value_entry* x, const value_entry* y) { return x->support < y->support; });

  std::set<std::pair<std::uint32_t, std::string>> reported;
  for (const value_entry* v : values) {
    // Per frame class of v, per value u: u's claims confidently the same (built on first use).
    std::vector<std::vector<std::optional<std::vector<std::uint32_t>>>> matches(
        v->frames.size(), std::vector<std::optional<std::vector<std::uint32_t>>>(values.size()));
    for (std::size_t xk = 0; xk < v->claims.size(); ++xk) {
      const std::uint32_t xi = v->claims[xk];
      const claim& x = corpus.claims[xi];
      std::string written(x.span.of(article_of(corpus, x).text()));
      if (reported.count({x.article, written}) != 0) continue;  // one finding per figure as written
      auto& mine = matches[v->frame_of[xk]];
      std::vector<std::uint32_t> against;
      const value_entry* strongest = nullptr;
      std::size_t against_articles = 0;
      for (std::size_t uk = 0; uk < values.size(); ++uk) {
        const value_entry* u = values[uk];
        if (u == v || u->support < v->support || compatible(v->value, u->value, tolerance))
          continue;
        if (!mine[uk]) mine[uk] = matching_claims(corpus, x, *u);
        bool any = false;
        for (std::uint32_t yi : *mine[uk]) {
          if (corpus.claims[yi].article == x.article) continue;
          any = true;
          // Enough for the related list; the rest is only counted.
          if (against.size() == max_collected) break;
          against.push_back(yi);
        }
        if (any) against_articles += u->articles.size();
        if (any && (strongest == nullptr || u->support > strongest->support)) strongest = u;
      }
      if (against.empty()) continue;
      reported.emplace(x.article, std::move(written));
      // Related: the strongest contradicting value's claims first.
      const value_key strongest_key = key_of(strongest->value);
      std::stable_partition(against.begin(), against.end(), [&](std::uint32_t yi) {
        return key_of(corpus.claims[yi].value) == strongest_key;
      });
      const claim& other = corpus.claims[against.front()];
      finding f = finding_at(corpus, x, group);
      const std::size_t backing = strongest->support;
      if (backing >= 2) {
        f.message = fmt::format("{} here; {} give {}", claim_text(corpus, x), sources_text(backing),
                                claim_text(corpus, other));
      } else {
        const bool same_article = other.article == x.article;
        const std::string where =
            same_article
                ? fmt::format("line {} of this article",
                              article_of(corpus, other).source->locate(other.span.begin).line)
                : short_name(article_of(corpus, other).path());
        f.message =
            fmt::format("{} here; {} in {}, {}", claim_text(corpus, x), claim_text(corpus, other),
                        where, when_text(days_between(*x.as_of, *other.as_of)));
      }
      if (consensus != strongest && consensus != v && consensus->support > backing) {
        f.message += fmt::format(" ({} give {})", sources_text(consensus->support),
                                 claim_text(corpus, corpus.claims[consensus->claims.front()]));
      }
      f.suggestion = fmt::format("check the figure against {}", claim_text(corpus, other));
      add_related(corpus, f, against);
      if (against_articles > f.related.size() + f.related_more) {
        f.related_more = against_articles - f.related.size();
      }
      f.timeline = timeline.points;
      f.timeline_more = timeline.more;
      explain_into(corpus, f, xi, against);
      sink.report(std::move(f));
    }
  }
}

}  // namespace

void numeric_conflict_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  const config& settings = *corpus.settings;
  const auto window = std::chrono::days{settings.same_time_window_days};
  std::vector<std::uint32_t> mark;  // per article: the stamp of the last support count
  std::uint32_t stamp = 0;
  for (const auto& group : corpus.facts) {
    auto figures = comparable_figures(corpus, group);
    if (figures.size() < 2) continue;
    std::stable_sort(figures.begin(), figures.end(), [&](std::uint32_t x, std::uint32_t y) {
      return *corpus.claims[x].as_of < *corpus.claims[y].as_of;
    });
    const bool running = cumulative_claim(settings, corpus.claims[figures.front()]);
    const auto reach = running ? std::chrono::days{0} : window;
    figure_timeline timeline;
    std::vector<std::uint32_t> slice;
    if (mark.empty()) mark.assign(corpus.articles.size(), 0);
    for (std::size_t k = 0; k <= figures.size(); ++k) {
      const bool cut =
          k == figures.size() ||
          (!slice.empty() &&
           *corpus.claims[figures[k]].as_of - *corpus.claims[slice.back()].as_of > reach);
      if (cut && slice.size() >= 2) {
        if (timeline.points.empty()) timeline = timeline_of(corpus, group);
        check_slice(corpus, group, slice, sink, timeline, mark, stamp);
      }
      if (cut) slice.clear();
      if (k < figures.size()) slice.push_back(figures[k]);
    }
  }
}

}  // namespace factcheck::checker::rules
