#pragma once
// The counted noun phrase after a figure ("94,300 Russian troops", "14,000 people have been
// killed", "tens of thousands of troops") and the lemma of its head noun. Plain code, no X3:
// it is a short bounded scan over the words that follow the figure.

#include <cstddef>
#include <string>
#include <string_view>

#include "text/span.hpp"

namespace factcheck::grammar::detail {

struct counted_noun {
  text::byte_span span;  // empty when no noun phrase follows
  std::string phrase;    // as written, words joined by single spaces
  std::string lemma;     // lower-case singular of the head noun: "troops" -> "troop"
};

// Scans at most a handful of words after byte `from`; stops at punctuation, prepositions,
// conjunctions, determiners, numbers and verbs (a passive or perfect participle group such as
// "have been killed" is kept, it says what the figure counts).
// Without a plural head the phrase is its first word only when `singular_ok` (a figure of one,
// a percentage or a sum of money: "one soldier", "45% turnout"): after "300" a singular word is
// rarely what is counted ("300 overnight").
counted_noun find_counted_noun(std::string_view text, std::size_t from, bool singular_ok = true);

// Lower-case singular of an English plural noun ("casualties" -> "casualty", "people" -> "person").
std::string lemmatize(std::string_view word);

}  // namespace factcheck::grammar::detail
