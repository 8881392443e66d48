#include "grammar/entities.hpp"

// A hand-written scanner rather than X3 (see the header): names are decided by the
// capitalization of the word and of its neighbours, and quotation marks by the characters on
// either side, both one-pass tests with a one-word window. Everything here is linear in the
// input: each word and each mark is looked at a bounded number of times.

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

namespace factcheck::grammar {
namespace {

using u32 = std::uint32_t;

// --- characters -----------------------------------------------------------------------------

bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool ascii_alnum(unsigned char c) { return ascii_upper(c) || ascii_lower(c) || ascii_digit(c); }

// Length of a UTF-8 punctuation character at i (quotes, dashes, bullets, NBSP, « »), or 0.
std::size_t punct_len(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) return 3;
  if (c == 0xC2 && i + 1 < s.size()) return 2;
  return 0;
}

// A byte that belongs to a word: ASCII letters and digits, and non-ASCII characters other
// than the punctuation above.
std::size_t word_char_len(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return ascii_alnum(c) ? 1 : 0;
  if (punct_len(s, i) != 0) return 0;
  if (c < 0xC0) return 1;  // stray continuation byte: keep it inside the word
  std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  return std::min(n, s.size() - i);
}

bool word_at(std::string_view s, std::size_t i) { return i < s.size() && word_char_len(s, i) != 0; }

bool upper_at(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (ascii_upper(c)) return true;
  if (i + 1 >= s.size()) return false;
  const auto d = static_cast<unsigned char>(s[i + 1]);
  if (c == 0xC3) return d >= 0x80 && d <= 0x9E && d != 0x97;            // À..Þ
  if (c == 0xC4 || c == 0xC5) return ((((c & 0x1Fu) << 6) | (d & 0x3Fu)) % 2) == 0;  // Ā, Č, Ł...
  if (c == 0xD0) return d >= 0x80 && d <= 0xAF;                         // Cyrillic А..Я, Ѐ..Џ
  return false;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& ch : out) {
    if (ascii_upper(static_cast<unsigned char>(ch))) ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

template <std::size_t N>
bool in_list(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// --- word lists -----------------------------------------------------------------------------

// Capitalized words that are not names: function words that start sentences, weekdays,
// months, and page furniture.
constexpr std::string_view common_words[] = {
    "a", "an", "the", "on", "in", "at", "of", "for", "to", "by", "from", "with", "without",
    "into", "over", "under", "after", "before", "during", "since", "until", "while", "when",
    "where", "why", "how", "what", "who", "whom", "whose", "which", "that", "this", "these",
    "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
    "their", "our", "my", "your", "him", "them", "but", "and", "or", "nor", "so", "yet", "if",
    "as", "also", "however", "meanwhile", "similarly", "moreover", "furthermore", "instead",
    "still", "even", "only", "just", "now", "then", "today", "yesterday", "tomorrow", "last",
    "next", "earlier", "later", "according", "some", "many", "most", "all", "each", "every",
    "no", "not", "both", "either", "neither", "another", "other", "such", "more", "less",
    "several", "few", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "first", "second", "third", "former", "new", "key", "read", "show", "leave", "get",
    "please", "speaking", "citing", "is", "are", "was", "were", "will", "would", "can",
    "could", "should", "may", "might", "must", "do", "does", "did", "has", "have", "had",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "image", "source", "photo", "related"};

// Words that end a title: "Minister", "spokesman", "Mr.".
constexpr std::string_view title_heads[] = {
    "president", "president-elect", "minister", "secretary", "chancellor", "spokesman",
    "spokeswoman", "spokesperson", "ambassador", "senator", "governor", "mayor", "king",
    "queen", "prince", "princess", "pope", "chairman", "chairwoman", "chair", "director",
    "envoy", "commander", "admiral", "colonel", "captain", "sergeant", "adviser", "advisor",
    "aide", "representative", "attorney", "judge", "premier", "speaker", "leader", "chief",
    "commissioner", "general", "mr.", "mrs.", "ms.", "dr.", "gen.", "sen.", "rep.", "gov.",
    "lt.", "col.", "prof.", "sgt.", "capt."};

// Words that qualify a title: "Defense", "Prime", "Vice", "Foreign".
constexpr std::string_view title_modifiers[] = {
    "foreign", "defense", "defence", "prime", "vice", "deputy", "assistant", "interior",
    "finance", "home", "economy", "trade", "health", "justice", "treasury", "energy",
    "security", "national", "high", "press", "acting", "under", "lieutenant", "chief"};

// Words after which "of" continues a name: "Bank of England", "Ministry of Defence".
constexpr std::string_view institutions[] = {
    "ministry", "department", "bank", "university", "republic", "kingdom", "council", "court",
    "institute", "house", "office", "union", "sea", "gulf", "bay", "isle", "city", "state",
    "states", "commission", "college", "museum", "church", "cathedral", "academy", "board",
    "duke", "duchess", "earl", "people's", "federation", "association", "organization",
    "organisation", "agency", "school", "hospital", "party", "army", "navy", "corps",
    "chamber", "secretariat", "embassy", "consulate", "province", "region", "district"};

constexpr std::string_view particles[] = {
    "al", "al-", "el", "bin", "ibn", "abu", "von", "van", "der", "den", "de", "da", "di",
    "du", "la", "le", "del", "della", "dos", "das", "ter", "zu", "y", "ben"};

constexpr std::string_view speech_verbs[] = {
    "said", "says", "say", "saying", "told", "tells", "tell", "telling", "wrote", "writes",
    "write", "writing", "added", "adds", "adding", "stated", "states", "stating", "continued",
    "continues", "warned", "warns", "warning", "insisted", "insists", "explained", "explains",
    "noted", "notes", "declared", "declares", "announced", "announces", "argued", "argues",
    "asked", "asks", "replied", "replies", "responded", "responds", "remarked", "claimed",
    "claims", "urged", "urges", "called", "calls", "condemned", "condemns", "described",
    "describes", "tweeted", "posted", "commented", "stressed", "stresses", "suggested",
    "suggests", "acknowledged", "admitted", "reiterated", "pledged", "pledges", "promised",
    "vowed", "vows", "according", "quoted", "insisting", "explaining", "stressing",
    "emphasized", "emphasised", "cautioned", "predicted", "recalled", "conceded", "affirmed",
    "confirmed", "denied", "mused", "shouted", "repeated", "repeats", "assured", "pledging"};

constexpr std::string_view pronouns[] = {"he", "she", "they", "we", "i", "it"};

bool is_title_head(std::string_view lower) { return in_list(title_heads, lower); }
bool is_title_modifier(std::string_view lower) { return in_list(title_modifiers, lower); }
bool is_title_word(std::string_view lower) { return is_title_head(lower) || is_title_modifier(lower); }

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

bool abbreviation_with_dot(std::string_view lower) {
  static constexpr std::string_view list[] = {
      "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "prof", "sgt", "capt",
      "st", "jr", "sr"};
  return in_list(list, lower);
}

std::vector<word> split_words(std::string_view s) {
  std::vector<word> words;
  std::size_t i = 0;
  bool pending_sentence_start = true;
  bool pending_break = false;
  while (i < s.size()) {
    if (!word_at(s, i)) {
      const auto c = static_cast<unsigned char>(s[i]);
      const std::size_t p = punct_len(s, i);
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\n') {
        pending_sentence_start = true;
      }
      if (p == 3) {
        const auto d = static_cast<unsigned char>(s[i + 2]);
        // “ ‘ „ and bullets start a new sentence-like unit; ” ’ do not.
        if (d == 0x9C || d == 0x98 || d == 0x9E || d == 0xA2) pending_sentence_start = true;
      }
      if (c == '"') {
        const bool opening = i + 1 < s.size() && !is_space(s[i + 1]) && (i == 0 || is_space(s[i - 1]));
        if (opening) pending_sentence_start = true;
      }
      if (c != ' ') pending_break = true;
      i += p != 0 ? p : 1;
      continue;
    }
    word w;
    w.begin = static_cast<u32>(i);
    std::size_t j = i;
    while (j < s.size()) {
      const std::size_t n = word_char_len(s, j);
      if (n != 0) {
        j += n;
        continue;
      }
      // Internal hyphen and apostrophes: al-Hajraf, Russia's, O’Brien.
      if (s[j] == '-' && word_at(s, j + 1)) {
        ++j;
        continue;
      }
      if (s[j] == '\'' && word_at(s, j + 1)) {
        ++j;
        continue;
      }
      if (s.compare(j, 3, "\xE2\x80\x99") == 0 && word_at(s, j + 3)) {
        j += 3;
        continue;
      }
      break;
    }
    std::string_view text = s.substr(i, j - i);
    // U.S., U.K., initials and abbreviations keep their dot.
    if (j < s.size() && s[j] == '.') {
      const bool single_letter = text.size() == 1 && ascii_upper(static_cast<unsigned char>(text[0]));
      if (single_letter) {
        ++j;
        while (j + 1 < s.size() && ascii_upper(static_cast<unsigned char>(s[j])) && s[j + 1] == '.') j += 2;
      } else if (abbreviation_with_dot(lower_ascii(text))) {
        ++j;
      }
    }
    w.full_end = static_cast<u32>(j);
    w.end = w.full_end;
    text = s.substr(i, j - i);
    if (text.size() > 2 && (text.ends_with("'s") || text.ends_with("'S"))) {
      w.end -= 2;
      w.possessive = true;
    } else if (text.size() > 4 && text.ends_with("\xE2\x80\x99s")) {
      w.end -= 4;
      w.possessive = true;
    }
    w.lower = lower_ascii(s.substr(w.begin, w.end - w.begin));
    w.cap = upper_at(s, i);
    bool caps = true;
    for (char ch : s.substr(w.begin, w.end - w.begin)) {
      if (ascii_lower(static_cast<unsigned char>(ch))) caps = false;
    }
    w.all_caps = caps && w.cap;
    w.joined = !words.empty() && !pending_break;
    w.sentence_start = pending_sentence_start;
    // A word ending in a period that is not an abbreviation ends the sentence.
    pending_sentence_start = false;
    pending_break = false;
    words.push_back(std::move(w));
    i = j;
  }
  return words;
}

bool is_common(const word& w) {
  if (w.all_caps && w.lower.size() > 1) return false;  // "US", "NATO", "IT" are names
  return in_list(common_words, w.lower);
}

bool name_word(const word& w) { return w.cap && !is_common(w); }

// Headlines in title case: capitalization says nothing there. A title-case line has at least
// four words, no lower-case word longer than three letters ("of", "and", "to" stay small), and
// does not end like a sentence.
bool title_case_block(std::string_view s, const std::vector<word>& words) {
  if (words.size() < 4) return false;
  for (const auto& w : words) {
    if (!w.cap && w.end - w.begin > 3 && !ascii_digit(static_cast<unsigned char>(w.lower[0]))) return false;
  }
  std::size_t end = s.size();
  while (end > 0 && (is_space(s[end - 1]) || s[end - 1] == '"')) --end;
  if (end >= 3 && s.compare(end - 3, 3, "\xE2\x80\x9D") == 0) end -= 3;
  return end == 0 || (s[end - 1] != '.' && s[end - 1] != '!' && s[end - 1] != '?');
}

bool followed_by_speech(const std::vector<word>& words, std::size_t last) {
  for (std::size_t k = last + 1; k < words.size() && k <= last + 3; ++k) {
    if (!words[k].joined) return false;
    if (is_speech_verb(words[k].lower)) return true;
    if (words[k].cap) return false;
  }
  return false;
}

// Splits a run of words [b, e) into title and name, and records the mention.
void emit_chunk(std::string_view s, const std::vector<word>& words, std::size_t b, std::size_t e,
                std::vector<name_mention>& out) {
  while (e > b && !words[e - 1].cap) --e;  // trailing particles or lower-case titles
  while (b < e && !words[b].cap && !is_title_word(words[b].lower)) ++b;
  if (b >= e) return;
  // qualifiers, then title words (with "of X", "for X"), then the name.
  std::size_t i = b;
  while (i < e && !is_title_word(words[i].lower) && i - b < 3) ++i;
  std::size_t title_begin = i;
  std::optional<std::size_t> title_end;
  bool has_head = false;
  while (i < e) {
    const std::string& lw = words[i].lower;
    if (is_title_word(lw)) {
      has_head = has_head || is_title_head(lw);
      title_end = i + 1;
      ++i;
      continue;
    }
    if ((lw == "of" || lw == "for") && title_end && *title_end == i && i + 1 < e) {
      std::size_t k = i + 1;
      if (words[k].lower == "the" && k + 1 < e) ++k;
      if (k + 1 < e && words[k].cap) {  // the department, and a name must follow
        title_end = k + 1;
        i = k + 1;
        continue;
      }
    }
    break;
  }
  if (!has_head || !title_end || *title_end >= e || title_begin == b + 3) {
    // No title: the whole run is a name (qualifiers that are not titles are name words).
    while (b < e && !words[b].cap) ++b;
    name_mention m;
    m.span = {words[b].begin, words[e - 1].end};
    m.sentence_start = words[b].sentence_start;
    m.speaks = followed_by_speech(words, e - 1);
    if (!has_head || !title_end) out.push_back(std::move(m));
    return;
  }
  std::size_t name_begin = *title_end;
  while (name_begin < e && !words[name_begin].cap) ++name_begin;
  if (name_begin >= e) return;
  name_mention m;
  m.span = {words[name_begin].begin, words[e - 1].end};
  m.title_span = {words[b].begin, words[*title_end - 1].end};
  m.title = std::string(m.title_span.of(s));
  m.sentence_start = words[name_begin].sentence_start;
  m.speaks = followed_by_speech(words, e - 1);
  out.push_back(std::move(m));
}

// --- quotation marks ------------------------------------------------------------------------

enum class mark_kind { none, apostrophe, dq_open, dq_close, dq_straight, sq_open, sq_close, sq_either };

struct mark {
  u32 begin = 0;
  u32 end = 0;
  mark_kind kind = mark_kind::none;
};

bool opening_context(std::string_view s, std::size_t before) {
  if (before == 0) return true;
  const auto c = static_cast<unsigned char>(s[before - 1]);
  if (is_space(static_cast<char>(c)) || c == '(' || c == '[' || c == '{' || c == '-' || c == '/') return true;
  // after a dash, an opening double quote or a bullet
  if (before >= 3 && static_cast<unsigned char>(s[before - 3]) == 0xE2 &&
      static_cast<unsigned char>(s[before - 2]) == 0x80) {
    const auto d = static_cast<unsigned char>(s[before - 1]);
    return d == 0x93 || d == 0x94 || d == 0x9C || d == 0xA2 || d == 0x98;
  }
  return false;
}

bool closing_context(std::string_view s, std::size_t after) {
  if (after >= s.size()) return true;
  const auto c = static_cast<unsigned char>(s[after]);
  if (is_space(static_cast<char>(c))) return true;
  if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
      c == ']' || c == '-' || c == '"' || c == '\'') {
    return true;
  }
  return punct_len(s, after) != 0;
}

bool elision_after(std::string_view s, std::size_t after) {
  // '90s, 'em, 'til, 'cause, rock 'n' roll
  if (after + 1 < s.size() && ascii_digit(static_cast<unsigned char>(s[after])) &&
      ascii_digit(static_cast<unsigned char>(s[after + 1]))) {
    return true;
  }
  static constexpr std::string_view elisions[] = {"em", "til", "cause", "tis", "twas", "n"};
  std::size_t j = after;
  while (j < s.size() && ascii_alnum(static_cast<unsigned char>(s[j]))) ++j;
  if (j == after) return false;
  const std::string w = lower_ascii(s.substr(after, j - after));
  return in_list(elisions, w) && (j >= s.size() || !word_at(s, j) || s[j] == '\'');
}

std::vector<mark> find_marks(std::string_view s) {
  std::vector<mark> marks;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    mark_kind kind = mark_kind::none;
    bool single = false;
    bool curly_close = false;
    if (c == '"') {
      len = 1;
      kind = mark_kind::dq_straight;
    } else if (c == '\'') {
      len = 1;
      single = true;
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      const auto d = static_cast<unsigned char>(s[i + 2]);
      len = 3;
      if (d == 0x9C || d == 0x9E) kind = mark_kind::dq_open;
      else if (d == 0x9D) kind = mark_kind::dq_close;
      else if (d == 0x98) kind = mark_kind::sq_open;
      else if (d == 0x99) {
        single = true;
        curly_close = true;
      } else len = 0;
    } else if (c == 0xC2 && i + 1 < s.size()) {
      const auto d = static_cast<unsigned char>(s[i + 1]);
      if (d == 0xAB) kind = mark_kind::dq_open, len = 2;
      if (d == 0xBB) kind = mark_kind::dq_close, len = 2;
    }
    if (len == 0) continue;
    const std::size_t after = i + len;
    if (single) {
      const bool letter_before = i > 0 && word_at(s, i - 1);
      const bool letter_after = word_at(s, after);
      if (letter_before && letter_after) kind = mark_kind::apostrophe;
      else if (opening_context(s, i) && elision_after(s, after)) kind = mark_kind::apostrophe;
      else if (opening_context(s, i) && letter_after && !curly_close) kind = mark_kind::sq_open;
      else if (opening_context(s, i) && letter_after) kind = mark_kind::sq_open;  // ’ misused
      else kind = mark_kind::sq_either;  // closing, or a plural possessive (allies')
      if (kind == mark_kind::sq_open && s.compare(after, 2, "n'") == 0) kind = mark_kind::apostrophe;
    } else if (kind == mark_kind::sq_open && elision_after(s, after)) {
      kind = mark_kind::apostrophe;
    }
    marks.push_back({static_cast<u32>(i), static_cast<u32>(after), kind});
    i = after - 1;
  }
  return marks;
}

