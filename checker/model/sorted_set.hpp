#pragma once
// Sets kept as sorted vectors without duplicates (a claim's entities, an article's story keys):
// what several stages and rules ask of two of them.

#include <cstddef>
#include <vector>

namespace factcheck::checker {

// How many elements two sorted, duplicate-free vectors share: one merge pass, linear time.
template <class T>
std::size_t shared_count(const std::vector<T>& a, const std::vector<T>& b) {
  std::size_t n = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++n;
      ++i;
      ++j;
    }
  }
  return n;
}

}  // namespace factcheck::checker
