#pragma once
// gazetteer: known people, places and organizations, and the string measures that compare
// names: Damerau-Levenshtein distance with a length-aware allowance, and transliteration
// folding (Sergey/Sergei, Donbass/Donbas, Zelenskiy/Zelenskyy fold to the same key).

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "checker/config.hpp"

namespace factcheck::checker {

// Optimal-string-alignment Damerau-Levenshtein distance (adjacent transpositions count 1).
// Returns limit + 1 as soon as the distance is known to exceed `limit`. O(|a|·|b|) time,
// O(|b|) memory.
int edit_distance(std::string_view a, std::string_view b, int limit);

// The largest distance at which a name of this length can be a misspelling: none up to 3
// letters, 1 up to 8, 2 beyond; never more than `configured`.
int allowed_distance(std::size_t length, int configured);

// Folds the spellings that transliteration systems disagree on, so that variants meet:
// lower-case, "kh" -> "h", "ph" -> "f", "ck" -> "k", "x" -> "ks", "w" -> "v", "y" -> "i",
// a "y" or "j" before a vowel at a word start dropped, "ss" -> "s", "ii" -> "i", "ie" at a
// word end -> "i". Keeps spaces, drops dots and apostrophes.
std::string fold_transliteration(std::string_view name);

// What is left of a name when conventions are set aside: case, dots, apostrophes, hyphens
// ("J."/"J", "Al-Assad"/"Al Assad") and British/American spelling ("Centre"/"Center",
// "Organisation"/"Organization"). Two spellings with one key differ in style only: not reported
// unless house style asks (issue 10, family 11).
std::string convention_key(std::string_view name);

// Whether a one-or-two-edit difference between two single words looks like a typing slip
// rather than two different words: not an inflection or demonym (Russia/Russian,
// Sweden/Swedes), and, for short words, only vowels swapped (Keiv/Kyiv, not Iran/Iraq).
// `short_rule` false skips the vowel-only rule for short words: used for a surname next to an
// identical first name (Erik Wona / Erik Wrona), where the other word already vouches.
bool plausible_slip(std::string_view written, std::string_view intended, bool short_rule = true);

enum class known_kind { person, place, organization };

struct known_name {
  std::string canonical;  // the preferred spelling
  known_kind kind = known_kind::person;
  const person* who = nullptr;  // for people: titles held
};

// The effective gazetteer of a configuration: its people and entities (without the built-in
// ones when use_default_gazetteer is off) and its house style.
class gazetteer {
 public:
  explicit gazetteer(const config& settings);

  // Exact (case-insensitive) lookup of a canonical name, an accepted variant or a house-style
  // spelling.
  [[nodiscard]] const known_name* find(std::string_view spelling) const;
  // The house-style replacement for a spelling ("Kiev" -> "Kyiv"), or nullopt.
  [[nodiscard]] std::optional<std::string> preferred(std::string_view spelling) const;
  // Every spelling the gazetteer knows, with its entry (canonical names, variants, house-style
  // keys and values).
  [[nodiscard]] const std::vector<std::pair<std::string, std::size_t>>& spellings() const { return spellings_; }
  [[nodiscard]] const known_name& entry(std::size_t i) const { return entries_[i]; }
  // A person by the canonical name or variant, or by a surname that only one person has.
  [[nodiscard]] const person* find_person(std::string_view name) const;

 private:
  void add(std::string_view spelling, std::size_t entry);
  std::vector<known_name> entries_;
  std::vector<std::pair<std::string, std::size_t>> spellings_;
  std::unordered_map<std::string, std::size_t> by_lower_;
  std::unordered_map<std::string, std::string> house_style_;  // lower-case variant -> preferred
  std::unordered_map<std::string, std::vector<std::size_t>> by_surname_;
};

// Titles --------------------------------------------------------------------------------------

// The words of a title that say what the office is, lower-case, in order: "US Secretary of
// State" -> {"secretary", "state"}; "Ukraine's defence minister" -> {"defense", "minister"};
// "Kremlin spokeswoman" -> {"spokesman"}. Countries and organizations are dropped.
std::vector<std::string> title_core(std::string_view title);

// Whether two titles can name the same office: equal cores, or one core contained in the other
// when the extra words do not change the rank ("Minister" and "Foreign Minister" are
// compatible; "President" and "Vice President" are not). "chief", "leader" and "head" are
// compatible with anything.
bool titles_compatible(std::string_view a, std::string_view b);

// Whether `title` is compatible with a title the person held on `date` (any date when none).
// True when the gazetteer lists no titles for the person.
bool held_title(const person& who, std::string_view title,
                std::optional<std::chrono::year_month_day> date);

}  // namespace factcheck::checker
