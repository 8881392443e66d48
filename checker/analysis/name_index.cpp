#include "checker/model/name_index.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>
#include "checker/check.hpp"
#include "text/ascii.hpp"

using factcheck::text::to_lower_ascii;

namespace factcheck::checker {
namespace {

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// Spellings worth comparing: words of letters, not acronyms (NATO, US), not too short.
bool comparable(std::string_view text) {
  if (text.size() < 4) return false;
  bool lower = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') return false;
    if (c >= 'a' && c <= 'z') lower = true;
    if (c == '-' && i + 1 < text.size() && text[i + 1] >= 'a' && text[i + 1] <= 'z') return false;  // Russia-backed
  }
  return lower;
}

constexpr std::size_t max_indexed_name_bytes = 48;

// Keys of the deletion index: the word and its one-letter (for long words also two-letter)
// deletions. Two words within distance 1 (2) share a key.
void deletion_keys(const std::string& w, int depth, std::vector<std::string>& out) {
  out.push_back(w);
  if (depth == 0) return;
  for (std::size_t i = 0; i < w.size(); ++i) {
    std::string d = w.substr(0, i) + w.substr(i + 1);
    deletion_keys(d, depth - 1, out);
  }
}

std::optional<std::chrono::sys_days> article_date(const analyzed_article& a) {
  if (!a.reference || !a.reference->ok()) return std::nullopt;
  return std::chrono::sys_days{*a.reference};
}

}  // namespace

bool close_spelling(std::string_view written, std::string_view intended, int max_distance) {
  const std::string la = to_lower_ascii(written);
  const std::string lb = to_lower_ascii(intended);
  const auto wa = split_words(la);
  const auto wb = split_words(lb);
  if (wa.size() != wb.size() || wa.empty() || la == lb) return false;
  int total = 0;
  std::size_t differing = 0;
  for (std::size_t i = 0; i < wa.size(); ++i) differing += wa[i] == wb[i] ? 0 : 1;
  for (std::size_t i = 0; i < wa.size(); ++i) {
    if (wa[i] == wb[i]) continue;
    const int allowed = allowed_distance(std::min(wa[i].size(), wb[i].size()), max_distance);
    const int d = edit_distance(wa[i], wb[i], allowed);
    // Only the surname differs: the identical first name vouches for the same person.
    const bool surname_only = wa.size() > 1 && differing == 1 && i + 1 == wa.size();
    if (d > allowed || !plausible_slip(wa[i], wb[i], !surname_only)) return false;
    total += d;
  }
  return total <= allowed_distance(la.size(), max_distance) || total == 1;
}

std::string bounded_context(const analyzed_article& article, text::byte_span span) {
  constexpr std::uint32_t reach = 150;
  const std::string_view text = article.text();
  text::byte_span sentence = article.sentence_at(span.begin);
  if (sentence.empty()) sentence = span;
  std::uint32_t begin = std::max(sentence.begin, span.begin > reach ? span.begin - reach : 0);
  std::uint32_t end = std::min(sentence.end, std::max(span.end, span.begin) + reach);
  end = std::min<std::uint32_t>(end, static_cast<std::uint32_t>(text.size()));
  auto continuation = [&](std::uint32_t at) {
    return at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
  };
  while (begin < end && continuation(begin)) ++begin;
  while (end > begin && continuation(end)) --end;
  return std::string(text.substr(begin, end - begin));
}