// End of the sentence that contains `from`, within [from, limit).
// Bounded so that a paragraph without sentence ends (a 10 MB line) stays linear overall.
constexpr u32 max_sentence = 600;

u32 sentence_end(std::string_view s, u32 from, u32 limit) {
  limit = std::min(limit, from + max_sentence);
  for (u32 j = from + 1; j < limit; ++j) {
    const char c = s[j];
    if ((c == '.' || c == '!' || c == '?') && (j + 1 >= limit || is_space(s[j + 1]) || punct_len(s, j + 1) != 0)) {
      return j + 1;
    }
    if (c == '\n') return j;
  }
  return limit;
}

struct scan_result {
  std::vector<quotation> quotes;
  std::vector<quote_mark_problem> problems;
};

struct paragraph {
  u32 begin;
  u32 end;
};

std::vector<paragraph> paragraphs_of(std::string_view s) {
  std::vector<paragraph> out;
  u32 start = 0;
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] == '\n' && s[i + 1] == '\n') {
      if (i > start) out.push_back({start, static_cast<u32>(i)});
      while (i + 1 < s.size() && s[i + 1] == '\n') ++i;
      start = static_cast<u32>(i + 1);
    }
  }
  if (start < s.size()) out.push_back({start, static_cast<u32>(s.size())});
  return out;
}

