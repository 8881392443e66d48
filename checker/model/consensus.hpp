#pragma once
// What the figure rules share (numeric-conflict, stale-figure, uncorroborated-figure): which
// figures of a fact are comparable, whether two are confidently the same fact, the lexicon
// flags of a claim's class, capped related lists and --explain entries (docs/claims.md,
// "Consensus").

#include <cstdint>
#include <string>
#include <vector>

#include "checker/model/corpus.hpp"
#include "checker/model/finding.hpp"

namespace factcheck::checker {

// Figures of the fact that a rule may compare: dated, not vague, a total or a running total.
std::vector<std::uint32_t> comparable_figures(const aligned_corpus& corpus,
                                              const fact_group& group);

// Two figures of one fact whose frames leave no doubt: same scope, no clash of predicate or
// event anchor (a fact may still hold claims joined by story alone).
bool confidently_same(const claim& x, const claim& y);

// Both sentences name entities and share none (different participants or places).
bool disjoint_participants(const claim& x, const claim& y);

// Lexicon flags of the claim's class (false when it has none). Sums of money are salient.
bool salient_claim(const config& settings, const claim& c);
bool cumulative_claim(const config& settings, const claim& c);

// Appends related locations for `claims` (at most settings.related_limit, one per article and
// text), counting the rest in f.related_more.
void add_related(const aligned_corpus& corpus, finding& f,
                 const std::vector<std::uint32_t>& claims);

// --explain: for the finding's claim and the related claims, why each is in the fact.
void explain_into(const aligned_corpus& corpus, finding& f, std::uint32_t claim_index,
                  const std::vector<std::uint32_t>& others);

// "1 source", "5 sources".
std::string sources_text(std::size_t n);

}  // namespace factcheck::checker