std::string list_files(const aligned_corpus& corpus, const std::vector<std::uint32_t>& articles,
                       std::size_t total) {
  const std::size_t shown = std::min(articles.size(), max_related);
  const std::size_t rest = std::max(total, articles.size()) - shown;
  std::vector<std::string> names;
  for (std::size_t k = 0; k < shown; ++k) {
    names.push_back(std::filesystem::path(corpus.articles[articles[k]].path()).filename().string());
  }
  if (rest > 0) names.push_back(fmt::format("{} more", rest));
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

spelling_evidence evidence_of(const aligned_corpus& corpus, const spelling_stats& spelling) {
  spelling_evidence out;
  out.total = spelling.articles.size();
  for (const auto& m : spelling.mentions) {
    if (out.files.size() == max_related) break;
    if (!out.files.empty() && out.files.back() == m.article) continue;  // mentions are in corpus order
    const auto& a = corpus.articles[m.article];
    out.related.push_back(locate(a, a.names[m.index].span));
    out.files.push_back(m.article);
  }
  return out;
}

name_index::name_index(const aligned_corpus& corpus)
    : gazetteer_(*corpus.settings), max_edit_distance_(corpus.settings->max_edit_distance) {
  collect(corpus);
  // First pass: only clear majorities (more articles). An article that loses one of those is
  // less reliable, which breaks the ties of the second pass (Sergey/Sergei one article each).
  strict_ = true;
  find_variants();
  find_misspellings();
  losses_.assign(corpus.articles.size(), 0);
  for (const auto* list : {&variants_, &misspellings_}) {
    for (const auto& fix : *list) {
      for (auto a : spellings_[fix.spelling].articles) ++losses_[a];
    }
  }
  variants_.clear();
  misspellings_.clear();
  corrections_.clear();
  strict_ = false;
  find_variants();
  find_misspellings();
}

void name_index::collect(const aligned_corpus& corpus) {
  full_names_.resize(corpus.articles.size());
  for (std::uint32_t ai = 0; ai < corpus.articles.size(); ++ai) {
    const auto& a = corpus.articles[ai];
    const auto date = article_date(a);
    for (std::uint32_t ni = 0; ni < a.names.size(); ++ni) {
      const auto& n = a.names[ni];
      const std::string text(n.span.of(a.text()));
      const auto words = split_words(text);
      if (words.size() > 1) {
        const std::string surname = to_lower_ascii(words.back());
        full_names_[ai][surname] = text;
        auto& list = corpus_full_names_[surname];
        if (std::find(list.begin(), list.end(), text) == list.end()) list.push_back(text);
      }
      if (!comparable(text)) continue;
      const std::string key = to_lower_ascii(text);
      auto [it, added] = by_key_.emplace(key, spellings_.size());
      if (added) {
        spelling_stats s;
        s.text = text;
        s.key = key;
        s.folded = fold_transliteration(text);
        s.words = words.size();
        s.known = gazetteer_.find(text);
        spellings_.push_back(std::move(s));
      }
      auto& s = spellings_[it->second];
      s.mentions.push_back({ai, ni});
      if (s.articles.empty() || s.articles.back() != ai) s.articles.push_back(ai);
      if (date && (!s.latest || *date > *s.latest)) s.latest = date;
      s.titled = s.titled || !n.title.empty();
      s.only_sentence_start = s.only_sentence_start && n.sentence_start;
    }
  }
}

std::optional<std::size_t> name_index::find(std::string_view written) const {
  auto it = by_key_.find(to_lower_ascii(written));
  if (it == by_key_.end()) return std::nullopt;
  return it->second;
}

// More articles, then more mentions, then the more reliable sources (fewer clear-majority
// losses elsewhere), then the newer source: spelling conventions for names change
// (Kiev -> Kyiv) and corrections land in later copy.
bool name_index::dominates(const spelling_stats& a, const spelling_stats& b) const {
  if (strict_) return a.articles.size() > b.articles.size();
  auto losses = [&](const spelling_stats& s) {
    int total = 0;
    for (auto article : s.articles) total += article < losses_.size() ? losses_[article] : 0;
    return -total;
  };
  // Compared in order, so the losses (a pass over the articles) are summed only on a tie.
  if (a.articles.size() != b.articles.size()) return a.articles.size() > b.articles.size();
  if (a.mentions.size() != b.mentions.size()) return a.mentions.size() > b.mentions.size();
  const auto date_a = a.latest.value_or(std::chrono::sys_days{});
  const auto date_b = b.latest.value_or(std::chrono::sys_days{});
  return std::make_tuple(losses(a), date_a) > std::make_tuple(losses(b), date_b);
}

void name_index::find_variants() {
  // Corpus spellings grouped by their folded form.
  std::map<std::pair<std::string, std::size_t>, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < spellings_.size(); ++i) groups[{spellings_[i].folded, spellings_[i].words}].push_back(i);
  std::set<std::size_t> flagged;
  for (const auto& [key, members] : groups) {
    if (members.size() < 2) continue;
    // The preferred member: a gazetteer canonical name, else the dominant spelling.
    std::optional<std::size_t> best;
    for (auto m : members) {
      const auto& s = spellings_[m];
      if (s.known != nullptr && to_lower_ascii(s.known->canonical) == s.key && !gazetteer_.preferred(s.text)) {
        best = m;
        break;
      }
    }
    if (!best) {
      best = members.front();
      for (auto m : members) {
        if (dominates(spellings_[m], spellings_[*best])) best = m;
      }
      // A tie on every count: no side to prefer.
      for (auto m : members) {
        if (m != *best && !dominates(spellings_[*best], spellings_[m])) best.reset();
        if (!best) break;
      }
    }
    if (!best) continue;
    for (auto m : members) {
      if (m == *best) continue;
      corrections_[spellings_[m].key] = spellings_[*best].text;
      if (convention_key(spellings_[m].text) == convention_key(spellings_[*best].text)) continue;
      variants_.push_back({m, spellings_[*best].text, *best, evidence_kind::corpus});
      flagged.insert(m);
    }
  }
  // House style applies even when the corpus is consistent.
  for (std::size_t i = 0; i < spellings_.size(); ++i) {
    if (flagged.count(i) != 0) continue;
    if (auto preferred = gazetteer_.preferred(spellings_[i].text); preferred && to_lower_ascii(*preferred) != spellings_[i].key) {
      std::optional<std::size_t> support = find(*preferred);
      variants_.push_back({i, *preferred, support, evidence_kind::house_style});
      corrections_[spellings_[i].key] = *preferred;
    }
  }
}

