#include "grammar/quantity_noun.hpp"

#include "text/char_class.hpp"
#include "text/ascii.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

using factcheck::text::to_lower_ascii;

namespace factcheck::grammar::detail {
namespace {

using text::is_ascii_digit;
using text::is_word_byte;


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

// Plural-looking words end the noun phrase: the counted noun is its head ("Russian troops",
// "metres overnight" -> "metres"). Without a plural, the phrase is its first word ("one soldier").
bool looks_plural(std::string_view lower_word) {
  static constexpr auto irregular_plurals = std::to_array<std::string_view>(
      {"cattle", "children", "feet", "geese", "livestock", "men", "mice", "people", "personnel",
       "staff", "teeth", "women"});
  static_assert(std::ranges::is_sorted(irregular_plurals));
  if (in(irregular_plurals, lower_word)) return true;
  if (lower_word.size() > 5 && (ends_with(lower_word, "men"))) return true;  // servicemen
  return lower_word.size() > 3 && ends_with(lower_word, "s") && !ends_with(lower_word, "ss") &&
         !ends_with(lower_word, "'s") && !ends_with(lower_word, "us") &&
         !ends_with(lower_word, "is");
}

bool is_participle(std::string_view lower_word) {
  return (lower_word.size() > 3 && ends_with(lower_word, "ed")) ||
         in(irregular_participles, lower_word);
}

struct word {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// UTF-8 punctuation and symbols (C2 xx, E2 80-82 xx): quotes, dashes, NBSP, currency signs.
bool punct_at(std::string_view text, std::size_t at) {
  const auto b0 = static_cast<unsigned char>(text[at]);
  if (b0 == 0xC2) return true;
  if (b0 == 0xE2 && at + 1 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[at + 1]);
    return b1 == 0x80 || b1 == 0x81 || b1 == 0x82;
  }
  return false;
}

bool apostrophe_at(std::string_view text, std::size_t at) {
  return text[at] == '\'' || text.substr(at, 3) == "\xE2\x80\x99";
}

// The word starting at `at`: letters, digits, UTF-8 letters, inner hyphens and apostrophes.
word word_at(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size()) {
    if (is_word_byte(text[end]) && !punct_at(text, end)) {
      ++end;
      while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    } else if (end > at && (text[end] == '-' || apostrophe_at(text, end))) {
      const std::size_t next = end + (text[end] == '-' || text[end] == '\'' ? 1 : 3);
      if (next < text.size() && is_word_byte(text[next]) && !punct_at(text, next)) {
        end = next;
      } else {
        break;
      }
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

// The verb group that says what happened to the counted things: "killed", "have been killed",
// "were wounded". Returns `head_end` when none follows.
std::size_t participle_group_end(std::string_view text, std::size_t head_end) {
  std::size_t look = head_end;
  for (int step = 0; step < 4; ++step) {
    const std::size_t next = skip_gap(text, look);
    if (next == look || next >= text.size()) break;
    const word v = word_at(text, next);
    if (v.end == v.begin) break;
    const std::string lv = to_lower_ascii(text.substr(v.begin, v.end - v.begin));
    if (is_participle(lv)) return v.end;
    if (!in(auxiliaries, lv)) break;
    look = v.end;
  }
  return head_end;
}

}  // namespace

std::string lemmatize(std::string_view word_text) {
  std::string w = to_lower_ascii(word_text);
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

counted_noun find_counted_noun(std::string_view text, std::size_t from, bool singular_ok) {
  counted_noun result;
  if (from >= text.size()) return result;

  // "a 40-mile convoy", "a 30-year-old": the unit is glued to the figure by a hyphen.
  if (text[from] == '-' && from + 1 < text.size() && is_word_byte(text[from + 1]) &&
      !is_ascii_digit(text[from + 1])) {
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
    if (to_lower_ascii(text.substr(w.begin, w.end - w.begin)) == "of") {
      std::size_t next = skip_gap(text, w.end);
      if (next == w.end || next >= text.size()) return result;
      const word d = word_at(text, next);
      if (in(determiners_after_of, to_lower_ascii(text.substr(d.begin, d.end - d.begin)))) {
        const std::size_t after = skip_gap(text, d.end);
        if (after == d.end) return result;
        next = after;
      }
      at = next;
    }
  }

  // Candidate words: up to four, ending at function words, numbers, punctuation and verbs.
  constexpr std::size_t max_words = 4;
  std::array<word, max_words> words{};
  std::size_t count = 0;
  while (at < text.size() && count < max_words) {
    const word w = word_at(text, at);
    if (w.end == w.begin || is_ascii_digit(text[w.begin])) break;
    const std::string lw = to_lower_ascii(text.substr(w.begin, w.end - w.begin));
    if (in(stop_words, lw)) break;
    if (count > 0 && (ends_with(lw, "ing") || is_participle(lw))) break;
    words[count++] = w;
    if (looks_plural(lw)) break;  // the plural is the head: "Russian troops"
    const std::size_t next = skip_gap(text, w.end);
    if (next == w.end) break;  // punctuation ends the phrase
    at = next;
  }
  if (count == 0) return result;
  // Without a plural head the phrase is its first word ("one soldier", "$4bn aid package").
  const word& last_word = words[count - 1];
  const bool plural_head =
      looks_plural(to_lower_ascii(text.substr(last_word.begin, last_word.end - last_word.begin)));
  if (!plural_head && !singular_ok) return result;
  const word head_word_span = plural_head ? last_word : words[0];
  const std::size_t phrase_begin = words[0].begin;
  const std::size_t phrase_end = participle_group_end(text, head_word_span.end);
  const std::string_view head =
      text.substr(head_word_span.begin, head_word_span.end - head_word_span.begin);
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
  if (ends_with(head_word, "\xE2\x80\x99s")) head_word.remove_suffix(4);
  result.lemma = lemmatize(head_word);
  return result;
}

}  // namespace factcheck::grammar::detail
