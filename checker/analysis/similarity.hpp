#pragma once
// The scored similarity of two claim frames (docs/claims.md, "Alignment"), shared by the
// indexed alignment (align.cpp) and its all-pairs reference (tests/reference/). A pure function
// of the two claims, their articles' story keys and the configured weights.

#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "checker/config.hpp"
#include "checker/model/corpus.hpp"

namespace factcheck::checker {

// A score that no weight can reach: the two claims can never be one fact.
inline constexpr double never_same = -std::numeric_limits<double>::infinity();

// The story of an article: its most-named entities (at most `limit`), canonical, sorted.
std::vector<std::string> story_keys(const analyzed_article& a, const config& settings,
                                    std::size_t limit = 4);

// The keys under which a claim is indexed: its article's story keys, or "" when it has none.
// Two claims can be compared only when they share the claim subject and one key.
bool share_a_key(const std::vector<std::string>& x, const std::vector<std::string>& y);

using feature_list = std::vector<std::pair<std::string, double>>;

// How much `x` and `y` look like one fact: the sum of weighted features (filled into
// `features` when given), or never_same when their kind or subject differ, when one article
// gives two incompatible figures, or when they are tied to events on different days.
double frame_similarity(const claim& x, const claim& y, const std::vector<std::string>& story_x,
                        const std::vector<std::string>& story_y, const config& settings,
                        feature_list* features = nullptr);

}  // namespace factcheck::checker
