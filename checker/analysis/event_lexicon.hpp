#pragma once
// Event classes for dated events named by a verb or a deverbal noun (issue 10, date-conflict):
// outlets name one event with different words ("was arrested", "was detained", "taken into
// custody"; "ejected", "ousted", "excommunicated"; "tossed out", "overturned"). A class groups
// such words so that the alignment can put their dates in one fact. Words are matched by their
// Snowball stem; a particle after a verb ("picked up", "checked into", "broke out") is part of
// the entry. A word outside every class is its own class.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/span.hpp"

namespace factcheck::checker {

struct event_class_match {
  std::string name;            // the class ("arrest", "expel")
  bool uses_particle = false;  // the particle after the verb is part of the match
};

// The class of a past-tense verb or participle `verb`, read with the word after it
// (`particle`, may be empty): "picked" + "up" -> "sign", "ousted" -> "expel". None when the
// lexicon does not know it.
std::optional<event_class_match> event_verb_class(std::string_view verb, std::string_view particle);

// Whether `name` is a class of the lexicon ("arrest"), not a verb's own lemma.
bool is_event_class(std::string_view name);

// The class of an event noun: "murder" -> "kill", "arrest" -> "arrest". None when unknown.
std::optional<std::string> event_noun_class(std::string_view noun);

// What an event verb is done to or by, as stems of the common nouns right next to it: the noun
// before it ("the conviction was overturned", "the fire that began") and at most two after it
// ("signed an executive order", "tossed out a conviction"). Names, pronouns, dates and
// prepositions end the search. Empty when no common noun is next to the verb.
std::vector<std::string> event_theme(std::string_view text, text::byte_span sentence,
                                     text::byte_span head);

// Whether two themes name a common thing ("fire" and "wildfire" do: one stem ends the other).
bool themes_meet(const std::vector<std::string>& x, const std::vector<std::string>& y);

}  // namespace factcheck::checker
