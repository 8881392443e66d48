// Money context for ambiguous currency words (grammar/quantity_context.hpp).
#include "grammar/quantity_context.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "grammar/units.hpp"
#include "text/ascii.hpp"
#include "text/char_class.hpp"

namespace factcheck::grammar::detail {
namespace {

// Words that make a sum of money of a figure in their sentence. Sorted (binary search).
constexpr std::array<std::string_view, 88> money_words = {
    "afford",     "award",     "awarded",   "bail",       "bet",       "bid",       "bill",
    "billion",    "bills",     "bn",        "bonus",     "borrow",     "borrowed",  "bought",
    "budget",     "buy",       "cash",      "charge",     "charged",   "charges",   "compensation",
    "contract",   "cost",      "costing",   "costs",      "damages",   "deal",      "debt",
    "donate",     "donated",   "donation",  "earn",       "earned",    "earning",   "earns",
    "fee",        "fees",      "fine",      "fined",      "fines",     "fund",      "funding",
    "funds",      "grant",     "income",    "invest",     "invested",  "investment", "loan",
    "loss",       "losses",    "million",   "money",      "offer",     "offered",   "owe",
    "owed",       "owes",      "paid",      "pay",        "paying",    "pays",      "pension",
    "price",      "priced",    "prices",    "prize",      "profit",    "raise",     "raised",
    "refund",     "rent",      "revenue",   "reward",     "salary",    "save",      "saved",
    "savings",    "sell",      "selling",   "sold",       "spend",     "spending",  "spent",
    "tax",        "ticket",    "valued",    "wage",
};

// Words that make bare degrees a temperature. Sorted (binary search).
constexpr std::array<std::string_view, 33> temperature_words = {
    "boil",        "boiling",     "boils",      "chilly",     "cold",        "colder",
    "cool",        "cooler",      "fever",      "forecast",    "freezing",
    "frost",       "heat",        "heated",     "heating",    "heatwave",    "high",
    "highs",       "hot",         "hotter",     "humid",      "low",         "lows",
    "mercury",     "oven",        "temperature", "temperatures", "thermometer", "thermostat",
    "warm",        "warmer",      "warming",    "weather",
};

bool is_money_word(std::string_view lower) {
  return std::binary_search(money_words.begin(), money_words.end(), lower);
}

bool is_sentence_end(char c) { return c == '.' || c == '!' || c == '?' || c == '\n' || c == ';'; }

}  // namespace

int currency_word_unit(std::string_view text, std::size_t begin, std::size_t end) {
  end = std::min(end, text.size());
  std::size_t start = end;
  while (start > begin && text::is_ascii_alpha(text[start - 1])) --start;
  if (start == end) return -1;
  const std::string word = text::to_lower_ascii(text.substr(start, end - start));
  bool currency = false;
  int other = -1;
  const auto& all = units::lexicon();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (std::find(all[i].names.begin(), all[i].names.end(), word) == all[i].names.end()) continue;
    if (all[i].dimension == units::currency_dimension) {
      currency = true;
    } else if (other < 0) {
      other = static_cast<int>(i);
    }
  }
  return currency ? other : -1;
}

bool money_context(std::string_view text, std::size_t begin, std::size_t end) {
  // The sentence: back to its start (at most 200 bytes), forward to its end (at most 200).
  std::size_t from = begin;
  while (from > 0 && begin - from < 200 && !is_sentence_end(text[from - 1])) --from;
  std::size_t to = std::min(end, text.size());
  while (to < text.size() && to - end < 200 && !is_sentence_end(text[to])) ++to;
  // "sterling" right after the figure
  std::size_t after = end;
  while (after < to && text::is_blank(text[after])) ++after;
  if (text::to_lower_ascii(text.substr(after, std::min<std::size_t>(8, to - after))) == "sterling") {
    return true;
  }
  for (std::size_t i = from; i < to;) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '$' || c == 0xC2 /* lead byte of £ and ¥ */ || c == 0xE2 /* of € and ₹ */) {
      if (i < begin || i >= end) {
        if (c == '$' || (i + 1 < to && (text[i + 1] == '\xA3' || text[i + 1] == '\xA5' ||
                                        text[i + 1] == '\x82'))) {
          return true;
        }
      }
      ++i;
      continue;
    }
    if (!text::is_ascii_alpha(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < to && text::is_ascii_alpha(text[j])) ++j;
    // Money words before the figure only ("the bag she bought weighed 2 pounds" is weight).
    if (j <= begin && is_money_word(text::to_lower_ascii(text.substr(i, j - i)))) return true;
    i = j;
  }
  return false;
}

bool temperature_context(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t from = begin;
  while (from > 0 && begin - from < 200 && !is_sentence_end(text[from - 1])) --from;
  std::size_t to = std::min(end, text.size());
  while (to < text.size() && to - end < 200 && !is_sentence_end(text[to])) ++to;
  for (std::size_t i = from; i < to;) {
    if (!text::is_ascii_alpha(text[i]) || (i >= begin && i < end)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < to && text::is_ascii_alpha(text[j])) ++j;
    const std::string word = text::to_lower_ascii(text.substr(i, j - i));
    if (std::binary_search(temperature_words.begin(), temperature_words.end(), word)) return true;
    i = j;
  }
  return false;
}

}  // namespace factcheck::grammar::detail
