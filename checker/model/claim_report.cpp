#include "checker/model/claim_report.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <tuple>

#include "checker/analysis/claim_text.hpp"
#include "checker/check.hpp"
#include "checker/model/dates.hpp"

namespace factcheck::checker {

const analyzed_article& article_of(const aligned_corpus& corpus, const claim& c) {
  return corpus.articles[c.article];
}

const grammar::quantity& quantity_of(const aligned_corpus& corpus, const claim& c) {
  // A negated count ("no casualties") has no quantity of the grammar: it reads as exactly 0.
  static const grammar::quantity zero = [] {
    grammar::quantity q;
    q.unit = "";
    return q;
  }();
  if (c.zero || c.index >= corpus.articles[c.article].quantities.size()) return zero;
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
  if (c.kind == claim_kind::figure && c.zero) return std::string(c.span.of(a.text()));
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

figure_timeline timeline_of(const aligned_corpus& corpus, const fact_group& group) {
  // One point per date and value, oldest first: the history of the figure, not every source
  // that repeats it (a fact can hold thousands of copies of one figure).
  std::vector<const claim*> figures;
  for (std::uint32_t i : group.claims) {
    const claim& c = corpus.claims[i];
    if (c.kind == claim_kind::figure) figures.push_back(&c);
  }
  const auto day = [](const claim* c) { return c->as_of.value_or(std::chrono::sys_days{}); };
  std::stable_sort(figures.begin(), figures.end(),
                   [&](const claim* x, const claim* y) { return day(x) < day(y); });
  // The first claim of each date and value, in that order (a date's claims are adjacent).
  std::vector<const claim*> distinct;
  std::set<std::tuple<bool, double, double>> seen;  // (dated, low, high) of the current day
  for (std::size_t k = 0; k < figures.size(); ++k) {
    const claim* c = figures[k];
    if (k > 0 && day(c) != day(figures[k - 1])) seen.clear();
    if (seen.emplace(c->as_of.has_value(), c->value.low, c->value.high).second) {
      distinct.push_back(c);
    }
  }
  figure_timeline out;
  std::vector<const claim*> kept;
  if (distinct.size() <= max_timeline_points) {
    kept = std::move(distinct);
  } else {
    // The first and the last point and evenly spaced points between; the rest are counted.
    const std::size_t n = distinct.size();
    for (std::size_t k = 0; k < max_timeline_points; ++k) {
      kept.push_back(distinct[k * (n - 1) / (max_timeline_points - 1)]);
    }
    out.more = n - max_timeline_points;
  }
  out.points.reserve(kept.size());
  for (const claim* c : kept) {
    out.points.push_back({article_of(corpus, *c).path(), as_of_text(*c), c->value.low,
                          c->value.high, claim_text(corpus, *c)});
  }
  return out;
}

bool is_vague(const grammar::quantity& q) { return q.vague; }

}  // namespace factcheck::checker
