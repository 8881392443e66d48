#include "checker/model/claim_report.hpp"

#include <algorithm>
#include <filesystem>
#include <tuple>

#include "checker/check.hpp"
#include "checker/analysis/claim_text.hpp"
#include "checker/model/dates.hpp"

namespace factcheck::checker {

const analyzed_article& article_of(const aligned_corpus& corpus, const claim& c) {
  return corpus.articles[c.article];
}

const grammar::quantity& quantity_of(const aligned_corpus& corpus, const claim& c) {
  return corpus.articles[c.article].quantities[c.index];
}

const grammar::time_expression& time_of(const aligned_corpus& corpus, const claim& c) {
  return corpus.articles[c.article].times[c.index];
}

std::string short_name(std::string_view path) {
  if (const auto hash = path.find('#'); hash != std::string_view::npos) {
    return std::filesystem::path(path.substr(0, hash)).filename().string() +
           std::string(path.substr(hash));
  }
  return std::filesystem::path(path).filename().string();
}

std::string claim_text(const aligned_corpus& corpus, const claim& c) {
  const auto& a = article_of(corpus, c);
  if (c.kind == claim_kind::figure) {
    const auto& q = quantity_of(corpus, c);
    std::string out = figure_text(q, a.text());
    // "estimated to be 94,300": the counted noun came from the sentence, not after the figure.
    if (q.noun_span.empty() && q.kind == grammar::quantity_kind::count) {
      const std::string noun = counted_noun_from_context(a.text(), c.sentence, c.span);
      if (!noun.empty()) out += ' ' + noun;
    }
    return out;
  }
  return std::string(c.span.of(a.text()));
}

std::string as_of_text(const claim& c) { return c.as_of ? format_day(*c.as_of) : "undated"; }

finding finding_at(const aligned_corpus& corpus, const claim& c, const fact_group& group) {
  const auto& a = article_of(corpus, c);
  finding f;
  f.where = locate(a, c.span);
  f.fact = group.label;
  f.context = std::string(c.sentence.of(a.text()));
  return f;
}

location related_at(const aligned_corpus& corpus, const claim& c) {
  return locate(article_of(corpus, c), c.span);
}

std::vector<figure_point> timeline_of(const aligned_corpus& corpus, const fact_group& group) {
  // Cheap points first (no text); the text of a figure is built only for the points kept.
  struct point {
    std::uint32_t claim;
    std::string date;
    figure_interval range;
  };
  std::vector<point> points;
  for (std::uint32_t i : group.claims) {
    const claim& c = corpus.claims[i];
    if (c.kind != claim_kind::figure) continue;
    points.push_back({i, as_of_text(c), interval_of(quantity_of(corpus, c))});
  }
  std::stable_sort(points.begin(), points.end(),
                   [](const point& x, const point& y) { return x.date < y.date; });
  if (points.size() > max_timeline_points) {
    // A fact that thousands of sources give: one point per date and interval (the first
    // source that gives it), then evenly spaced points from the first date to the last.
    std::stable_sort(points.begin(), points.end(), [](const point& x, const point& y) {
      return std::tie(x.date, x.range.low, x.range.high) < std::tie(y.date, y.range.low, y.range.high);
    });
    std::vector<point> distinct;
    for (auto& p : points) {
      if (!distinct.empty() && distinct.back().date == p.date &&
          distinct.back().range.low == p.range.low && distinct.back().range.high == p.range.high) {
        continue;
      }
      distinct.push_back(std::move(p));
    }
    points.clear();
    const std::size_t n = distinct.size();
    const std::size_t keep = std::min(n, max_timeline_points);
    for (std::size_t k = 0; k < keep; ++k) {
      points.push_back(std::move(distinct[keep == 1 ? 0 : k * (n - 1) / (keep - 1)]));
    }
  }
  std::vector<figure_point> out;
  out.reserve(points.size());
  for (auto& p : points) {
    const claim& c = corpus.claims[p.claim];
    out.push_back({article_of(corpus, c).path(), std::move(p.date), p.range.low, p.range.high,
                   claim_text(corpus, c)});
  }
  return out;
}

bool is_vague(const grammar::quantity& q) { return q.vague; }

}  // namespace factcheck::checker
