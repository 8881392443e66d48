#include "checker/rules/weekday_mismatch.hpp"

#include <fmt/format.h>

#include "checker/check.hpp"
#include "checker/model/dates.hpp"

// A stated weekday that is not the weekday of the stated date ("Friday, March 5, 2024" when
// March 5, 2024 was a Tuesday), in the dateline or in the text. Relative weekdays ("on
// Friday") are resolved to that weekday and cannot mismatch.
namespace factcheck::checker::rules {
namespace {

std::optional<std::chrono::weekday> stated(bool has, std::chrono::weekday day,
                                           std::string_view written) {
  if (has) return day;
  return find_weekday(written);
}

}  // namespace

void weekday_mismatch_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  for (const auto& a : corpus.articles) {
    if (a.source == nullptr) continue;
    const std::string_view text = a.text();
    auto check = [&](text::byte_span span, std::optional<std::chrono::sys_days> date,
                     std::optional<std::chrono::weekday> weekday) {
      if (!date || !weekday) return;
      const std::chrono::weekday actual{*date};
      if (actual == *weekday) return;
      finding f;
      f.where = locate(a, span);
      f.message = fmt::format("{} was a {}, not a {}", format_day(*date), weekday_name(actual),
                              weekday_name(*weekday));
      f.suggestion = fmt::format("{} or check the date", weekday_name(actual));
      f.context = std::string(a.sentence_at(span.begin).of(text));
      sink.report(std::move(f));
    };
    if (a.dateline.date && a.dateline.source != grammar::dateline_source::inferred) {
      check(a.dateline.span, std::chrono::sys_days{*a.dateline.date},
            stated(a.dateline.has_weekday, a.dateline.weekday, a.dateline.span.of(text)));
    }
    for (const auto& t : a.times) {
      if (t.kind != grammar::timex_kind::absolute || !t.start || !t.end) continue;
      if (*t.end - *t.start != std::chrono::days{1}) continue;  // a weekday names one day
      check(t.span, *t.start, stated(t.has_weekday, t.weekday, t.span.of(text)));
    }
  }
}

}  // namespace factcheck::checker::rules
