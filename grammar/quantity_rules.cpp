// Instantiates the quantity grammar once (the expensive X3 translation unit).
#include "grammar/quantity_rules.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "grammar/unit_extension.hpp"
#include "grammar/parsers.hpp"
#include "grammar/quantity_rules_def.hpp"

namespace factcheck::grammar {
namespace quantity_parser {

BOOST_SPIRIT_INSTANTIATE(quantity_phrase_type, iterator_type, context_type)

}  // namespace quantity_parser

const quantity_parser::quantity_phrase_type& quantity_phrase() {
  return quantity_parser::quantity_phrase;
}

namespace {

// The leading ASCII letters of a lexicon key, lower-cased ("us $" -> "us", "more than" -> "more").
std::string first_word(std::string_view key) {
  std::string word;
  for (const char c : key) {
    if (c >= 'a' && c <= 'z') {
      word.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      word.push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      break;
    }
  }
  return word;
}

std::vector<std::string> make_opening_words() {
  using namespace quantity_parser;
  std::set<std::string> words;
  const auto add_keys = [&words](const auto& table) {
    table.for_each([&words](const auto& key, const auto&) {
      const std::string w = first_word(key);
      if (!w.empty()) words.insert(w);
    });
  };
  add_keys(hedges);
  add_keys(vague_plurals);
  add_keys(vague_multipliers);
  add_keys(small_numbers);
  add_keys(tens_words);
  add_keys(currency_signs);
  add_keys(currency_glyphs);  // "GH\u20B5" opens with letters
  add_keys(currency_codes);
  add_keys(percent_words);  // "per cent of twenty"
  // "MUSD 30": M + an ISO code.
  currency_codes.for_each(
      [&words](const auto& key, const auto&) { words.insert("m" + first_word(key)); });
  // The literal words that open a rule in quantity_rules_def.hpp.
  for (const char* w : {"aged", "ages", "age", "magnitude"}) words.insert(w);
  for (const char* w :
       {"a", "an", "one", "between", "from", "half", "quarter", "minus", "negative"}) {
    words.insert(w);
  }
  return {words.begin(), words.end()};
}

}  // namespace

bool parse_quantity_at(const char*& first, const char* last, ast::phrase& out) {
  const char* it = first;
  try {
    if (!x3::parse(it, last, quantity_parser::quantity_phrase, out)) return false;
  } catch (...) {  // extraction never throws; a failed parse is a miss
    return false;
  }
  first = it;
  return true;
}

// Sorted, searched without allocating: opens_quantity runs at every word start of the article.
static std::vector<std::string>& opening_words() {
  static std::vector<std::string> words = make_opening_words();
  return words;
}

void extend_units(const std::vector<units::unit>& more) {
  using namespace quantity_parser;
  for (const int index : units::extend(more)) {
    const units::unit& u = *units::at(index);
    unit_names.fill(u, index);
    unit_symbols.fill(u, index);
    currency_signs.fill(u, index);
    currency_glyphs.fill(u, index);
    currency_codes.fill(u, index);
    currency_words.fill(u, index);
    subunit_words.fill(u, index);
    part_symbols.fill(u, index);
  }
  opening_words() = make_opening_words();
}

bool opens_quantity(std::string_view lower_word) {
  const auto& words = opening_words();
  const auto it = std::lower_bound(words.begin(), words.end(), lower_word,
                                   [](const std::string& a, std::string_view b) { return a < b; });
  return it != words.end() && *it == lower_word;
}

}  // namespace factcheck::grammar