void name_index::find_misspellings() {
  constexpr std::size_t max_bucket = 256;
  // Candidate index over corpus spellings and gazetteer spellings. Entries >= spellings_.size()
  // are gazetteer spellings (offset by spellings_.size()).
  std::unordered_map<std::string, std::vector<std::size_t>> index;
  const auto& known = gazetteer_.spellings();
  auto keys_of = [](const std::string& lower) {
    std::vector<std::string> keys;
    // Names are short. A longer "name" (a URL, a hash, a run of capitalized words in scraped
    // text) gets only its exact key: its deletion keys would cost O(length^3) bytes
    // (fixtures/regressions/entity-deletion-keys-memory).
    if (lower.size() > max_indexed_name_bytes) {
      keys.push_back("=" + lower);
      return keys;
    }
    const auto words = split_words(lower);
    if (words.size() > 1) {
      // All words but one equal: "marta|*" meets "Marta Kowalczyk" and "Marta Kowalcyk".
      for (std::size_t i = 0; i < words.size(); ++i) {
        std::string key;
        for (std::size_t j = 0; j < words.size(); ++j) {
          key += j == i ? std::string_view("*") : words[j];
          key += '|';
        }
        keys.push_back(std::move(key));
      }
    } else {
      deletion_keys(lower, lower.size() >= 9 ? 2 : 1, keys);
      for (auto& k : keys) k = "=" + k;
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
  };
  for (std::size_t i = 0; i < spellings_.size(); ++i) {
    for (auto& k : keys_of(spellings_[i].key)) index[k].push_back(i);
  }
  for (std::size_t g = 0; g < known.size(); ++g) {
    if (!comparable(known[g].first)) continue;
    for (auto& k : keys_of(to_lower_ascii(known[g].first))) index[k].push_back(spellings_.size() + g);
  }
  const int limit = std::max(0, max_edit_distance_);
  for (std::size_t i = 0; i < spellings_.size(); ++i) {
    const auto& x = spellings_[i];
    if (x.known != nullptr || corrections_.count(x.key) != 0) continue;
    std::set<std::size_t> candidates;
    for (auto& k : keys_of(x.key)) {
      auto it = index.find(k);
      // A key shared by very many spellings says nothing (and would make this quadratic).
      if (it == index.end() || it->second.size() > max_bucket) continue;
      candidates.insert(it->second.begin(), it->second.end());
    }
    struct choice {
      int distance;
      bool from_gazetteer;
      std::size_t target;
    };
    std::optional<choice> best;
    for (auto c : candidates) {
      if (c == i) continue;
      const bool from_gazetteer = c >= spellings_.size();
      const std::string target_text = from_gazetteer ? known[c - spellings_.size()].first : spellings_[c].text;
      const std::string target_key = to_lower_ascii(target_text);
      const auto gap = target_key.size() > x.key.size() ? target_key.size() - x.key.size() : x.key.size() - target_key.size();
      if (gap > 2) continue;
      if (!close_spelling(x.text, target_text, limit)) continue;
      if (fold_transliteration(target_text) == x.folded) continue;  // a variant, not a slip
      if (from_gazetteer) {
        const auto& entry = gazetteer_.entry(known[c - spellings_.size()].second);
        if (x.titled && entry.kind != known_kind::person) continue;  // a person is not a place
      } else {
        const auto& y = spellings_[c];
        if (y.known == nullptr) {
          if (!dominates(y, x)) continue;
          if (x.only_sentence_start && x.words == 1) continue;  // maybe a common word
          // Both used deliberately in one article: two different names.
          // Mentions are in corpus order: one pass counts them per article.
          bool both = false;
          for (std::size_t k = 0; k < x.mentions.size() && !both;) {
            std::size_t run = k;
            while (run < x.mentions.size() && x.mentions[run].article == x.mentions[k].article) ++run;
            const auto a = x.mentions[k].article;
            if (run - k >= 2 && std::binary_search(y.articles.begin(), y.articles.end(), a)) both = true;
            k = run;
          }
          if (both) continue;
        } else if (x.titled && y.known->kind != known_kind::person) {
          continue;
        }
      }
      const int d = edit_distance(x.key, target_key, 4);
      const bool gaz = from_gazetteer || spellings_[c].known != nullptr;
      if (!best || std::make_tuple(d, !gaz) < std::make_tuple(best->distance, !best->from_gazetteer)) {
        best = choice{d, gaz, c};
      }
    }
    if (!best) continue;
    name_correction fix;
    fix.spelling = i;
    if (best->target >= spellings_.size()) {
      const auto& entry = gazetteer_.entry(known[best->target - spellings_.size()].second);
      fix.suggestion = entry.canonical;
      fix.evidence = evidence_kind::gazetteer;
      if (x.words > 1 || entry.canonical.find(' ') == std::string::npos) {
        fix.supported_by = find(entry.canonical);
      } else {
        fix.suggestion = known[best->target - spellings_.size()].first;
        fix.supported_by = find(fix.suggestion);
      }
      if (auto preferred = gazetteer_.preferred(fix.suggestion)) fix.suggestion = *preferred;
    } else {
      const auto& y = spellings_[best->target];
      fix.suggestion = y.known != nullptr && split_words(y.known->canonical).size() == y.words ? y.known->canonical : y.text;
      fix.evidence = y.known != nullptr ? evidence_kind::gazetteer : evidence_kind::corpus;
      fix.supported_by = best->target;
    }
    corrections_[x.key] = fix.suggestion;
    misspellings_.push_back(std::move(fix));
  }
}

std::string name_index::corrected(std::string_view written) const {
  std::string out(written);
  if (auto it = corrections_.find(to_lower_ascii(written)); it != corrections_.end()) out = it->second;
  if (const auto* k = gazetteer_.find(out); k != nullptr && k->who != nullptr) {
    if (split_words(k->canonical).size() == split_words(out).size() || split_words(out).size() > 1) out = k->canonical;
  }
  return out;
}

std::string name_index::person_key(std::uint32_t article, std::string_view written) const {
  std::string name = corrected(written);
  if (split_words(name).size() == 1) {
    const std::string surname = to_lower_ascii(name);
    if (article < full_names_.size()) {
      if (auto it = full_names_[article].find(surname); it != full_names_[article].end()) {
        name = corrected(it->second);
      }
    }
    if (split_words(name).size() == 1) {
      if (auto it = corpus_full_names_.find(surname); it != corpus_full_names_.end()) {
        std::set<std::string> distinct;
        for (const auto& n : it->second) distinct.insert(to_lower_ascii(corrected(n)));
        if (distinct.size() == 1) name = corrected(it->second.front());
      }
    }
  }
  return fold_transliteration(name);
}

}  // namespace factcheck::checker
