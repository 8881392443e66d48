#pragma once
// Configuration: factcheck.toml (TOML++), merged over a default compiled into the binary
// (its text is docs/factcheck.default.toml). Unknown keys and wrong types are errors that name
// the file, line and key.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "checker/model/finding.hpp"

namespace factcheck::checker {

struct title_held {
  std::string title;  // "Secretary of State"
  std::optional<std::chrono::year_month_day> from;
  std::optional<std::chrono::year_month_day> to;
};

struct person {
  std::string name;                   // canonical: "Antony Blinken"
  std::vector<std::string> variants;  // accepted: "Tony Blinken"
  std::vector<title_held> titles;
};

struct named_entity {  // places and organizations
  std::string name;                   // canonical: "Kyiv"
  std::string kind;                   // "place", "organization"
  std::vector<std::string> variants;  // accepted spellings
};

struct confusable {
  enum class side { any, before, after };
  std::string word;                   // "draught"; may be a phrase: "free reign"
  std::string suggestion;             // "draft"
  std::vector<std::string> context;   // words nearby that make it wrong: "documents", "proposal";
                                      // empty: the word is wrong everywhere
  int window = 3;                     // how many tokens away a context word may be
  side position = side::any;          // where the context word must be, relative to the word
};

// A semantic class of counted things (docs/claims.md, docs/claim-lexicon.toml). Words are kept as
// written in the file; the claim builder matches them by stem.
struct claim_class {
  std::string name;                     // "deaths"
  std::vector<std::string> nouns;       // counted nouns that name the class: "fatalities"
  std::vector<std::string> predicates;  // verbs that make a count of people one: "killed"
  bool outcome = false;                 // its predicates win over a noun of people's class
  bool persons = false;                 // its nouns are people
  bool salient = false;                 // uncorroborated-figure looks at it
  bool cumulative = false;              // a running count (a death toll): grows as a story develops
  bool zero = false;                    // "no <noun>", "no one was <predicate>" counts 0
};

// Weights of the scored similarity of two claim frames (docs/claims.md, "Alignment").
struct alignment_weights {
  double story = 1.0;            // x Jaccard overlap of the two articles' key entities
  double entities = 0.75;        // x Jaccard overlap of the two sentences' entities
  double predicate = 0.5;        // both name the same predicate ("killed")
  double predicate_mismatch = 1.5;  // both name one, and they differ
  double time = 0.5;             // both carry the same explicit day
  double anchor = 0.25;          // both are anchored to the same kind of event ("raid")
  double anchor_mismatch = 0.75; // anchored to different kinds of event
  double scope_mismatch = 0.5;   // a running total against a one-event count
  double threshold = 0.6;        // a claim joins the best fact scoring at least this much
  int max_candidates = 64;       // facts compared per claim and index key (bounds the cost)
};

// Resource limits, checked before the work (docs/reliability.md,
// docs/decisions/0051-limits-and-memory-estimate.md). Exceeding one is exit 2 naming the limit
// and the file. The defaults fit a 2-core machine with 24 GB shared with other work.
struct resource_limits {
  int max_file_mb = 64;          // a larger input file is not read
  int max_articles = 100000;     // more articles (files and JSON Lines records) than this
  int memory_budget_mb = 8192;   // the estimated peak memory of the run must fit in it
};

struct rule_settings {
  bool enabled = true;
  std::optional<severity> level;      // overrides the rule's default severity
};

struct config {
  std::string source = "<built-in>";  // file the configuration came from
  std::map<std::string, rule_settings, std::less<>> rules;
  // numeric-conflict: two intervals further apart than this fraction of the larger value conflict.
  double numeric_tolerance = 0.02;
  // Two figures are about "the same time" when their as-of dates are within this many days.
  int same_time_window_days = 3;
  // stale-figure: a newer figure supersedes when it is at least this many days later.
  int stale_after_days = 14;
  // entity-misspelling: maximum Damerau-Levenshtein distance by name length.
  int max_edit_distance = 2;
  // false: `people`, `entities` and `house_style` hold only the user's entries (the built-in ones
  // were dropped, see drop_default_gazetteer()); consumers need not test this flag themselves.
  bool use_default_gazetteer = true;
  std::vector<person> people;
  std::vector<named_entity> entities;
  std::map<std::string, std::string, std::less<>> house_style;  // variant -> preferred
  std::vector<confusable> confusables;
  std::vector<std::string> boilerplate_patterns;
  std::vector<std::string> ignore;    // path globs
  bool day_first_dates = true;        // 05/03/2024 is 5 March
  // day_first = "auto": an ambiguous numeric date takes the order the evidence gives (the
  // article's unambiguous numeric dates, the other sources' datelines, a 12-hour clock), and
  // day_first_dates only when there is none.
  bool auto_date_order = true;
  std::vector<claim_class> claim_classes;  // docs/claim-lexicon.toml, then the user's
  std::vector<std::string> claim_anchors;  // event nouns a figure can be anchored to ("raid")
  alignment_weights alignment;
  // Findings list at most this many related locations and say how many more there are.
  int related_limit = 5;
  resource_limits limits;

  // Which gazetteer entries came from the built-in default: the first `people` of people, the
  // first `entities` of entities, and these house_style keys.
  struct default_gazetteer_entries {
    std::size_t people = 0;
    std::size_t entities = 0;
    std::vector<std::string> house_style;
  } from_default;

  [[nodiscard]] bool enabled(std::string_view rule) const;
  [[nodiscard]] severity level_of(std::string_view rule, severity fallback) const;
};

struct config_error {
  std::string path;
  std::uint32_t line = 0;
  std::string key;
  std::string message;  // "path:line: key: what is wrong"
};

// Removes the built-in people, places, organizations and house style (--no-default-gazetteer),
// keeping the user's; sets use_default_gazetteer = false.
void drop_default_gazetteer(config& settings);

// The built-in default (parsed from the compiled-in TOML).
const config& default_config();
std::string_view default_config_text();

// Parses TOML text named `path` on top of the built-in default (or on top of an empty
// configuration when it sets use_default_gazetteer = false for the gazetteer parts).
std::variant<config, config_error> parse_config(std::string_view toml_text, std::string path);
// Finds factcheck.toml in `start` or its parents; the default when there is none.
std::variant<config, config_error> load_config(const std::optional<std::filesystem::path>& explicit_path,
                                               const std::filesystem::path& start);

}  // namespace factcheck::checker
