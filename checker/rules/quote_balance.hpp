#pragma once
// quote_balance: how the double quotation marks of an article pair up, read as charitably as the
// marks allow. Used by unbalanced-quote; see docs/rules/unbalanced-quote.md.

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/span.hpp"

namespace factcheck::checker::rules {

enum class quote_issue_kind {
  unclosed,         // an opening mark that nothing closes
  unopened,         // a closing mark with nothing open
  wrong_direction,  // “ where a closing mark belongs, or ” where an opening one does
};

struct quote_issue {
  std::uint32_t mark_begin = 0;  // byte offset of the mark in the article text
  std::uint32_t mark_end = 0;
  quote_issue_kind kind = quote_issue_kind::unclosed;
};

// One paragraph of the article. `joins_previous`: a quotation may run from the paragraph before
// into this one (both are body text with nothing skipped between them).
struct quote_paragraph {
  text::byte_span span;
  bool joins_previous = false;
};

// The issues of the reading of the marks with the fewest issues. Straight marks (`"`) take
// the direction that pairs them; a straight mark right after a digit (`17"`) may be an inch
// mark; `''` and ``` `` ``` are ASCII closing and opening marks. A quotation may run over
// paragraphs: a paragraph that opens with a mark continues the quotation of the paragraph
// before (the newspaper convention), and a quotation may also run on without a mark over at most
// `max_silent_breaks` paragraph breaks when a later mark closes it (pages that lost the
// convention, or text split one sentence per paragraph). Ties go to the reading that follows the
// marks' surroundings (a space before and a word after a straight mark read as opening).
std::vector<quote_issue> balance_quotes(std::string_view text, const std::vector<quote_paragraph>& paragraphs);

inline constexpr int max_silent_breaks = 3;

}  // namespace factcheck::checker::rules
