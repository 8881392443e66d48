#pragma once
// Slow, obviously correct references for the checker's figure and date machinery, compared
// with the fast implementations in tests/checker/differential_*.cpp.

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "checker/model/corpus.hpp"
#include "checker/analysis/similarity.hpp"

namespace factcheck::reference {

// The alignment, written out over all facts (no index): each claim, in corpus order, is
// compared with the first claim (a dated event also with the last eight others) of every fact that holds a claim of the same kind and subject
// from an article sharing a story key (or both without a story), and joins the best-scoring one
// (the earliest of equals) when the score reaches the threshold and no claim of the fact from
// its own article gives an incompatible figure; otherwise it opens a fact. The score itself is
// checker::frame_similarity (a pure function of two frames, tested on its own).
inline std::vector<std::vector<std::uint32_t>> align_all_pairs(
    const std::vector<checker::claim>& claims, const checker::config& settings,
    const std::vector<std::vector<std::string>>& stories = {}) {
  const std::vector<std::string> none;
  auto story = [&](const checker::claim& c) -> const std::vector<std::string>& {
    return c.article < stories.size() ? stories[c.article] : none;
  };
  std::vector<std::vector<std::uint32_t>> groups;
  for (std::uint32_t i = 0; i < claims.size(); ++i) {
    const auto& c = claims[i];
    int best = -1;
    double best_score = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      bool reachable = false;
      bool clash = false;
      for (std::uint32_t m : groups[g]) {
        const auto& o = claims[m];
        if (o.kind == c.kind && o.subject == c.subject && checker::share_a_key(story(o), story(c)))
          reachable = true;
        // A dated event also reaches a fact whose members name one of its participants.
        if (o.kind == c.kind && o.subject == c.subject &&
            c.kind == checker::claim_kind::event_date &&
            std::any_of(c.entities.begin(), c.entities.end(), [&](const std::string& e) {
              return std::binary_search(o.entities.begin(), o.entities.end(), e);
            }))
          reachable = true;
        if (o.article == c.article && c.kind == checker::claim_kind::figure &&
            !checker::compatible(o.value, c.value, settings.numeric_tolerance))
          clash = true;
      }
      if (!reachable || clash) continue;
      const auto& leader = claims[groups[g].front()];
      double score = checker::frame_similarity(c, leader, story(c), story(leader), settings);
      // A dated event is also compared with the fact's last eight members after the first.
      if (c.kind == checker::claim_kind::event_date) {
        const auto& members = groups[g];
        const std::size_t from = members.size() > 8 ? members.size() - 8 : 1;
        for (std::size_t m = from; m < members.size(); ++m) {
          const auto& o = claims[members[m]];
          score = std::max(score, checker::frame_similarity(c, o, story(c), story(o), settings));
        }
      }
      if (score < settings.alignment.threshold) continue;
      if (best < 0 || score > best_score) {
        best = static_cast<int>(g);
        best_score = score;
      }
    }
    if (best < 0) {
      groups.push_back({i});
    } else {
      groups[static_cast<std::size_t>(best)].push_back(i);
    }
  }
  return groups;
}

// Brute-force interval compatibility on whole numbers: is there a pair of integers, one in
// each closed interval, no further apart than tolerance times the largest end?
inline bool compatible_brute_force(int a_low, int a_high, int b_low, int b_high, double tolerance) {
  const double scale =
      std::max({std::abs(a_low), std::abs(a_high), std::abs(b_low), std::abs(b_high)});
  for (int u = a_low; u <= a_high; ++u) {
    for (int v = b_low; v <= b_high; ++v) {
      if (std::abs(u - v) <= tolerance * scale) return true;
    }
  }
  return false;
}

// Weekday by Zeller's congruence (0 = Sunday), no calendar library.
inline unsigned weekday_zeller(int year, unsigned month, unsigned day) {
  int m = static_cast<int>(month);
  int y = year;
  if (m < 3) {
    m += 12;
    y -= 1;
  }
  const int k = y % 100;
  const int j = y / 100;
  const int h = (static_cast<int>(day) + (13 * (m + 1)) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
  return static_cast<unsigned>((h + 6) % 7);  // Zeller's 0 is Saturday
}

}  // namespace factcheck::reference
