#pragma once
// dateline: finds an article's publication date in its header, footer or byline blocks.

#include <chrono>
#include <optional>
#include <string_view>
#include <vector>

#include "grammar/extract.hpp"
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
  // What the checker settles with the corpus (checker/dateline_resolution.cpp):
  //  - "4/9/2007": both numbers could be the month. `date` is the reading in the order asked for,
  //    `other_reading` the other one.
  //  - "Mumbai, Nov 11 -": no year written. `date` is empty and `without_year` holds month and
  //    day (and has_weekday/weekday a weekday written with them).
  std::optional<std::chrono::year_month_day> other_reading;
  std::optional<std::chrono::month_day> without_year;
  bool twelve_hour_clock = false;  // "6:04 PM" written with it: the US style, month first
};

// Looks at the first blocks (header), the byline and the last blocks (footer), in that order
// of preference, for a full date (day, month and year) in any of the common formats; a date
// that opens a line after a label ("Updated 4/9/2007 6:04 PM ...", "Posted on Thu Jun 13, 2013
// ...") counts even when the line runs on into the article; a wire dateline ("MUMBAI, Nov 11
// (Reuters) - ...") may give no year. `order` reads ambiguous numeric dates ("4/9/2007").
dateline detect_dateline(std::string_view text, const std::vector<text::block>& blocks,
                         date_order order = date_order::day_first);

// Numeric dates whose order is certain because one part exceeds 12 ("27/09/2013" is day first,
// "04/28/09" month first): evidence of an outlet's style. Slashes and hyphens only (dots are
// day first everywhere). One linear scan, no grammar.
struct numeric_date_style {
  int day_first = 0;
  int month_first = 0;
};
numeric_date_style scan_numeric_date_style(std::string_view text);

}  // namespace factcheck::grammar
