#include "checker/analysis/similarity.hpp"

#include <algorithm>
#include <map>

#include "checker/analysis/claim_text.hpp"
#include "checker/model/sorted_set.hpp"

namespace factcheck::checker {
namespace {

double jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  const std::size_t shared = shared_count(a, b);
  return static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
}

// Shared entities over the smaller list (overlap coefficient).
double overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  const double j = jaccard(a, b);
  // jaccard = s / (|a| + |b| - s)  =>  s = j (|a| + |b|) / (1 + j)
  const double shared = j * static_cast<double>(a.size() + b.size()) / (1 + j);
  return shared / static_cast<double>(std::min(a.size(), b.size()));
}

}  // namespace

std::vector<std::string> story_keys(const analyzed_article& a, const config& settings,
                                    std::size_t limit) {
  if (a.source == nullptr) return {};
  // The headline and lead say what the story is about: count entities by the sentences naming
  // them among the first ones (this also bounds the cost per article).
  constexpr std::size_t lead_sentences = 40;
  std::map<std::string, int> counts;
  std::size_t seen = 0;
  for (const auto& b : a.blocks) {
    if (b.kind == text::block_kind::boilerplate || b.kind == text::block_kind::dateline) continue;
    for (const auto& s : b.sentences) {
      if (seen++ >= lead_sentences) break;
      const text::byte_span piece{s.span.begin, std::min(s.span.end, s.span.begin + 600)};
      for (auto& e : sentence_entities(a.text(), piece, settings)) ++counts[e];
    }
    if (seen >= lead_sentences) break;
  }
  std::vector<std::pair<std::string, int>> ranked(counts.begin(), counts.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& x, const auto& y) { return x.second > y.second; });
  std::vector<std::string> keys;
  for (std::size_t k = 0; k < ranked.size() && keys.size() < limit; ++k) {
    keys.push_back(ranked[k].first);
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

bool share_a_key(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  if (x.empty() || y.empty()) return x.empty() && y.empty();
  for (const auto& k : x) {
    if (std::binary_search(y.begin(), y.end(), k)) return true;
  }
  return false;
}

double frame_similarity(const claim& x, const claim& y, const std::vector<std::string>& story_x,
                        const std::vector<std::string>& story_y, const config& settings,
                        feature_list* features) {
  if (x.kind != y.kind || x.subject != y.subject) return never_same;
  // One article does not contradict itself within a story: two different figures it gives are
  // two facts ("12 killed in Thursday's attack ... seven in Wednesday's raids").
  if (x.article == y.article && x.kind == claim_kind::figure &&
      !compatible(x.value, y.value, settings.numeric_tolerance)) {
    return never_same;
  }
  const bool x_day = x.time_index.has_value() && x.as_of.has_value();
  const bool y_day = y.time_index.has_value() && y.as_of.has_value();
  const bool anchored = !x.anchor.empty() || !y.anchor.empty();
  // Tied to an event, on different explicit days: two events.
  if (x_day && y_day && anchored && *x.as_of != *y.as_of) return never_same;

  const auto& w = settings.alignment;
  double score = 0;
  auto add = [&](const char* name, double value) {
    if (value == 0) return;
    score += value;
    if (features != nullptr) features->emplace_back(name, value);
  };
  add("story", w.story * jaccard(story_x, story_y));
  // An event's participants are the few names next to its word, each source naming some of
  // them ("Reid" / "Tara Reid, Promises Treatment Center"): the share of the fewer named.
  add("entities", w.entities * (x.kind == claim_kind::event_date ? overlap(x.entities, y.entities)
                                                                 : jaccard(x.entities, y.entities)));
  if (!x.predicate.empty() && !y.predicate.empty()) {
    add("predicate", x.predicate == y.predicate ? w.predicate : -w.predicate_mismatch);
  }
  if (x_day && y_day && *x.as_of == *y.as_of) add("time", w.time);
  // One tied to an event on an explicit day, the other dated only by its article, on another.
  if (anchored && x_day != y_day && x.as_of && y.as_of && *x.as_of != *y.as_of)
    add("time", -w.time);
  if (!x.anchor.empty() && !y.anchor.empty()) {
    add("anchor", x.anchor == y.anchor ? w.anchor : -w.anchor_mismatch);
  }
  if (x.scope != y.scope) add("scope", -w.scope_mismatch);
  if (features != nullptr) features->emplace_back("score", score);
  return score;
}

}  // namespace factcheck::checker
