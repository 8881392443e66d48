#include "checker/model/claim_report.hpp"

#include <algorithm>
#include <filesystem>

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
  std::vector<figure_point> points;
  for (std::uint32_t i : group.claims) {
    const claim& c = corpus.claims[i];
    if (c.kind != claim_kind::figure) continue;
    const auto& q = quantity_of(corpus, c);
    const auto range = interval_of(q);
    points.push_back({article_of(corpus, c).path(), as_of_text(c), range.low, range.high,
                      claim_text(corpus, c)});
  }
  std::stable_sort(points.begin(), points.end(),
                   [](const figure_point& x, const figure_point& y) { return x.date < y.date; });
  return points;
}

bool is_vague(const grammar::quantity& q) { return q.vague; }

}  // namespace factcheck::checker