// GCC 12 at -O2 reports std::optional<mark> members as maybe-uninitialized here although every
// member has an initializer (GCC bug 80635, a known false positive with std::optional).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
void scan_paragraph(std::string_view s, paragraph p, bool next_opens, scan_result& result) {
  const std::string_view part = s.substr(0, p.end);
  std::vector<mark> marks;
  for (auto m : find_marks(s.substr(p.begin, p.end - p.begin))) {
    m.begin += p.begin;
    m.end += p.begin;
    marks.push_back(m);
  }
  std::optional<mark> open_double;
  std::optional<mark> open_single;
  auto problem = [&](const mark& m, quote_problem_kind kind) {
    result.problems.push_back({{m.begin, sentence_end(part, m.begin, p.end)}, kind});
  };
  auto close_double = [&](const mark& open, u32 close_begin, u32 close_end, bool balanced) {
    quotation q;
    q.span = {open.begin, close_end};
    q.inner = {open.end, close_begin};
    q.balanced = balanced;
    result.quotes.push_back(std::move(q));
  };
  for (const auto& m : marks) {
    switch (m.kind) {
      case mark_kind::dq_open:
        if (open_double) {
          problem(m, quote_problem_kind::wrong_direction);
          close_double(*open_double, m.begin, m.end, true);
          open_double.reset();
          open_single.reset();
        } else {
          open_double = m;
        }
        break;
      case mark_kind::dq_close:
        if (open_double) {
          close_double(*open_double, m.begin, m.end, true);
          open_double.reset();
          open_single.reset();
        } else if (opening_context(s, m.begin) && word_at(s, m.end)) {
          problem(m, quote_problem_kind::wrong_direction);
          open_double = m;
        } else {
          problem(m, quote_problem_kind::unopened);
        }
        break;
      case mark_kind::dq_straight:
        if (open_double) {
          close_double(*open_double, m.begin, m.end, true);
          open_double.reset();
          open_single.reset();
        } else if (!opening_context(s, m.begin) && closing_context(s, m.end)) {
          problem(m, quote_problem_kind::unopened);
        } else {
          open_double = m;
        }
        break;
      case mark_kind::sq_open:
        if (!open_single) open_single = m;
        break;
      case mark_kind::sq_close:
      case mark_kind::sq_either:
        if (open_single) {
          if (!open_double) {
            quotation q;
            q.span = {open_single->begin, m.end};
            q.inner = {open_single->end, m.begin};
            q.single = true;
            result.quotes.push_back(std::move(q));
          }
          open_single.reset();
        }
        break;
      case mark_kind::none:
      case mark_kind::apostrophe:
        break;
    }
  }
  if (open_double) {
    if (!next_opens) problem(*open_double, quote_problem_kind::unclosed);
    close_double(*open_double, p.end, p.end, next_opens);
  }
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

scan_result scan(std::string_view s) {
  scan_result result;
  const auto paras = paragraphs_of(s);
  for (std::size_t k = 0; k < paras.size(); ++k) {
    const bool next_opens =
        k + 1 < paras.size() && opens_with_quote(s.substr(paras[k + 1].begin, paras[k + 1].end - paras[k + 1].begin));
    scan_paragraph(s, paras[k], next_opens, result);
  }
  std::sort(result.quotes.begin(), result.quotes.end(),
            [](const quotation& a, const quotation& b) { return a.span.begin < b.span.begin; });
  return result;
}

// --- attribution ----------------------------------------------------------------------------

struct attribution_context {
  std::string_view text;
  const std::vector<word>& words;
  const std::vector<name_mention>& names;
};

// The last name mention inside [from, to), or nullptr. Names are sorted by position.
const name_mention* last_name_in(const std::vector<name_mention>& names, u32 from, u32 to) {
  auto it = std::lower_bound(names.begin(), names.end(), to,
                             [](const name_mention& n, u32 at) { return n.span.begin < at; });
  while (it != names.begin()) {
    --it;
    if (it->span.begin < from) return nullptr;
    if (it->span.end <= to) return &*it;
  }
  return nullptr;
}

const name_mention* first_name_in(const std::vector<name_mention>& names, u32 from, u32 to) {
  auto it = std::lower_bound(names.begin(), names.end(), from,
                             [](const name_mention& n, u32 at) { return n.span.begin < at; });
  for (; it != names.end() && it->span.begin < to; ++it) {
    if (it->span.end <= to) return &*it;
  }
  return nullptr;
}

// Index of the first word that begins at or after `at`.
std::size_t word_from(const std::vector<word>& words, u32 at) {
  return static_cast<std::size_t>(
      std::lower_bound(words.begin(), words.end(), at, [](const word& w, u32 x) { return w.begin < x; }) -
      words.begin());
}

bool set_speaker(quotation& q, std::string_view text, text::byte_span span) {
  q.speaker = std::string(span.of(text));
  q.speaker_span = span;
  return true;
}

// "…,” Kuleba said", "…,” said Kuleba", "…,” he told reporters".
bool attribute_after(const attribution_context& c, quotation& q, u32 limit) {
  std::size_t k = word_from(c.words, q.span.end);
  const std::size_t first = k;
  for (; k < c.words.size() && k < first + 8 && c.words[k].begin < limit; ++k) {
    if (!is_speech_verb(c.words[k].lower)) continue;
    const u32 verb = c.words[k].begin;
    if (const auto* n = last_name_in(c.names, q.span.end, verb)) {
      // "the NATO leader said": a description, not a name.
      std::size_t at = first;
      while (at < k && c.words[at].begin < n->span.begin) ++at;
      const bool described = at > first && (c.words[at - 1].lower == "the" || c.words[at - 1].lower == "a");
      if (!described) return set_speaker(q, c.text, n->span);
      return false;
    }
    for (std::size_t j = first; j < k; ++j) {
      if (in_list(pronouns, c.words[j].lower)) return set_speaker(q, c.text, {c.words[j].begin, c.words[j].end});
    }
    if (k + 1 < c.words.size()) {
      if (const auto* n = first_name_in(c.names, c.words[k].full_end, limit);
          n != nullptr && n->span.begin <= c.words[k + 1].begin + 1) {
        return set_speaker(q, c.text, n->span);
      }
    }
    return false;
  }
  return false;
}

// "Kuleba wrote, “…”", "according to Peskov, “…”", "Biden told reporters that “…”": the
// speaker is the subject right before a speech verb (up to three words before it), or the
// name after "according to".
bool attribute_before(const attribution_context& c, quotation& q, u32 clause_begin) {
  const std::size_t first = word_from(c.words, clause_begin);
  std::optional<text::byte_span> found;
  for (std::size_t k = first; k < c.words.size() && c.words[k].end <= q.span.begin; ++k) {
    const word& v = c.words[k];
    if (!is_speech_verb(v.lower)) continue;
    if (v.lower == "according") {
      if (k + 1 < c.words.size() && c.words[k + 1].lower == "to") {
        if (const auto* n = first_name_in(c.names, v.full_end, q.span.begin);
            n != nullptr && k + 2 < c.words.size() && n->span.begin <= c.words[k + 2].begin) {
          found = n->span;
        }
      }
      continue;
    }
    // "X, visiting a shelter in Osk, repeated": after an appositive the subject is the first
    // name of the clause, not the nearest one.
    std::size_t before = v.begin;
    while (before > clause_begin && is_space(c.text[before - 1])) --before;
    if (before > clause_begin && c.text[before - 1] == ',') {
      if (const auto* n = first_name_in(c.names, clause_begin, v.begin)) {
        found = n->span;
        continue;
      }
    }
    const u32 window = k >= first + 3 ? c.words[k - 3].begin : clause_begin;
    if (const auto* n = last_name_in(c.names, std::max(window, clause_begin), v.begin)) {
      found = n->span;
      continue;
    }
    for (std::size_t j = k; j-- > first && j + 3 >= k;) {
      if (in_list(pronouns, c.words[j].lower)) {
        found = text::byte_span{c.words[j].begin, c.words[j].end};
        break;
      }
    }
  }
  if (!found) {
    // "Governor X, visiting a shelter, repeated her pledge: "…"": a colon introduces the
    // quotation of the sentence's subject, its first name (a titled one when there is one).
    std::size_t end = q.span.begin;
    while (end > clause_begin && is_space(c.text[end - 1])) --end;
    if (end > clause_begin && c.text[end - 1] == ':') {
      const name_mention* subject = nullptr;
      for (auto it = c.names.begin(); it != c.names.end(); ++it) {
        if (it->span.begin < clause_begin || it->span.end > end) continue;
        if (subject == nullptr) subject = &*it;
        if (!it->title.empty()) {
          subject = &*it;
          break;
        }
      }
      if (subject != nullptr) found = subject->span;
    }
  }
  if (!found) return false;
  return set_speaker(q, c.text, *found);
}

// Start of the sentence containing `at`, not before `floor`.
u32 sentence_begin(std::string_view s, u32 at, u32 floor) {
  floor = std::max(floor, at > max_sentence ? at - max_sentence : 0);
  for (u32 j = at; j > floor; --j) {
    const char c = s[j - 1];
    if (c == '\n') return j;
    if ((c == '.' || c == '!' || c == '?') && j < s.size() && is_space(s[j])) return j;
  }
  return floor;
}

void attribute(std::string_view s, std::vector<quotation>& quotes) {
  const auto words = split_words(s);
  const auto names = extract_names(s);
  const attribution_context c{s, words, names};
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    auto& q = quotes[i];
    const u32 next_quote = i + 1 < quotes.size() ? quotes[i + 1].span.begin : static_cast<u32>(s.size());
    const u32 after_limit = std::min(sentence_end(s, q.span.end > 0 ? q.span.end - 1 : 0, static_cast<u32>(s.size())), next_quote);
    if (attribute_after(c, q, after_limit)) continue;
    const u32 prev_end = i > 0 ? quotes[i - 1].span.end : 0;
    const u32 clause = sentence_begin(s, q.span.begin, prev_end);
    if (attribute_before(c, q, clause)) continue;
    // Same sentence as the previous quotation, or right after it: the same speaker.
    if (i > 0 && !quotes[i - 1].speaker.empty() && sentence_begin(s, q.span.begin, quotes[i - 1].span.begin) <= quotes[i - 1].span.begin) {
      q.speaker = quotes[i - 1].speaker;
      q.speaker_span = quotes[i - 1].speaker_span;
      continue;
    }
    if (i > 0 && !quotes[i - 1].speaker.empty()) {
      bool adjacent = true;
      for (u32 j = prev_end; j < q.span.begin; ++j) adjacent = adjacent && is_space(s[j]);
      if (adjacent) {
        q.speaker = quotes[i - 1].speaker;
        q.speaker_span = quotes[i - 1].speaker_span;
      }
    }
  }
}

}  // namespace

