#pragma once
// Does an article's dateline agree with its content? Computed once by the analysis; read by
// stale-dateline (which flags the dateline) and date-conflict (which re-reads the article's
// relative dates against the date its content points to).
//
// Evidence:
//  - corpus consensus: the other dated articles about the same events (sharing at least three
//    distinctive entities) cluster far from this dateline (more than stale_dateline_days from
//    their median, and further than their own spread);
//  - year arithmetic: "seven years after 2014", or "In 2014 ..." followed by "... began seven
//    years ago" in the next sentence, puts the text in 2021; a dateline in another year
//    contradicts it.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "checker/model/corpus.hpp"

namespace factcheck::checker {

// Further than this from the consensus of the other sources, a dateline is suspect.
inline constexpr int stale_dateline_days = 90;

// The `assessment` stage: one dateline_assessment (model/corpus.hpp) per article of the corpus.
// Reads the articles' entities (which must be filled), claims and facts. Linear in the corpus size
// (entities shared by more than a few hundred articles are not distinctive and are not compared).
std::vector<dateline_assessment> assess_datelines(const aligned_corpus& corpus);

struct year_arithmetic {
  int implied_low = 0;  // the years the text must be written in
  int implied_high = 0;
  std::string clause;  // "'more than seven years ago' after 2014 (line 53) gives 2021"
};
// Year arithmetic found in an article (see above).
std::vector<year_arithmetic> find_year_arithmetic(const analyzed_article& article);

// Re-reads a relative time expression resolved against `from` as if the article were dated
// `to`: months move by calendar months, days by days.
std::chrono::sys_days reanchor(const grammar::time_expression& t, std::chrono::sys_days from,
                               std::chrono::sys_days to);

}  // namespace factcheck::checker
