#pragma once
// Context the quantity grammar cannot see: whether a currency word that also names a physical
// unit ("two pounds") speaks of money, whether bare degrees are a temperature. Plain code, no
// X3: a bounded scan of the sentence.

#include <cstddef>
#include <string_view>

namespace factcheck::grammar::detail {

// The unit (an index of units::lexicon(), not a currency) that the last word of
// text[begin, end) also names when that word is a currency name ("pounds": the mass unit);
// -1 when the last word is no such word.
int currency_word_unit(std::string_view text, std::size_t begin, std::size_t end);

// True when the sentence around text[begin, end) speaks of money: a money word before the figure
// in the same sentence ("cost", "paid", "fine", "worth", "salary"...), a currency sign or code
// anywhere in the sentence, or "sterling" right after it.
bool money_context(std::string_view text, std::size_t begin, std::size_t end);

// True when the sentence around text[begin, end) speaks of temperature ("temperature",
// "thermostat", "fever", "heatwave", "highs"...): a bare "98 degrees" there is a temperature.
bool temperature_context(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace factcheck::grammar::detail