bool is_speech_verb(std::string_view lower_word) { return in_list(speech_verbs, lower_word); }

bool opens_with_quote(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (is_space(text[i]) || text[i] == '*' || text[i] == '-') {
      ++i;
    } else if (text.compare(i, 3, "\xE2\x80\xA2") == 0) {
      i += 3;
    } else {
      break;
    }
  }
  if (i >= text.size()) return false;
  if (text[i] == '"') return true;
  return text.compare(i, 3, "\xE2\x80\x9C") == 0 || text.compare(i, 3, "\xE2\x80\x9E") == 0 ||
         text.compare(i, 2, "\xC2\xAB") == 0;
}

std::vector<name_mention> extract_names(std::string_view text) {
  std::vector<name_mention> out;
  const auto words = split_words(text);
  if (title_case_block(text, words)) return out;
  std::size_t b = 0;
  while (b < words.size()) {
    const word& first = words[b];
    const bool starts = name_word(first) || (!first.cap && is_title_word(first.lower));
    if (!starts) {
      ++b;
      continue;
    }
    std::size_t e = b + 1;
    while (e < words.size() && words[e].joined) {
      const word& w = words[e];
      const word& prev = words[e - 1];
      if (prev.possessive) {
        // "Ukraine's Defense Minister X" continues; "Russia's Vladimir Putin" does not.
        if (!is_title_word(w.lower)) break;
        ++e;
        continue;
      }
      if (name_word(w)) {
        ++e;
        continue;
      }
      const bool next_cap = e + 1 < words.size() && words[e + 1].joined && words[e + 1].cap;
      const bool next_title = e + 1 < words.size() && words[e + 1].joined && is_title_word(words[e + 1].lower);
      const bool next_particle = e + 2 < words.size() && words[e + 1].joined && words[e + 2].joined &&
                                 in_list(particles, words[e + 1].lower) && words[e + 2].cap;
      if (!w.cap && in_list(particles, w.lower) && (next_cap || next_particle)) {
        ++e;
        continue;
      }
      // "Secretary of State", "Ministry of Defence", but not "Residents of Kharkiv".
      if (!w.cap && (w.lower == "of" || w.lower == "for") && next_cap &&
          (is_title_word(prev.lower) || in_list(institutions, prev.lower))) {
        ++e;
        continue;
      }
      if (w.lower == "the" && e + 1 < words.size() && (prev.lower == "of")) {
        ++e;
        continue;
      }
      if (!w.cap && is_title_word(w.lower) && (next_cap || next_title)) {
        ++e;
        continue;
      }
      break;
    }
    // Lower-case title words must lead to a capitalized name.
    bool any_cap = false;
    for (std::size_t k = b; k < e; ++k) any_cap = any_cap || name_word(words[k]);
    if (any_cap) emit_chunk(text, words, b, e, out);
    b = e;
  }
  return out;
}

