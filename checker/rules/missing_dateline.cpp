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
    if (source != grammar::dateline_source::none && source != grammar::dateline_source::inferred) {
      continue;
    }
    const std::string_view text = a.text();
    const auto eol = text.find('\n');
    const auto first_line_end =
        static_cast<std::uint32_t>(eol == std::string_view::npos ? text.size() : eol);
    finding f;
    f.where = locate(a, {0, first_line_end});
    if (source == grammar::dateline_source::inferred && a.dateline.date) {
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
