// extract_quantities: one linear scan that tries the quantity grammar only at word starts whose
// first byte can begin a quantity, then applies the context filters the grammar cannot see
// (years, dates, clock times, ids, phone numbers, list numbering) and finds the counted noun.
//
// Not quantities (each filter is tested in tests/grammar/quantity_negative_test.cpp):
//   years          2014, in 1990, between 2014 and 2016, 2021-2022   (4 digits, 1900-2099),
//                  surpassed 2019 levels (a hedged year compared, not counted)
//   clock times    11:30, 10:45AM, 9 a.m., 18.30 GMT
//   dates          December 4, 4 Dec., 27.01.22, 2021-12-04, 05/03/2024
//   ids            61f24e4572fc4, 007, #12, COVID-19, F-16, 192.168.1.2, 20-digit runs, 5G
//   phone numbers  +1 555 123 4567, 555-123-4567, (020) 7946 0000 (but 1 234 567 is a figure)
//   list numbering "1. ", "2) " at the start of a line
//   ordinals       1st, 22nd, fourth (never matched: the grammar requires a word boundary)
//   scores         3-1 (a descending dash "range")

#include <algorithm>

#include "text/char_class.hpp"
#include <array>
#include <cstdint>
#include <string>

#include "grammar/extract.hpp"
#include "grammar/parsers.hpp"
#include "grammar/quantity_context.hpp"
#include "grammar/quantity_normalize.hpp"
#include "grammar/quantity_noun.hpp"
#include "grammar/units.hpp"
#include "grammar/word_bytes.hpp"
#include "text/ascii.hpp"

using factcheck::text::to_lower_ascii;

