#pragma once
// entities: capitalized name spans, people with titles before their names, and quotations
// with their speakers. Plain results; the gazetteer match happens in checker/.
//
// Names are found by a hand-written linear scanner over words, not by X3: a name span is
// defined by the capitalization of neighbouring words and by short word lists (titles,
// particles, sentence-initial common words), which is one left-to-right pass with a window of
// one word; an X3 grammar would only wrap the same tests (see grammar/entities.cpp).
//
// What is recognized (each line has a test in tests/grammar/entities_test.cpp):
//   Oleksii Reznikov, Kyiv, Keiv                 capitalized spans (U+00C0.. letters count)
//   Ursula von der Leyen, Khalid bin Salman      particles between capitalized words
//   Ukraine's Defense Minister Oleksii Reznikov  title "Ukraine's Defense Minister"
//   Kremlin spokesman Dmitry Peskov              lower-case title words between names
//   US Secretary of State Antony Blinken         "of"/"for" inside titles
//   Russia's Vladimir Putin                      "Russia" and "Vladimir Putin" (no title)
//   On Friday, The Kremlin said                  common sentence-initial words, weekdays and
//                                                months are not names
// A possessive ending ('s, ’s) is not part of the span. Blocks written in title case
// (headlines) yield no names: there capitalization carries no information.
//
// Quotation marks: " “ ” „ « » (double) and ' ‘ ’ (single). An apostrophe (Russia's, don’t,
// '90s, rock 'n' roll, allies') is not a quote mark. Double quotes pair in order; single quotes
// inside a double quotation are nested quotations and not reported separately. Linear time.

#include <string>
#include <string_view>
#include <vector>

#include "text/span.hpp"

namespace factcheck::grammar {

struct name_mention {
  text::byte_span span;   // "Oleksii Reznikov", "Kyiv", "Keiv"
  std::string title;      // "Ukraine's Defense Minister", "Kremlin spokesman", "" when none
  text::byte_span title_span;
  bool sentence_start = false;  // the first word of its sentence (capitalized anyway)
  bool speaks = false;          // followed by a speech verb: "Kuleba said", "Biden told"
};

struct quotation {
  text::byte_span span;        // including the quote marks
  text::byte_span inner;       // the quoted words
  std::string speaker;         // the name as written ("Biden", "Dmitry Peskov"), a pronoun
                               // ("he", "she"), or "" when unattributed
  text::byte_span speaker_span;
  bool balanced = true;        // false when the opening mark has no closing mark
  bool single = false;         // quoted with single marks
};

enum class quote_problem_kind {
  unclosed,         // an opening mark whose paragraph ends before any closing mark
  unopened,         // a closing mark with nothing open
  wrong_direction,  // “ where a closing mark belongs, or ” where an opening one does
};

struct quote_mark_problem {
  text::byte_span span;  // the unpaired mark and what follows it in its sentence
  quote_problem_kind kind = quote_problem_kind::unclosed;
};

std::vector<name_mention> extract_names(std::string_view text);
std::vector<quotation> extract_quotations(std::string_view text);

// Problems with double quotation marks in `text` (paragraphs separated by a blank line).
// A paragraph that ends inside a quotation is not a problem when the next paragraph opens
// with a quotation mark (the newspaper convention for a quotation running over paragraphs).
std::vector<quote_mark_problem> find_quote_problems(std::string_view text);

// True when `text` starts (after spaces and list bullets) with an opening quotation mark.
bool opens_with_quote(std::string_view text);

// "said", "told", "wrote", "according" ... (lower-case input).
bool is_speech_verb(std::string_view lower_word);

}  // namespace factcheck::grammar
