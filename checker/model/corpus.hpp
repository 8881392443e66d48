#pragma once
// The model: the analyzed, aligned corpus that rules read. Filled once, stage by stage, by
// checker::analyze() (checker/analysis/pipeline.hpp lists the stages); rules only read it.

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checker/config.hpp"
#include "checker/model/interval.hpp"
#include "grammar/dateline.hpp"
#include "grammar/entities.hpp"
#include "grammar/extract.hpp"
#include "text/article.hpp"
#include "text/segment.hpp"

namespace factcheck::checker {

// All spans below are byte spans into the article's normalized text.
struct analyzed_article {
  const text::article* source = nullptr;
  std::vector<text::block> blocks;
  grammar::dateline dateline;          // the article's own: detected, or inferred by the checker
  std::string dateline_note;           // for an inferred or settled dateline: what it was inferred from
  grammar::date_order date_order = grammar::date_order::day_first;  // of its numeric dates
  bool dateline_guessed = false;       // an ambiguous dateline read by the default order alone
  // The date relative expressions are resolved against and a claim holds at when it names
  // none: --reference-date when given (check_options), else the dateline. Rules that judge
  // the dateline itself (stale-dateline, missing-dateline, weekday-mismatch) read `dateline`.
  std::optional<std::chrono::year_month_day> reference;
  std::vector<grammar::quantity> quantities;       // from non-boilerplate blocks only
  std::vector<grammar::time_expression> times;     // resolved against the reference
  std::vector<grammar::name_mention> names;
  std::vector<grammar::quotation> quotations;
  // The salient names of every non-boilerplate sentence, canonical, sorted and unique
  // (article_entities in claim_text.hpp). Filled once, by the first stage that needs them
  // (dateline inference or the dateline assessment); aligned_corpus::entities_ready says when.
  std::vector<std::string> entities;
  // Stage `speakers`: who said each quotation (one entry per quotation, "" when unknown).
  std::vector<std::string> speakers;

  [[nodiscard]] std::string_view text() const { return source->text; }
  [[nodiscard]] const std::string& path() const { return source->path; }
  // The block and sentence containing a byte offset (nullptr when none).
  [[nodiscard]] const text::block* block_at(std::uint32_t offset) const;
  [[nodiscard]] text::byte_span sentence_at(std::uint32_t offset) const;
};

enum class claim_kind { figure, event_date };

// What part of a fact a figure gives (docs/claims.md). Only total and so_far figures are
// compared across sources for numeric-conflict; modifiers, identifiers and ages never become
// claims at all.
enum class claim_scope : std::uint8_t {
  total,       // "12 people were killed"
  so_far,      // a running total: "40 rifles seized in six raids so far", "the toll has risen to"
  part,        // "four of the nine boats", "including three children"
  remaining,   // "five are still missing"
  per,         // "300 a day", "two per household"
  difference,  // "five more than last year", "rose by 12", "another 40"
  modifier,    // "a 20-year-old man", "a 100-catch season"
  identifier,  // "AK-47", "Boeing 737", "Route 66"
  age,         // "aged 45", "Smith, 45,"
};
std::string_view to_string(claim_scope s);

// Index of a zero claim's quantity: "no casualties" has none in the article's quantities.
inline constexpr std::uint32_t no_quantity = 0xFFFFFFFFU;

// One assertion: a figure for a counted thing, or a date for an event.
struct claim {
  claim_kind kind = claim_kind::figure;
  std::uint32_t article = 0;           // index into aligned_corpus::articles
  std::uint32_t index = 0;             // index into that article's quantities or times
  std::string subject;                 // counted-noun lemma or event head ("troop", "talks")
  std::vector<std::string> entities;   // salient entities of the sentence, canonical, sorted
  std::optional<std::chrono::sys_days> as_of;  // when it holds: explicit time, else the reference
  std::string asserted_by;             // "Defense Minister Oleksii Reznikov", "" when unknown
  text::byte_span span;
  text::byte_span sentence;
  // The time expression (index into the article's times) that dates the claim: the explicit
  // time of a figure's sentence, or the event's own date. Absent when as_of is the dateline.
  std::optional<std::uint32_t> time_index;

  // The frame of a figure (docs/claims.md); empty for event dates.
  std::string measure;       // semantic class from the claim lexicon ("deaths"), "" when none
  std::string head;          // stem of the counted noun unless it is the class's own ("soldier")
  std::string predicate;     // stem of what happened to the counted thing ("kill")
  std::string anchor;        // stem of the event the figure is tied to ("raid"), "" when none
  claim_scope scope = claim_scope::total;
  bool zero = false;         // a negated count ("no casualties"): index == no_quantity
  bool lead = false;         // in the headline or the first paragraph (a headline figure)
  figure_interval value;     // the figure's interval ([0, 0] for a zero claim)
};

// Claims that speak of the same fact across articles.
struct fact_group {
  std::string key;                     // "troop|Russia,Ukraine"
  std::string label;                   // "Russian troops near Ukraine", for editors
  std::vector<std::uint32_t> claims;   // indexes into aligned_corpus::claims
};

// Stage `dateline assessment`: does an article's dateline agree with its content? Read by
// stale-dateline (which flags the dateline) and date-conflict (which re-reads the article's
// relative dates against the date its content points to). See analysis/dates_consensus.hpp.
struct dateline_assessment {
  bool stale = false;
  std::optional<std::chrono::sys_days> content_date;  // the date the content points to
  std::vector<std::string> evidence;                  // for editors, one clause each
  std::vector<std::uint32_t> related_articles;        // the sources of the consensus
};

class name_index;  // model/name_index.hpp

// The stages that have filled the model, in pipeline order (analysis/pipeline.hpp).
enum class stage { none, extract, datelines, claims, facts, assessment, names, speakers };

// Why a claim is in its fact (--explain): the claim it was compared with (the fact's first
// claim) and the features of that comparison. The first claim of a fact has no partner.
struct alignment_note {
  std::optional<std::uint32_t> partner;             // index into aligned_corpus::claims
  double score = 0;
  std::vector<std::pair<std::string, double>> features;  // weighted contributions
};

struct aligned_corpus {
  const config* settings = nullptr;
  std::vector<analyzed_article> articles;
  std::vector<claim> claims;
  std::vector<fact_group> facts;
  std::vector<dateline_assessment> datelines;  // one per article
  std::shared_ptr<const name_index> names;     // the corpus's names, spellings and persons
  stage completed = stage::none;               // the last stage run
  bool entities_ready = false;                 // analyzed_article::entities are filled
  std::vector<alignment_note> alignment;  // per claim; filled only when `explain` is set
  bool explain = false;
  // The drafts under check (`--against`): findings are reported on these articles only, the
  // others are evidence. Empty: every article is checked.
  std::vector<std::uint32_t> drafts;
  [[nodiscard]] bool is_draft(std::uint32_t article) const;
};

}  // namespace factcheck::checker
