#pragma once
// Internal stages of checker::analyze(), each in its own file so they can be tested alone.

#include <vector>

#include "checker/model/corpus.hpp"

namespace factcheck::checker {

// claims.cpp: one claim per figure and per dated event of every article.
std::vector<claim> build_claims(const std::vector<analyzed_article>& articles, const config& settings);

// align.cpp: groups claims about the same fact, using an index keyed by subject (no all-pairs
// comparison of the corpus). Groups hold at least one claim; their order is deterministic.
std::vector<fact_group> align_claims(const std::vector<analyzed_article>& articles,
                                     const std::vector<claim>& claims, const config& settings);

// infer_dateline.cpp: for articles whose dateline source is `none`, infers a date from their
// relative expressions and the other articles' datelines; sets source = inferred and the note.
void infer_datelines(std::vector<analyzed_article>& articles, const config& settings);

}  // namespace factcheck::checker
