#include "checker/rules/unbalanced_quote.hpp"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "checker/check.hpp"
#include "checker/model/name_index.hpp"
#include "checker/rules/quote_balance.hpp"

namespace factcheck::checker::rules {
namespace {

bool opening_mark(std::string_view mark) { return mark == "\xE2\x80\x9C" || mark == "\xE2\x80\x9E" || mark == "\xC2\xAB"; }

// The end of the sentence that holds `from`, within [from, limit): the finding spans the mark
// and the rest of its sentence.
std::uint32_t sentence_end(std::string_view s, std::uint32_t from, std::uint32_t limit) {
  limit = std::min(limit, from + 600);
  for (std::uint32_t j = from + 1; j < limit; ++j) {
    const char c = s[j];
    const bool next_ends = j + 1 >= limit || s[j + 1] == ' ' || s[j + 1] == '\n' ||
                           static_cast<unsigned char>(s[j + 1]) == 0xE2 || static_cast<unsigned char>(s[j + 1]) == 0xC2;
    if ((c == '.' || c == '!' || c == '?') && next_ends) return j + 1;
    if (c == '\n') return j;
  }
  return limit;
}

}  // namespace

// Messages:
//   opening quotation mark <m> is not closed in its paragraph
//   closing quotation mark <m> has no opening mark
//   <m> opens a quotation where a closing mark belongs (a quotation is already open)
//   <m> closes a quotation where an opening mark belongs
void unbalanced_quote_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  for (const auto& a : corpus.articles) {
    const std::string_view text = a.text();
    // Boilerplate is skipped; a quotation runs on only from body paragraph to body paragraph.
    std::vector<quote_paragraph> paragraphs;
    bool previous_body = false;
    for (const auto& block : a.blocks) {
      if (block.kind == text::block_kind::boilerplate) {
        previous_body = false;
        continue;
      }
      const bool body = block.kind == text::block_kind::body;
      paragraphs.push_back({block.span, body && previous_body});
      previous_body = body;
    }
    for (const auto& issue : balance_quotes(text, paragraphs)) {
      const auto* block = a.block_at(issue.mark_begin);
      const std::uint32_t limit = block != nullptr ? block->span.end : static_cast<std::uint32_t>(text.size());
      const text::byte_span span{issue.mark_begin, sentence_end(text, issue.mark_begin, limit)};
      const std::string mark(text.substr(issue.mark_begin, issue.mark_end - issue.mark_begin));
      finding f;
      f.where = locate(a, span);
      switch (issue.kind) {
        case quote_issue_kind::unclosed:
          f.message = fmt::format("opening quotation mark {} is not closed in its paragraph", mark);
          break;
        case quote_issue_kind::unopened:
          f.message = fmt::format("closing quotation mark {} has no opening mark", mark);
          break;
        case quote_issue_kind::wrong_direction:
          if (opening_mark(mark)) {
            f.message = fmt::format("{} opens a quotation where a closing mark belongs (a quotation is already open)", mark);
            f.suggestion = "\xE2\x80\x9D";
          } else {
            f.message = fmt::format("{} closes a quotation where an opening mark belongs", mark);
            f.suggestion = "\xE2\x80\x9C";
          }
          break;
      }
      f.context = bounded_context(a, {span.begin, span.begin});
      sink.report(std::move(f));
    }
  }
}

}  // namespace factcheck::checker::rules
