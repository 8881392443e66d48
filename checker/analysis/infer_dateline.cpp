#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "checker/analysis/claim_text.hpp"
#include "checker/analysis/pipeline.hpp"
#include "checker/model/claim_report.hpp"
#include "checker/model/dates.hpp"
#include "checker/model/sorted_set.hpp"

// Dateline inference for articles that state no date (issue 5, item 3).
//
// Evidence, strongest first:
//  1. a claim of the article dated by a bare weekday ("On Friday, the minister said 94,000
//     troops...") that is the same fact as a claim another, dated, article pins to a day of
//     that weekday: the article was published on that day or within the following six days;
//  2. otherwise, the other articles about the same events (sharing entities): the article is
//     taken to be published with the earliest of them, on its weekday if it names one.
// Of the dates consistent with all the evidence the earliest is chosen: news is written close
// to the events it reports.
namespace factcheck::checker {
namespace {

using std::chrono::sys_days;

// What a claim is about, for a note: its head noun, else its class ("deaths", "talks").
std::string readable(const claim& c) {
  std::string_view s = c.subject;
  if (const auto at = s.find('@'); at != std::string_view::npos) s = s.substr(0, at);
  if (const auto colon = s.rfind(':'); colon != std::string_view::npos) s = s.substr(colon + 1);
  return std::string(s);
}

bool same_fact(const claim& x, const claim& y) {
  if (x.kind != y.kind || x.subject != y.subject) return false;
  const std::size_t shared = shared_count(x.entities, y.entities);
  return shared >= 1 && shared >= std::min<std::size_t>({2, x.entities.size(), y.entities.size()});
}

std::optional<std::chrono::weekday> weekday_of(const analyzed_article& a,
                                               const grammar::time_expression& t) {
  if (t.kind != grammar::timex_kind::relative) return std::nullopt;
  if (t.has_weekday) return t.weekday;
  return find_weekday(t.span.of(a.text()));
}

struct period_shift {
  int months = 0;
  int weeks = 0;
  bool month_grain = false;
};

// "next month", "last week", "earlier this month": how far the period named is from the
// (unknown) publication date.
std::optional<period_shift> relative_period(std::string_view written) {
  std::string w(written);
  for (auto& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  const bool month = w.find("month") != std::string::npos;
  const bool week = w.find("week") != std::string::npos;
  if (!month && !week) return std::nullopt;
  int offset = 0;
  if (w.find("next") != std::string::npos || w.find("coming") != std::string::npos) {
    offset = 1;
  } else if (w.find("last") != std::string::npos || w.find("previous") != std::string::npos) {
    offset = -1;
  } else if (w.find("this") == std::string::npos) {
    return std::nullopt;
  }
  period_shift s;
  s.month_grain = month;
  if (month) {
    s.months = offset;
  } else {
    s.weeks = offset;
  }
  return s;
}

struct range {
  sys_days low;
  sys_days high;
  std::string note;
};

std::uint32_t line_of(const analyzed_article& a, std::uint32_t offset) {
  return a.source->locate(offset).line;
}

}  // namespace

void infer_datelines(aligned_corpus& corpus, const std::vector<claim>& claims) {
  auto& articles = corpus.articles;
  std::vector<std::uint32_t> targets;
  for (std::uint32_t i = 0; i < articles.size(); ++i) {
    if (articles[i].source != nullptr && !articles[i].dateline.date) targets.push_back(i);
  }
  if (targets.empty()) return;

  // Dated claims of dated articles, by kind and subject.
  std::unordered_map<std::string, std::vector<std::uint32_t>> dated;
  std::vector<std::vector<std::uint32_t>> claims_of(articles.size());
  for (std::uint32_t i = 0; i < claims.size(); ++i) {
    const claim& c = claims[i];
    claims_of[c.article].push_back(i);
    if (articles[c.article].dateline.date && c.as_of && c.time_index) {
      dated[fmt::format("{}|{}", static_cast<int>(c.kind), c.subject)].push_back(i);
    }
  }

  bool indexed = false;  // the postings are built on the first fallback
  std::unordered_map<std::string, std::vector<std::uint32_t>> postings;
  for (std::uint32_t target : targets) {
    auto& a = articles[target];
    std::vector<range> evidence;
    for (std::uint32_t ci : claims_of[target]) {
      const claim& c = claims[ci];
      if (!c.time_index) continue;
      const auto& t = a.times[*c.time_index];
      const auto day = weekday_of(a, t);
      const auto shift = day ? std::nullopt : relative_period(t.span.of(a.text()));
      if (!day && !shift) continue;
      auto it = dated.find(fmt::format("{}|{}", static_cast<int>(c.kind), c.subject));
      if (it == dated.end()) continue;
      // Bounded: the first dated claims of the same subject are enough evidence.
      std::size_t examined = 0;
      for (std::uint32_t oi : it->second) {
        if (++examined > 1024) break;
        const claim& o = claims[oi];
        if (o.article == target || !same_fact(c, o)) continue;
        const sys_days when = *o.as_of;
        const auto& other = articles[o.article];
        if (day) {
          if (std::chrono::weekday{when} != *day) continue;
          evidence.push_back(
              {when, when + std::chrono::days{6},
               fmt::format("'{}' (line {}) read as {}, the day {} gives for the same {} (line {})",
                           t.span.of(a.text()), line_of(a, t.span.begin), format_day(when),
                           short_name(other.path()), readable(c), line_of(other, o.span.begin))});
          break;
        }
        // "next month" for an event another source dates in March: written in February.
        const auto& ot = other.times[o.index];
        if (c.kind != claim_kind::event_date || !ot.start) continue;
        range r{when, when, {}};
        if (shift->months != 0 || shift->month_grain) {
          using namespace std::chrono;
          const year_month_day d{when};
          const year_month written = year_month{d.year(), d.month()} - months{shift->months};
          r.low = sys_days{written / 1};
          r.high = sys_days{written / last};
        } else {
          r.low = when - std::chrono::days{7 * shift->weeks + 6};
          r.high = when - std::chrono::days{7 * shift->weeks - 6};
        }
        r.note =
            fmt::format("'{}' (line {}): {} dates the same {} {} (line {})", t.span.of(a.text()),
                        line_of(a, t.span.begin), short_name(other.path()), readable(c),
                        format_day(when), line_of(other, o.span.begin));
        evidence.push_back(std::move(r));
        break;
      }
    }

    if (!evidence.empty()) {
      // The latest lower bound, if every range admits it; else the best supported range.
      sys_days low = evidence.front().low;
      sys_days high = evidence.front().high;
      for (const auto& r : evidence) {
        low = std::max(low, r.low);
        high = std::min(high, r.high);
      }
      const range* chosen = &evidence.front();
      if (low > high) {
        low = evidence.front().low;
        for (const auto& r : evidence) {
          if (r.low < low) {
            low = r.low;
            chosen = &r;
          }
        }
      } else {
        for (const auto& r : evidence) {
          if (r.low == low) {
            chosen = &r;
            break;
          }
        }
      }
      a.dateline.date = std::chrono::year_month_day{low};
      a.dateline.source = grammar::dateline_source::inferred;
      a.dateline_note = chosen->note;
      continue;
    }

    // Fallback: the other dated articles about the same events, found through an index of
    // their distinctive entities (an entity in hundreds of articles identifies no story).
    if (!indexed) {
      indexed = true;
      fill_entities(corpus);
      for (std::uint32_t i = 0; i < articles.size(); ++i) {
        if (!articles[i].dateline.date) continue;
        for (const auto& e : articles[i].entities) postings[e].push_back(i);
      }
    }
    std::optional<sys_days> earliest;
    std::uint32_t from = 0;
    std::unordered_map<std::uint32_t, int> shared;
    for (const auto& e : a.entities) {
      auto p = postings.find(e);
      if (p == postings.end() || p->second.size() > 256) continue;
      for (std::uint32_t i : p->second) {
        if (i == target || articles[i].dateline.source == grammar::dateline_source::inferred)
          continue;
        if (++shared[i] != 2) continue;
        const sys_days d{*articles[i].dateline.date};
        if (!earliest || d < *earliest || (d == *earliest && i < from)) {
          earliest = d;
          from = i;
        }
      }
    }
    if (!earliest) continue;
    sys_days chosen = *earliest;
    std::string note = fmt::format("the earliest other article on the same events ({}, {})",
                                   short_name(articles[from].path()), format_day(*earliest));
    for (const auto& t : a.times) {
      if (auto day = weekday_of(a, t)) {
        chosen = latest_on_or_before(*earliest, *day);
        note = fmt::format("'{}' (line {}) taken as the {} on or before {}, the date of {}",
                           t.span.of(a.text()), line_of(a, t.span.begin), weekday_name(*day),
                           format_day(*earliest), short_name(articles[from].path()));
        break;
      }
    }
    a.dateline.date = std::chrono::year_month_day{chosen};
    a.dateline.source = grammar::dateline_source::inferred;
    a.dateline_note = std::move(note);
  }
}

}  // namespace factcheck::checker
