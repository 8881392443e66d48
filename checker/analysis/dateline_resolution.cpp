// Settles what detect_dateline leaves open, with the corpus (issue 10, family 10; the decision
// record is docs/decisions/0043-numeric-date-order-and-year.md):
//  - the order of an ambiguous numeric dateline ("4/9/2007": 9 April or 4 September), and the
//    order of the article's other numeric dates with it;
//  - the year of a dateline written without one ("MUMBAI, Nov 11 (Reuters) -").
// Each decision is written to the article's dateline_note (shown by missing-dateline and in the
// JSON report), saying what was chosen and from what.
//
// Order, strongest evidence first:
//  1. the article's own numeric dates whose order is certain ("04/28/09", "27/09/2013");
//  2. the other sources about the same events (sharing distinctive entities): one reading close
//     to their datelines, the other clearly further;
//  3. with day_first = "auto": a 12-hour clock with the date ("6:04 PM" is the US style, month
//     first), then the corpus's numeric dates whose order is certain, by a clear majority;
//  4. the configured order.
// Year: the year that puts the date nearest the other sources' datelines about the same events
// (within half a year), and with a weekday written, the year in which the date falls on it
// nearest to them; without other sources, no year is guessed (the article stays undated and
// dateline inference may date it).

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "checker/model/claim_report.hpp"
#include "checker/analysis/claim_text.hpp"
#include "checker/model/dates.hpp"
#include "checker/analysis/pipeline.hpp"

namespace factcheck::checker {
namespace {

using std::chrono::sys_days;

constexpr int close_days = 31;          // a reading this close to the other sources fits them
constexpr int max_year_gap_days = 183;  // a yearless date further than this from them: no year

struct anchor {
  sys_days day;
  std::uint32_t article = 0;
};

bool settled(const grammar::dateline& d) {
  return d.date && !d.other_reading && !d.without_year &&
         d.source != grammar::dateline_source::inferred;
}

// The dated articles sharing at least two distinctive entities with `target`.
class story_index {
 public:
  story_index(const std::vector<analyzed_article>& articles, const config& settings)
      : articles_(articles) {
    entities_.resize(articles.size());
    for (std::uint32_t i = 0; i < articles.size(); ++i) {
      if (articles[i].source == nullptr) continue;
      entities_[i] = article_entities(articles[i], settings);
      if (!settled(articles[i].dateline)) continue;
      for (const auto& e : entities_[i]) postings_[e].push_back(i);
      all_.push_back({sys_days{*articles[i].dateline.date}, i});
    }
  }

  [[nodiscard]] std::vector<anchor> related(std::uint32_t target) const {
    std::unordered_map<std::uint32_t, int> shared;
    std::vector<anchor> out;
    for (const auto& e : entities_[target]) {
      auto p = postings_.find(e);
      if (p == postings_.end() || p->second.size() > 256) continue;  // not distinctive
      for (std::uint32_t i : p->second) {
        if (i != target && ++shared[i] == 2)
          out.push_back({sys_days{*articles_[i].dateline.date}, i});
      }
    }
    std::sort(out.begin(), out.end(), [](const anchor& x, const anchor& y) {
      return std::tie(x.day, x.article) < std::tie(y.day, y.article);
    });
    return out;
  }
  [[nodiscard]] const std::vector<anchor>& all() const { return all_; }