namespace factcheck::grammar {
namespace {

using text::is_ascii_alpha;
using text::is_ascii_digit;
using text::is_blank;

constexpr bool is_joiner(char c) {
  return c == '-' || c == '.' || c == '/' || c == ':' || c == '_' || c == '\'' || c == '@';
}

// First bytes that can open a quantity: digits, currency signs ($, and the lead bytes of
// £ ¥ ½ (C2) and € ₹ ₽ ₴ ⅔ (E2)), and letters (then checked against the grammar's opening
// words by opens_quantity).
constexpr std::array<bool, 256> make_start_table() {
  std::array<bool, 256> table{};
  for (char c = '0'; c <= '9'; ++c) table[static_cast<unsigned char>(c)] = true;
  table[static_cast<unsigned char>('$')] = true;
  table[static_cast<unsigned char>('-')] = true;  // -5
  table[static_cast<unsigned char>('.')] = true;  // .08
  table[static_cast<unsigned char>('>')] = true;  // >30
  table[static_cast<unsigned char>('<')] = true;
  table[static_cast<unsigned char>('~')] = true;
  table[0xC2] = true;
  table[0xE2] = true;
  for (char c = 'a'; c <= 'z'; ++c) {
    table[static_cast<unsigned char>(c)] = true;
    table[static_cast<unsigned char>(c - 'a' + 'A')] = true;
  }
  return table;
}
constexpr std::array<bool, 256> start_table = make_start_table();

// The cue words read around a figure (months, clock suffixes, prepositions) are short: a word
// is read up to this many bytes, so a figure inside a long run of glyphs ("½½½...") costs O(1),
// not the whole run (fixtures/regressions/quantity-glyph-run-quadratic). A longer word is cut
// and then matches no cue, as the whole word would not.
constexpr std::size_t max_cue_word_bytes = 32;

// The word ending right before `at` (skipping blanks and a trailing "."), lower-cased.
std::string previous_word(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end > 0 && is_blank(text[end - 1])) --end;
  if (end > 0 && text[end - 1] == '.') --end;
  std::size_t begin = end;
  while (begin > 0 && end - begin < max_cue_word_bytes && detail::is_word_byte(text[begin - 1])) {
    --begin;
  }
  return to_lower_ascii(text.substr(begin, end - begin));
}

// The word starting after blanks at `at`, lower-cased, with "a.m."-style dots kept.
std::string next_word(std::string_view text, std::size_t at) {
  std::size_t begin = at;
  while (begin < text.size() && text[begin] == ' ') ++begin;
  std::size_t end = begin;
  while (end < text.size() && end - begin < max_cue_word_bytes &&
         (detail::is_word_byte(text[end]) || text[end] == '.' || text[end] == '\'')) {
    ++end;
  }
  while (end > begin && text[end - 1] == '.' && !(end - begin == 4 && text[begin + 1] == '.')) {
    --end;
  }
  return to_lower_ascii(text.substr(begin, end - begin));
}

bool is_month(std::string_view w) {
  static constexpr std::array<std::string_view, 23> months = {
      "apr", "april",   "aug",      "august", "dec",     "december", "feb",      "february",
      "jan", "january", "jul",      "july",   "jun",     "june",     "mar",      "march",
      "may", "nov",     "november", "oct",    "october", "sep",      "september"};
  return std::find(months.begin(), months.end(), w) != months.end() || w == "sept";
}

bool is_clock_suffix(std::string_view w) {
  static constexpr std::array<std::string_view, 14> suffixes = {
      "a.m.", "am",  "bst",     "cet",  "edt", "est", "gmt",
      "hrs",  "msk", "o'clock", "p.m.", "pm",  "pst", "utc"};
  return std::find(suffixes.begin(), suffixes.end(), w) != suffixes.end();
}

bool is_year_preposition(std::string_view w) {
  static constexpr std::array<std::string_view, 14> words = {
      "after", "before", "by", "during", "early", "from", "in",
      "late",  "mid",    "of", "since",  "until", "till", "year"};
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool plain_digits(const ast::amount& a) {
  return !a.is_vague && !a.num.words && a.scale == 1 && a.currency.empty() && !a.percent;
}

bool year_like(const ast::amount& a) {
  return plain_digits(a) && a.num.int_digits == 4 && !a.num.grouped && !a.num.decimal &&
         a.num.value >= 1900 && a.num.value <= 2099;
}

// Digit groups separated by single spaces ("555 123 4567", "+44 20 7946 0000"): three groups
// or more read as a phone number or a code, never as figures.
bool in_digit_run(std::string_view text, std::size_t begin, std::size_t end) {
  int groups = 1;
  std::size_t i = begin;
  while (i >= 2 && text[i - 1] == ' ' && (is_ascii_digit(text[i - 2]) || text[i - 2] == ')')) {
    i -= text[i - 2] == ')' ? 2 : 1;
    if (i == 0 || !is_ascii_digit(text[i - 1])) break;
    while (i > 0 && is_ascii_digit(text[i - 1])) --i;
    if (i > 0 && text[i - 1] == '(') --i;
    // Stop as soon as the verdict is known: walking the whole run for every figure in it made
    // a long run of digit groups quadratic (fixtures/regressions/quantity-digit-run-quadratic).
    if (++groups >= 3) return true;
  }
  std::size_t j = end;
  while (j + 1 < text.size() && text[j] == ' ' && is_ascii_digit(text[j + 1])) {
    j += 1;
    while (j < text.size() && is_ascii_digit(text[j])) ++j;
    if (++groups >= 3) return true;
  }
  return false;
}

// reject: skip the whole phrase; split: a space-grouped figure that must not merge ("May 5
// 100 people"): skip its first group only, so the next group is read on its own.
enum class verdict { keep, reject, split };

bool is_period_half_word(std::string_view w) {
  static constexpr std::array<std::string_view, 10> words = {
      "a", "an", "final", "first", "last", "latter", "opening", "other", "second", "the"};
  return std::find(words.begin(), words.end(), w) != words.end();
}

// What a year is compared with, not counted: "surpassed 2019 levels", "above 2008 figures".
bool is_year_comparison_noun(std::string_view lemma) {
  static constexpr std::array<std::string_view, 9> nouns = {
      "average", "figure", "high", "level", "low", "peak", "price", "rate", "record"};
  return std::find(nouns.begin(), nouns.end(), lemma) != nouns.end();
}

std::size_t offset(std::string_view text, const char* p) {
  return static_cast<std::size_t>(p - text.data());
}

// The context filters. `begin`/`end` delimit the matched phrase.
verdict judge(std::string_view text, std::size_t begin, std::size_t end, const ast::phrase& p,
              bool has_noun, std::string_view noun_lemma) {
  const ast::amount& a = p.first;
  const bool digits = !a.is_vague && !a.num.words;
  // Over-long digit runs and zero-padded numbers are ids or codes.
  if (digits && (a.num.int_digits > 15 || (a.num.leading_zero && !a.num.decimal))) {
    return verdict::reject;
  }
  // Glued to the figure: 27.01.22, 11:30, 05/03/2024, 2021-12-04, 555-123-4567.
  if (end < text.size() && end > begin && is_ascii_digit(text[end - 1]) && end + 1 < text.size() &&
      is_ascii_digit(text[end + 1]) &&
      (text[end] == '.' || text[end] == ':' || text[end] == '/' || text[end] == '-' ||
       text[end] == ',')) {
    // A comma after a figure is a list ("22,24"); only reject when it is not a separator.
    if (text[end] != ',') return verdict::reject;
  }
  if (begin > 0 && (text[begin - 1] == '+' || text[begin - 1] == '#')) return verdict::reject;
  // "1 234 567" is one figure, but not as the tail of a longer run of digit groups.
  if (digits && a.num.spaced && begin >= 2 && text[begin - 1] == ' ' && is_ascii_digit(text[begin - 2])) {
    return verdict::reject;
  }
  // "5G", "4G": a network generation, not five billion ("10G" and "2.5G" stay figures).
  if (digits && a.scale == 1e9 && a.num.int_digits == 1 && !a.num.decimal && a.end &&
      offset(text, a.end) == end && (text[end - 1] == 'G' || text[end - 1] == 'g') &&
      is_ascii_digit(text[end - 2])) {
    return verdict::reject;
  }
  if (plain_digits(a) && !p.range && !a.num.grouped && !a.num.decimal &&
      in_digit_run(text, begin, end)) {
    return verdict::reject;
  }
  const std::string before = previous_word(text, begin);
  const std::string after = next_word(text, end);
  if (digits && a.num.spaced && is_month(before)) return verdict::split;
  if (plain_digits(a) && !p.range && is_clock_suffix(after)) return verdict::reject;
  // December 4, 4 December, 4-5 December
  if (plain_digits(a) && !a.num.decimal && a.num.value >= 1 && a.num.value <= 31 &&
      (is_month(before) || is_month(after))) {
    return verdict::reject;
  }
  // Years: 2014, in 1945, 2014-2016. With a hedge ("over 2000 people") only when counted.
  if (year_like(a) && (!p.range || year_like(p.second))) {
    if (p.hedge_kind == hedge::none || !has_noun || is_year_comparison_noun(noun_lemma)) {
      return verdict::reject;
    }
  }
  if (plain_digits(a) && !p.range && a.num.int_digits == 4 && !a.num.grouped &&
      a.num.value >= 1000 && a.num.value < 1900 && is_year_preposition(before)) {
    return verdict::reject;
  }
  // List numbering: "1. " or "2) " opening a line.
  if (plain_digits(a) && !p.range && end + 1 < text.size() &&
      (text[end] == '.' || text[end] == ')') && text[end + 1] == ' ') {
    std::size_t line = begin;
    while (line > 0 && (text[line - 1] == ' ' || text[line - 1] == '\t')) --line;
    if (line == 0 || text[line - 1] == '\n') return verdict::reject;
  }
  // "the second half of 2021", "the last half of the '80s": a part of a period, not 50 %.
  if (a.num.words && !p.range && p.hedge_kind == hedge::none && a.num.value == 0.5 &&
      end - begin == 4 && is_period_half_word(before)) {
    return verdict::reject;
  }
  // "the one", "no one", "which one": a pronoun, not a count.
  if (a.num.words && !p.range && a.num.value == 1 && end - begin == 3 &&
      (before == "the" || before == "no" || before == "this" || before == "that" ||
       before == "any" || before == "every" || before == "each" || before == "which" ||
       before == "someone" || before == "everyone" || before == "anyone")) {
    return verdict::reject;
  }
  return verdict::keep;
}

// How far to skip after a rejected start: the whole glued token (a date, a phone number).
std::size_t skip_token(std::string_view text, std::size_t at) {
  std::size_t i = at + 1;
  while (i < text.size() &&
         (detail::is_word_byte(text[i]) ||
          (is_joiner(text[i]) && i + 1 < text.size() && detail::is_word_byte(text[i + 1])))) {
    ++i;
  }
  return i;
}


// The word at i, lower-cased into a small buffer, is one the grammar can open with.
bool opens_with_keyword(std::string_view text, std::size_t i) {
  constexpr std::size_t longest = 16;
  char buffer[longest];
  std::size_t n = 0;
  while (i + n < text.size() && is_ascii_alpha(text[i + n])) {
    if (n == longest) return false;
    buffer[n] = to_lower_ascii(text[i + n]);
    ++n;
  }
  return opens_quantity(std::string_view(buffer, n));
}

bool at_word_start(std::string_view text, std::size_t i) {
  if (i == 0) return true;
  // A comparison sign opens a bound even after a name ("x>10"), but not inside "<>" or "=>".
  if (text[i] == '>' || text[i] == '<') {
    const char c = text[i - 1];
    return c != '<' && c != '>' && c != '=' && c != '-';
  }
  const char* base = text.data();
  if (detail::word_char_before(base, base + i)) return false;
  // COVID-19, F-16, 27.01.22: a figure glued to a word by a joiner is part of that word.
  if (is_joiner(text[i - 1]) && detail::word_char_before(base, base + i - 1)) return false;
  return true;
}

// A URL or a bare "www." address: its digits ("%20", "id=2021") are never figures.
bool opens_url(std::string_view text, std::size_t i) {
  const std::string_view rest = text.substr(i);
  const auto starts = [&rest](std::string_view prefix) {
    if (rest.size() < prefix.size()) return false;
    for (std::size_t k = 0; k < prefix.size(); ++k) {
      if (to_lower_ascii(rest[k]) != prefix[k]) return false;
    }
    return true;
  };
  return starts("http://") || starts("https://") || starts("www.");
}

std::size_t skip_to_blank(std::string_view text, std::size_t i) {
  while (i < text.size() && !is_blank(text[i])) ++i;
  return i;
}

// "the number of Russian troops in the area was estimated to be 94,300": with nothing counted
// after the figure, the noun is the one after "number of" earlier in the same sentence.
detail::counted_noun counted_before(std::string_view text, std::size_t begin) {
  constexpr std::size_t reach = 400;
  std::size_t start = begin > reach ? begin - reach : 0;
  for (std::size_t i = begin; i > start; --i) {
    const char c = text[i - 1];
    if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i < begin && text[i] == ' ')) {
      start = i;
      break;
    }
  }
  const std::string sentence = to_lower_ascii(text.substr(start, begin - start));
  std::size_t best = std::string::npos;
  for (const std::string_view cue : {"number of ", "total of ", "tally of ", "count of "}) {
    const std::size_t at = sentence.rfind(cue);
    if (at != std::string::npos && (best == std::string::npos || at > best)) best = at;
  }
  if (best == std::string::npos) return {};
  // Continue from the blank before "of": find_counted_noun skips "of" and a determiner.
  const std::size_t from = start + sentence.find(' ', best);
  detail::counted_noun noun = detail::find_counted_noun(text, from);
  if (noun.span.end > begin) return {};
  return noun;
}

