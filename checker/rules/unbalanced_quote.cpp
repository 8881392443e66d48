#include "checker/rules/unbalanced_quote.hpp"

#include <fmt/format.h>

#include "checker/check.hpp"
#include "checker/model/name_index.hpp"
#include "grammar/entities.hpp"

namespace factcheck::checker::rules {
namespace {

std::string_view mark_of(std::string_view s) {
  if (s.empty()) return s;
  const auto c = static_cast<unsigned char>(s[0]);
  if (c == 0xE2 && s.size() >= 3) return s.substr(0, 3);
  if (c == 0xC2 && s.size() >= 2) return s.substr(0, 2);
  return s.substr(0, 1);
}

bool opening_mark(std::string_view mark) { return mark == "\xE2\x80\x9C" || mark == "\xE2\x80\x9E" || mark == "\xC2\xAB"; }

}  // namespace

// Messages:
//   opening quotation mark <m> is not closed in its paragraph
//   closing quotation mark <m> has no opening mark
//   <m> opens a quotation where a closing mark belongs (a quotation is already open)
//   <m> closes a quotation where an opening mark belongs
void unbalanced_quote_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  for (const auto& a : corpus.articles) {
    const std::string_view text = a.text();
    for (std::size_t b = 0; b < a.blocks.size(); ++b) {
      const auto& block = a.blocks[b];
      if (block.kind == text::block_kind::boilerplate) continue;
      const std::string_view part = block.span.of(text);
      for (const auto& p : grammar::find_quote_problems(part)) {
        if (p.kind == grammar::quote_problem_kind::unclosed) {
          // A quotation that runs on into the next paragraph reopens there without closing.
          // (The next block is looked at whatever its class: the mark itself is the evidence.)
          const std::size_t next = b + 1;
          if (next < a.blocks.size() && grammar::opens_with_quote(a.blocks[next].span.of(text))) continue;
        }
        const text::byte_span span{p.span.begin + block.span.begin, p.span.end + block.span.begin};
        const std::string mark(mark_of(span.of(text)));
        finding f;
        f.where = locate(a, span);
        switch (p.kind) {
          case grammar::quote_problem_kind::unclosed:
            f.message = fmt::format("opening quotation mark {} is not closed in its paragraph", mark);
            break;
          case grammar::quote_problem_kind::unopened:
            f.message = fmt::format("closing quotation mark {} has no opening mark", mark);
            break;
          case grammar::quote_problem_kind::wrong_direction:
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
}

}  // namespace factcheck::checker::rules
