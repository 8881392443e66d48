#pragma once
// entities: capitalized name spans, people with titles before their names, and quotations
// with their speakers. Plain results; the gazetteer match happens in checker/.

#include <string>
#include <string_view>
#include <vector>

#include "text/span.hpp"

namespace factcheck::grammar {

struct name_mention {
  text::byte_span span;   // "Oleksii Reznikov", "Kyiv", "Keiv"
  std::string title;      // "Defense Minister", "Kremlin spokesman", "" when none
  text::byte_span title_span;
};

struct quotation {
  text::byte_span span;        // including the quote marks
  text::byte_span inner;       // the quoted words
  std::string speaker;         // as written ("Biden", "Kremlin spokesman Dmitry Peskov"), or ""
  text::byte_span speaker_span;
  bool balanced = true;        // false when the opening mark has no closing mark
};

struct quote_mark_problem {
  text::byte_span span;  // the unpaired mark and what follows it in its sentence
};

std::vector<name_mention> extract_names(std::string_view text);
std::vector<quotation> extract_quotations(std::string_view text);

}  // namespace factcheck::grammar
