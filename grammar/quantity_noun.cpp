#include "grammar/quantity_noun.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace factcheck::grammar::detail {
namespace {

constexpr bool is_word_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80;
}
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr char to_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), to_lower);
  return out;
}

template <std::size_t N>
bool in(const std::array<std::string_view, N>& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

// Words that end a counted noun phrase: function words, prepositions, conjunctions, adverbs
// that follow figures, and number words (a new figure starts). Kept sorted for binary_search.
constexpr auto stop_words = std::to_array<std::string_view>({
    "a",        "about",      "according", "across",   "after",     "against",  "ago",
    "ahead",    "all",        "along",     "also",     "among",     "an",       "and",
    "another",  "any",        "are",       "around",   "as",        "at",       "back",
    "be",       "because",    "been",      "before",   "behind",    "being",    "below",
    "beneath",  "beside",     "between",   "beyond",   "billion",   "both",     "but",
    "by",       "can",        "could",     "did",      "do",        "does",     "down",
    "during",   "each",       "earlier",   "eight",    "eighty",    "eleven",   "else",
    "every",    "except",     "fifty",     "five",     "for",       "forty",    "four",
    "from",     "had",        "has",       "have",     "he",        "her",      "here",
    "his",      "hundred",    "i",         "if",       "in",        "inside",   "into",
    "is",       "it",         "its",       "just",     "last",      "later",    "less",
    "may",      "might",      "million",   "more",     "most",      "must",     "near",
    "next",     "nine",       "ninety",    "no",       "nor",       "not",      "now",
    "of",       "off",        "on",        "one",      "only",      "onto",     "or",
    "our",      "out",        "outside",   "over",     "per",       "said",     "say",
    "says",     "seven",      "seventy",   "shall",    "she",       "should",   "since",
    "six",      "sixty",      "so",        "than",     "that",      "the",      "their",
    "them",     "then",       "there",     "these",    "they",      "thirty",   "this",
    "those",    "thousand",   "three",     "through",  "to",        "told",     "toward",
    "towards",  "trillion",   "twelve",    "twenty",   "two",       "under",    "until",
    "up",       "upon",       "via",       "was",      "we",        "were",     "what",
    "when",     "where",      "which",     "while",    "who",       "whom",     "whose",
    "will",     "with",       "within",    "without",  "would",     "yet",      "you",
    "your",     "zero"});
static_assert(std::ranges::is_sorted(stop_words));

constexpr auto auxiliaries = std::to_array<std::string_view>(
    {"are", "be", "been", "being", "had", "has", "have", "is", "was", "were", "will", "would"});
static_assert(std::ranges::is_sorted(auxiliaries));

// Irregular past participles that complete "have been ..." (regular ones end in -ed).
constexpr auto irregular_participles = std::to_array<std::string_view>({
    "beaten", "born",   "brought", "built", "caught", "cut",   "driven", "fled",
    "found",  "given",  "held",    "hit",   "hurt",   "kept",  "left",   "lost",
    "made",   "paid",   "put",     "seen",  "sent",   "shot",  "slain",  "sold",
    "spent",  "stolen", "struck",  "taken", "thrown", "won"});
static_assert(std::ranges::is_sorted(irregular_participles));

constexpr auto determiners_after_of = std::to_array<std::string_view>(
    {"her", "his", "its", "our", "the", "their", "these", "those"});
static_assert(std::ranges::is_sorted(determiners_after_of));

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_participle(std::string_view lower_word) {
  return (lower_word.size() > 3 && ends_with(lower_word, "ed")) ||
         in(irregular_participles, lower_word);
}

struct word {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The word starting at `at` (letters, digits, bytes >= 0x80, inner hyphens and apostrophes).
word word_at(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size()) {
    if (is_word_byte(text[end])) {
      ++end;
    } else if ((text[end] == '-' || text[end] == '\'') && end > at && end + 1 < text.size() &&
               is_word_byte(text[end + 1])) {
      ++end;
    } else {
      break;
    }
  }
  return {at, end};
}

// Blanks inside one line separate words of one phrase; a line break ends the phrase (headlines,
// list items and captions are separate lines).
std::size_t skip_gap(std::string_view text, std::size_t at) {
  std::size_t i = at;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  return i;
}

}  // namespace