 private:
  const std::vector<analyzed_article>& articles_;
  std::vector<std::vector<std::string>> entities_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> postings_;
  std::vector<anchor> all_;
};

// The anchor nearest `day` (ties: the earlier), with its distance in days.
std::optional<std::pair<int, anchor>> nearest(const std::vector<anchor>& anchors, sys_days day) {
  std::optional<std::pair<int, anchor>> best;
  for (const auto& a : anchors) {
    const int gap = std::abs(days_between(a.day, day));
    if (!best || gap < best->first) best = std::pair{gap, a};
  }
  return best;
}

std::string written(const analyzed_article& a) { return std::string(a.dateline.span.of(a.text())); }

struct order_choice {
  bool keep = true;  // keep `date` (the configured order's reading)
  std::string why;
  bool guessed = false;  // nothing but the configured order decided
};

order_choice choose_order(const std::vector<analyzed_article>& articles, std::uint32_t target,
                          const story_index& stories, const config& settings,
                          const grammar::numeric_date_style& corpus_style) {
  const auto& a = articles[target];
  const bool configured_day_first = settings.day_first_dates;
  // Which reading is day first.
  auto pick = [&](bool day_first, std::string why) {
    return order_choice{day_first == configured_day_first, std::move(why)};
  };
  // 1. The article's own numeric dates of certain order (the dateline's own text excluded: it
  //    is ambiguous by construction).
  const auto own = grammar::scan_numeric_date_style(a.text());
  if ((own.day_first > 0) != (own.month_first > 0)) {
    return pick(own.day_first > 0,
                fmt::format("as this article's other numeric dates are written ({} first)",
                            own.day_first > 0 ? "day" : "month"));
  }
  // 2. The other sources about the same events.
  const sys_days mine{*a.dateline.date};
  const sys_days other{*a.dateline.other_reading};
  auto related = stories.related(target);
  const bool same_story = !related.empty();
  if (!same_story) related = stories.all();
  const auto near_mine = nearest(related, mine);
  const auto near_other = nearest(related, other);
  if (near_mine && near_other) {
    const auto decide = [&](const std::pair<int, anchor>& close, int far) {
      return close.first <= close_days && far >= 2 * close.first + 14;
    };
    const bool mine_fits = decide(*near_mine, near_other->first);
    const bool other_fits = decide(*near_other, near_mine->first);
    if (mine_fits || other_fits) {
      const auto& by = mine_fits ? *near_mine : *near_other;
      const bool day_first = mine_fits == configured_day_first;
      return pick(
          day_first,
          fmt::format("nearest the {} ({}, dated {})",
                      same_story ? "other sources on the same events" : "other articles' datelines",
                      short_name(articles[by.second.article].path()), format_day(by.second.day)));
    }
  }
  if (settings.auto_date_order) {
    // 3. The outlet's style.
    if (a.dateline.twelve_hour_clock) {
      return pick(false,
                  "the 12-hour clock beside it is the US style, which writes the month first");
    }
    if (corpus_style.day_first + corpus_style.month_first > 0) {
      if (corpus_style.month_first >= 2 * corpus_style.day_first + 1) {
        return pick(
            false,
            fmt::format("as most unambiguous numeric dates of the corpus are written ({} month "
                        "first, {} day first)",
                        corpus_style.month_first, corpus_style.day_first));
      }
      if (corpus_style.day_first >= 2 * corpus_style.month_first + 1) {
        return pick(
            true, fmt::format("as most unambiguous numeric dates of the corpus are written ({} day "
                              "first, {} month first)",
                              corpus_style.day_first, corpus_style.month_first));
      }
    }
  }
  auto fallback =
      pick(configured_day_first, fmt::format("by the configured order ({} first); nothing in the "
                                             "corpus decides",
                                             configured_day_first ? "day" : "month"));
  fallback.guessed = true;
  return fallback;
}

// The year for a dateline without one, and why; nullopt when the corpus cannot tell.
std::optional<std::pair<std::chrono::year_month_day, std::string>> choose_year(
    const std::vector<analyzed_article>& articles, std::uint32_t target,
    const story_index& stories) {
  using namespace std::chrono;
  const auto& a = articles[target];
  const month_day md = *a.dateline.without_year;
  const auto related = stories.related(target);
  if (related.empty()) return std::nullopt;
  // The median of the related datelines.
  const anchor& mid = related[related.size() / 2];
  const int base = static_cast<int>(year_month_day{mid.day}.year());
  std::optional<std::pair<int, year_month_day>> best;
  const int span = a.dateline.has_weekday ? 6 : 1;  // a weekday repeats on a date every 5-11 years
  for (int y = base - span; y <= base + span; ++y) {
    const year_month_day day = year{y} / md.month() / md.day();
    if (!day.ok()) continue;
    if (a.dateline.has_weekday && weekday{sys_days{day}} != a.dateline.weekday) continue;
    const int gap = std::abs(days_between(mid.day, sys_days{day}));
    if (!best || gap < best->first) best = std::pair{gap, day};
  }
  if (!best) return std::nullopt;
  if (!a.dateline.has_weekday && best->first > max_year_gap_days) return std::nullopt;
  std::string why =
      fmt::format("the year of the other sources on the same events ({} of them, median {} in {})",
                  related.size(), format_day(mid.day), short_name(articles[mid.article].path()));
  if (a.dateline.has_weekday) {
    why = fmt::format(
        "the year nearest the other sources on the same events (median {} in {}) in which it is a "
        "{}",
        format_day(mid.day), short_name(articles[mid.article].path()),
        weekday_name(a.dateline.weekday));
  }
  return std::pair{best->second, std::move(why)};
}

}  // namespace

grammar::date_order configured_date_order(const config& settings) {
  return settings.day_first_dates ? grammar::date_order::day_first
                                  : grammar::date_order::month_first;
}

void resolve_datelines(std::vector<analyzed_article>& articles, const config& settings) {
  std::vector<std::uint32_t> targets;
  for (std::uint32_t i = 0; i < articles.size(); ++i) {
    auto& a = articles[i];
    if (a.source == nullptr) continue;
    a.date_order = configured_date_order(settings);
    if (settings.auto_date_order) {
      // The article's own unambiguous numeric dates set the order of its ambiguous ones.
      const auto own = grammar::scan_numeric_date_style(a.text());
      if (own.day_first > 0 && own.month_first == 0) a.date_order = grammar::date_order::day_first;
      if (own.month_first > 0 && own.day_first == 0)
        a.date_order = grammar::date_order::month_first;
    }
    if ((a.dateline.date && a.dateline.other_reading) ||
        (!a.dateline.date && a.dateline.without_year)) {
      targets.push_back(i);
    }
  }
  if (targets.empty()) return;
  const story_index stories(articles, settings);
  grammar::numeric_date_style corpus_style;
  if (settings.auto_date_order) {
    for (const auto& a : articles) {
      if (a.source == nullptr) continue;
      const auto s = grammar::scan_numeric_date_style(a.text());
      corpus_style.day_first += s.day_first;
      corpus_style.month_first += s.month_first;
    }
  }
  for (std::uint32_t i : targets) {
    auto& a = articles[i];
    const std::string text = written(a);
    if (a.dateline.date) {
      const auto choice = choose_order(articles, i, stories, settings, corpus_style);
      if (!choice.keep) std::swap(*a.dateline.date, *a.dateline.other_reading);
      a.dateline_guessed = choice.guessed;
      const bool day_first = choice.keep == settings.day_first_dates;
      if (settings.auto_date_order) {
        a.date_order =
            day_first ? grammar::date_order::day_first : grammar::date_order::month_first;
      }
      a.dateline_note = fmt::format("'{}' read {} first as {}, {} (the other reading is {})", text,
                                    day_first ? "day" : "month", format_day(*a.dateline.date),
                                    choice.why, format_day(*a.dateline.other_reading));
      continue;
    }
    if (auto year = choose_year(articles, i, stories)) {
      a.dateline.date = year->first;
      a.dateline_note = fmt::format("'{}' gives no year: {} taken from {}", text,
                                    format_day(year->first), year->second);
    } else {
      a.dateline_note =
          fmt::format("'{}' gives no year and no other source on the same events dates it", text);
    }
  }
}

}  // namespace factcheck::checker
