#pragma once
// Internal stages of checker::analyze(), each in its own file so they can be tested alone.

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
void infer_datelines(std::vector<analyzed_article>& articles, const config& settings);

}  // namespace factcheck::checker
