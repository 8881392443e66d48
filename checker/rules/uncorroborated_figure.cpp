#include "checker/rules/uncorroborated_figure.hpp"

#include <fmt/format.h>

#include <map>
#include <set>
#include <tuple>

#include "checker/model/claim_report.hpp"
#include "checker/model/consensus.hpp"

// A salient figure (casualties, money, troops... the lexicon's `salient` classes) that no other
// source gives: its fact holds no figure of another article. A fact where another source gives
// a different figure is numeric-conflict's or stale-figure's business, and a figure that another
// article repeats is never reported, even when alignment kept the two apart (a corpus-wide
// index by class and value is checked too). Only in a corpus of more than one article; vague
// amounts and small counts ("the two leaders") are how a story is told, not figures.
namespace factcheck::checker::rules {

void uncorroborated_figure_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  if (corpus.articles.size() < 2) return;
  const config& settings = *corpus.settings;
  // Which articles give each (class, value): a repeated figure is corroborated.
  std::map<std::tuple<std::string_view, double, double>, std::set<std::uint32_t>> givers;
  for (const claim& c : corpus.claims) {
    if (c.kind != claim_kind::figure) continue;
    auto& s = givers[{c.measure, c.value.low, c.value.high}];
    if (s.size() < 2) s.insert(c.article);
  }
  for (const auto& group : corpus.facts) {
    std::set<std::uint32_t> articles;
    for (std::uint32_t i : group.claims) {
      if (corpus.claims[i].kind == claim_kind::figure) articles.insert(corpus.claims[i].article);
      if (articles.size() > 1) break;
    }
    if (articles.size() != 1) continue;
    std::set<std::string> reported;
    for (std::uint32_t i : group.claims) {
      const claim& c = corpus.claims[i];
      if (c.kind != claim_kind::figure || c.zero || c.scope != claim_scope::total) continue;
      if (!salient_claim(settings, c)) continue;
      const auto& q = quantity_of(corpus, c);
      if (is_vague(q) || (q.kind == grammar::quantity_kind::count && q.value < 10)) continue;
      if (givers[{c.measure, c.value.low, c.value.high}].size() > 1) continue;
      const std::string written(c.span.of(article_of(corpus, c).text()));
      if (!reported.insert(written).second) continue;
      finding f = finding_at(corpus, c, group);
      f.message = fmt::format("no other source gives a figure for {}; {} is unconfirmed",
                              group.label, claim_text(corpus, c));
      f.suggestion = "cite the source of the figure or confirm it";
      auto timeline = timeline_of(corpus, group);
      f.timeline = std::move(timeline.points);
      f.timeline_more = timeline.more;
      explain_into(corpus, f, i, {});
      sink.report(std::move(f));
    }
  }
}

}  // namespace factcheck::checker::rules
