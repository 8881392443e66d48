#include "grammar/entities.hpp"

#include "grammar/entity_words.hpp"

// A hand-written scanner rather than X3 (see the header): names are decided by the
// capitalization of the word and of its neighbours, and quotation marks by the characters on
// either side, both one-pass tests with a one-word window. Everything here is linear in the
// input: each word and each mark is looked at a bounded number of times.

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

#include "text/char_class.hpp"

namespace factcheck::grammar {
namespace entity {

// --- characters -----------------------------------------------------------------------------

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
  if (c < 0x80) return is_ascii_alnum(static_cast<char>(c)) ? 1 : 0;
  if (punct_len(s, i) != 0) return 0;
  if (c < 0xC0) return 1;  // stray continuation byte: keep it inside the word
  std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  return std::min(n, s.size() - i);
}

bool word_at(std::string_view s, std::size_t i) { return i < s.size() && word_char_len(s, i) != 0; }

bool upper_at(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (is_ascii_upper(static_cast<char>(c))) return true;
  if (i + 1 >= s.size()) return false;
  const auto d = static_cast<unsigned char>(s[i + 1]);
  if (c == 0xC3) return d >= 0x80 && d <= 0x9E && d != 0x97;                         // À..Þ
  if (c == 0xC4 || c == 0xC5) return ((((c & 0x1Fu) << 6) | (d & 0x3Fu)) % 2) == 0;  // Ā, Č, Ł...
  if (c == 0xD0) return d >= 0x80 && d <= 0xAF;  // Cyrillic А..Я, Ѐ..Џ
  return false;
}

bool is_title_head(std::string_view lower) { return in_list(title_heads, lower); }
bool is_title_modifier(std::string_view lower) { return in_list(title_modifiers, lower); }
bool is_title_word(std::string_view lower) {
  return is_title_head(lower) || is_title_modifier(lower);
}

bool abbreviation_with_dot(std::string_view lower) {
  static constexpr std::string_view list[] = {"mr",   "mrs", "ms", "dr",  "gen",  "sen",
                                              "rep",  "gov", "lt", "col", "prof", "sgt",
                                              "capt", "st",  "jr", "sr"};
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
        const bool opening =
            i + 1 < s.size() && !is_blank(s[i + 1]) && (i == 0 || is_blank(s[i - 1]));
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
      const bool single_letter = text.size() == 1 && is_ascii_upper(text[0]);
      if (single_letter) {
        ++j;
        while (j + 1 < s.size() && is_ascii_upper(s[j]) && s[j + 1] == '.') j += 2;
      } else if (abbreviation_with_dot(to_lower_ascii(text))) {
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
    w.lower = to_lower_ascii(s.substr(w.begin, w.end - w.begin));
    w.cap = upper_at(s, i);
    bool caps = true;
    for (char ch : s.substr(w.begin, w.end - w.begin)) {
      if (is_ascii_lower(ch)) caps = false;
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
    if (!w.cap && w.end - w.begin > 3 && !is_ascii_digit(w.lower[0])) return false;
  }
  std::size_t end = s.size();
  while (end > 0 && (is_blank(s[end - 1]) || s[end - 1] == '"')) --end;
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

}  // namespace entity

using namespace entity;

bool is_speech_verb(std::string_view lower_word) { return in_list(speech_verbs, lower_word); }

bool opens_with_quote(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (is_blank(text[i]) || text[i] == '*' || text[i] == '-') {
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
      const bool next_title =
          e + 1 < words.size() && words[e + 1].joined && is_title_word(words[e + 1].lower);
      const bool next_particle = e + 2 < words.size() && words[e + 1].joined &&
                                 words[e + 2].joined && in_list(particles, words[e + 1].lower) &&
                                 words[e + 2].cap;
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

}  // namespace factcheck::grammar
