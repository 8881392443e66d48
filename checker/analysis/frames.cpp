#include "checker/analysis/frames.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "checker/analysis/claim_text.hpp"
#include "checker/analysis/stem.hpp"
#include "text/ascii.hpp"

// Claim frames (docs/claims.md). The word lists here are closed classes of English (hedges,
// comparatives, scope cues); the open lists (what is counted) are in docs/claim-lexicon.toml.
namespace factcheck::checker {
namespace {

using text::to_lower_ascii;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool one_of(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Lower-case words of `within`, at most `limit` from the end (before) or the start (after).
std::vector<std::string> lower_words(const std::vector<word>& ws) {
  std::vector<std::string> out;
  out.reserve(ws.size());
  for (const auto& w : ws) out.push_back(to_lower_ascii(w.text));
  return out;
}

constexpr std::uint32_t window_bytes = 80;

std::vector<word> words_before(std::string_view text, text::byte_span sentence, std::uint32_t at,
                               std::uint32_t bytes = window_bytes) {
  const std::uint32_t from = at > sentence.begin + bytes ? at - bytes : sentence.begin;
  auto ws = words_in(text, {from, at});
  // The first word may be cut by the window.
  if (from != sentence.begin && !ws.empty()) ws.erase(ws.begin());
  return ws;
}

std::vector<word> words_after(std::string_view text, text::byte_span sentence, std::uint32_t at,
                              std::uint32_t bytes = window_bytes) {
  const std::uint32_t to = std::min(sentence.end, at + bytes);
  auto ws = words_in(text, {at, to});
  if (to != sentence.end && !ws.empty()) ws.pop_back();
  return ws;
}

bool starts_with_digit(std::string_view w) { return !w.empty() && is_digit(w.front()); }

// Words that sit between a figure and what it counts or what happened to it.
bool filler(std::string_view l) {
  return one_of(
      l, {"the",        "a",         "an",       "of",        "were",      "was",     "are",
          "is",         "have",      "has",      "had",       "been",      "be",      "being",
          "reportedly", "confirmed", "believed", "feared",    "thought",   "said",    "to",
          "and",        "also",      "all",      "who",       "which",     "that",    "people",
          "persons",    "others",    "more",     "at",        "least",     "some",    "about",
          "around",     "nearly",    "almost",   "over",      "than",      "another", "now",
          "later",      "up",        "in",       "its",       "their",     "his",     "her",
          "total",      "number",    "official", "rose",      "risen",     "climbed", "reached",
          "stood",      "stands",    "hit",      "jumped",    "increased", "grew",    "leaving",
          "left",       "with",      "by",       "estimated", "some"});
}

}  // namespace

std::string_view to_string(claim_scope s) {
  switch (s) {
    case claim_scope::total:
      return "total";
    case claim_scope::so_far:
      return "so-far";
    case claim_scope::part:
      return "part";
    case claim_scope::remaining:
      return "remaining";
    case claim_scope::per:
      return "per";
    case claim_scope::difference:
      return "difference";
    case claim_scope::modifier:
      return "modifier";
    case claim_scope::identifier:
      return "identifier";
    case claim_scope::age:
      return "age";
  }
  return "total";
}

const std::vector<claim_class>& claim_classes_of(const config& settings) {
  return settings.claim_classes.empty() ? default_config().claim_classes : settings.claim_classes;
}

claim_lexicon::claim_lexicon(const config& settings) : classes_(&claim_classes_of(settings)) {
  for (std::size_t i = 0; i < classes_->size(); ++i) {
    const auto& c = (*classes_)[i];
    for (const auto& n : c.nouns) nouns_.try_emplace(stem(n), i);
    for (const auto& p : c.predicates) predicates_.try_emplace(stem(p), i);
  }
  const auto& anchors =
      settings.claim_anchors.empty() ? default_config().claim_anchors : settings.claim_anchors;
  for (const auto& a : anchors) anchors_.insert(stem(a));
}

std::string claim_lexicon::predicate_of(std::string_view word) const {
  const auto* c = predicate_class(word);
  // An outcome's words are synonyms ("arrested", "detained"): the class names the predicate.
  if (c != nullptr && c->outcome) return c->name;
  return stem(word);
}

const claim_class* claim_lexicon::noun_class(std::string_view word) const {
  const auto it = nouns_.find(stem(word));
  return it == nouns_.end() ? nullptr : &(*classes_)[it->second];
}

const claim_class* claim_lexicon::predicate_class(std::string_view word) const {
  const auto it = predicates_.find(stem(word));
  return it == predicates_.end() ? nullptr : &(*classes_)[it->second];
}

const claim_class* claim_lexicon::by_name(std::string_view name) const {
  for (const auto& c : *classes_) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

bool claim_lexicon::is_predicate(std::string_view word) const {
  return predicates_.contains(stem(word));
}

bool claim_lexicon::is_anchor(std::string_view word) const { return anchors_.contains(stem(word)); }

bool claim_lexicon::generic_head(std::string_view s) {
  return one_of(s, {"peopl", "person", "individu", "other", "victim", "resid", "citizen"});
}

claim_scope scope_of(std::string_view text, text::byte_span sentence, const grammar::quantity& q) {
  const std::string_view written = q.span.of(text);
  // Identifiers: a letter code glued by a hyphen ("AK-47", "F-16", "MH-17") or a name right
  // before a bare number ("Boeing 737", "Route 66", "Flight 370").
  if (q.span.begin > sentence.begin && text[q.span.begin - 1] == '-' && q.span.begin >= 2 &&
      is_alpha(text[q.span.begin - 2])) {
    return claim_scope::identifier;
  }
  if (q.span.end < text.size() && is_alpha(text[q.span.end])) return claim_scope::identifier;
  if (q.span.begin > sentence.begin && is_alpha(text[q.span.begin - 1])) {
    return claim_scope::identifier;  // "G7", "B52"
  }
  const auto before = words_before(text, sentence, q.span.begin, 48);
  const bool bare_integer =
      std::all_of(written.begin(), written.end(), [](char c) { return is_digit(c); });
  if (bare_integer && !before.empty() && before.back().span.end + 1 == q.span.begin &&
      text[before.back().span.end] == ' ') {
    const std::string_view prev = before.back().text;
    const std::string l = to_lower_ascii(prev);
    static const std::array<std::string_view, 24> calendar = {
        "january",   "february", "march",    "april",    "may",  "june", "july", "august",
        "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
        "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};
    const bool month = std::find(calendar.begin(), calendar.end(), l) != calendar.end();
    const bool sentence_start = before.size() == 1 && before.back().span.begin == sentence.begin;
    const bool possessive = prev.ends_with("'s") || prev.ends_with("\xE2\x80\x99s");
    if (is_upper(prev.front()) && !month && !sentence_start && !possessive &&
        !one_of(l, {"the", "some", "about", "over", "nearly", "almost", "around", "at", "all",
                    "only", "just", "another", "and", "but", "of", "by", "to", "in", "on"})) {
      return claim_scope::identifier;
    }
    if (one_of(l, {"no",        "number",     "no.",     "nos",     "route",    "flight",
                   "highway",   "interstate", "room",    "gate",    "platform", "bus",
                   "apartment", "page",       "chapter", "article", "section",  "level",
                   "category",  "grade",      "size",    "model",   "version"})) {
      return claim_scope::identifier;
    }
  }
  // Modifiers: "a 20-year-old man", "a 100-catch season", "a 15-minute walk".
  if (q.span.end + 1 < text.size() && text[q.span.end] == '-' && is_alpha(text[q.span.end + 1])) {
    const auto after = words_after(text, sentence, q.span.end + 1, 24);
    if (!after.empty() && to_lower_ascii(after.front().text).find("old") != std::string::npos)
      return claim_scope::age;
    return claim_scope::modifier;
  }
  const auto b = lower_words(before);
  const auto after_words = words_after(text, sentence, q.span.end);
  const auto a = lower_words(after_words);
  auto prev = [&](std::size_t n) -> std::string_view {
    return n < b.size() ? std::string_view(b[b.size() - 1 - n]) : std::string_view();
  };
  auto next = [&](std::size_t n) -> std::string_view {
    return n < a.size() ? std::string_view(a[n]) : std::string_view();
  };
  // Ages: "aged 45", "age 45", "45 years old", "Smith, 45, said".
  if (one_of(prev(0), {"aged", "age", "ages"})) return claim_scope::age;
  if (next(0) == "years" && next(1) == "old") return claim_scope::age;
  if (q.span.begin >= 2 && text.substr(q.span.begin - 2, 2) == ", " && q.span.end < text.size() &&
      text[q.span.end] == ',' && !before.empty() && is_upper(before.back().text.front()) &&
      q.hedge_kind == grammar::hedge::none && q.kind == grammar::quantity_kind::count &&
      q.value > 0 && q.value < 120 && q.unit.empty()) {
    return claim_scope::age;
  }
  // Parts: "four of the nine boats", "one of them", "including three children".
  if (next(0) == "of" && one_of(next(1), {"the", "them", "those", "these", "whom", "which", "its",
                                          "their", "our", "us"})) {
    return claim_scope::part;
  }
  if (one_of(prev(0), {"including", "includes", "include", "among"}) ||
      (prev(1) == "among" && one_of(prev(0), {"them", "whom", "those", "the"})) ||
      (prev(1) == "of" && one_of(prev(0), {"whom", "which", "those", "these"}))) {
    return claim_scope::part;
  }
  // Differences: "five more than last year", "three rounds sooner", "rose by 12", "another 40".
  for (std::size_t k = 0; k < 3 && k < a.size(); ++k) {
    const std::string_view w = a[k];
    if (one_of(w, {"more", "fewer", "less", "higher", "lower", "sooner", "later", "earlier",
                   "times", "extra", "additional", "greater", "bigger", "smaller", "larger",
                   "longer", "shorter"}) &&
        (next(k + 1) == "than" ||
         one_of(w, {"sooner", "later", "earlier", "times", "extra", "additional"}))) {
      return claim_scope::difference;
    }
    if (std::isdigit(static_cast<unsigned char>(w.front())) != 0) break;
  }
  if (one_of(prev(0), {"another", "additional", "further", "extra"}) ||
      (prev(0) == "by" &&
       one_of(prev(1), {"rose",        "risen",     "rise", "rises", "fell",    "fallen",
                        "increased",   "decreased", "grew", "grown", "dropped", "declined",
                        "cut",         "reduced",   "up",   "down",  "jumped",  "climbed",
                        "outnumbered", "won",       "lost", "led"}))) {
    return claim_scope::difference;
  }
  if (one_of(prev(0), {"up", "down"}) && !one_of(prev(1), {"to", "set", "sets"}))
    return claim_scope::difference;
  // Rates: "300 a day", "two per household", "every 10".
  for (std::size_t k = 0; k < 4 && k < a.size(); ++k) {
    if (one_of(a[k], {"per", "each", "daily", "annually", "weekly", "monthly", "yearly"})) {
      return claim_scope::per;
    }
    if (one_of(a[k], {"a", "an"}) &&
        one_of(next(k + 1), {"day", "week", "month", "year", "hour", "minute", "night", "head"})) {
      return claim_scope::per;
    }
    if (std::isdigit(static_cast<unsigned char>(a[k].front())) != 0) break;
  }
  if (one_of(prev(0), {"every", "per"})) return claim_scope::per;
  // Remaining: "five are still missing", "12 remain in hospital".
  for (std::size_t k = 0; k < 5 && k < a.size(); ++k) {
    if (one_of(a[k], {"remain", "remained", "remaining", "remains", "still"})) {
      return claim_scope::remaining;
    }
  }
  if (one_of(prev(0), {"remaining"})) return claim_scope::remaining;
  // Running totals: "so far", "to date", "in total", "since January", "in six raids".
  const auto whole = lower_words(words_in(text, sentence));
  for (std::size_t k = 0; k + 1 < whole.size(); ++k) {
    const std::string_view w = whole[k];
    const std::string_view n = whole[k + 1];
    if ((w == "so" && n == "far") || (w == "to" && n == "date") || (w == "in" && n == "all") ||
        (w == "thus" && n == "far") || (w == "this" && n == "year") ||
        (w == "in" && n == "total" && k + 2 >= whole.size())) {
      return claim_scope::so_far;
    }
    if (one_of(w, {"cumulative", "altogether", "overall", "tally", "since"})) {
      return claim_scope::so_far;
    }
  }
  if (next(0) == "in" && next(1) == "total") return claim_scope::so_far;
  return claim_scope::total;
}

std::optional<figure_frame> read_figure_frame(std::string_view text, text::byte_span sentence,
                                              const grammar::quantity& q,
                                              const claim_lexicon& lexicon) {
  figure_frame f;
  f.scope = scope_of(text, sentence, q);
  if (f.scope == claim_scope::modifier || f.scope == claim_scope::identifier ||
      f.scope == claim_scope::age) {
    return std::nullopt;
  }
  if (q.kind == grammar::quantity_kind::percent || q.kind == grammar::quantity_kind::money) {
    std::string of;
    if (!q.noun_phrase.empty()) {
      const auto ws =
          words_in(q.noun_phrase, {0, static_cast<std::uint32_t>(q.noun_phrase.size())});
      if (!ws.empty()) of = ws.back().text;
    }
    if (of.empty()) {
      // "a 20 percent gain in speed", "$5 million in damages", "40% of voters".
      const auto after = words_after(text, sentence, q.span.end, 40);
      for (std::size_t k = 0; k + 1 < after.size() && k < 3; ++k) {
        const std::string l = to_lower_ascii(after[k].text);
        if (l == "in" || l == "of" || l == "for") {
          const std::string n = to_lower_ascii(after[k + 1].text);
          const bool lower_case = !is_upper(after[k + 1].text.front());
          if (lower_case && !filler(n) && !starts_with_digit(n)) of = n;
          break;
        }
      }
    }
    if (of.empty()) of = measured_noun_before(text, sentence, q.span);
    if (of.empty() || filler(to_lower_ascii(of))) return std::nullopt;
    f.measure = q.kind == grammar::quantity_kind::percent ? "share" : "money:" + q.unit;
    f.head = stem(of);
    return f;
  }

  // The counted noun: the grammar's, or "the number of X", or a class noun just before ("the
  // death toll rose to 24").
  std::string noun;
  if (!q.noun_phrase.empty()) {
    const auto ws = words_in(q.noun_phrase, {0, static_cast<std::uint32_t>(q.noun_phrase.size())});
    // The head is the last word before a verb or preposition of the phrase.
    // The head is the last word of the first run of content words: "Russian troops were
    // moved" -> "troops"; a verb or preposition ends the run.
    for (const auto& w : ws) {
      const std::string l = to_lower_ascii(w.text);
      const bool people = one_of(l, {"people", "persons", "others"});
      const bool stop = (filler(l) && !people) || lexicon.is_predicate(l) ||
                        one_of(l, {"when", "where", "after", "before", "as", "while", "during",
                                   "from", "on", "for", "into", "near", "across", "across"});
      if (stop) {
        if (!noun.empty() || !one_of(l, {"the", "a", "an", "more", "than", "some", "about"})) break;
        continue;
      }
      noun = std::string(w.text);
    }
  }
  if (noun.empty() && !q.unit.empty()) noun = q.unit;
  std::string context_outcome;
  if (noun.empty()) noun = counted_noun_from_context(text, sentence, q.span, &context_outcome);

  // What happened: a predicate after the noun ("people were killed") or before the figure
  // ("killed 12 people", "killing at least 12").
  const auto before = lower_words(words_before(text, sentence, q.span.begin));
  const std::uint32_t after_from = q.noun_span.empty() ? q.span.end : q.noun_span.end;
  const auto after = lower_words(words_after(text, sentence, after_from));
  const claim_class* pred_class = nullptr;
  if (!q.noun_phrase.empty()) {
    // The phrase may carry it when it stands before the figure ("residents displaced in Kosice
    // has risen to 5,600").
    bool past_head = noun.empty();
    const std::string noun_stem = stem(noun);
    for (const auto& w :
         words_in(q.noun_phrase, {0, static_cast<std::uint32_t>(q.noun_phrase.size())})) {
      // Only words after the head noun: "protesters" is not the predicate "protested".
      if (!past_head) {
        past_head = stem(w.text) == noun_stem;
        continue;
      }
      if (const auto* c = lexicon.predicate_class(w.text)) {
        pred_class = c;
        f.predicate = lexicon.predicate_of(w.text);
        break;
      }
    }
  }
  for (std::size_t k = 0; pred_class == nullptr && k < after.size() && k < 5; ++k) {
    if (starts_with_digit(after[k])) break;
    if (const auto* c = lexicon.predicate_class(after[k])) {
      pred_class = c;
      f.predicate = lexicon.predicate_of(after[k]);
      break;
    }
    if (!filler(after[k]) && k > 0 && !lexicon.is_predicate(after[k])) {
      // "12 people in the town were killed" still reads; stop at a second content word.
      if (k >= 3) break;
    }
  }
  if (pred_class == nullptr) {
    for (std::size_t k = 0; k < before.size() && k < 4; ++k) {
      const std::string_view w = before[before.size() - 1 - k];
      if (starts_with_digit(w)) break;
      if (const auto* c = lexicon.predicate_class(w)) {
        pred_class = c;
        f.predicate = lexicon.predicate_of(w);
        break;
      }
      if (!filler(w)) break;
    }
  }
  if (pred_class == nullptr && !context_outcome.empty()) {
    pred_class = lexicon.predicate_class(context_outcome);
    if (pred_class != nullptr) f.predicate = lexicon.predicate_of(context_outcome);
  }
  // No noun: a class noun or predicate shortly before ("the death toll rose to 24", "injured 80").
  const claim_class* noun_class = nullptr;
  if (noun.empty()) {
    for (std::size_t k = 0; k < before.size() && k < 5; ++k) {
      const std::string_view w = before[before.size() - 1 - k];
      if (starts_with_digit(w)) break;
      if (const auto* c = lexicon.noun_class(w)) {
        noun_class = c;
        noun = std::string(w);
        break;
      }
      if (!filler(w)) break;
    }
  } else {
    noun_class = lexicon.noun_class(noun);
  }
  if (noun.empty() && pred_class == nullptr) return std::nullopt;
  // A forecast or a possibility is not a figure that holds: "will get 10 to 12 carries".
  for (std::size_t k = 0; k < before.size() && k < 6; ++k) {
    const std::string_view w = before[before.size() - 1 - k];
    if (one_of(w, {"will", "would", "could", "may", "might", "likely", "expected", "expects",
                   "projected", "forecast", "plans", "planned", "hopes", "aims", "target"})) {
      return std::nullopt;
    }
  }

  const std::string head = noun.empty() ? std::string() : stem(noun);
  if (is_time_unit(lemma(noun)) || is_measure_unit(lemma(noun))) return std::nullopt;
  // Anything but a thing of a class of things can suffer an outcome ("12 cyclists were hurt").
  const bool people_noun = head.empty() || claim_lexicon::generic_head(head) ||
                           noun_class == nullptr || noun_class->persons;
  const claim_class* cls = nullptr;
  if (pred_class != nullptr && pred_class->outcome && people_noun) {
    cls = pred_class;
  } else if (noun_class != nullptr) {
    cls = noun_class;
  } else if (pred_class != nullptr && (head.empty() || claim_lexicon::generic_head(head))) {
    cls = pred_class;
  }
  if (cls == nullptr) {
    // A count of "people" that says nothing of what happened to them is not comparable.
    if (head.empty() || claim_lexicon::generic_head(head)) return std::nullopt;
    f.head = head;
    // No lexicon predicate: the past-tense verb next to the figure says what it counts
    // ("missed nine games" is not "played 14 games").
    if (f.predicate.empty()) {
      for (std::size_t k = 0; k < before.size() && k < 4 && f.predicate.empty(); ++k) {
        const std::string_view w = before[before.size() - 1 - k];
        if (starts_with_digit(w)) break;
        if (w.size() > 3 && (w.ends_with("ed") || w.ends_with("ing"))) f.predicate = stem(w);
      }
      for (std::size_t k = 0; k < after.size() && k < 3 && f.predicate.empty(); ++k) {
        const std::string_view w = after[k];
        if (starts_with_digit(w)) break;
        if (w.size() > 3 && w.ends_with("ed")) f.predicate = stem(w);
      }
    }
    return f;
  }
  f.measure = cls->name;
  // The class's own nouns ("fatalities", "the dead") and plain people are the class itself;
  // other heads ("soldiers" killed) are a sub-population, compared only with the same head.
  const bool own_noun = noun_class == cls;
  if (!head.empty() && !own_noun && !claim_lexicon::generic_head(head)) f.head = head;
  return f;
}

std::vector<zero_count> zero_counts(std::string_view text, text::byte_span sentence,
                                    const claim_lexicon& lexicon) {
  std::vector<zero_count> out;
  const auto ws = words_in(text, sentence);
  auto lower = [&](std::size_t k) { return k < ws.size() ? to_lower_ascii(ws[k].text) : ""; };
  auto emit = [&](std::size_t from, std::size_t to, const claim_class* c, std::string pred) {
    if (c == nullptr || !c->zero) return;
    const text::byte_span span{ws[from].span.begin, ws[to].span.end};
    if (c->name == "casualties") {
      // "No casualties": nobody was killed and nobody was injured.
      for (std::string_view name : {"deaths", "injuries"}) {
        if (const auto* k = lexicon.by_name(name)) out.push_back({span, k->name, k->name});
      }
      return;
    }
    out.push_back({span, c->name, std::move(pred)});
  };
  for (std::size_t k = 0; k < ws.size(); ++k) {
    const std::string w = lower(k);
    const bool nobody = w == "nobody" || w == "none" || (w == "no" && lower(k + 1) == "one");
    if (nobody) {
      // "no one was killed", "nobody was hurt", "none were injured".
      std::size_t m = k + (w == "no" ? 2 : 1);
      if (lower(m) == "of") continue;  // "none of the injuries" is not a count
      for (std::size_t n = m; n < ws.size() && n < m + 3; ++n) {
        const std::string l = lower(n);
        if (const auto* c = lexicon.predicate_class(l)) {
          emit(k, n, c, lexicon.predicate_of(l));
          break;
        }
        if (!one_of(l, {"was", "were", "has", "had", "have", "been", "is", "got", "reported"}))
          break;
      }
      continue;
    }
    if (w != "no" && w != "zero") continue;
    // "no immediate reports of casualties" says nothing is known: not a count of 0.
    const std::string n1 = lower(k + 1);
    if (one_of(n1, {"immediate", "report",     "reports",    "word",    "information",
                    "details",   "indication", "sign",       "signs",   "other",
                    "further",   "more",       "additional", "new",     "known",
                    "confirmed", "official",   "figure",     "figures", "longer"})) {
      continue;
    }
    if (k > 0 && one_of(lower(k - 1), {"with", "if", "whether", "not"})) continue;
    if (const auto* c = lexicon.noun_class(n1)) {
      emit(k, k + 1, c, "");
      continue;
    }
    // "no people were killed", "no Americans were hurt" (a people noun, then a predicate).
    for (std::size_t n = k + 2; n < ws.size() && n < k + 5; ++n) {
      const std::string l = lower(n);
      if (const auto* c = lexicon.predicate_class(l)) {
        if (claim_lexicon::generic_head(stem(n1))) emit(k, n, c, lexicon.predicate_of(l));
        break;
      }
      if (!one_of(l, {"was", "were", "has", "had", "have", "been", "is", "reported"})) break;
    }
  }
  return out;
}

std::string anchor_near(std::string_view text, text::byte_span sentence, text::byte_span span,
                        const claim_lexicon& lexicon) {
  const auto after = words_after(text, sentence, span.end, 72);
  const auto before = words_before(text, sentence, span.begin, 72);
  for (std::size_t k = 0; k < 8; ++k) {
    if (k < after.size() && lexicon.is_anchor(after[k].text)) return stem(after[k].text);
    if (k < before.size() && lexicon.is_anchor(before[before.size() - 1 - k].text)) {
      return stem(before[before.size() - 1 - k].text);
    }
  }
  return {};
}

std::string figure_subject(const figure_frame& f) {
  std::string key = f.measure.empty() ? "noun" : f.measure;
  if (!f.head.empty()) key += ":" + f.head;
  if (f.scope != claim_scope::total && f.scope != claim_scope::so_far) {
    key += "@";
    key += to_string(f.scope);
  }
  return key;
}

}  // namespace factcheck::checker
