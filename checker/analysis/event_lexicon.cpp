#include "checker/analysis/event_lexicon.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

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
constexpr std::array<entry, 52> verb_entries = {{
    {"arrested", "arrest"},         {"detained", "arrest"},
    {"apprehended", "arrest"},      {"nabbed", "arrest"},
    {"ejected", "expel"},           {"ousted", "expel"},
    {"excommunicated", "expel"},    {"expelled", "expel"},
    {"kicked out", "expel"},        {"overturned", "overturn"},
    {"tossed out", "overturn"},     {"reversed", "overturn"},
    {"vacated", "overturn"},        {"quashed", "overturn"},
    {"struck down", "overturn"},    {"signed", "sign"},
    {"re-signed", "sign"},          {"picked up", "sign"},
    {"admitted", "admit"},          {"checked in", "admit"},
    {"checked into", "admit"},      {"entered", "admit"},
    {"killed", "kill"},             {"shot", "kill"},
    {"murdered", "kill"},           {"slain", "kill"},
    {"stabbed", "kill"},            {"founded", "found"},
    {"established", "found"},       {"launched", "launch"},
    {"debuted", "launch"},          {"proposed", "propose"},
    {"unveiled", "propose"},        {"ratified", "enact"},
    {"finalized", "enact"},         {"finalised", "enact"},
    {"enacted", "enact"},           {"adopted", "enact"},
    {"suspended", "suspend"},       {"halted", "suspend"},
    {"resigned", "resign"},         {"stepped down", "resign"},
    {"fired", "dismiss"},           {"dismissed", "dismiss"},
    {"sacked", "dismiss"},          {"hired", "hire"},
    {"appointed", "hire"},          {"convicted", "convict"},
    {"indicted", "charge"},         {"charged", "charge"},
    {"broke out", "outbreak"},      {"erupted", "outbreak"},
}};

constexpr std::array<entry, 12> noun_entries = {{
    {"arrest", "arrest"},       {"murder", "kill"},        {"killing", "kill"},
    {"shooting", "kill"},       {"slaying", "kill"},       {"stabbing", "kill"},
    {"ouster", "expel"},        {"expulsion", "expel"},    {"founding", "found"},
    {"resignation", "resign"},  {"dismissal", "dismiss"},  {"indictment", "charge"},
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

}  // namespace factcheck::checker
