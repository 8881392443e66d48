#pragma once
// Claim frames (docs/claims.md): what a figure counts (semantic class, head noun, predicate),
// its scope, the event it is tied to, and negated counts ("no casualties"). Reads the words
// around a figure; no parser. Every function looks at a bounded window of words, so the cost
// per figure is constant.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "checker/config.hpp"
#include "checker/model/corpus.hpp"
#include "grammar/quantity.hpp"
#include "text/span.hpp"

namespace factcheck::checker {

// The claim lexicon of a configuration, keyed by stem. Build once per analysis.
class claim_lexicon {
 public:
  explicit claim_lexicon(const config& settings);

  // The class whose nouns / predicates hold this word's stem, or nullptr.
  [[nodiscard]] const claim_class* noun_class(std::string_view word) const;
  [[nodiscard]] const claim_class* predicate_class(std::string_view word) const;
  [[nodiscard]] const claim_class* by_name(std::string_view name) const;
  [[nodiscard]] bool is_predicate(std::string_view word) const;
  // The predicate a frame records: an outcome class's name (its words are synonyms), else the
  // word's stem.
  [[nodiscard]] std::string predicate_of(std::string_view word) const;
  [[nodiscard]] bool is_anchor(std::string_view word) const;
  // Nouns that say nothing of what is counted by themselves: "people", "persons".
  [[nodiscard]] static bool generic_head(std::string_view stem);

 private:
  const std::vector<claim_class>* classes_;
  std::unordered_map<std::string, std::size_t> nouns_;
  std::unordered_map<std::string, std::size_t> predicates_;
  std::unordered_set<std::string> anchors_;
};

struct figure_frame {
  std::string measure;    // class name, "" when the lexicon knows none
  std::string head;       // stem of the counted noun, "" when it is the class's own noun
  std::string predicate;  // stem
  std::string anchor;     // stem
  claim_scope scope = claim_scope::total;
};

// The lexicon's classes: the configuration's, or the built-in ones for a configuration made
// in code (an empty list).
const std::vector<claim_class>& claim_classes_of(const config& settings);

// The frame of a figure in its sentence. nullopt when nothing says what is counted (then it is
// not a claim). Percentages and sums get measure "share" / "money" and the noun they are of.
std::optional<figure_frame> read_figure_frame(std::string_view text, text::byte_span sentence,
                                              const grammar::quantity& q,
                                              const claim_lexicon& lexicon);

// The scope of a figure from the words around it.
claim_scope scope_of(std::string_view text, text::byte_span sentence, const grammar::quantity& q);

// A negated or zero count in a sentence: "no casualties", "no one was killed", "nobody was
// hurt". `span` covers the words; one entry per class ("casualties" gives deaths and injuries).
struct zero_count {
  text::byte_span span;
  std::string measure;
  std::string predicate;
};
std::vector<zero_count> zero_counts(std::string_view text, text::byte_span sentence,
                                    const claim_lexicon& lexicon);

// The stem of the event noun nearest to `span` within a few words ("killed in Tuesday's raid").
std::string anchor_near(std::string_view text, text::byte_span sentence, text::byte_span span,
                        const claim_lexicon& lexicon);

// The key under which a figure claim is indexed and compared: measure (or the head noun when
// there is no measure), head, and the scope when it is not a total or running total.
std::string figure_subject(const figure_frame& f);

}  // namespace factcheck::checker
