#include "checker/analysis/claim_text.hpp"

#include "checker/analysis/event_lexicon.hpp"

#include "checker/model/corpus.hpp"
#include "text/ascii.hpp"
#include "text/char_class.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <unordered_map>
#include <unordered_set>

using factcheck::text::to_lower_ascii;

namespace factcheck::checker {
namespace {

using namespace std::string_view_literals;

using text::is_ascii_alnum;
using text::is_ascii_lower;
using text::is_ascii_upper;

// The right single quotation mark (U+2019) used as an apostrophe.
bool curly_apostrophe_at(std::string_view s, std::size_t i) {
  return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
         static_cast<unsigned char>(s[i + 1]) == 0x80 &&
         static_cast<unsigned char>(s[i + 2]) == 0x99;
}

// Bytes of general punctuation (U+2000..U+206F: dashes, curly quotes) separate words.
bool general_punctuation_at(std::string_view s, std::size_t i) {
  return i + 2 < s.size() + 0 && i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
         (static_cast<unsigned char>(s[i + 1]) == 0x80 ||
          static_cast<unsigned char>(s[i + 1]) == 0x81);
}

bool letter_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return is_ascii_alnum(s[i]);
  return !general_punctuation_at(s, i);
}

// Strips "'s", "’s" and a trailing apostrophe.
std::string_view strip_possessive(std::string_view w, bool* had = nullptr) {
  bool found = false;
  if (w.size() > 2 && (w.ends_with("'s") || w.ends_with("'S"))) {
    w.remove_suffix(2);
    found = true;
  } else if (w.size() > 4 && w.ends_with("\xE2\x80\x99s")) {
    w.remove_suffix(4);
    found = true;
  } else if (w.size() > 1 && w.back() == '\'') {
    w.remove_suffix(1);
    found = true;
  }
  if (had != nullptr) *had = found;
  return w;
}

const std::unordered_set<std::string_view>& function_words() {
  static const std::unordered_set<std::string_view> words = {
      "the",       "a",         "an",           "on",        "in",       "at",       "by",
      "for",       "of",        "to",           "from",      "with",     "and",      "but",
      "or",        "nor",       "so",           "yet",       "as",       "if",       "while",
      "after",     "before",    "since",        "during",    "until",    "when",     "where",
      "which",     "who",       "whom",         "what",      "why",      "how",      "this",
      "that",      "these",     "those",        "he",        "she",      "it",       "they",
      "we",        "i",         "you",          "his",       "her",      "its",      "their",
      "our",       "my",        "your",         "there",     "here",     "also",     "however",
      "meanwhile", "according", "last",         "next",      "earlier",  "later",    "speaking",
      "similarly", "only",      "over",         "under",     "about",    "some",     "many",
      "most",      "more",      "no",           "not",       "all",      "any",      "each",
      "both",      "one",       "two",          "three",     "four",     "five",     "six",
      "seven",     "eight",     "nine",         "ten",       "eleven",   "twelve",   "thirteen",
      "fourteen",  "fifteen",   "sixteen",      "seventeen", "eighteen", "nineteen", "twenty",
      "thirty",    "forty",     "fifty",        "sixty",     "seventy",  "eighty",   "ninety",
      "hundred",   "hundreds",  "thousand",     "thousands", "million",  "millions", "billion",
      "dozen",     "dozens",    "several",      "citing",    "key",      "read",     "source",
      "image",     "photo",     "home",         "mr",        "mrs",      "ms",       "dr",
      "yesterday", "today",     "tomorrow",     "then",      "now",      "still",    "even",
      "despite",   "although",  "though",       "because",   "instead",  "other",    "another",
      "such",      "up",        "down",         "out",       "into",     "onto",     "near",
      "around",    "against",   "between",      "among",     "within",   "without",  "via",
      "per",       "than",      "once",         "again",     "tonight",  "morning",  "evening",
      "afternoon", "night",     "week",         "month",     "year",     "is",       "was",
      "are",       "were",      "has",          "have",      "had",      "will",     "would",
      "can",       "could",     "should",       "may",       "might",    "must",     "do",
      "does",      "did",       "be",           "been",      "being",    "let",      "yes",
      "oh",        "thanks",    "please",       "new",       "breaking", "update",   "updated",
      "published", "posted",    "advertisement"};
  return words;
}

const std::unordered_set<std::string_view>& title_words() {
  static const std::unordered_set<std::string_view> words = {"president",
                                                             "minister",
                                                             "secretary",
                                                             "general",
                                                             "defense",
                                                             "defence",
                                                             "foreign",
                                                             "prime",
                                                             "chancellor",
                                                             "spokesman",
                                                             "spokeswoman",
                                                             "spokesperson",
                                                             "state",
                                                             "assistant",
                                                             "deputy",
                                                             "chief",
                                                             "head",
                                                             "leader",
                                                             "senator",
                                                             "governor",
                                                             "mayor",
                                                             "ambassador",
                                                             "king",
                                                             "queen",
                                                             "prince",
                                                             "princess",
                                                             "pope",
                                                             "director",
                                                             "chairman",
                                                             "chairwoman",
                                                             "chair",
                                                             "ceo",
                                                             "commander",
                                                             "interior",
                                                             "finance",
                                                             "justice",
                                                             "vice",
                                                             "sen",
                                                             "rep",
                                                             "gov",
                                                             "gen",
                                                             "col",
                                                             "lt",
                                                             "sgt",
                                                             "capt",
                                                             "adm",
                                                             "former",
                                                             "top",
                                                             "acting",
                                                             "official",
                                                             "officials",
                                                             "envoy",
                                                             "premier",
                                                             "judge",
                                                             "justice",
                                                             "attorney",
                                                             "spokes",
                                                             "lawmaker",
                                                             "representative",
                                                             "colonel",
                                                             "general",
                                                             "admiral",
                                                             "captain",
                                                             "sergeant",
                                                             "lieutenant",
                                                             "major",
                                                             "professor",
                                                             "prof",
                                                             "st",
                                                             "sir",
                                                             "lady",
                                                             "lord",
                                                             "dame",
                                                             "health",
                                                             "economy",
                                                             "economic",
                                                             "education",
                                                             "transport",
                                                             "energy",
                                                             "agriculture",
                                                             "trade",
                                                             "labour",
                                                             "labor",
                                                             "environment",
                                                             "culture",
                                                             "ministry",
                                                             "department",
                                                             "office",
                                                             "spokesman",
                                                             "mp",
                                                             "minister's",
                                                             "police",
                                                             "army",
                                                             "navy",
                                                             "officer",
                                                             "military",
                                                             "national",
                                                             "federal",
                                                             "regional",
                                                             "central"};
  return words;
}

const std::unordered_set<std::string_view>& calendar_words() {
  static const std::unordered_set<std::string_view> words = {
      "monday",  "tuesday",   "wednesday", "thursday", "friday",   "saturday", "sunday",
      "january", "february",  "march",     "april",    "may",      "june",     "july",
      "august",  "september", "october",   "november", "december", "jan",      "feb",
      "mar",     "apr",       "jun",       "jul",      "aug",      "sep",      "sept",
      "oct",     "nov",       "dec",       "mon",      "tue",      "tues",     "wed",
      "thu",     "thur",      "thurs",     "fri",      "sat",      "sun"};
  return words;
}

// Countries with their demonyms, capitals and common metonyms. News names a country by any of
// these ("Moscow", "the Kremlin", "Russian troops"); a claim's entities are compared by country.
struct country_names {
  std::string_view country;
  std::array<std::string_view, 6> aliases;
};

constexpr std::array<country_names, 86> countries = {{
    {"Albania", {"Albanian", "Tirana"}},
    {"Algeria", {"Algerian", "Algiers"}},
    {"Armenia", {"Armenian", "Yerevan"}},
    {"Azerbaijan", {"Azerbaijani", "Baku"}},
    {"Bangladesh", {"Bangladeshi", "Dhaka"}},
    {"Bolivia", {"Bolivian", "La Paz"}},
    {"Bulgaria", {"Bulgarian", "Sofia"}},
    {"Chile", {"Chilean", "Santiago"}},
    {"Colombia", {"Colombian", "Bogota"}},
    {"Croatia", {"Croatian", "Zagreb"}},
    {"Cuba", {"Cuban", "Havana"}},
    {"Ecuador", {"Ecuadorian", "Ecuadorean", "Quito"}},
    {"Ethiopia", {"Ethiopian", "Addis Ababa"}},
    {"Iceland", {"Icelandic", "Reykjavik"}},
    {"Jordan", {"Jordanian", "Amman"}},
    {"Kenya", {"Kenyan", "Nairobi"}},
    {"Lebanon", {"Lebanese", "Beirut"}},
    {"Libya", {"Libyan", "Tripoli"}},
    {"Malaysia", {"Malaysian", "Kuala Lumpur"}},
    {"Morocco", {"Moroccan", "Rabat"}},
    {"New Zealand", {"Wellington"}},
    {"Peru", {"Peruvian", "Lima"}},
    {"Philippines", {"Filipino", "Philippine", "Manila"}},
    {"Portugal", {"Portuguese", "Lisbon"}},
    {"Qatar", {"Qatari", "Doha"}},
    {"Saudi Arabia", {"Saudi", "Riyadh"}},
    {"Serbia", {"Serbian", "Belgrade"}},
    {"Slovakia", {"Slovak", "Bratislava"}},
    {"Somalia", {"Somali", "Mogadishu"}},
    {"South Africa", {"South African", "Pretoria"}},
    {"Sudan", {"Sudanese", "Khartoum"}},
    {"Taiwan", {"Taiwanese", "Taipei"}},
    {"Thailand", {"Thai", "Bangkok"}},
    {"Tunisia", {"Tunisian", "Tunis"}},
    {"Venezuela", {"Venezuelan", "Caracas"}},
    {"Vietnam", {"Vietnamese", "Hanoi"}},
    {"Yemen", {"Yemeni", "Sanaa"}},
    {"Uzbekistan", {"Uzbek", "Tashkent"}},
    {"Afghanistan", {"Afghan", "Kabul"}},
    {"Argentina", {"Argentine", "Argentinian", "Buenos Aires"}},
    {"Australia", {"Australian", "Canberra"}},
    {"Austria", {"Austrian", "Vienna"}},
    {"Belarus", {"Belarusian", "Minsk"}},
    {"Belgium", {"Belgian", "Brussels"}},
    {"Brazil", {"Brazilian", "Brasilia"}},
    {"Canada", {"Canadian", "Ottawa"}},
    {"China", {"Chinese", "Beijing"}},
    {"Czech Republic", {"Czech", "Prague", "Czechia"}},
    {"Denmark", {"Danish", "Copenhagen"}},
    {"Egypt", {"Egyptian", "Cairo"}},
    {"Estonia", {"Estonian", "Tallinn"}},
    {"Finland", {"Finnish", "Helsinki"}},
    {"France", {"French", "Paris", "Elysee"}},
    {"Georgia", {"Georgian", "Tbilisi"}},
    {"Germany", {"German", "Berlin"}},
    {"Greece", {"Greek", "Athens"}},
    {"Hungary", {"Hungarian", "Budapest"}},
    {"India", {"Indian", "New Delhi", "Delhi"}},
    {"Indonesia", {"Indonesian", "Jakarta"}},
    {"Iran", {"Iranian", "Tehran"}},
    {"Iraq", {"Iraqi", "Baghdad"}},
    {"Ireland", {"Irish", "Dublin"}},
    {"Israel", {"Israeli", "Jerusalem"}},
    {"Italy", {"Italian", "Rome"}},
    {"Japan", {"Japanese", "Tokyo"}},
    {"Kazakhstan", {"Kazakh", "Astana"}},
    {"Latvia", {"Latvian", "Riga"}},
    {"Lithuania", {"Lithuanian", "Vilnius"}},
    {"Mexico", {"Mexican", "Mexico City"}},
    {"Moldova", {"Moldovan", "Chisinau"}},
    {"Netherlands", {"Dutch", "Amsterdam", "The Hague"}},
    {"Nigeria", {"Nigerian", "Abuja"}},
    {"North Korea", {"North Korean", "Pyongyang"}},
    {"Norway", {"Norwegian", "Oslo"}},
    {"Pakistan", {"Pakistani", "Islamabad"}},
    {"Poland", {"Polish", "Warsaw"}},
    {"Romania", {"Romanian", "Bucharest"}},
    {"Russia", {"Russian", "Moscow", "Kremlin", "Russian Federation"}},
    {"South Korea", {"South Korean", "Seoul"}},
    {"Spain", {"Spanish", "Madrid"}},
    {"Sweden", {"Swedish", "Stockholm"}},
    {"Switzerland", {"Swiss", "Bern"}},
    {"Syria", {"Syrian", "Damascus"}},
    {"Turkey", {"Turkish", "Ankara", "Turkiye"}},
    {"Ukraine", {"Ukrainian", "Kyiv", "Kiev", "Ukranian"}},
    {"United States", {"US", "U.S.", "USA", "American", "Washington", "White House"}},
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 6> extra_aliases = {{
    {"United Kingdom", "UK"},
    {"United Kingdom", "U.K."},
    {"United Kingdom", "British"},
    {"United Kingdom", "Britain"},
    {"United Kingdom", "London"},
    {"United States", "America"},
}};

const std::unordered_map<std::string, std::string_view>& country_index() {
  static const auto index = [] {
    std::unordered_map<std::string, std::string_view> m;
    for (const auto& c : countries) {
      m.emplace(to_lower_ascii(c.country), c.country);
      for (auto alias : c.aliases) {
        if (!alias.empty()) m.emplace(to_lower_ascii(alias), c.country);
      }
    }
    for (const auto& [country, alias] : extra_aliases) m.emplace(to_lower_ascii(alias), country);
    m.emplace("united kingdom", "United Kingdom");
    m.emplace("the united states", "United States");
    return m;
  }();
  return index;
}

struct event_class {
  std::string_view word;
  std::string_view subject;
};

// Nouns that name a dated, one-off event. Statements, reports, calls and news conferences are
// left out on purpose: the same people hold many of them on different days, which would make
// false date conflicts.
constexpr std::array<event_class, 39> event_words = {{
    {"talks", "talks"},           {"negotiations", "talks"},
    {"negotiation", "talks"},     {"summit", "summit"},
    {"meeting", "meeting"},       {"election", "election"},
    {"elections", "election"},    {"vote", "vote"},
    {"referendum", "vote"},       {"ballot", "vote"},
    {"visit", "visit"},           {"trip", "visit"},
    {"invasion", "invasion"},     {"attack", "attack"},
    {"offensive", "offensive"},   {"ceasefire", "ceasefire"},
    {"truce", "ceasefire"},       {"deadline", "deadline"},
    {"hearing", "hearing"},       {"trial", "trial"},
    {"launch", "launch"},         {"proposal", "proposal"},
    {"proposals", "proposal"},    {"draft", "proposal"},
    {"documents", "proposal"},    {"inauguration", "inauguration"},
    {"ceremony", "ceremony"},     {"escalation", "escalation"},
    {"withdrawal", "withdrawal"}, {"exercises", "exercise"},
    {"drills", "exercise"},       {"parade", "parade"},
    {"funeral", "funeral"},       {"opening", "opening"},
    {"signing", "signing"},       {"strike", "strike"},
    {"protest", "protest"},       {"protests", "protest"},
    {"census", "census"},
}};

std::optional<std::string_view> event_subject(std::string_view w) {
  const std::string l = to_lower_ascii(w);
  for (const auto& e : event_words) {
    if (e.word == l) return e.subject;
  }
  return std::nullopt;
}

const std::unordered_set<std::string_view>& speech_verbs();

// The lemma of a past-tense verb that can head a dated event ("arrested" -> "arrest",
// "checked" -> "check", "stopped" -> "stop", "carried" -> "carry", "struck" -> "strike"); none for
// auxiliaries, verbs of saying and thinking, and verbs too general to name one event.
std::optional<std::string> event_verb_lemma(std::string_view w) {
  if (w.size() < 4 || w.front() < 'a' || w.front() > 'z') return std::nullopt;
  static const std::unordered_map<std::string_view, std::string_view> irregular = {
      {"struck", "strike"}, {"shot", "shoot"}, {"fled", "flee"},   {"fought", "fight"},
      {"won", "win"},       {"lost", "lose"},  {"sold", "sell"},   {"bought", "buy"},
      {"began", "begin"},   {"broke", "break"}, {"hit", "hit"},    {"stole", "steal"},
      {"froze", "freeze"},  {"caught", "catch"}, {"held", "hold"}, {"sent", "send"},
      {"built", "build"},   {"led", "lead"},    {"fell", "fall"},  {"sank", "sink"},
      {"burned", "burn"},   {"burnt", "burn"},  {"quit", "quit"},  {"chose", "choose"}};
  static const std::unordered_set<std::string_view> general = {
      "need", "seem", "want", "use", "call", "ask", "add", "decid", "expect", "plan", "fear",
      "hop", "believ", "includ", "report", "confirm", "announc", "claim", "post", "publish",
      "updat", "schedul", "start", "end", "continu", "remain", "stay", "happen", "occurr", "follow",
      "involv", "relat", "bas", "allow", "help", "tri", "look", "turn", "play", "work", "pick"};
  const std::string l = to_lower_ascii(w);
  if (auto it = irregular.find(l); it != irregular.end()) return std::string(it->second);
  if (l.size() < 5 || !l.ends_with("ed") || l.ends_with("eed")) return std::nullopt;
  std::string stem = l.substr(0, l.size() - 2);
  if (stem.ends_with('i')) stem.back() = 'y';  // carried
  if (stem.size() >= 3 && stem[stem.size() - 1] == stem[stem.size() - 2] && stem.back() != 'l' &&
      stem.back() != 's') {
    stem.pop_back();  // stopped
  }
  if (general.contains(stem) || speech_verbs().contains(l)) return std::nullopt;
  return stem;
}

const std::unordered_set<std::string_view>& speech_verbs() {
  static const std::unordered_set<std::string_view> words = {
      "said",      "says",      "say",       "told",     "tells",   "stated",
      "states",    "announced", "announces", "added",    "adds",    "warned",
      "warns",     "claimed",   "claims",    "reported", "reports", "estimated",
      "estimates", "insisted",  "noted",     "wrote",    "tweeted", "confirmed"};
  return words;
}

const std::unordered_set<std::string_view>& outcome_words() {
  static const std::unordered_set<std::string_view> words = {
      "killed",    "dead",     "died",     "wounded",  "injured",  "hurt",         "displaced",
      "evacuated", "arrested", "detained", "missing",  "infected", "hospitalized", "hospitalised",
      "rescued",   "fled",     "deported", "released", "captured", "moved",        "relocated"};
  return words;
}

std::string normalized_outcome(std::string_view l) {
  static const std::unordered_map<std::string_view, std::string_view> same = {
      {"dead", "killed"},     {"died", "killed"},         {"hurt", "injured"},
      {"wounded", "injured"}, {"detained", "arrested"},   {"captured", "arrested"},
      {"moved", "evacuated"}, {"relocated", "evacuated"}, {"hospitalised", "hospitalized"}};
  if (auto it = same.find(l); it != same.end()) return std::string(it->second);
  return std::string(l);
}

bool capitalized(std::string_view w) {
  return !w.empty() && is_ascii_upper(w.front());
}

bool acronym(std::string_view w) {
  int upper = 0;
  for (char c : w) {
    if (is_ascii_lower(c)) return false;
    if (is_ascii_upper(c)) ++upper;
  }
  return upper >= 2;
}

// A name-like word that is not a function word, title, weekday or month.
bool name_word(std::string_view w) {
  if (!capitalized(w)) return false;
  const std::string l = to_lower_ascii(strip_possessive(w));
  return !function_words().contains(l) && !title_words().contains(l) &&
         !calendar_words().contains(l);
}

bool adjacent(std::string_view text, const word& a, const word& b) {
  return b.span.begin == a.span.end + 1 && text[a.span.end] == ' ';
}

}  // namespace

std::vector<word> words_in(std::string_view text, text::byte_span within) {
  std::vector<word> out;
  std::size_t i = within.begin;
  const std::size_t end = std::min<std::size_t>(within.end, text.size());
  while (i < end) {
    if (!letter_at(text, i)) {
      i += general_punctuation_at(text, i) ? 3 : 1;
      continue;
    }
    std::size_t j = i;
    while (j < end) {
      if (letter_at(text, j)) {
        ++j;
        continue;
      }
      const auto c = static_cast<unsigned char>(text[j]);
      if ((c == '\'' || c == '-') && j + 1 < end && letter_at(text, j + 1)) {
        ++j;
        continue;
      }
      if (curly_apostrophe_at(text, j) && j + 3 < end && letter_at(text, j + 3)) {
        j += 3;
        continue;
      }
      // Dots inside abbreviations ("U.S.") and decimals ("7.5").
      if (c == '.' && j > i && j + 1 < end &&
          ((is_ascii_upper(text[j - 1]) &&
            (is_ascii_upper(text[j + 1]) ||
             (j >= 2 && text[j - 2] == '.'))) ||
           (text::is_ascii_digit(text[j - 1]) &&
            text::is_ascii_digit(text[j + 1])))) {
        ++j;
        continue;
      }
      // "U.S." keeps its final dot.
      if (c == '.' && j >= 2 && text[j - 2] == '.' &&
          is_ascii_upper(text[j - 1])) {
        ++j;
      }
      break;
    }
    if (j == i) j = i + 1;
    const auto b = static_cast<std::uint32_t>(i);
    const auto e = static_cast<std::uint32_t>(j);
    out.push_back({{b, e}, text.substr(i, j - i)});
    i = j;
  }
  return out;
}

std::string lemma(std::string_view noun) {
  std::string w = to_lower_ascii(strip_possessive(noun));
  static const std::unordered_map<std::string_view, std::string_view> irregular = {
      {"people", "people"}, {"persons", "people"}, {"person", "people"}, {"men", "man"},
      {"women", "woman"},   {"children", "child"}, {"troops", "troop"},  {"lives", "life"},
      {"feet", "foot"},     {"mice", "mouse"},     {"data", "data"},     {"news", "news"},
      {"series", "series"}, {"species", "species"}};
  if (auto it = irregular.find(w); it != irregular.end()) return std::string(it->second);
  if (w.size() > 4 && w.ends_with("ies")) return w.substr(0, w.size() - 3) + "y";
  if (w.size() > 4 && (w.ends_with("sses") || w.ends_with("shes") || w.ends_with("ches") ||
                       w.ends_with("xes") || (w.ends_with("uses") && !w.ends_with("ouses")))) {
    return w.substr(0, w.size() - 2);
  }
  if (w.size() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") &&
      !w.ends_with("is")) {
    return w.substr(0, w.size() - 1);
  }
  return w;
}

std::string subject_class(std::string_view noun_lemma) {
  static const std::unordered_map<std::string_view, std::string_view> classes = {
      {"soldier", "troop"},       {"serviceman", "troop"},
      {"servicemen", "troop"},    {"force", "troop"},
      {"personnel", "troop"},     {"civilian", "people"},
      {"resident", "people"},     {"casualty", "casualty"},
      {"death", "people:killed"}, {"fatality", "people:killed"},
      {"tank", "tank"},           {"refugee", "refugee"},
      {"migrant", "refugee"},     {"usd", "money:USD"},
      {"dollar", "money:USD"}};
  if (auto it = classes.find(noun_lemma); it != classes.end()) return std::string(it->second);
  return std::string(noun_lemma);
}

bool is_time_unit(std::string_view noun_lemma) {
  static const std::unordered_set<std::string_view> units = {
      "year",    "month", "week", "day", "hour", "minute",  "second", "decade",
      "century", "am",    "pm",   "a.m", "p.m",  "o'clock", "time",   "times"};
  return units.contains(noun_lemma);
}

bool is_measure_unit(std::string_view noun_lemma) {
  // Lengths, levels, areas, weights, speeds and temperatures describe different things in
  // one story (a dam's height, a river's level, a town's distance): not counts to align.
  static const std::unordered_set<std::string_view> units = {
      "km",     "kilometre", "kilometer", "metre",      "meter",  "m",        "cm",
      "mm",     "mile",      "foot",      "feet",       "inch",   "yard",     "hectare",
      "acre",   "litre",     "liter",     "gallon",     "kg",     "kilogram", "gram",
      "tonne",  "ton",       "pound",     "lb",         "degree", "mph",      "kph",
      "km/h",   "knot",      "celsius",   "fahrenheit", "sq",     "square",   "cubic",
      "barrel", "megawatt",  "mw",        "kw",         "kwh",    "gw"};
  if (units.contains(noun_lemma)) return true;
  // "62-metre": a measure used as a modifier.
  const auto dash = noun_lemma.find('-');
  return dash != std::string_view::npos && units.contains(noun_lemma.substr(dash + 1));
}

std::string canonical_entity(std::string_view name, const config& settings) {
  name = strip_possessive(name);
  while (!name.empty() && (name.back() == '.' || name.back() == ',')) {
    if (name.back() == '.' && name.size() >= 3 && name[name.size() - 3] == '.') break;  // U.S.
    name.remove_suffix(1);
  }
  const std::string l = to_lower_ascii(name);
  const auto& countries_by_name = country_index();
  if (auto it = countries_by_name.find(l); it != countries_by_name.end()) {
    return std::string(it->second);
  }
  // Configured places and organizations keep their canonical name (a capital still maps to its
  // country).
  for (const auto& e : settings.entities) {
    bool match = to_lower_ascii(e.name) == l;
    for (const auto& v : e.variants) match = match || to_lower_ascii(v) == l;
    if (!match) continue;
    if (auto it = countries_by_name.find(to_lower_ascii(e.name)); it != countries_by_name.end()) {
      return std::string(it->second);
    }
    return e.name;
  }
  std::string canonical(name);
  for (const auto& p : settings.people) {
    bool match = to_lower_ascii(p.name) == l;
    for (const auto& v : p.variants) match = match || to_lower_ascii(v) == l;
    if (match) {
      canonical = p.name;
      break;
    }
  }
  // People are named in full once and by surname after ("Reznikov"): compare by the last word,
  // which also survives a misspelt first name.
  if (const auto space = canonical.rfind(' ');
      space != std::string::npos && !acronym(canonical.substr(space + 1))) {
    return canonical.substr(space + 1);
  }
  return canonical;
}

std::vector<std::string> sentence_entities(std::string_view text, text::byte_span sentence,
                                           const config& settings) {
  const auto words = words_in(text, sentence);
  std::vector<std::string> out;
  auto emit = [&](std::string_view name) {
    if (name.empty()) return;
    out.push_back(canonical_entity(name, settings));
  };
  std::size_t i = 0;
  while (i < words.size()) {
    const std::string_view w = words[i].text;
    // Hyphenated compounds name each capitalized part: "US-Russia", "pro-Russian".
    if (w.find('-') != std::string_view::npos) {
      std::size_t start = 0;
      while (start <= w.size()) {
        const std::size_t dash = std::min(w.find('-', start), w.size());
        const std::string_view part = w.substr(start, dash - start);
        const bool initial = i == 0 && start == 0;
        if (name_word(part) &&
            (!initial || country_index().contains(to_lower_ascii(strip_possessive(part))))) {
          emit(part);
        }
        start = dash + 1;
      }
      ++i;
      continue;
    }
    if (!name_word(w)) {
      ++i;
      continue;
    }
    // A run of adjacent name words is one name; a possessive ends it.
    std::size_t j = i;
    bool possessive = false;
    strip_possessive(words[j].text, &possessive);
    while (!possessive && j + 1 < words.size() && adjacent(text, words[j], words[j + 1]) &&
           name_word(words[j + 1].text) && words[j + 1].text.find('-') == std::string_view::npos) {
      ++j;
      strip_possessive(words[j].text, &possessive);
    }
    // A country word inside a longer run is its own entity and ends the name before it:
    // "Chilean Health Ministry", "Twelve Dutch".
    if (j > i) {
      std::size_t k = i;
      while (k <= j && !country_index().contains(to_lower_ascii(strip_possessive(words[k].text)))) ++k;
      if (k <= j) {
        if (k > i && (i > 0 || k - 1 > i)) {
          emit(text.substr(words[i].span.begin, words[k - 1].span.end - words[i].span.begin));
        }
        emit(words[k].text);
        i = k + 1;
        continue;
      }
    }
    const auto b = words[i].span.begin;
    const auto e = words[j].span.end;
    const std::string_view name = text.substr(b, e - b);
    // A capitalized first word of a sentence is usually just a capital: keep it only when it
    // is a known country name, an acronym, part of a longer name or a possessive.
    const bool initial = i == 0;
    const bool keep = !initial || j > i || possessive || acronym(strip_possessive(w)) ||
                      country_index().contains(to_lower_ascii(strip_possessive(w)));
    if (keep) {
      // A multi-word run that starts with a known country alias is the country and the rest:
      // "Russian President" never gets here (title), but "Russian Foreign" does not either.
      emit(name);
    }
    i = j + 1;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string speaker_of(std::string_view text, text::byte_span sentence) {
  const auto words = words_in(text, sentence);
  auto name_run_before = [&](std::size_t k) -> std::string {
    // Capitalized words (titles included) ending at words[k - 1].
    std::size_t j = k;
    while (j > 0 && capitalized(words[j - 1].text) &&
           !function_words().contains(to_lower_ascii(words[j - 1].text)) &&
           (j == k || adjacent(text, words[j - 1], words[j]))) {
      bool possessive = false;
      strip_possessive(words[j - 1].text, &possessive);
      if (possessive && j != k) break;
      --j;
    }
    if (j == k) return {};
    return std::string(
        text.substr(words[j].span.begin, words[k - 1].span.end - words[j].span.begin));
  };
  auto name_run_from = [&](std::size_t k) -> std::string {
    if (k < words.size() && to_lower_ascii(words[k].text) == "the") ++k;
    std::size_t j = k;
    while (j < words.size() && capitalized(words[j].text) &&
           !function_words().contains(to_lower_ascii(words[j].text)) &&
           (j == k || adjacent(text, words[j - 1], words[j]))) {
      ++j;
    }
    if (j == k) return {};
    return std::string(
        text.substr(words[k].span.begin, words[j - 1].span.end - words[k].span.begin));
  };
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string l = to_lower_ascii(words[k].text);
    if (l == "according" && k + 1 < words.size() && to_lower_ascii(words[k + 1].text) == "to") {
      if (auto s = name_run_from(k + 2); !s.empty()) return s;
    }
  }
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (!speech_verbs().contains(to_lower_ascii(words[k].text))) continue;
    if (auto s = name_run_before(k); !s.empty()) return s;
    if (auto s = name_run_from(k + 1); !s.empty()) return s;
  }
  return {};
}

std::string counted_noun_from_context(std::string_view text, text::byte_span sentence,
                                      text::byte_span figure, std::string* outcome) {
  const auto words = words_in(text, {sentence.begin, figure.begin});
  // The last "number|total|count|tally of <noun phrase>" before the figure names what it counts.
  for (std::size_t k = words.size(); k-- > 1;) {
    if (to_lower_ascii(words[k].text) != "of") continue;
    const std::string before = to_lower_ascii(words[k - 1].text);
    if (before != "number" && before != "total" && before != "count" && before != "tally" &&
        before != "estimate") {
      continue;
    }
    std::string head;
    for (std::size_t m = k + 1; m < words.size() && m < k + 5; ++m) {
      const std::string l = to_lower_ascii(words[m].text);
      if (function_words().contains(l) || speech_verbs().contains(l)) break;
      if (text::is_ascii_digit(l.front())) break;
      if (outcome_words().contains(l)) {
        if (outcome != nullptr) *outcome = normalized_outcome(l);
        break;
      }
      head = std::string(words[m].text);
    }
    if (!head.empty() && !capitalized(head)) return head;
  }
  return {};
}

std::string measured_noun_before(std::string_view text, text::byte_span sentence,
                                 text::byte_span figure) {
  static const std::unordered_set<std::string_view> skip = {
      "rose",      "fell",      "rise",
      "fall",      "rising",    "falling",
      "climbed",   "dropped",   "jumped",
      "reached",   "stood",     "stands",
      "hit",       "grew",      "increased",
      "decreased", "declined",  "was",
      "is",        "were",      "are",
      "at",        "to",        "by",
      "of",        "about",     "around",
      "nearly",    "almost",    "over",
      "some",      "roughly",   "approximately",
      "than",      "more",      "less",
      "up",        "down",      "just",
      "be",        "been",      "has",
      "have",      "had",       "a",
      "an",        "the",       "its",
      "their",     "estimated", "now",
      "only",      "least",     "most",
      "under",     "below",     "above",
      "record",    "annual",    "rate"};
  const auto words = words_in(text, {sentence.begin, figure.begin});
  for (std::size_t k = words.size(); k-- > 0;) {
    const std::string l = to_lower_ascii(words[k].text);
    if (skip.contains(l)) continue;
    if (text::is_ascii_digit(l.front())) return {};
    if (capitalized(words[k].text)) return {};
    return lemma(l);
  }
  return {};
}

std::string outcome_after(std::string_view text, text::byte_span sentence, text::byte_span noun) {
  const auto words = words_in(text, {noun.end, sentence.end});
  for (std::size_t k = 0; k < words.size() && k < 5; ++k) {
    const std::string l = to_lower_ascii(words[k].text);
    if (outcome_words().contains(l)) return normalized_outcome(l);
  }
  return {};
}

std::string outcome_before(std::string_view text, text::byte_span sentence,
                           text::byte_span figure) {
  const std::uint32_t from =
      figure.begin > sentence.begin + 60 ? figure.begin - 60 : sentence.begin;
  const auto words = words_in(text, {from, figure.begin});
  // "had evacuated 1,200", "evacuated some 1,200": the verb, then at most one hedge word.
  for (std::size_t n = 0; n < words.size() && n < 2; ++n) {
    const std::string l = to_lower_ascii(words[words.size() - 1 - n].text);
    if (outcome_words().contains(l)) return normalized_outcome(l);
  }
  return {};
}

bool update_cue_before(std::string_view text, text::byte_span sentence, text::byte_span figure) {
  static const std::unordered_set<std::string_view> cues = {
      "risen",  "rose", "climbed", "increased", "jumped",   "grown", "grew",    "swelled", "soared",
      "fallen", "fell", "dropped", "decreased", "declined", "now",   "updated", "revised", "new"};
  const std::uint32_t from =
      figure.begin > sentence.begin + 80 ? figure.begin - 80 : sentence.begin;
  const auto words = words_in(text, {from, figure.begin});
  for (std::size_t n = 0; n < words.size() && n < 4; ++n) {
    if (cues.contains(to_lower_ascii(words[words.size() - 1 - n].text))) return true;
  }
  return false;
}

namespace {

// Words that do not count toward the reach of event_near: prepositions, articles, auxiliaries
// and reflexives between an event word and its date ("was arrested by RCMP on Tuesday",
// "checked herself in on Tuesday", "is said to have taken place on April 9").
bool light_word(std::string_view lower) {
  static const std::unordered_set<std::string_view> words = {
      "on",   "in",   "at",      "the",     "a",      "an",         "to",   "of",   "by",
      "from", "into", "have",    "has",     "had",    "is",         "was",  "were", "be",
      "been", "being", "herself", "himself", "itself", "themselves", "also", "then"};
  return words.contains(lower);
}

// A verb of saying dates the saying ("said Friday that"), unless it is a hedge ("is said to").
bool saying_at(const std::vector<word>& words, std::size_t k) {
  if (!speech_verbs().contains(to_lower_ascii(words[k].text))) return false;
  return k + 1 >= words.size() || to_lower_ascii(words[k + 1].text) != "to";
}

// A comma, semicolon, colon or bracket between two words ends a clause.
bool boundary_between(std::string_view text, const word& a, const word& b) {
  const auto gap = text.substr(a.span.end, b.span.begin - a.span.end);
  return gap.find_first_of(",;:()") != std::string_view::npos;
}

// The event named by a past-tense verb: its class from the event lexicon (with a particle:
// "picked up", "checked into"), else its own lemma.
std::optional<event_head> verb_event(const std::vector<word>& words, std::size_t k) {
  const auto& w = words[k];
  std::string_view next = k + 1 < words.size() ? words[k + 1].text : std::string_view{};
  // "checked herself in": the particle after a reflexive object.
  const std::string reflexive = to_lower_ascii(next);
  if ((reflexive == "herself" || reflexive == "himself" || reflexive == "themselves") &&
      k + 2 < words.size())
    next = words[k + 2].text;
  if (!w.text.empty() && is_ascii_lower(w.text.front())) {
    if (auto c = event_verb_class(w.text, next)) {
      // "started to experience problems": the event is the verb after "to".
      if (c->name == "onset" && to_lower_ascii(next) == "to") return std::nullopt;
      return event_head{"v:" + c->name, w.span};
    }
  }
  if (auto v = event_verb_lemma(w.text)) return event_head{"v:" + *v, w.span};
  return std::nullopt;
}

// An event noun of the sentence: one of the event words ("summit"), or a noun of the event
// lexicon with a determiner ("the murder", "her arrest"; not the charge "first-degree murder").
std::optional<event_head> noun_event(const std::vector<word>& words, std::size_t k) {
  static const std::unordered_set<std::string_view> determiners = {
      "the", "a", "an", "his", "her", "its", "their", "this", "that"};
  const auto& w = words[k];
  const auto bare = strip_possessive(w.text);
  if (auto s = event_subject(bare)) return event_head{std::string(*s), w.span};
  bool possessive = false;
  if (k > 0) strip_possessive(words[k - 1].text, &possessive);
  const bool determined =
      k > 0 && (possessive || determiners.contains(to_lower_ascii(words[k - 1].text)));
  if (determined && !bare.empty() && is_ascii_lower(bare.front())) {
    if (auto c = event_noun_class(bare)) return event_head{"v:" + *c, w.span};
  }
  return std::nullopt;
}

}  // namespace

std::uint32_t previous_time_end(const std::vector<grammar::time_expression>& times,
                                text::byte_span sentence, text::byte_span time) {
  auto it = std::lower_bound(
      times.begin(), times.end(), sentence.begin,
      [](const grammar::time_expression& t, std::uint32_t at) { return t.span.begin < at; });
  std::uint32_t floor = sentence.begin;
  for (; it != times.end() && it->span.end <= time.begin; ++it) floor = std::max(floor, it->span.end);
  return floor;
}

std::optional<event_head> event_near(std::string_view text, text::byte_span sentence,
                                     text::byte_span time, std::uint32_t floor) {
  const auto words = words_in(text, {std::max(sentence.begin, std::min(floor, time.begin)), sentence.end});
  std::size_t first_after = 0;
  while (first_after < words.size() && words[first_after].span.begin < time.begin) ++first_after;
  std::size_t after_time = first_after;
  while (after_time < words.size() && words[after_time].span.begin < time.end) ++after_time;

  // An event noun shortly before ("talks in Geneva next month"), then shortly after ("on
  // Friday's summit").
  // Names and light words do not count toward the reach ("the Velmora summit between Norland
  // and Ostreva opened on 12 May").
  const auto before = words_in(text, {sentence.begin, time.begin});
  for (std::size_t n = 0, counted = 0; n < before.size() && counted < 5; ++n) {
    const auto& w = before[before.size() - 1 - n];
    if (speech_verbs().contains(to_lower_ascii(w.text))) break;
    // Beyond the first five words only a lower-case noun ("Central Election Commission" is a
    // name).
    if (n < 5 || !capitalized(w.text)) {
      if (auto s = event_subject(strip_possessive(w.text)))
        return event_head{std::string(*s), w.span};
    }
    if (!light_word(to_lower_ascii(w.text)) && !capitalized(w.text)) ++counted;
  }
  // A noun of the event lexicon with its determiner ("the murder is said to have taken place
  // on April 9"); light words do not count toward the reach.
  for (std::size_t k = first_after, counted = 0; k-- > 0 && counted < 5;) {
    if (saying_at(words, k)) break;
    if (auto e = noun_event(words, k)) return e;
    if (!light_word(to_lower_ascii(words[k].text))) ++counted;
  }
  // A verb right before the date is its event ("arraigned Wednesday to face trial").
  for (std::size_t k = first_after; k-- > 0;) {
    if (light_word(to_lower_ascii(words[k].text))) continue;
    if (!saying_at(words, k)) {
      if (auto e = verb_event(words, k)) return e;
    }
    break;
  }
  for (std::size_t k = after_time; k < words.size() && k < after_time + 3; ++k) {
    if (auto s = event_subject(strip_possessive(words[k].text)))
      return event_head{std::string(*s), words[k].span};
  }
  // No event noun: the past-tense verb the date is attached to ("was arrested on Tuesday",
  // "checked into Promises Treatment Center on Friday"), within its clause; names and light
  // words do not count toward the reach.
  for (std::size_t k = first_after, counted = 0; k-- > 0 && counted < 6;) {
    if (k + 1 < words.size() && k + 1 < first_after && boundary_between(text, words[k], words[k + 1]))
      break;
    if (saying_at(words, k)) break;
    if (auto e = verb_event(words, k)) return e;
    const std::string l = to_lower_ascii(words[k].text);
    if (!light_word(l) && !capitalized(words[k].text)) ++counted;
  }
  // A date opening the sentence ("On Tuesday, the Saints re-signed Wynn", "Yesterday, on
  // Friday, Reid ... needed to be checked in"): the first event verb after it.
  std::size_t lead = 0;
  for (std::size_t k = 0; k < first_after; ++k) {
    const std::string l = to_lower_ascii(words[k].text);
    if (l == "and" || l == "but") {
      lead = 0;  // a clause of its own: "... and on Wednesday, signed Bell"
    } else if (!light_word(l)) {
      ++lead;
    }
  }
  if (lead <= 1) {
    for (std::size_t k = after_time; k < words.size() && k < after_time + 10; ++k) {
      if (saying_at(words, k)) break;
      if (auto e = verb_event(words, k)) return e;
    }
  }
  return std::nullopt;
}

std::vector<std::string> article_entities(const analyzed_article& a, const config& settings) {
  std::vector<std::string> all;
  for (const auto& b : a.blocks) {
    if (b.kind == text::block_kind::boilerplate) continue;
    for (const auto& s : b.sentences) {
      auto e = sentence_entities(a.text(), s.span, settings);
      all.insert(all.end(), std::make_move_iterator(e.begin()), std::make_move_iterator(e.end()));
    }
  }
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  return all;
}

}  // namespace factcheck::checker
