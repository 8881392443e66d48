#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "checker/model/interval.hpp"
#include "checker/analysis/pipeline.hpp"
#include "checker/analysis/similarity.hpp"

// Alignment (SPEC step 7, docs/claims.md). Claims are clustered into facts by a scored
// similarity of their frames (similarity.hpp): each claim, in corpus order, joins the
// best-scoring fact among those it can be compared with when the score reaches the threshold,
// else it opens a fact. A claim is compared with a fact's first claim (its leader), and only
// when the fact holds a claim of the same kind and subject in an article sharing a story key:
// an index from (subject, story key) to facts finds those without looking at the rest of the
// corpus, and at most max_candidates facts per key are looked at (the most recent), so the
// cost per claim is bounded. tests/reference/align_reference.hpp clusters over all facts.
namespace factcheck::checker {
namespace {

constexpr std::size_t max_entities = 12;
constexpr std::size_t event_members = 8;  // members of a fact a dated event is compared with

std::size_t used_entities(const claim& c) { return std::min(c.entities.size(), max_entities); }

std::string readable_subject(const std::vector<analyzed_article>& articles, const claim& c) {
  if (c.kind == claim_kind::figure && c.article < articles.size()) {
    const auto& a = articles[c.article];
    if (c.index < a.quantities.size() && a.source != nullptr) {
      if (auto noun = counted_noun_text(a.quantities[c.index], a.text()); !noun.empty())
        return noun;
    }
  }
  // A class name ("deaths"), "USD sums", "share of <stem>", or the head's stem.
  if (c.measure.starts_with("money:")) return c.measure.substr(6) + " sums";
  if (c.measure == "share") return "share of " + c.head;
  if (!c.measure.empty()) return c.measure;
  if (!c.head.empty()) return c.head;
  std::string s = c.subject;
  std::replace(s.begin(), s.end(), ':', ' ');
  return s;
}

}  // namespace

std::vector<fact_group> align_claims(const std::vector<analyzed_article>& articles,
                                     const std::vector<claim>& claims, const config& settings,
                                     std::vector<alignment_note>* notes) {
  std::vector<std::vector<std::string>> stories(articles.size());
  for (std::size_t a = 0; a < articles.size(); ++a) stories[a] = story_keys(articles[a], settings);
  auto groups = align_claims_by_story(claims, stories, settings, notes);
  label_facts(articles, claims, groups);
  return groups;
}

std::vector<fact_group> align_claims_by_story(const std::vector<claim>& claims,
                                              const std::vector<std::vector<std::string>>& stories,
                                              const config& settings,
                                              std::vector<alignment_note>* notes) {
  const auto n = static_cast<std::uint32_t>(claims.size());
  static const std::vector<std::string> no_story;
  auto story_of = [&](const claim& c) -> const std::vector<std::string>& {
    return c.article < stories.size() ? stories[c.article] : no_story;
  };
  if (notes != nullptr) notes->assign(n, {});

  std::vector<fact_group> groups;
  std::vector<std::uint32_t> leader;                                  // per group: its first claim
  std::unordered_map<std::string, std::vector<std::uint32_t>> index;  // subject+key -> groups
  const auto cap = static_cast<std::size_t>(std::max(1, settings.alignment.max_candidates));
  const double threshold = settings.alignment.threshold;
  std::vector<std::uint32_t> candidates;
  std::vector<std::string> keys;
  // A fact's claims per article, to keep one article's incompatible figures apart.
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> by_article;
  auto member_key = [](std::uint32_t group, std::uint32_t article) {
    return (std::uint64_t{group} << 32U) | article;
  };
  for (std::uint32_t i = 0; i < n; ++i) {
    const claim& c = claims[i];
    const auto& story = story_of(c);
    keys.clear();
    const std::string prefix =
        fmt::format("{}|{}\x1f", c.kind == claim_kind::figure ? 'f' : 'e', c.subject);
    if (story.empty()) keys.push_back(prefix);
    for (const auto& k : story) keys.push_back(prefix + k);
    // A dated event is also found by its participants: the few names next to the event word
    // are often not among its article's most-named entities.
    if (c.kind == claim_kind::event_date) {
      for (const auto& e : c.entities) keys.push_back(prefix + "\x1e" + e);
    }
    candidates.clear();
    for (const auto& key : keys) {
      const auto it = index.find(key);
      if (it == index.end()) continue;
      const auto& list = it->second;
      const std::size_t from = list.size() > cap ? list.size() - cap : 0;
      candidates.insert(candidates.end(), list.begin() + static_cast<std::ptrdiff_t>(from),
                        list.end());
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    std::optional<std::uint32_t> best;
    double best_score = 0;
    for (std::uint32_t g : candidates) {
      const claim& l = claims[leader[g]];
      double score = frame_similarity(c, l, story, story_of(l), settings);
      // A dated event is compared with the fact's latest members too: each source names a few
      // of its participants, so the first claim alone is a poor representative.
      if (c.kind == claim_kind::event_date) {
        const auto& members = groups[g].claims;
        const std::size_t from = members.size() > event_members ? members.size() - event_members : 1;
        for (std::size_t m = std::max<std::size_t>(from, 1); m < members.size(); ++m) {
          const claim& o = claims[members[m]];
          score = std::max(score, frame_similarity(c, o, story, story_of(o), settings));
        }
      }
      if (score < threshold || (best && score <= best_score)) continue;
      // One article's incompatible figures stay apart, whichever claim leads the fact.
      if (c.kind == claim_kind::figure) {
        const auto same = by_article.find(member_key(g, c.article));
        const bool clash =
            same != by_article.end() &&
            std::any_of(same->second.begin(), same->second.end(), [&](std::uint32_t m) {
              return !compatible(claims[m].value, c.value, settings.numeric_tolerance);
            });
        if (clash) continue;
      }
      best = g;
      best_score = score;
    }
    std::uint32_t g = 0;
    if (best) {
      g = *best;
      if (notes != nullptr) {
        auto& note = (*notes)[i];
        note.partner = leader[g];
        note.score = frame_similarity(c, claims[leader[g]], story, story_of(claims[leader[g]]),
                                      settings, &note.features);
      }
    } else {
      g = static_cast<std::uint32_t>(groups.size());
      groups.emplace_back();
      leader.push_back(i);
    }
    groups[g].claims.push_back(i);
    // Distinct values only: an article repeating a figure adds nothing to compare with.
    auto& mine = by_article[member_key(g, c.article)];
    const bool known = std::any_of(mine.begin(), mine.end(), [&](std::uint32_t m) {
      return claims[m].value.low == c.value.low && claims[m].value.high == c.value.high &&
             claims[m].value.low_open == c.value.low_open &&
             claims[m].value.high_open == c.value.high_open;
    });
    if (!known) mine.push_back(i);
    for (const auto& key : keys) {
      auto& list = index[key];
      if (list.empty() || list.back() != g) list.push_back(g);
    }
  }

  return groups;
}

void label_facts(const std::vector<analyzed_article>& articles, const std::vector<claim>& claims,
                 std::vector<fact_group>& groups) {
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
}

}  // namespace factcheck::checker
