#include "checker/analysis/event_lexicon.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "checker/analysis/claim_text.hpp"
#include "checker/analysis/stem.hpp"
#include "text/ascii.hpp"

namespace factcheck::checker {
namespace {

struct entry {
  std::string_view words;  // "verb" or "verb particle", as written
  std::string_view name;   // the class
};

// Each class is one kind of event that outlets name with different words. A class is narrow on
// purpose: a date is compared only within a class, so that "charged on Tuesday" and "arrested on
// Wednesday" stay two events.
constexpr std::array<entry, 54> verb_entries = {{
    {"arrested", "arrest"},      {"detained", "arrest"},     {"apprehended", "arrest"},
    {"nabbed", "arrest"},        {"ejected", "expel"},       {"ousted", "expel"},
    {"excommunicated", "expel"}, {"expelled", "expel"},      {"kicked out", "expel"},
    {"overturned", "overturn"},  {"tossed out", "overturn"}, {"reversed", "overturn"},
    {"vacated", "overturn"},     {"quashed", "overturn"},    {"struck down", "overturn"},
    {"signed", "sign"},          {"re-signed", "sign"},      {"picked up", "sign"},
    {"admitted", "admit"},       {"checked in", "admit"},    {"checked into", "admit"},
    {"entered", "admit"},        {"killed", "kill"},         {"shot", "kill"},
    {"murdered", "kill"},        {"slain", "kill"},          {"stabbed", "kill"},
    {"founded", "found"},        {"established", "found"},   {"launched", "launch"},
    {"debuted", "launch"},       {"proposed", "propose"},    {"unveiled", "propose"},
    {"ratified", "enact"},       {"finalized", "enact"},     {"finalised", "enact"},
    {"enacted", "enact"},        {"adopted", "enact"},       {"suspended", "suspend"},
    {"halted", "suspend"},       {"resigned", "resign"},     {"stepped down", "resign"},
    {"fired", "dismiss"},        {"dismissed", "dismiss"},   {"sacked", "dismiss"},
    {"hired", "hire"},           {"appointed", "hire"},      {"convicted", "convict"},
    {"indicted", "charge"},      {"charged", "charge"},      {"broke out", "onset"},
    {"erupted", "onset"},        {"began", "onset"},         {"started", "onset"},
}};

constexpr std::array<entry, 12> noun_entries = {{
    {"arrest", "arrest"},
    {"murder", "kill"},
    {"killing", "kill"},
    {"shooting", "kill"},
    {"slaying", "kill"},
    {"stabbing", "kill"},
    {"ouster", "expel"},
    {"expulsion", "expel"},
    {"founding", "found"},
    {"resignation", "resign"},
    {"dismissal", "dismiss"},
    {"indictment", "charge"},
}};

// "re-signed" is signed again: the stem of the verb without the prefix.
std::string verb_key(std::string_view verb) {
  std::string v = text::to_lower_ascii(verb);
  if (v.starts_with("re-")) v.erase(0, 3);
  return stem(v);
}

std::string key_of(std::string_view words) {
  const auto space = words.find(' ');
  if (space == std::string_view::npos) return verb_key(words);
  return verb_key(words.substr(0, space)) + " " + text::to_lower_ascii(words.substr(space + 1));
}

const std::unordered_map<std::string, std::string_view>& verb_index() {
  static const auto index = [] {
    std::unordered_map<std::string, std::string_view> m;
    for (const auto& e : verb_entries) m.emplace(key_of(e.words), e.name);
    return m;
  }();
  return index;
}

const std::unordered_map<std::string, std::string_view>& noun_index() {
  static const auto index = [] {
    std::unordered_map<std::string, std::string_view> m;
    for (const auto& e : noun_entries) m.emplace(stem(e.words), e.name);
    return m;
  }();
  return index;
}

}  // namespace

std::optional<event_class_match> event_verb_class(std::string_view verb,
                                                  std::string_view particle) {
  if (verb.empty()) return std::nullopt;
  const auto& index = verb_index();
  const std::string base = verb_key(verb);
  if (!particle.empty()) {
    const auto it = index.find(base + " " + text::to_lower_ascii(particle));
    if (it != index.end()) return event_class_match{std::string(it->second), true};
  }
  const auto it = index.find(base);
  if (it == index.end()) return std::nullopt;
  return event_class_match{std::string(it->second), false};
}

bool is_event_class(std::string_view name) {
  return std::any_of(verb_entries.begin(), verb_entries.end(),
                     [&](const entry& e) { return e.name == name; });
}

std::optional<std::string> event_noun_class(std::string_view noun) {
  const auto it = noun_index().find(stem(noun));
  if (it == noun_index().end()) return std::nullopt;
  return std::string(it->second);
}

namespace {

bool lower_word(std::string_view w) {
  if (w.size() < 3) return false;
  for (char c : w) {
    if ((c < 'a' || c > 'z') && c != '-') return false;
  }
  return true;
}

// Words between a verb and its nouns that carry nothing: auxiliaries, relative pronouns,
// articles, possessives, particles, reflexives.
const std::unordered_set<std::string_view>& skipped_words() {
  static const std::unordered_set<std::string_view> words = {
      "that", "which", "who",        "was",       "were",       "been",   "being", "has",  "have",
      "had",  "is",    "are",        "will",      "would",      "the",    "a",     "an",   "his",
      "her",  "its",   "their",      "our",       "new",        "up",     "out",   "in",   "into",
      "down", "off",   "herself",    "himself",   "themselves", "itself", "also",  "then", "just",
      "once", "later", "reportedly", "allegedly", "finally"};
  return words;
}

// Not a thing: pronouns, determiners and other function words that end the search.
const std::unordered_set<std::string_view>& stop_words() {
  static const std::unordered_set<std::string_view> words = {
      "she",   "he",     "it",    "they", "we",    "you", "him", "them", "this",
      "these", "those",  "there", "here", "some",  "any", "all", "and",  "but",
      "or",    "for",    "from",  "with", "by",    "at",  "on",  "to",   "of",
      "after", "before", "since", "when", "while", "as",  "not", "than"};
  return words;
}

std::optional<std::string> theme_word(std::string_view w) {
  const std::string l(w);
  if (!lower_word(l) || stop_words().contains(l) || l.ends_with("ly") || l.ends_with("ed") ||
      l.ends_with("ing"))
    return std::nullopt;
  return stem(l);
}

}  // namespace

std::vector<std::string> event_theme(std::string_view text, text::byte_span sentence,
                                     text::byte_span head) {
  const auto words = words_in(text, sentence);
  std::size_t at = 0;
  while (at < words.size() && words[at].span.begin < head.begin) ++at;
  std::vector<std::string> theme;
  if (at >= words.size()) return theme;
  for (std::size_t k = at; k-- > 0;) {
    const std::string l = text::to_lower_ascii(words[k].text);
    if (skipped_words().contains(l) && l == words[k].text) continue;
    if (auto t = theme_word(words[k].text)) theme.push_back(*t);
    break;
  }
  for (std::size_t k = at + 1, taken = 0; k < words.size() && taken < 2; ++k) {
    const auto w = words[k].text;
    if (skipped_words().contains(w)) continue;
    if (std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    auto t = theme_word(w);
    if (!t) break;
    theme.push_back(*t);
    ++taken;
  }
  std::sort(theme.begin(), theme.end());
  theme.erase(std::unique(theme.begin(), theme.end()), theme.end());
  return theme;
}

bool themes_meet(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  for (const auto& a : x) {
    for (const auto& b : y) {
      if (a.ends_with(b) || b.ends_with(a)) return true;
    }
  }
  return false;
}

}  // namespace factcheck::checker
