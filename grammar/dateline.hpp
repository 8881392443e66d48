#pragma once
// dateline: finds an article's publication date in its header, footer or byline blocks.

#include <chrono>
#include <optional>
#include <string_view>
#include <vector>

#include "text/segment.hpp"

namespace factcheck::grammar {

enum class dateline_source { header, footer, byline, inferred, none };
std::string_view to_string(dateline_source s);

struct dateline {
  std::optional<std::chrono::year_month_day> date;
  dateline_source source = dateline_source::none;
  text::byte_span span;  // the date text; empty when none
  bool has_weekday = false;
  std::chrono::weekday weekday{};
};

// Looks at the first blocks (header), the byline and the last blocks (footer), in that order
// of preference, for a full date (day, month and year) in any of the common formats.
dateline detect_dateline(std::string_view text, const std::vector<text::block>& blocks);

}  // namespace factcheck::grammar
