#pragma once
// The analyzed, aligned corpus that rules read. Built once by checker::analyze().

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "checker/config.hpp"
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
  grammar::dateline dateline;          // detected, or inferred by the checker
  std::string dateline_note;           // for an inferred dateline: what it was inferred from
  std::vector<grammar::quantity> quantities;       // from non-boilerplate blocks only
  std::vector<grammar::time_expression> times;     // resolved against the dateline
  std::vector<grammar::name_mention> names;
  std::vector<grammar::quotation> quotations;

  [[nodiscard]] std::string_view text() const { return source->text; }
  [[nodiscard]] const std::string& path() const { return source->path; }
  // The block and sentence containing a byte offset (nullptr when none).
  [[nodiscard]] const text::block* block_at(std::uint32_t offset) const;
  [[nodiscard]] text::byte_span sentence_at(std::uint32_t offset) const;
};

enum class claim_kind { figure, event_date };

// One assertion: a figure for a counted thing, or a date for an event.
struct claim {
  claim_kind kind = claim_kind::figure;
  std::uint32_t article = 0;           // index into aligned_corpus::articles
  std::uint32_t index = 0;             // index into that article's quantities or times
  std::string subject;                 // counted-noun lemma or event head ("troop", "talks")
  std::vector<std::string> entities;   // salient entities of the sentence, canonical, sorted
  std::optional<std::chrono::sys_days> as_of;  // when it holds: explicit time, else the dateline
  std::string asserted_by;             // "Defense Minister Oleksii Reznikov", "" when unknown
  text::byte_span span;
  text::byte_span sentence;
  // The time expression (index into the article's times) that dates the claim: the explicit
  // time of a figure's sentence, or the event's own date. Absent when as_of is the dateline.
  std::optional<std::uint32_t> time_index;
};

// Claims that speak of the same fact across articles.
struct fact_group {
  std::string key;                     // "troop|Russia,Ukraine"
  std::string label;                   // "Russian troops near Ukraine", for editors
  std::vector<std::uint32_t> claims;   // indexes into aligned_corpus::claims
};

struct aligned_corpus {
  const config* settings = nullptr;
  std::vector<analyzed_article> articles;
  std::vector<claim> claims;
  std::vector<fact_group> facts;
};

}  // namespace factcheck::checker
