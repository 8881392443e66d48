#include "checker/rules/date_conflict.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "checker/analysis/dates_consensus.hpp"
#include "checker/check.hpp"
#include "checker/model/claim_report.hpp"
#include "checker/model/dates.hpp"
#include "checker/model/sorted_set.hpp"
#include "text/ascii.hpp"

// The same event placed on incompatible dates.
//  1. Across sources: event claims of one fact group (same event class, shared entities) whose
//     resolved intervals are disjoint by more than a day ("early 2022" and "late January 2022"
//     overlap, so they agree). The claim contradicted by more sources than support it is
//     flagged; when the contradicting side comes from an article whose dateline is stale, only
//     that side is flagged, since its dates were resolved against the wrong day.
//  2. Within an article whose dateline contradicts its content (see dates_consensus.hpp): a
//     relative event date ("talks next month") read against the dateline lands elsewhere than
//     read against the date the content points to.
namespace factcheck::checker::rules {
namespace {

using std::chrono::sys_days;

constexpr int slack_days = 1;  // multi-day events and time zones

struct dated_event {
  std::uint32_t claim;
  sys_days start;
  sys_days end;
};

std::string describe_interval(sys_days start, sys_days end) {
  const int days = days_between(start, end);
  if (days <= 1) return format_day(start);
  const std::chrono::year_month_day s{start};
  const std::chrono::year_month_day e{end - std::chrono::days{1}};
  if (s.year() == e.year() && s.month() == e.month()) {
    if (static_cast<unsigned>(s.day()) == 1 &&
        (s.year() / s.month() / std::chrono::last).day() == e.day()) {
      return describe_month(start);
    }
    return describe_month_part(start + std::chrono::days{days / 2});
  }
  return fmt::format("{} to {}", format_day(start), format_day(end - std::chrono::days{1}));
}

// Words that name one occurrence among several ("the next meeting", "the second round of
// talks", "last year's summit"): two such claims may be about different occurrences.
constexpr std::array<std::string_view, 16> occurrence_words = {
    "next",  "last",   "previous", "first",  "second", "third",    "final",  "latest",
    "another", "new",  "earlier",  "later",  "upcoming", "recent", "past",   "annual"};

bool names_an_occurrence(std::string_view sentence_text) {
  std::size_t i = 0;
  while (i < sentence_text.size()) {
    if (!std::isalpha(static_cast<unsigned char>(sentence_text[i]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < sentence_text.size() && std::isalpha(static_cast<unsigned char>(sentence_text[j]))) ++j;
    const std::string w = text::to_lower_ascii(sentence_text.substr(i, j - i));
    if (std::find(occurrence_words.begin(), occurrence_words.end(), w) != occurrence_words.end()) return true;
    i = j;
  }
  return false;
}

// Confidently the same event: same event class (the fact group), at least two entities in
// common (or the only one each names), and neither sentence singles out one occurrence of a
// recurring event. Fact groups are connected components, so two claims of one group may share
// nothing directly; this is checked pair by pair.
bool same_event(const claim& x, const claim& y) {
  const std::size_t shared = shared_count(x.entities, y.entities);
  if (shared == 0) return false;
  return shared >= 2 || (x.entities.size() == 1 && y.entities.size() == 1);
}

// A relative date ("on Friday", "next month") is only as good as the dateline it was read
// against: one guessed (inferred, or an ambiguous numeric date read by the default order) is no
// ground for an error.
bool trusted_time(const aligned_corpus& corpus, const claim& c) {
  const auto& t = time_of(corpus, c);
  const auto& a = article_of(corpus, c);
  const bool relative = t.kind == grammar::timex_kind::relative || !t.has_year;
  if (!relative) return true;
  return a.dateline.date && a.dateline.source != grammar::dateline_source::inferred && !a.dateline_guessed;
}

// "the summit", or for an event named by its verb ("v:arrest") "the arrest".
std::string event_name(const claim& c) {
  return c.subject.starts_with("v:") ? c.subject.substr(2) : c.subject;
}

bool disjoint(const dated_event& x, const dated_event& y) {
  const auto slack = std::chrono::days{slack_days};
  return x.end + slack <= y.start || y.end + slack <= x.start;
}

// Events of one fact that the cross-source comparison cannot tell apart (see run()).
struct event_class {
  std::size_t first = 0;                                        // a member (index into events)
  std::vector<std::size_t> members;                             // indexes into events, in order
  std::unordered_map<std::uint32_t, std::size_t> per_article;   // members per article
  bool stale = false;  // their articles' datelines are contradicted (the assessment)
};

enum class relation : std::uint8_t { none, support, against };

struct event_key_less {
  using key = std::tuple<sys_days, sys_days, bool, const std::vector<std::string>*>;
  bool operator()(const key& x, const key& y) const {
    return std::tie(std::get<0>(x), std::get<1>(x), std::get<2>(x), *std::get<3>(x)) <
           std::tie(std::get<0>(y), std::get<1>(y), std::get<2>(y), *std::get<3>(y));
  }
};

}  // namespace

void date_conflict_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  const auto& assessments = corpus.datelines;
  std::set<std::uint32_t> flagged;

  for (const auto& group : corpus.facts) {
    std::vector<dated_event> events;
    for (std::uint32_t i : group.claims) {
      const claim& c = corpus.claims[i];
      if (c.kind != claim_kind::event_date) continue;
      const auto& t = time_of(corpus, c);
      if (!t.start || !trusted_time(corpus, c)) continue;
      if (names_an_occurrence(c.sentence.of(article_of(corpus, c).text()))) continue;
      const sys_days end = t.end && *t.end > *t.start ? *t.end : *t.start + std::chrono::days{1};
      events.push_back({i, *t.start, end});
    }
    if (events.size() < 2) continue;
    // Events that same_event() and disjoint() cannot tell apart (same interval, same
    // entities, same dateline assessment) form a class; classes are compared, not every pair
    // of events (a story that thousands of sources tell has few classes).
    std::vector<event_class> classes;
    std::vector<std::uint32_t> class_of(events.size());
    {
      std::map<std::tuple<sys_days, sys_days, bool, const std::vector<std::string>*>, std::uint32_t,
               event_key_less>
          index;
      for (std::uint32_t k = 0; k < events.size(); ++k) {
        const claim& c = corpus.claims[events[k].claim];
        const bool stale = assessments[c.article].stale;
        auto [it, added] =
            index.try_emplace({events[k].start, events[k].end, stale, &c.entities},
                              static_cast<std::uint32_t>(classes.size()));
        if (added) classes.push_back({k, {}, {}, stale});
        auto& cls = classes[it->second];
        cls.members.push_back(k);
        ++cls.per_article[c.article];
        class_of[k] = it->second;
      }
    }
    // Per class: how every class relates to it (built on first use).
    std::vector<std::vector<relation>> relations(classes.size());
    const auto limit = static_cast<std::size_t>(std::max(1, corpus.settings->related_limit));
    for (std::size_t x = 0; x < events.size(); ++x) {
      const claim& c = corpus.claims[events[x].claim];
      const bool self_stale = assessments[c.article].stale;
      auto& row = relations[class_of[x]];
      if (row.empty()) {
        row.resize(classes.size(), relation::none);
        for (std::size_t k = 0; k < classes.size(); ++k) {
          const auto& other = events[classes[k].first];
          if (!same_event(c, corpus.claims[other.claim])) continue;
          row[k] = disjoint(events[x], other) ? relation::against : relation::support;
        }
      }
      std::size_t support = 0;
      std::size_t against = 0;
      bool against_trusted = false;
      std::vector<std::size_t> shown;  // the first against events (by position), for related
      for (std::size_t k = 0; k < classes.size(); ++k) {
        if (row[k] == relation::none) continue;
        const auto& cls = classes[k];
        const auto mine = cls.per_article.find(c.article);
        const std::size_t others =
            cls.members.size() - (mine == cls.per_article.end() ? 0 : mine->second);
        if (others == 0) continue;
        if (row[k] == relation::support) {
          support += others;
          continue;
        }
        against += others;
        against_trusted = against_trusted || !cls.stale;
        std::size_t taken = 0;
        for (std::size_t y : cls.members) {
          if (taken == limit) break;
          if (corpus.claims[events[y].claim].article == c.article) continue;
          shown.push_back(y);
          ++taken;
        }
      }
      if (against == 0 || support >= against) continue;
      if (!self_stale && !against_trusted) continue;  // the other side's dateline is wrong
      std::sort(shown.begin(), shown.end());
      const auto& first = events[shown.front()];
      const claim& other = corpus.claims[first.claim];
      finding f = finding_at(corpus, c, group);
      f.message =
          fmt::format("'{}' puts the {} at {}; {} puts it at {} ('{}')", claim_text(corpus, c),
                      event_name(c), describe_interval(events[x].start, events[x].end),
                      short_name(article_of(corpus, other).path()),
                      describe_interval(first.start, first.end), claim_text(corpus, other));
      if (self_stale)
        f.message += "; this article's dateline is itself contradicted (see stale-dateline)";
      for (std::size_t k = 0; k < shown.size() && k < limit; ++k)
        f.related.push_back(related_at(corpus, corpus.claims[events[shown[k]].claim]));
      f.related_more = against - f.related.size();
      sink.report(std::move(f));
      flagged.insert(events[x].claim);
    }
  }

  // Relative event dates in articles whose dateline contradicts their content.
  for (std::uint32_t gi = 0; gi < corpus.facts.size(); ++gi) {
    const auto& group = corpus.facts[gi];
    for (std::uint32_t i : group.claims) {
      const claim& c = corpus.claims[i];
      if (c.kind != claim_kind::event_date || flagged.contains(i) || c.subject.starts_with("v:")) continue;
      const auto& assessment = assessments[c.article];
      const auto& a = article_of(corpus, c);
      if (!assessment.stale || !assessment.content_date || !a.dateline.date) continue;
      // Only when the relative dates were resolved against the stale dateline itself.
      if (a.reference != a.dateline.date) continue;
      const auto& t = time_of(corpus, c);
      if ((t.kind != grammar::timex_kind::relative && t.has_year) || !t.start) continue;
      const sys_days dated{*a.dateline.date};
      const sys_days moved = reanchor(t, dated, *assessment.content_date);
      const bool month_grain = t.value.size() == 7;
      const auto show = [&](sys_days d) { return month_grain ? describe_month(d) : format_day(d); };
      finding f = finding_at(corpus, c, group);
      const std::string_view at = month_grain ? "in" : "on";
      f.message = fmt::format(
          "read against the dateline ({}) the {} land{} {} {}; the other sources date this story "
          "to about {}, which puts {} {} {}",
          format_day(dated), c.subject, c.subject.ends_with('s') ? "" : "s", at, show(*t.start),
          format_day(*assessment.content_date), c.subject.ends_with('s') ? "them" : "it", at,
          show(moved));
      f.suggestion = fmt::format("give the date explicitly ({})", show(moved));
      for (std::size_t k = 0; k < assessment.related_articles.size() && k < 3; ++k) {
        const auto& other = corpus.articles[assessment.related_articles[k]];
        f.related.push_back(locate(other, other.dateline.span));
      }
      sink.report(std::move(f));
    }
  }
}

}  // namespace factcheck::checker::rules
