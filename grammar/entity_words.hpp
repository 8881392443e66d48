#pragma once
// entity_words: what the two hand-written entity scanners share (grammar/entities.cpp for names
// with titles, grammar/quotations.cpp for quotations and their speakers): the word splitter, the
// word lists and the capitalization tests. Internal to grammar/; no X3.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/entities.hpp"
#include "text/char_class.hpp"

namespace factcheck::grammar::entity {

using u32 = std::uint32_t;
using text::is_ascii_alnum;
using text::is_ascii_digit;
using text::is_ascii_lower;
using text::is_ascii_upper;
using text::is_blank;
using text::to_lower_ascii;

template <std::size_t N>
bool in_list(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// --- word lists -----------------------------------------------------------------------------

// Capitalized words that are not names: function words that start sentences, weekdays,
// months, and page furniture.
constexpr std::string_view common_words[] = {
    "a",         "an",        "the",      "on",          "in",        "at",        "of",
    "for",       "to",        "by",       "from",        "with",      "without",   "into",
    "over",      "under",     "after",    "before",      "during",    "since",     "until",
    "while",     "when",      "where",    "why",         "how",       "what",      "who",
    "whom",      "whose",     "which",    "that",        "this",      "these",     "those",
    "there",     "here",      "it",       "its",         "he",        "she",       "they",
    "we",        "i",         "you",      "his",         "her",       "their",     "our",
    "my",        "your",      "him",      "them",        "but",       "and",       "or",
    "nor",       "so",        "yet",      "if",          "as",        "also",      "however",
    "meanwhile", "similarly", "moreover", "furthermore", "instead",   "still",     "even",
    "only",      "just",      "now",      "then",        "today",     "yesterday", "tomorrow",
    "last",      "next",      "earlier",  "later",       "according", "some",      "many",
    "most",      "all",       "each",     "every",       "no",        "not",       "both",
    "either",    "neither",   "another",  "other",       "such",      "more",      "less",
    "several",   "few",       "one",      "two",         "three",     "four",      "five",
    "six",       "seven",     "eight",    "nine",        "ten",       "first",     "second",
    "third",     "former",    "new",      "key",         "read",      "show",      "leave",
    "get",       "please",    "speaking", "citing",      "is",        "are",       "was",
    "were",      "will",      "would",    "can",         "could",     "should",    "may",
    "might",     "must",      "do",       "does",        "did",       "has",       "have",
    "had",       "monday",    "tuesday",  "wednesday",   "thursday",  "friday",    "saturday",
    "sunday",    "january",   "february", "march",       "april",     "june",      "july",
    "august",    "september", "october",  "november",    "december",  "image",     "source",
    "photo",     "related"};

// Words that end a title: "Minister", "spokesman", "Mr.".
constexpr std::string_view title_heads[] = {"president",
                                            "president-elect",
                                            "minister",
                                            "secretary",
                                            "chancellor",
                                            "spokesman",
                                            "spokeswoman",
                                            "spokesperson",
                                            "ambassador",
                                            "senator",
                                            "governor",
                                            "mayor",
                                            "king",
                                            "queen",
                                            "prince",
                                            "princess",
                                            "pope",
                                            "chairman",
                                            "chairwoman",
                                            "chair",
                                            "director",
                                            "envoy",
                                            "commander",
                                            "admiral",
                                            "colonel",
                                            "captain",
                                            "sergeant",
                                            "adviser",
                                            "advisor",
                                            "aide",
                                            "representative",
                                            "attorney",
                                            "judge",
                                            "premier",
                                            "speaker",
                                            "leader",
                                            "chief",
                                            "commissioner",
                                            "general",
                                            "mr.",
                                            "mrs.",
                                            "ms.",
                                            "dr.",
                                            "gen.",
                                            "sen.",
                                            "rep.",
                                            "gov.",
                                            "lt.",
                                            "col.",
                                            "prof.",
                                            "sgt.",
                                            "capt."};

// Words that qualify a title: "Defense", "Prime", "Vice", "Foreign".
constexpr std::string_view title_modifiers[] = {
    "foreign",  "defense",  "defence", "prime", "vice",   "deputy",  "assistant",  "interior",
    "finance",  "home",     "economy", "trade", "health", "justice", "treasury",   "energy",
    "security", "national", "high",    "press", "acting", "under",   "lieutenant", "chief"};

// Words after which "of" continues a name: "Bank of England", "Ministry of Defence".
constexpr std::string_view institutions[] = {
    "ministry",    "department",  "bank",         "university",   "republic", "kingdom",
    "council",     "court",       "institute",    "house",        "office",   "union",
    "sea",         "gulf",        "bay",          "isle",         "city",     "state",
    "states",      "commission",  "college",      "museum",       "church",   "cathedral",
    "academy",     "board",       "duke",         "duchess",      "earl",     "people's",
    "federation",  "association", "organization", "organisation", "agency",   "school",
    "hospital",    "party",       "army",         "navy",         "corps",    "chamber",
    "secretariat", "embassy",     "consulate",    "province",     "region",   "district"};

constexpr std::string_view particles[] = {"al",  "al-",   "el",  "bin", "ibn", "abu", "von", "van",
                                          "der", "den",   "de",  "da",  "di",  "du",  "la",  "le",
                                          "del", "della", "dos", "das", "ter", "zu",  "y",   "ben"};

constexpr std::string_view speech_verbs[] = {
    "said",       "says",      "say",        "saying",       "told",      "tells",      "tell",
    "telling",    "wrote",     "writes",     "write",        "writing",   "added",      "adds",
    "adding",     "stated",    "states",     "stating",      "continued", "continues",  "warned",
    "warns",      "warning",   "insisted",   "insists",      "explained", "explains",   "noted",
    "notes",      "declared",  "declares",   "announced",    "announces", "argued",     "argues",
    "asked",      "asks",      "replied",    "replies",      "responded", "responds",   "remarked",
    "claimed",    "claims",    "urged",      "urges",        "called",    "calls",      "condemned",
    "condemns",   "described", "describes",  "tweeted",      "posted",    "commented",  "stressed",
    "stresses",   "suggested", "suggests",   "acknowledged", "admitted",  "reiterated", "pledged",
    "pledges",    "promised",  "vowed",      "vows",         "according", "quoted",     "insisting",
    "explaining", "stressing", "emphasized", "emphasised",   "cautioned", "predicted",  "recalled",
    "conceded",   "affirmed",  "confirmed",  "denied",       "mused",     "shouted",    "repeated",
    "repeats",    "assured",   "pledging"};

constexpr std::string_view pronouns[] = {"he", "she", "they", "we", "i", "it"};

// --- words ----------------------------------------------------------------------------------

struct word {
  u32 begin = 0;
  u32 end = 0;       // without a possessive ending
  u32 full_end = 0;  // with it
  std::string lower;
  bool cap = false;
  bool possessive = false;
  bool joined = false;          // separated from the previous word by spaces only (no break)
  bool sentence_start = false;  // nothing but sentence punctuation, bullets, quotes before
  bool all_caps = false;
};

std::size_t punct_len(std::string_view s, std::size_t i);
std::size_t word_char_len(std::string_view s, std::size_t i);
bool word_at(std::string_view s, std::size_t i);
bool upper_at(std::string_view s, std::size_t i);
bool is_title_head(std::string_view lower);
bool is_title_modifier(std::string_view lower);
bool is_title_word(std::string_view lower);
bool abbreviation_with_dot(std::string_view lower);
std::vector<word> split_words(std::string_view s);
bool is_common(const word& w);
bool name_word(const word& w);
bool title_case_block(std::string_view s, const std::vector<word>& words);
bool followed_by_speech(const std::vector<word>& words, std::size_t last);
void emit_chunk(std::string_view s, const std::vector<word>& words, std::size_t b, std::size_t e,
                std::vector<name_mention>& out);

}  // namespace factcheck::grammar::entity