std::string lemmatize(std::string_view word_text) {
  std::string w = lower(word_text);
  struct irregular {
    std::string_view plural;
    std::string_view singular;
  };
  static constexpr std::array<irregular, 14> irregulars = {{{"children", "child"},
                                                            {"crises", "crisis"},
                                                            {"feet", "foot"},
                                                            {"geese", "goose"},
                                                            {"knives", "knife"},
                                                            {"lives", "life"},
                                                            {"men", "man"},
                                                            {"mice", "mouse"},
                                                            {"people", "person"},
                                                            {"persons", "person"},
                                                            {"teeth", "tooth"},
                                                            {"wives", "wife"},
                                                            {"women", "woman"},
                                                            {"thieves", "thief"}}};
  for (const auto& entry : irregulars) {
    if (w == entry.plural) return std::string(entry.singular);
    // "servicemen" -> "serviceman", "policewomen" -> "policewoman"
    if ((entry.plural == "men" || entry.plural == "women") && w.size() > entry.plural.size() &&
        ends_with(w, entry.plural)) {
      return w.substr(0, w.size() - 2) + "an";
    }
  }
  if (w.size() > 4 && ends_with(w, "ies")) return w.substr(0, w.size() - 3) + "y";
  if (w.size() > 4 && (ends_with(w, "sses") || ends_with(w, "xes") || ends_with(w, "ches") ||
                       ends_with(w, "shes") || ends_with(w, "zzes"))) {
    return w.substr(0, w.size() - 2);
  }
  if (w.size() > 3 && ends_with(w, "s") && !ends_with(w, "ss") && !ends_with(w, "us") &&
      !ends_with(w, "is") && !ends_with(w, "'s")) {
    return w.substr(0, w.size() - 1);
  }
  return w;
}

counted_noun find_counted_noun(std::string_view text, std::size_t from) {
  counted_noun result;
  if (from >= text.size()) return result;

  // "a 40-mile convoy", "a 30-year-old": the unit is glued to the figure by a hyphen.
  if (text[from] == '-' && from + 1 < text.size() && is_word_byte(text[from + 1]) &&
      !is_digit(text[from + 1])) {
    std::size_t end = from + 1;
    while (end < text.size() && is_word_byte(text[end])) ++end;
    const auto unit = text.substr(from + 1, end - from - 1);
    result.span = {static_cast<std::uint32_t>(from + 1), static_cast<std::uint32_t>(end)};
    result.phrase = std::string(unit);
    result.lemma = lemmatize(unit);
    return result;
  }

  std::size_t at = skip_gap(text, from);
  if (at == from) return result;  // punctuation right after the figure: no noun phrase

  // "tens of thousands of troops", "45% of the voters"
  {
    const word w = word_at(text, at);
    if (lower(text.substr(w.begin, w.end - w.begin)) == "of") {
      std::size_t next = skip_gap(text, w.end);
      if (next == w.end || next >= text.size()) return result;
      const word d = word_at(text, next);
      if (in(determiners_after_of, lower(text.substr(d.begin, d.end - d.begin)))) {
        const std::size_t after = skip_gap(text, d.end);
        if (after == d.end) return result;
        next = after;
      }
      at = next;
    }
  }

  constexpr int max_nouns = 4;
  int nouns = 0;
  std::size_t phrase_begin = at;
  std::size_t phrase_end = at;
  std::string_view head;
  while (at < text.size() && nouns < max_nouns) {
    const word w = word_at(text, at);
    if (w.end == w.begin || is_digit(text[w.begin])) break;
    const std::string_view raw = text.substr(w.begin, w.end - w.begin);
    const std::string lw = lower(raw);
    if (nouns > 0 && in(auxiliaries, lw)) {
      // "people have been killed": keep the verb group only when a participle completes it.
      std::size_t look = w.end;
      bool done = false;
      for (int step = 0; step < 3 && !done; ++step) {
        const std::size_t next = skip_gap(text, look);
        if (next == look || next >= text.size()) break;
        const word v = word_at(text, next);
        if (v.end == v.begin) break;
        const std::string lv = lower(text.substr(v.begin, v.end - v.begin));
        if (is_participle(lv)) {
          phrase_end = v.end;
          done = true;
        } else if (in(auxiliaries, lv)) {
          look = v.end;
        } else {
          break;
        }
      }
      break;
    }
    if (in(stop_words, lw)) break;
    if (nouns > 0 && ends_with(lw, "ing")) break;
    if (nouns > 0 && is_participle(lw)) {
      phrase_end = w.end;  // "14,000 people killed"
      break;
    }
    head = raw;
    phrase_end = w.end;
    ++nouns;
    // Only a plain space continues the phrase; punctuation ends it.
    const std::size_t next = skip_gap(text, w.end);
    if (next == w.end) break;
    at = next;
  }
  if (nouns == 0) return result;
  result.span = {static_cast<std::uint32_t>(phrase_begin), static_cast<std::uint32_t>(phrase_end)};
  // Collapse inner line breaks and runs of blanks.
  bool blank = false;
  for (char c : text.substr(phrase_begin, phrase_end - phrase_begin)) {
    const bool is_blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (is_blank) {
      blank = true;
      continue;
    }
    if (blank) result.phrase.push_back(' ');
    blank = false;
    result.phrase.push_back(c);
  }
  std::string_view head_word = head;
  // "Kyiv's" is a possessor, not a count; strip a possessive on the head anyway.
  if (ends_with(head_word, "'s")) head_word.remove_suffix(2);
  result.lemma = lemmatize(head_word);
  return result;
}

}  // namespace factcheck::grammar::detail
