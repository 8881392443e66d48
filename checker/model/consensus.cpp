#include "checker/model/consensus.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "checker/check.hpp"
#include "checker/model/claim_report.hpp"
#include "checker/analysis/frames.hpp"

namespace factcheck::checker {
namespace {

const claim_class* class_of(const config& settings, const claim& c) {
  for (const auto& k : claim_classes_of(settings)) {
    if (k.name == c.measure) return &k;
  }
  return nullptr;
}

}  // namespace

std::vector<std::uint32_t> comparable_figures(const aligned_corpus& corpus,
                                              const fact_group& group) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t i : group.claims) {
    const claim& c = corpus.claims[i];
    if (c.kind != claim_kind::figure || !c.as_of) continue;
    // Rates compare with rates only (their subject says so); parts, differences and remainders
    // are not compared at all: which whole or which baseline they are of is not known.
    if (c.scope != claim_scope::total && c.scope != claim_scope::so_far &&
        c.scope != claim_scope::per) {
      continue;
    }
    if (!c.zero && is_vague(quantity_of(corpus, c))) continue;
    out.push_back(i);
  }
  return out;
}

bool disjoint_participants(const claim& x, const claim& y) {
  if (x.entities.empty() || y.entities.empty()) return false;
  for (const auto& e : x.entities) {
    if (std::binary_search(y.entities.begin(), y.entities.end(), e)) return false;
  }
  return true;
}

bool confidently_same(const claim& x, const claim& y) {
  if (x.scope != y.scope || x.head != y.head) return false;
  // Both sentences name who or where, and none in common: "Bush missed eight games" is not
  // "Thomas missed nine games".
  if (disjoint_participants(x, y)) return false;
  if (!x.predicate.empty() && !y.predicate.empty() && x.predicate != y.predicate) return false;
  if (!x.anchor.empty() && !y.anchor.empty() && x.anchor != y.anchor) return false;
  return true;
}

bool salient_claim(const config& settings, const claim& c) {
  if (c.measure.starts_with("money:") || c.lead) return true;
  const auto* k = class_of(settings, c);
  return k != nullptr && k->salient;
}

bool cumulative_claim(const config& settings, const claim& c) {
  const auto* k = class_of(settings, c);
  return k != nullptr && k->cumulative;
}

void add_related(const aligned_corpus& corpus, finding& f,
                 const std::vector<std::uint32_t>& claims) {
  const auto limit = static_cast<std::size_t>(std::max(1, corpus.settings->related_limit));
  std::set<std::pair<std::uint32_t, std::string>> seen;
  for (std::uint32_t i : claims) {
    const claim& c = corpus.claims[i];
    const std::string written(c.span.of(article_of(corpus, c).text()));
    if (!seen.emplace(c.article, written).second) continue;
    if (f.related.size() < limit) {
      f.related.push_back(related_at(corpus, c));
    } else {
      ++f.related_more;
    }
  }
}

void explain_into(const aligned_corpus& corpus, finding& f, std::uint32_t claim_index,
                  const std::vector<std::uint32_t>& others) {
  if (!corpus.explain || corpus.alignment.size() != corpus.claims.size()) return;
  auto one = [&](std::uint32_t i) {
    const auto& note = corpus.alignment[i];
    alignment_explanation e;
    e.claim = related_at(corpus, corpus.claims[i]);
    if (note.partner) e.compared_with = related_at(corpus, corpus.claims[*note.partner]);
    e.score = note.score;
    e.features = note.features;
    f.explain.push_back(std::move(e));
  };
  one(claim_index);
  const auto limit = static_cast<std::size_t>(std::max(1, corpus.settings->related_limit));
  for (std::size_t k = 0; k < others.size() && k < limit; ++k) one(others[k]);
}

std::string sources_text(std::size_t n) { return fmt::format("{} source{}", n, n == 1 ? "" : "s"); }

}  // namespace factcheck::checker
