#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

#include "checker/model/interval.hpp"
#include "checker/analysis/pipeline.hpp"

// Alignment (SPEC step 7). Two claims speak of the same fact when they have the same kind and
// subject class and share entities: at least two, or the only one either of them has. Groups
// are the connected components of that relation (see docs/decisions/0010-alignment.md).
//
// No claim is compared with every other: claims are bucketed by subject, and inside a bucket
// every claim is posted under each pair of its entities (and, for one-entity claims, under the
// entity), so linking costs O(claims * entities^2) with the entity count capped.
namespace factcheck::checker {
namespace {

constexpr std::size_t max_entities = 12;

class disjoint_sets {
 public:
  explicit disjoint_sets(std::size_t n) : parent_(n) {
    std::iota(parent_.begin(), parent_.end(), std::uint32_t{0});
  }
  std::uint32_t find(std::uint32_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  void unite(std::uint32_t a, std::uint32_t b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    // The smaller index stays the root: deterministic whatever the hash order.
    if (b < a) std::swap(a, b);
    parent_[b] = a;
  }

 private:
  std::vector<std::uint32_t> parent_;
};

std::string bucket_key(const claim& c) {
  return fmt::format("{}|{}", c.kind == claim_kind::figure ? 'f' : 'e', c.subject);
}

std::size_t used_entities(const claim& c) { return std::min(c.entities.size(), max_entities); }

std::string readable_subject(const std::vector<analyzed_article>& articles, const claim& c) {
  if (c.kind == claim_kind::figure && c.article < articles.size()) {
    const auto& a = articles[c.article];
    if (c.index < a.quantities.size() && a.source != nullptr) {
      if (auto noun = counted_noun_text(a.quantities[c.index], a.text()); !noun.empty())
        return noun;
    }
  }
  std::string s = c.subject;
  std::replace(s.begin(), s.end(), ':', ' ');
  return s;
}

}  // namespace

std::vector<fact_group> align_claims(const std::vector<analyzed_article>& articles,
                                     const std::vector<claim>& claims, const config&) {
  const auto n = static_cast<std::uint32_t>(claims.size());
  disjoint_sets sets(n);

  std::unordered_map<std::string, std::vector<std::uint32_t>> buckets;
  for (std::uint32_t i = 0; i < n; ++i) buckets[bucket_key(claims[i])].push_back(i);

  for (const auto& [key, members] : buckets) {
    std::unordered_map<std::string, std::uint32_t> first_with_pair;
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> with_entity;
    std::vector<std::string_view> single_entities;
    for (std::uint32_t i : members) {
      const claim& c = claims[i];
      const std::size_t m = used_entities(c);
      for (std::size_t x = 0; x < m; ++x) with_entity[c.entities[x]].push_back(i);
      if (m == 1) single_entities.push_back(c.entities[0]);
      for (std::size_t x = 0; x < m; ++x) {
        for (std::size_t y = x + 1; y < m; ++y) {
          std::string pair = c.entities[x];
          pair += '\x1f';
          pair += c.entities[y];
          auto [it, inserted] = first_with_pair.try_emplace(std::move(pair), i);
          if (!inserted) sets.unite(it->second, i);
        }
      }
    }
    // A claim that names a single entity is about that entity: it joins every claim naming it.
    std::sort(single_entities.begin(), single_entities.end());
    single_entities.erase(std::unique(single_entities.begin(), single_entities.end()),
                          single_entities.end());
    for (std::string_view e : single_entities) {
      const auto& list = with_entity[e];
      for (std::size_t k = 1; k < list.size(); ++k) sets.unite(list[0], list[k]);
    }
  }

  // Components in order of their first claim (claims are in article order).
  std::vector<fact_group> groups;
  std::unordered_map<std::uint32_t, std::uint32_t> group_of_root;
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::uint32_t root = sets.find(i);
    auto [it, inserted] =
        group_of_root.try_emplace(root, static_cast<std::uint32_t>(groups.size()));
    if (inserted) groups.emplace_back();
    groups[it->second].claims.push_back(i);
  }

  for (auto& g : groups) {
    const claim& first = claims[g.claims.front()];
    std::map<std::string_view, int> counts;
    for (std::uint32_t i : g.claims) {
      for (std::size_t x = 0; x < used_entities(claims[i]); ++x) ++counts[claims[i].entities[x]];
    }
    std::vector<std::pair<std::string_view, int>> ranked(counts.begin(), counts.end());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& x, const auto& y) { return x.second > y.second; });
    std::vector<std::string_view> top;
    for (std::size_t k = 0; k < ranked.size() && k < 3; ++k) top.push_back(ranked[k].first);
    std::sort(top.begin(), top.end());
    g.key = fmt::format("{}|{}", first.subject, fmt::join(top, ","));
    const std::string subject = readable_subject(articles, first);
    g.label = top.empty() ? subject : fmt::format("{} ({})", subject, fmt::join(top, ", "));
  }
  return groups;
}

}  // namespace factcheck::checker
