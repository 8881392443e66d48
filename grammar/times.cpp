// extract_times: one linear scan that tries the time grammar (time_rules_def.hpp) at word starts,
// filters the matches that are more likely something else (a bare "2000 troops", the modal "May"),
// reads the tense of the sentence and normalizes (time_normalize.cpp).

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

#include "grammar/extract.hpp"
#include "grammar/time_gate.hpp"
#include "grammar/time_normalize.hpp"
#include "grammar/parsers.hpp"
#include "grammar/word_bytes.hpp"

namespace factcheck::grammar {
namespace {

bool is_word(char c) { return detail::is_word_byte(c); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum_ascii(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
using detail::equals_lower;
using detail::one_of;
constexpr char lower(char c) { return text::to_lower_ascii(c); }

// A word start: not inside a word, and not the digits after a decimal point or a thousands
// separator ("2.5 years" must not yield "5 years").
bool word_start(std::string_view text, std::size_t i) {
  if (i == 0) return true;
  const char prev = text[i - 1];
  if (is_word(prev)) return false;
  if ((prev == '.' || prev == ',') && i >= 2 && is_digit(text[i - 2]) && is_digit(text[i])) return false;
  return true;
}

// "$12 December 27": a figure after a currency sign is an amount, never a day or an hour.
bool after_currency_sign(std::string_view text, std::size_t pos) {
  std::size_t e = pos;
  while (e > 0 && detail::is_blank_byte(text[e - 1])) --e;
  return e > 0 && text[e - 1] == '$';
}

// The word that ends right before `pos` (skipping blanks), or empty.
std::string_view previous_word(std::string_view text, std::size_t pos) {
  std::size_t e = pos;
  while (e > 0 && detail::is_blank_byte(text[e - 1])) --e;
  std::size_t b = e;
  while (b > 0 && is_word(text[b - 1])) --b;
  return text.substr(b, e - b);
}

// The next word after `pos` (skipping blanks), or empty when punctuation comes first.
std::string_view next_word(std::string_view text, std::size_t pos) {
  std::size_t b = pos;
  while (b < text.size() && detail::is_blank_byte(text[b])) ++b;
  std::size_t e = b;
  while (e < text.size() && is_word(text[e])) ++e;
  return text.substr(b, e - b);
}

constexpr std::array<std::string_view, 22> year_prepositions = {
    "in",    "since", "by",   "until", "till",   "before", "after",   "during", "from",  "of",  "through",
    "to",    "and",   "or",   "for",   "early",  "late",   "between", "around", "about", "mid", "throughout"};

constexpr std::array<std::string_view, 12> counted_nouns = {
    "people", "men", "women", "children", "police", "staff", "personnel", "cattle", "feet", "metres", "meters", "miles"};

constexpr std::array<std::string_view, 10> s_words = {"was", "is", "has", "as", "this", "its", "his", "us", "plus", "across"};

// A plural noun after the number: "2000 troops", "1950 people".
bool counted_noun(std::string_view w) {
  if (w.empty() || !(w.front() >= 'a' && w.front() <= 'z')) return false;
  if (one_of(w, counted_nouns)) return true;
  return w.size() > 3 && w.back() == 's' && !one_of(w, s_words);
}

// A bare four-digit number is a year only in a year's company: after a preposition, or not
// followed by a counted noun ("2000 troops").
bool plausible_year(std::string_view text, std::size_t begin, std::size_t end, int year) {
  if (begin > 0 && (text[begin - 1] == '$' || text[begin - 1] == '#' || text[begin - 1] == '-')) return false;
  if (end < text.size() && (text[end] == '%' || text[end] == '-')) return false;
  // 2045.75, 2,014.5: a figure with decimals or more groups, not a year
  if (end + 1 < text.size() && (text[end] == '.' || text[end] == ',') && is_digit(text[end + 1])) return false;
  if (one_of(previous_word(text, begin), year_prepositions)) return true;
  if (year < 1900 || year > 2099) return false;
  const std::string_view next = next_word(text, end);
  if (!next.empty() && is_digit(next.front())) return false;
  return !counted_noun(next);
}

constexpr std::array<std::string_view, 14> after_a_second = {
    "later", "ago", "earlier", "before", "after", "and", "or", "for", "longer", "more", "too", "ahead", "to", "of"};

// "a second" is a duration only at a phrase end or before a word that can follow one ("a second
// later"): "a second round", "a second wave" are ordinals.
bool plausible_second(std::string_view text, std::size_t begin, std::size_t end) {
  const std::string_view first = next_word(text, begin);
  if (!equals_lower(first, "a") && !equals_lower(first, "one")) return true;
  const std::string_view next = next_word(text, end);
  return next.empty() || !(next.front() >= 'a' && next.front() <= 'z') || one_of(next, after_a_second);
}

constexpr std::array<std::string_view, 4> bare_plural_prepositions = {"for", "in", "within", "over"};

// "on 5/17", "Friday 5/12": a month and day in slashes with no year is a date after a weekday or
// a date preposition; "cut to 1/3 of" is a fraction all the same.
constexpr std::array<std::string_view, 9> day_month_prepositions = {"on",     "from", "until", "till", "by",
                                                                   "before", "after", "since", "to"};
bool plausible_day_month(std::string_view text, std::size_t begin, std::size_t end, const time_ast& a) {
  if (a.weekday >= 0) return true;
  if (!one_of(previous_word(text, begin), day_month_prepositions)) return false;
  std::size_t k = end;
  while (k < text.size() && detail::is_blank_byte(text[k])) ++k;
  const std::string_view next = text.substr(k, 3);
  const bool of_follows = next.size() >= 2 && equals_lower(next.substr(0, 2), "of") &&
                          (next.size() == 2 || !is_word(next[2]));
  return !of_follows;
}

constexpr std::array<std::string_view, 13> month_prepositions = {
    "in", "since", "by", "until", "till", "before", "after", "during", "from", "of", "through", "last", "next"};

// A month name as an end of a range of months: "from sep to nov", "between august and october",
// "from Nov to March". The first end needs a range word before it and a connector after it; the
// second needs a connector right after the month accepted before it (`last_month_end`).
constexpr std::array<std::string_view, 2> month_range_openers = {"from", "between"};
constexpr std::array<std::string_view, 5> month_range_connectors = {"to", "and", "through", "till", "until"};
bool month_in_range(std::string_view text, std::size_t begin, std::size_t end, std::size_t last_month_end) {
  const std::string_view before = previous_word(text, begin);
  if (one_of(before, month_range_openers)) return one_of(next_word(text, end), month_range_connectors);
  if (!one_of(before, month_range_connectors) || last_month_end > begin) return false;
  // only blanks and that one connector between the two months
  const std::string_view after_last = next_word(text, last_month_end);
  return !after_last.empty() && after_last.data() == before.data();
}

// "May" and "March" are also a modal and a verb: alone, they need a preposition before them.
bool plausible_month(std::string_view text, std::size_t begin, const time_ast& a) {
  if ((a.month != 5 && a.month != 3) || a.has_dir) return true;
  return one_of(previous_word(text, begin), month_prepositions) || a.fuzzy != 0;
}

// ---- tense of the sentence around an expression ------------------------------------------------
// News rarely states the tense of the event an expression dates, but the verb nearest to it
// usually does: "stepped down in March" is past, "will resume trading Tuesday" and "plans to hold
// a news conference on Tuesday" are future. The reader looks for the nearest cue before the
// expression (up to the sentence start); a sentence that opens with the expression ("In January,
// the company cut ...") is read forward instead.

enum class cue { none, future, past, reporting };

constexpr std::array<std::string_view, 17> future_words = {
    "will",      "ll",      "shall",   "would", "tomorrow", "next",  "upcoming", "expects", "expected",
    "scheduled", "due",     "payable", "effective", "until", "till", "intends", "aims"};
// Plans are future unless they are a noun ("the plan", "its plans").
constexpr std::array<std::string_view, 4> plan_words = {"plan", "plans", "planned", "planning"};
// Future only as the verb of an intention ("set to", "going to"): "a record set on Aug. 6" is not.
constexpr std::array<std::string_view, 2> intention_words = {"set", "going"};
constexpr std::array<std::string_view, 8> past_words = {"was", "were", "had", "did", "ago", "last", "yesterday", "earlier"};
// Reporting verbs date the report, not the reported event ("said ... the plant will open in March").
// Verbs of foresight are past about something ahead ("warned of an escalation in late January",
// "predicted a recovery by March"): like reporting verbs, they leave a calendar date to the
// nearest occurrence (issue 10, family 12).
constexpr std::array<std::string_view, 19> reporting_words = {
    "said",     "told",      "announced", "reported", "stated",    "added",    "noted",
    "disclosed", "confirmed", "warned",   "predicted", "forecast", "feared",   "vowed",
    "pledged",  "promised",  "threatened", "urged",   "proposed"};
// Irregular past tenses frequent in news copy (regular ones end in -ed).
constexpr std::array<std::string_view, 40> irregular_past_words = {
    "began", "bought", "sold", "fell", "rose", "won", "lost", "left", "came", "went", "took", "gave",
    "got", "held", "paid", "ran", "stood", "struck", "brought", "built", "chose", "drew", "fled", "fought",
    "found", "flew", "grew", "hit", "kept", "knew", "led", "made", "met", "sent", "shot", "spent",
    "spoke", "threw", "became", "broke"};
constexpr std::array<std::string_view, 12> determiners = {"the", "a", "an", "this", "that", "its", "his",
                                                          "her", "their", "our", "my", "your"};
// After these a participle is passive or perfect ("is scheduled", "will be paid", "has decided"):
// the tense is the auxiliary's, read further back.
constexpr std::array<std::string_view, 8> auxiliaries = {"is", "are", "be", "been", "being", "has", "have", "to"};

bool lower_initial(std::string_view w) { return !w.empty() && w.front() >= 'a' && w.front() <= 'z'; }

// A regular past tense or participle: "stepped", "announced"; not "need", "indeed", "hundred", nor
// the negated adjectives "unspecified", "undisclosed".
bool regular_past(std::string_view w) {
  return w.size() > 4 && lower_initial(w) && w.ends_with("ed") && !w.ends_with("eed") && !equals_lower(w, "hundred") &&
         !w.starts_with("un");
}

bool past_form(std::string_view w) { return regular_past(w) || (lower_initial(w) && one_of(w, irregular_past_words)); }

// What the word [b, e) says about the tense, given its neighbours.
cue cue_at(std::string_view text, std::size_t b, std::size_t e) {
  const std::string_view w = text.substr(b, e - b);
  const std::string_view before = previous_word(text, b);
  const bool after_determiner = one_of(before, determiners);
  if (one_of(w, plan_words)) return after_determiner ? cue::none : cue::future;
  if (one_of(w, intention_words)) {
    const std::string_view after = next_word(text, e);
    if (after_determiner || !(equals_lower(after, "to") || equals_lower(after, "for"))) return cue::none;
    return cue::future;
  }
  // "as soon as Tuesday", "as early as next week": a deadline ahead
  if ((equals_lower(w, "soon") || equals_lower(w, "early")) && equals_lower(before, "as") &&
      equals_lower(next_word(text, e), "as")) {
    return cue::future;
  }
  // "is to resume trading", "are to meet": an arrangement ahead
  if (equals_lower(w, "to") && (equals_lower(before, "is") || equals_lower(before, "are")) &&
      lower_initial(next_word(text, e))) {
    return cue::future;
  }
  if (one_of(w, future_words)) return after_determiner && !equals_lower(w, "next") ? cue::none : cue::future;
  if (one_of(w, reporting_words)) return cue::reporting;
  if (one_of(w, past_words)) return cue::past;
  if (past_form(w) && !after_determiner && !one_of(before, auxiliaries)) return cue::past;
  return cue::none;
}

bool sentence_break(char c) { return c == '.' || c == '!' || c == '?' || c == '\n' || c == ';'; }

// The nearest cue before `pos`, back to the sentence start (or a window); `at_start` tells
// whether the sentence start was reached with nothing but a preposition or a comma in between.
cue cue_before(std::string_view text, std::size_t pos, bool& at_start) {
  constexpr std::size_t window = 200;
  const std::size_t floor = pos > window ? pos - window : 0;
  std::size_t words = 0;
  std::size_t i = pos;
  at_start = false;
  while (i > floor) {
    const char c = text[i - 1];
    if (sentence_break(c)) {
      at_start = words <= 1;
      return cue::none;
    }
    if (!is_word(c)) {
      --i;
      continue;
    }
    std::size_t b = i;
    while (b > floor && is_word(text[b - 1])) --b;
    if (const cue k = cue_at(text, b, i); k != cue::none) return k;
    ++words;
    i = b;
  }
  at_start = i == 0 && words <= 1;
  return cue::none;
}

// The first cue after `pos`, up to the sentence end (or a window).
cue cue_after(std::string_view text, std::size_t pos) {
  constexpr std::size_t window = 160;
  const std::size_t ceiling = std::min(text.size(), pos + window);
  std::size_t i = pos;
  while (i < ceiling) {
    const char c = text[i];
    if (sentence_break(c) && c != '.') return cue::none;
    if (c == '.' && (i + 1 == text.size() || detail::is_blank_byte(text[i + 1]))) return cue::none;
    if (!is_word(c)) {
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < ceiling && is_word(text[e])) ++e;
    if (const cue k = cue_at(text, i, e); k != cue::none) return k;
    i = e;
  }
  return cue::none;
}

struct sentence_tense {
  time_tense tense = time_tense::unknown;
  bool reporting = false;  // decided by a reporting verb ("said"): the report is past, not the event
};

// A participle right before the expression ("published on Friday", "located Wednesday") dates
// it, whatever the auxiliary before it.
bool participle_before(std::string_view text, std::size_t pos) {
  std::string_view w = previous_word(text, pos);
  if (equals_lower(w, "on")) {
    std::size_t at = pos;
    while (at > 0 && detail::is_blank_byte(text[at - 1])) --at;
    w = previous_word(text, at - w.size());
  }
  return regular_past(w) && !one_of(w, future_words) && !one_of(w, plan_words);
}

// The tense of the sentence around the expression at [begin, end). `read_ahead`: a sentence that
// opens with the expression takes the tense of the verb after it (dates and months: "In January,
// the company cut ..."; a weekday keeps the past default of news).
sentence_tense tense_around(std::string_view text, std::size_t begin, std::size_t end, bool read_ahead) {
  if (participle_before(text, begin)) return {time_tense::past, false};
  bool at_start = false;
  cue k = cue_before(text, begin, at_start);
  if (k == cue::none && at_start && read_ahead) k = cue_after(text, end);
  switch (k) {
    case cue::future: return {time_tense::future, false};
    case cue::past: return {time_tense::past, false};
    case cue::reporting: return {time_tense::past, true};
    case cue::none: break;
  }
  return {};
}

// Whether the text just before [begin, end) (this sentence and the ones before it, in a window)
// or the rest of the sentence mentions a quarter (earnings news).
bool quarter_nearby(std::string_view text, std::size_t begin, std::size_t end) {
  constexpr std::size_t back = 400;
  constexpr std::size_t window = 160;
  const std::size_t b = begin > back ? begin - back : 0;
  std::size_t e = std::min(text.size(), end + window);
  for (std::size_t k = end; k < e; ++k) {
    if (text[k] == '.' && (k + 1 == text.size() || detail::is_blank_byte(text[k + 1]))) {
      e = k;
      break;
    }
  }
  for (std::size_t k = b; k + 7 <= e; ++k) {
    if (equals_lower(text.substr(k, 7), "quarter")) return true;
  }
  return false;
}

// Every word that can begin a time expression (time_rules_def.hpp), lower-case and sorted: the
// grammar is only tried at these words and at digits, so ordinary words cost one lookup.
// tests/grammar/time_rules_test.cpp covers every phrase of the grammar's table through this gate.
constexpr std::array<std::string_view, 229> starter_words = {
    "a", "about", "all", "almost", "an", "annually", "another", "approximately", "apr", "april",
    "around", "ascension", "ash", "at", "aug", "august", "autumn", "beginning", "black", "boxing",
    "christmas", "cinco", "close", "columbus", "coming", "couple", "current", "currently", "cyber",
    "daily", "days", "dec", "decades", "december", "dozens", "each", "earlier", "early", "earth",
    "easter", "eight", "eighteen", "eighteenth", "eighth", "eighty", "eleven", "eleventh", "end",
    "estimated", "every", "fall", "father", "fathers", "feb", "february", "few", "fewer", "fifteen",
    "fifteenth", "fifth", "fifty", "first", "fiscal", "five", "following", "formerly", "fortnight",
    "forty", "four", "fourteen", "fourteenth", "fourth", "fri", "friday", "fridays", "good",
    "groundhog", "half", "halloween", "hourly", "hours", "hundreds", "independence",
    "international", "jan", "january", "jul", "july", "jun", "june", "juneteenth", "just", "labor",
    "labour", "last", "late", "lately", "later", "less", "longer", "many", "mar", "march", "martin",
    "may", "memorial", "mid", "middle", "midnight", "minutes", "mlk", "mon", "monday", "mondays",
    "monthly", "months", "more", "mother", "mothers", "nearly", "new", "next", "nightly", "nine",
    "nineteen", "nineteenth", "ninety", "ninth", "no", "noon", "noonish", "nov", "november", "now", "nowadays",
    "oct", "october", "one", "over", "overnight", "palm", "past", "pentecost", "present",
    "presently", "presidents", "previous", "prior", "q", "quarter", "recent", "recently", "right",
    "roughly", "saint", "sat", "saturday", "saturdays", "second", "sep", "sept", "september",
    "seven", "seventeen", "seventeenth", "seventh", "seventy", "several", "six", "sixteen",
    "sixteenth", "sixth", "sixty", "some", "spring", "st", "start", "summer", "sun", "sunday",
    "sundays", "ten", "tenth", "thanksgiving", "that", "the", "third", "thirteen", "thirteenth",
    "thirtieth", "thirty", "this", "three", "thu", "thur", "thurs", "thursday", "thursdays",
    "today", "tomorrow", "tonight", "tue", "tues", "tuesday", "tuesdays", "twelfth", "twelve",
    "twentieth", "twenty", "two", "under", "up", "upcoming", "upwards", "valentine", "veterans",
    "wed", "wednesday", "wednesdays", "week", "weekly", "weeks", "whit", "winter", "xmas", "year",
    "yearly", "years", "yesterday",
};

// A sorted list of lower-case words split by first letter, so that a lookup at every word start
// compares lengths within one bucket instead of calling memcmp down a binary search.
template <std::size_t N>
struct lexicon {
  const std::array<std::string_view, N>* words;
  std::array<std::uint16_t, 27> bucket{};  // words starting with 'a' + k are [bucket[k], bucket[k + 1])

  constexpr explicit lexicon(const std::array<std::string_view, N>& list) : words(&list) {
    std::size_t at = 0;
    for (std::size_t k = 0; k < 26; ++k) {
      while (at < N && list[at].front() < static_cast<char>('a' + k)) ++at;
      bucket[k] = static_cast<std::uint16_t>(at);
    }
    bucket[26] = static_cast<std::uint16_t>(N);
  }

  bool contains(std::string_view w) const {
    if (w.empty() || w.front() < 'a' || w.front() > 'z') return false;
    const auto k = static_cast<std::size_t>(w.front() - 'a');
    for (std::size_t i = bucket[k]; i < bucket[k + 1]; ++i) {
      const std::string_view c = (*words)[i];
      if (c.size() == w.size() && std::equal(c.begin(), c.end(), w.begin())) return true;
    }
    return false;
  }
};

static_assert(std::is_sorted(starter_words.begin(), starter_words.end()));
static_assert(std::is_sorted(detail::time_grammar_words.begin(), detail::time_grammar_words.end()));
constexpr lexicon starter_lexicon{starter_words};
constexpr lexicon grammar_word_lexicon{detail::time_grammar_words};

constexpr std::array<std::string_view, 4> parts_of_day = {"morning", "afternoon", "evening", "night"};

// " the morning", " the evening", ... right after `pos`.
bool part_of_day_follows(std::string_view text, std::size_t pos) {
  const std::string_view the = next_word(text, pos);
  if (!equals_lower(the, "the")) return false;
  return one_of(next_word(text, static_cast<std::size_t>(the.data() - text.data()) + the.size()), parts_of_day);
}

// Determiners that open many expressions ("the first quarter", "a year ago", "this week") and
// far more ordinary noun phrases: the grammar is tried at one only when the word after it can
// be read by the grammar (time_gate.hpp).
bool is_gated_determiner(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "that" || w == "this";
}

// Whether the word after the determiner ending at `pos` may continue a time expression. Anything
// but blanks and a plain ASCII word of three letters or more (a digit, an apostrophe, a hyphen, a
// UTF-8 letter, a short word) is left to the grammar.
bool word_after_determiner_may_continue(std::string_view text, std::size_t pos) {
  std::size_t b = pos;
  if (b >= text.size() || !detail::is_blank_byte(text[b])) return true;
  while (b < text.size() && detail::is_blank_byte(text[b])) ++b;
  char word[16];
  std::size_t n = 0;
  while (b + n < text.size() && n < sizeof word) {
    const char c = text[b + n];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) break;
    word[n] = lower(c);
    ++n;
  }
  if (n < 3 || n == sizeof word || (b + n < text.size() && is_word(text[b + n]))) return true;
  return grammar_word_lexicon.contains(std::string_view(word, n));
}

bool may_start_expression(std::string_view text, std::size_t i) {
  if (is_digit(text[i])) return true;
  char word[16];
  std::size_t n = 0;
  while (i + n < text.size() && n < sizeof word) {
    const char c = text[i + n];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) break;
    word[n] = lower(c);
    ++n;
  }
  if (n == 0 || n == sizeof word) return false;
  const std::string_view w(word, n);
  // "in" starts only "in the morning" (and the like): checked here, as "in" is among the most
  // frequent words and trying the whole grammar at each one would cost a parse per sentence
  if (w == "in") return part_of_day_follows(text, i + n);
  if (is_gated_determiner(w)) {
    return word_after_determiner_may_continue(text, i + n);
  }
  return starter_lexicon.contains(w);
}

// The context an anaphoric expression ("the following year", "that day") is resolved in: the
// last date the text mentioned (the temporal focus of the narrative), else the reference.
time_context focus_context(const time_context& context, const std::optional<std::chrono::sys_days>& focus) {
  time_context c = context;
  if (focus) c.reference = std::chrono::year_month_day{*focus};
  return c;
}

// Whether an extracted expression moves the temporal focus: a date or time that resolved to a
// period (not a duration, a set or an unresolved reference).
bool sets_focus(const time_expression& t) {
  return t.start.has_value() && (t.type == timex_type::date || t.type == timex_type::time) &&
         t.kind != timex_kind::duration && t.kind != timex_kind::set;
}

}  // namespace

std::vector<time_expression> extract_times(std::string_view text, const time_context& context) {
  std::vector<time_expression> out;
  std::optional<std::chrono::sys_days> focus;
  const char* const base = text.data();
  const char* const last = base + text.size();
  std::size_t i = 0;
  std::size_t last_month_end = std::string_view::npos;  // where the last month name accepted ends
  while (i < text.size()) {
    if (!is_alnum_ascii(text[i]) || !word_start(text, i)) {
      ++i;
      continue;
    }
    if (is_digit(text[i]) && after_currency_sign(text, i)) {
      while (i < text.size() && is_word(text[i])) ++i;
      continue;
    }
    const char* first = base + i;
    time_ast ast;
    if (may_start_expression(text, i) && parse_time_at(first, last, ast)) {
      const std::size_t end = static_cast<std::size_t>(first - base);
      bool accept = true;
      if (ast.form == time_form::year && ast.fuzzy == 0 && end - i == 4) {
        accept = plausible_year(text, i, end, ast.year);
      } else if (ast.form == time_form::month) {
        const bool in_range = month_in_range(text, i, end, last_month_end);
        // a loose "may" or "march" is the modal or the verb even between range words ("In
        // March to may be too late")
        const bool verb_like = ast.month == 5 || (ast.month == 3 && end - i > 3);  // "mar" is no verb
        accept = ast.loose_month ? in_range && !verb_like : in_range || plausible_month(text, i, ast);
      } else if (ast.form == time_form::date && ast.month == 0 && ast.weekday < 0) {
        accept = equals_lower(previous_word(text, i), "on");
      } else if (ast.form == time_form::numeric_date && ast.num_c < 0) {
        accept = plausible_day_month(text, i, end, ast);
      } else if (ast.bare) {
        accept = one_of(previous_word(text, i), bare_plural_prepositions);
      } else if (ast.form == time_form::duration && ast.unit == time_unit::second && ast.count == 1 &&
                 ast.amount < 0 && ast.unit2 == time_unit::none) {
        accept = plausible_second(text, i, end);
      }
      if (accept) {
        // "a year earlier" beside a quarter is that quarter a year before; "last year" stays the
        // calendar year even in earnings copy (TimeBank: 33 of 37 "last year" are the year).
        if (ast.unit == time_unit::year && ast.form == time_form::ago) {
          ast.quarter_context = quarter_nearby(text, i, end);
        }
        const bool calendar = ast.form == time_form::month || ast.form == time_form::date ||
                              ast.form == time_form::numeric_date;
        const sentence_tense around = tense_around(text, i, end, calendar);
        time_tense tense = around.tense;
        // A past reporting verb ("said ... in late January") says nothing about when the
        // reported event is; a past event verb ("stepped down in March") and "since" do.
        if (calendar && around.reporting) tense = time_tense::unknown;
        if (calendar && equals_lower(previous_word(text, i), "since")) tense = time_tense::past;
        const time_context resolved_in = ast.focus ? focus_context(context, focus) : context;
        if (auto t = normalize_time(ast, resolved_in, tense)) {
          t->span = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end)};
          if (sets_focus(*t)) focus = t->start;
          // "around Nov. 1", "the next year or so": an approximate date or period
          if (ast.quant_mod == 3 && t->mod.empty()) t->mod = "APPROX";
          out.push_back(std::move(*t));
          if (ast.form == time_form::month) last_month_end = end;
          i = end;
          continue;
        }
      }
    }
    // Skip the rest of this word.
    while (i < text.size() && is_word(text[i])) ++i;
  }
  return out;
}

}  // namespace factcheck::grammar
