#pragma once
// quotes: who said a quotation, and how two quotations compare word by word.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/corpus.hpp"
#include "checker/model/finding.hpp"

namespace factcheck::checker {

struct quote_word {
  std::string text;   // as written: "Putin"
  std::string key;    // lower-case, without punctuation: "putin"
};

// The words of a quotation; punctuation and quote marks are dropped, apostrophes kept
// (we've, Russia's). Curly apostrophes are folded to straight ones in the key, and inner hyphens
// are dropped from it ("e-mail" and "email" are the same word).
std::vector<quote_word> quote_words(std::string_view text);

// A longest common subsequence of two word lists, by key.
struct word_alignment {
  std::size_t common = 0;       // words in the LCS
  std::size_t longest_run = 0;  // longest stretch of consecutive shared words
  // The stretch of each list between its first and last aligned word ([first, last)).
  std::size_t a_first = 0, a_last = 0;
  std::size_t b_first = 0, b_last = 0;
  std::vector<std::pair<std::size_t, std::size_t>> pairs;  // aligned (a, b) indexes
};
word_alignment align_words(const std::vector<quote_word>& a, const std::vector<quote_word>& b);

// The word diff that turns `from` into `to`, restricted to the aligned stretches (words
// before the first and after the last shared word are a partial quotation's cut, not a
// change). `same` words come from `to`.
std::vector<diff_word> word_diff(const std::vector<quote_word>& from, const std::vector<quote_word>& to,
                                 const word_alignment& alignment);

// The speaker of each quotation of an article, as a name ("Biden", "Dmitry Peskov"):
// pronouns ("he said") become the last named speaker before them in the article (a name
// followed by a speech verb, a person named with a title, or the speaker of an earlier
// quotation); "" when unknown.
std::vector<std::string> resolve_speakers(const analyzed_article& article);

}  // namespace factcheck::checker
