#pragma once
// Light-weight reading of a claim's sentence: words, lemmas, salient entities, the speaker and
// the event a time expression is attached to. Heuristics over tokens, no parser: they only need
// to be good enough to tell which claims speak of the same fact.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/config.hpp"
#include "grammar/timex.hpp"
#include "text/span.hpp"

namespace factcheck::checker {

struct word {
  text::byte_span span;
  std::string_view text;
};

// Words (letters, digits, apostrophes, hyphens, dots inside abbreviations) within `within`.
std::vector<word> words_in(std::string_view text, text::byte_span within);

// Lower-case singular form of a noun: "troops" -> "troop", "casualties" -> "casualty".
std::string lemma(std::string_view noun);
// The class a counted-noun lemma is aligned by: "soldier" and "troop" are one class.
std::string subject_class(std::string_view noun_lemma);
// Units that make a figure a duration or a clock time, never a claim ("year", "minute").
bool is_time_unit(std::string_view noun_lemma);
// Units of measure (km, metres, litres...): measurements, not counted claims.
bool is_measure_unit(std::string_view noun_lemma);

// Canonical form of a name: possessive stripped, demonyms and capitals mapped to their country,
// configured variants mapped to the canonical name.
std::string canonical_entity(std::string_view name, const config& settings);

// Salient names of a sentence (capitalized runs that are not sentence-initial function words,
// titles, weekdays or months), canonical, sorted and unique.
std::vector<std::string> sentence_entities(std::string_view text, text::byte_span sentence,
                                           const config& settings);

struct analyzed_article;
// The sentence entities of every non-boilerplate sentence of an article, sorted and unique.
std::vector<std::string> article_entities(const analyzed_article& a, const config& settings);

// Who asserts the sentence: "X said", "said X", "X told ...", "according to X". "" when unknown.
std::string speaker_of(std::string_view text, text::byte_span sentence);

// The counted noun when the grammar found none but the sentence says what is counted:
// "the number of Russian troops in the area was estimated to be 94,300" -> "troops".
// `outcome`, when given, receives a participle inside the phrase ("number of people killed").
std::string counted_noun_from_context(std::string_view text, text::byte_span sentence,
                                      text::byte_span figure, std::string* outcome = nullptr);

// What a percentage or a sum is of, from the words before it: "inflation rose to 7%".
std::string measured_noun_before(std::string_view text, text::byte_span sentence,
                                 text::byte_span figure);

// A participle that says what happened to the counted thing ("killed", "displaced"), if one
// follows the noun closely; it splits "people killed" from "people displaced".
std::string outcome_after(std::string_view text, text::byte_span sentence, text::byte_span noun);

// An active verb just before the figure that says the same ("evacuated 1,200 people").
std::string outcome_before(std::string_view text, text::byte_span sentence, text::byte_span figure);

// Words that announce a revised figure ("has risen to", "now"), shortly before `figure`.
bool update_cue_before(std::string_view text, text::byte_span sentence, text::byte_span figure);

struct event_head {
  std::string subject;   // event class: "talks", "call", "proposal"
  text::byte_span span;  // the head word
};

// The event a time expression dates: the closest event noun shortly before it ("talks in Geneva
// next month", "draft proposal published on Friday") or just after it ("on Friday's summit").
// `floor`: where the clause of `time` begins at the earliest (the end of the sentence's previous
// time expression: "picked up Wynn on Monday ... and on Wednesday, signed Bell" dates "signed",
// not "picked up", on Wednesday).
std::optional<event_head> event_near(std::string_view text, text::byte_span sentence,
                                     text::byte_span time, std::uint32_t floor = 0);

// The end of the last time expression of `times` (sorted by position) that lies in `sentence`
// before `time`, else the sentence's start.
std::uint32_t previous_time_end(const std::vector<grammar::time_expression>& times,
                                text::byte_span sentence, text::byte_span time);

}  // namespace factcheck::checker
