#include "checker/rules/missing_dateline.hpp"

#include <fmt/format.h>

#include "checker/check.hpp"
#include "checker/model/dates.hpp"

// An article with no publication date of its own: say what was inferred, and from what, so
// the editor can confirm it. Reported at the top of the article.
namespace factcheck::checker::rules {

void missing_dateline_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  for (const auto& a : corpus.articles) {
    if (a.source == nullptr) continue;
    const auto source = a.dateline.source;
    // A dateline completed from evidence (the year from the other sources, the order of
    // "4/9/2007") is noted in the JSON report's dateline_note; a yearless one that no source
    // dates is reported here, since the article then has no publication date.
    const bool settled = a.dateline.without_year.has_value() && !a.dateline.date;
    if (source != grammar::dateline_source::none && source != grammar::dateline_source::inferred &&
        !settled) {
      continue;
    }
    const std::string_view text = a.text();
    const auto eol = text.find('\n');
    const auto first_line_end =
        static_cast<std::uint32_t>(eol == std::string_view::npos ? text.size() : eol);
    finding f;
    f.where = locate(a, {0, first_line_end});
    if (settled && source != grammar::dateline_source::inferred) {
      // "4/9/2007" or "Nov 11": the dateline is there, but part of it was read from the corpus.
      const auto at = a.dateline.span;
      f.where = locate(a, at.empty() ? text::byte_span{0, first_line_end} : at);
      f.message = a.dateline.date
                      ? fmt::format("the dateline is incomplete or ambiguous: {}", a.dateline_note)
                      : fmt::format("the dateline is incomplete: {}; relative dates in this article cannot be "
                                    "checked",
                                    a.dateline_note);
      f.suggestion = a.dateline.date ? fmt::format("write the date in full ({})", format_day(*a.dateline.date))
                                     : std::string("write the date in full");
    } else if (source == grammar::dateline_source::inferred && a.dateline.date) {
      f.message = fmt::format("no publication date found; {} was inferred from {}",
                              format_day(*a.dateline.date), a.dateline_note);
      f.suggestion = fmt::format("add the dateline ({})", format_day(*a.dateline.date));
    } else {
      f.message =
          "no publication date found and none could be inferred; relative dates in this article "
          "cannot be checked";
      f.suggestion = "add the dateline";
    }
    sink.report(std::move(f));
  }
}

}  // namespace factcheck::checker::rules