std::vector<quotation> extract_quotations(std::string_view text) {
  auto result = scan(text);
  std::size_t next = 0;  // quotes are sorted; each paragraph takes the next ones
  for (const auto& p : paragraphs_of(text)) {
    std::vector<quotation> in_para;
    std::vector<std::size_t> index;
    for (std::size_t i = next; i < result.quotes.size() && result.quotes[i].span.begin < p.end; ++i) {
      next = i + 1;
      if (result.quotes[i].span.begin >= p.begin) {
        auto q = result.quotes[i];
        q.span.begin -= p.begin;
        q.span.end -= p.begin;
        q.inner.begin -= p.begin;
        q.inner.end -= p.begin;
        in_para.push_back(q);
        index.push_back(i);
      }
    }
    if (in_para.empty()) continue;
    attribute(text.substr(p.begin, p.end - p.begin), in_para);
    for (std::size_t k = 0; k < in_para.size(); ++k) {
      auto& q = result.quotes[index[k]];
      q.speaker = in_para[k].speaker;
      if (!q.speaker.empty()) q.speaker_span = {in_para[k].speaker_span.begin + p.begin, in_para[k].speaker_span.end + p.begin};
    }
  }
  return result.quotes;
}

std::vector<quote_mark_problem> find_quote_problems(std::string_view text) { return scan(text).problems; }

}  // namespace factcheck::grammar
