#pragma once
// The analysis pipeline: one list of stages, in order. Each stage runs once and stores its
// result in the model (model/corpus.hpp); rules read the model and never recompute a stage. A
// rule that needs something new adds a stage here, not a private copy.
//
//   stage       fills (model/corpus.hpp)                 reads
//   extract     articles: blocks, dateline, quantities,   the article text
//               times, names, quotations
//   datelines   articles: inferred datelines (and the     claims of the dated articles,
//               times of those articles, re-resolved)     article entities (fallback)
//   claims      claims                                    articles
//   facts       facts                                     claims
//   assessment  datelines (one per article)               article entities, claims, facts
//   names       names (name_index)                        articles' names and datelines
//   speakers    articles: speakers (one per quotation)    articles' names and quotations
//
// Article entities are filled once, by the first stage that needs them (fill_entities).
// checker::analyze() (check.hpp) runs the list; `factcheck extract` stops after `datelines`.

#include <cstdint>
#include <span>
#include <vector>

#include "checker/model/corpus.hpp"

namespace factcheck::checker {

// claims.cpp: one claim per figure and per dated event of every article (or of the articles
// listed in `which`, in that order).
std::vector<claim> build_claims(const std::vector<analyzed_article>& articles,
                                const config& settings);
std::vector<claim> build_claims(const std::vector<analyzed_article>& articles,
                                const config& settings, std::span<const std::uint32_t> which);

// align.cpp: groups claims about the same fact, using an index keyed by subject (no all-pairs
// comparison of the corpus). Groups hold at least one claim; their order is deterministic.
// `notes`, when given, receives per claim why it joined its fact (--explain).
std::vector<fact_group> align_claims(const std::vector<analyzed_article>& articles,
                                     const std::vector<claim>& claims, const config& settings,
                                     std::vector<alignment_note>* notes = nullptr);
// The clustering alone, given each article's story keys (indexed by claim::article; a claim
// whose article has no entry has no story). Groups have claims but no key or label.
std::vector<fact_group> align_claims_by_story(const std::vector<claim>& claims,
                                              const std::vector<std::vector<std::string>>& stories,
                                              const config& settings,
                                              std::vector<alignment_note>* notes = nullptr);
// Sets each group's key and label from its claims.
void label_facts(const std::vector<analyzed_article>& articles, const std::vector<claim>& claims,
                 std::vector<fact_group>& groups);

// dateline_resolution.cpp: settles ambiguous numeric datelines ("4/9/2007") and datelines
// without a year ("Nov 11") with the corpus, and each article's numeric date order; says what
// was chosen and why in dateline_note. Before extraction (times depend on it).
void resolve_datelines(std::vector<analyzed_article>& articles, const config& settings);
grammar::date_order configured_date_order(const config& settings);

// infer_dateline.cpp: for articles whose dateline source is `none`, infers a date from their
// relative expressions and the other articles' datelines; sets source = inferred and the note.
// `claims` are the claims of every article (build_claims) before inference.
void infer_datelines(aligned_corpus& corpus, const std::vector<claim>& claims);

// The salient entities of every article (analyzed_article::entities), once: a no-op when
// corpus.entities_ready.
void fill_entities(aligned_corpus& corpus);

// The stages after `facts`, in order (assessment, names, speakers), on a corpus whose claims
// and facts are built. analyze() runs them; tests that build a corpus by hand call this.
void complete_model(aligned_corpus& corpus);

}  // namespace factcheck::checker