// "98 degrees" in a sentence about the weather: a temperature on a scale the text does not
// name. Its SI interval covers both readings (Celsius and Fahrenheit), so it agrees with a
// figure on either scale that it could mean, and with nothing else.
void read_as_temperature(quantity& q) {
  const units::unit* c = units::at(units::find("degree Celsius"));
  const units::unit* f = units::at(units::find("degree Fahrenheit"));
  if (c == nullptr || f == nullptr) return;
  q.dimension = "temperature";
  q.si_low = std::min(units::to_si(*c, q.low), units::to_si(*f, q.low));
  q.si_high = std::max(units::to_si(*c, q.high), units::to_si(*f, q.high));
  if (q.hedge_kind == hedge::under || q.hedge_kind == hedge::at_most) q.si_low = 0;
}

}  // namespace

std::vector<quantity> extract_quantities(std::string_view text) {
  std::vector<quantity> out;
  const char* const base = text.data();
  const char* const last = base + text.size();
  // Spans are 32-bit; longer inputs are scanned only up to 4 GiB.
  const std::size_t n = std::min<std::size_t>(text.size(), UINT32_MAX);
  std::size_t i = 0;
  while (i < n) {
    const auto first_byte = static_cast<unsigned char>(text[i]);
    if (!start_table[first_byte] || !at_word_start(text, i)) {
      ++i;
      continue;
    }
    if ((text[i] == 'h' || text[i] == 'H' || text[i] == 'w' || text[i] == 'W') &&
        opens_url(text, i)) {
      i = skip_to_blank(text, i);
      continue;
    }
    if (is_ascii_alpha(text[i]) && !opens_with_keyword(text, i)) {
      i = skip_token(text, i);
      continue;
    }
    ast::phrase phrase;
    const char* it = base + i;
    const bool ok = parse_quantity_at(it, last, phrase);
    if (!ok || it == base + i) {
      i = detail::is_word_byte(text[i]) ? skip_token(text, i) : i + 1;
      continue;
    }
    std::size_t end = offset(text, it);
    if (quantity probe; phrase.bounded && !detail::normalize(phrase, probe)) {
      // "more than 40 and less than 10" is not an interval: keep the first bound on its own.
      phrase.bounded = false;
      phrase.range = false;
      phrase.hedge_kind = phrase.low_hedge;
      end = offset(text, phrase.first.end);
    }
    if (phrase.range && !phrase.bounded && phrase.first.unit >= 0 && phrase.second.unit >= 0 &&
        (phrase.first.unit != phrase.second.unit ||
         phrase.first.per_unit != phrase.second.per_unit)) {
      // "from 44 ml to 50 mg" is two figures: the first is read here, the second after it.
      phrase.range = false;
      end = offset(text, phrase.first.end);
    }
    const bool singular_ok = phrase.first.percent || !phrase.first.currency.empty() ||
                             (!phrase.range && !phrase.first.is_vague &&
                              phrase.first.num.value * phrase.first.scale <= 1);
    detail::counted_noun noun = detail::find_counted_noun(text, end, singular_ok);
    if (noun.span.empty()) noun = counted_before(text, i);

    const verdict v = judge(text, i, end, phrase, !noun.span.empty(), noun.lemma);
    if (v == verdict::split) {
      i = skip_token(text, i);
      continue;
    }
    if (v == verdict::reject) {
      i = std::max(skip_token(text, i), std::min(end, n));
      continue;
    }
    quantity q;
    // A descending pair is a score ("3-1": skipped whole) or a change ("from 20 to 10": the
    // second figure is read on its own).
    if (!detail::normalize(phrase, q)) {
      const bool dashed =
          phrase.range && phrase.first.end && phrase.second.begin &&
          std::string_view(phrase.first.end,
                           static_cast<std::size_t>(phrase.second.begin - phrase.first.end))
                  .find_first_of("-~\x93") != std::string_view::npos;
      i = dashed ? std::max(skip_token(text, i), end) : skip_token(text, i);
      continue;
    }
    if (q.kind == quantity_kind::money) {
      // "two pounds", "a 5-pound bag": a currency word that also names a unit is money only
      // in a sentence about money; otherwise it is that unit.
      const int other = detail::currency_word_unit(text, i, end);
      if (other >= 0 && q.scale == 1 && !detail::money_context(text, i, end)) {
        for (ast::amount* a : {&phrase.first, &phrase.second}) {
          a->currency = {};
          a->unit = other;
        }
        quantity as_unit;
        if (detail::normalize(phrase, as_unit)) q = std::move(as_unit);
      }
    }
    if (q.kind == quantity_kind::measure && q.dimension == "degree" &&
        detail::temperature_context(text, i, end)) {
      read_as_temperature(q);
    }
    q.span = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end)};
    q.noun_span = noun.span;
    q.noun_phrase = noun.phrase;
    switch (q.kind) {
      case quantity_kind::percent:
        q.unit = "percent";
        break;
      case quantity_kind::money:
        q.unit = std::string(phrase.first.currency.empty() ? phrase.second.currency
                                                           : phrase.first.currency);
        break;
      case quantity_kind::count:
        q.unit = noun.lemma;
        break;
      case quantity_kind::measure:
      case quantity_kind::age:
        break;  // the unit's id, set by normalize

    }
    out.push_back(std::move(q));
    i = end;
  }
  return out;
}

}  // namespace factcheck::grammar
