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

namespace factcheck::reference {

// The alignment relation, written out: same kind and subject, and sharing at least two of
// their (first twelve) entities, or the only entity one of them has.
inline bool same_fact(const checker::claim& a, const checker::claim& b) {
  if (a.kind != b.kind || a.subject != b.subject) return false;
  const std::size_t na = std::min<std::size_t>(a.entities.size(), 12);
  const std::size_t nb = std::min<std::size_t>(b.entities.size(), 12);
  std::size_t shared = 0;
  for (std::size_t i = 0; i < na; ++i) {
    for (std::size_t j = 0; j < nb; ++j) {
      if (a.entities[i] == b.entities[j]) ++shared;
    }
  }
  return shared >= 1 && shared >= std::min<std::size_t>({2, na, nb});
}

// All-pairs alignment: connected components of same_fact by repeated flooding, each as the
// sorted list of its claims, listed in order of their first claim.
inline std::vector<std::vector<std::uint32_t>> align_all_pairs(
    const std::vector<checker::claim>& claims) {
  const std::size_t n = claims.size();
  std::vector<int> component(n, -1);
  std::vector<std::vector<std::uint32_t>> groups;
  for (std::size_t start = 0; start < n; ++start) {
    if (component[start] >= 0) continue;
    const int id = static_cast<int>(groups.size());
    groups.emplace_back();
    std::vector<std::size_t> frontier{start};
    component[start] = id;
    while (!frontier.empty()) {
      const std::size_t x = frontier.back();
      frontier.pop_back();
      groups.back().push_back(static_cast<std::uint32_t>(x));
      for (std::size_t y = 0; y < n; ++y) {
        if (component[y] < 0 && same_fact(claims[x], claims[y])) {
          component[y] = id;
          frontier.push_back(y);
        }
      }
    }
    std::sort(groups.back().begin(), groups.back().end());
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
