#include "checker/analysis/dates_consensus.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "checker/analysis/claim_text.hpp"
#include "checker/model/claim_report.hpp"
#include "checker/model/dates.hpp"
#include "text/ascii.hpp"

using factcheck::text::to_lower_ascii;

namespace factcheck::checker {
namespace {

using std::chrono::sys_days;

constexpr std::size_t max_postings = 256;

std::optional<int> small_number(std::string_view w) {
  static const std::unordered_map<std::string_view, int> words = {
      {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
      {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
      {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
      {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
      {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"a", 1},         {"an", 1}};
  const std::string l = to_lower_ascii(w);
  if (auto it = words.find(l); it != words.end()) return it->second;
  if (!l.empty() && l.size() <= 3 && std::all_of(l.begin(), l.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
      })) {
    return std::stoi(l);
  }
  return std::nullopt;
}

std::optional<int> year_of(std::string_view w) {
  if (w.size() != 4 || !std::all_of(w.begin(), w.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
      })) {
    return std::nullopt;
  }
  const int y = std::stoi(std::string(w));
  return y >= 1900 && y <= 2100 ? std::optional<int>(y) : std::nullopt;
}

// A dateline the article gives. An inferred one was derived from the other sources: judging it
// against them would report the inference's error as the article's.
bool explicit_dateline(const analyzed_article& a) {
  return a.dateline.date && a.dateline.source != grammar::dateline_source::none &&
         a.dateline.source != grammar::dateline_source::inferred;
}

}  // namespace

std::vector<year_arithmetic> find_year_arithmetic(const analyzed_article& a) {
  std::vector<year_arithmetic> out;
  const std::string_view text = a.text();
  std::vector<text::byte_span> sentences;
  for (const auto& b : a.blocks) {
    if (b.kind == text::block_kind::boilerplate) continue;
    for (const auto& s : b.sentences) sentences.push_back(s.span);
  }
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const auto words = words_in(text, sentences[si]);
    for (std::size_t k = 0; k + 2 < words.size(); ++k) {
      const auto n = small_number(words[k].text);
      if (!n) continue;
      const std::string unit = to_lower_ascii(words[k + 1].text);
      if (unit != "years" && unit != "year") continue;
      const std::string rel = to_lower_ascii(words[k + 2].text);
      const bool more_than = k >= 2 && to_lower_ascii(words[k - 2].text) == "more" &&
                             to_lower_ascii(words[k - 1].text) == "than";
      std::optional<int> base;
      std::string how;
      if (rel == "after" || rel == "since") {
        // "seven years after 2014", "seven years after the 2014 annexation"
        for (std::size_t m = k + 3; m < words.size() && m < k + 7 && !base; ++m) {
          base = year_of(words[m].text);
        }
      } else if (rel == "ago") {
        // "In 2014, ..." in this sentence (before) or the previous one.
        // Bounded look-back: a year further away is not what "ago" counts from.
        constexpr std::size_t reach = 40;
        for (std::size_t m = k; m-- > 0 && k - m <= reach && !base;) base = year_of(words[m].text);
        if (!base && si > 0 && k <= reach) {
          const auto& prev_span = sentences[si - 1];
          const std::uint32_t from = prev_span.size() > 600 ? prev_span.end - 600 : prev_span.begin;
          const auto prev = words_in(text, {from, prev_span.end});
          for (std::size_t m = prev.size(); m-- > 0 && !base;) base = year_of(prev[m].text);
        }
      }
      if (!base) continue;
      const auto phrase_begin = more_than ? words[k - 2].span.begin : words[k].span.begin;
      const auto phrase_end = words[k + 2].span.end;
      const int implied = *base + *n;
      out.push_back({implied, implied + 1,
                     fmt::format("'{}' after {} (line {}) gives {}",
                                 text.substr(phrase_begin, phrase_end - phrase_begin), *base,
                                 a.source->locate(phrase_begin).line, implied)});
    }
  }
  return out;
}

sys_days reanchor(const grammar::time_expression& t, sys_days from, sys_days to) {
  using namespace std::chrono;
  const sys_days start = t.start ? *t.start : from;
  const bool month_grain = t.value.size() == 7 || (t.end && (*t.end - start).count() >= 28);
  if (month_grain) {
    const year_month_day f{from};
    const year_month_day s{start};
    const year_month_day d{to};
    const int offset = (static_cast<int>(s.year()) - static_cast<int>(f.year())) * 12 +
                       (static_cast<int>(static_cast<unsigned>(s.month())) -
                        static_cast<int>(static_cast<unsigned>(f.month())));
    const year_month shifted = year_month{d.year(), d.month()} + months{offset};
    const auto day = std::min(s.day(), (shifted / last).day());
    return sys_days{shifted / day};
  }
  return to + (start - from);
}

std::vector<dateline_assessment> assess_datelines(const aligned_corpus& corpus) {
  const auto& articles = corpus.articles;
  std::vector<dateline_assessment> out(articles.size());

  std::unordered_map<std::string_view, std::vector<std::uint32_t>> postings;
  for (std::uint32_t i = 0; i < articles.size(); ++i) {
    if (!articles[i].dateline.date) continue;
    for (const auto& e : articles[i].entities) postings[e].push_back(i);
  }

  std::vector<std::vector<std::uint32_t>> event_claims(articles.size());
  for (std::uint32_t ci = 0; ci < corpus.claims.size(); ++ci) {
    if (corpus.claims[ci].kind == claim_kind::event_date)
      event_claims[corpus.claims[ci].article].push_back(ci);
  }
  std::vector<std::uint32_t> group_of(corpus.claims.size(), 0);
  for (std::uint32_t g = 0; g < corpus.facts.size(); ++g) {
    for (std::uint32_t ci : corpus.facts[g].claims) group_of[ci] = g;
  }

  // Per fact group, its dated event claims by date; built on first use.
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> event_dates_of;
  auto event_dates = [&](std::uint32_t g) -> const std::vector<std::uint32_t>& {
    auto [it, added] = event_dates_of.try_emplace(g);
    if (added) {
      for (std::uint32_t oi : corpus.facts[g].claims) {
        const claim& o = corpus.claims[oi];
        if (o.kind == claim_kind::event_date && o.as_of) it->second.push_back(oi);
      }
      std::stable_sort(it->second.begin(), it->second.end(), [&](std::uint32_t x, std::uint32_t y) {
        return *corpus.claims[x].as_of < *corpus.claims[y].as_of;
      });
    }
    return it->second;
  };

  std::vector<std::uint32_t> shared(articles.size(), 0);
  std::vector<std::uint32_t> touched;
  for (std::uint32_t i = 0; i < articles.size(); ++i) {
    const auto& a = articles[i];
    if (!explicit_dateline(a)) continue;
    const sys_days dated{*a.dateline.date};
    auto& result = out[i];

    touched.clear();
    for (const auto& e : a.entities) {
      auto it = postings.find(e);
      if (it == postings.end() || it->second.size() > max_postings) continue;
      for (std::uint32_t j : it->second) {
        if (j == i) continue;
        if (shared[j]++ == 0) touched.push_back(j);
      }
    }
    std::vector<sys_days> dates;
    for (std::uint32_t j : touched) {
      if (shared[j] >= 3) {
        dates.push_back(sys_days{*articles[j].dateline.date});
        result.related_articles.push_back(j);
      }
      shared[j] = 0;
    }
    std::sort(result.related_articles.begin(), result.related_articles.end());

    if (dates.size() >= 2) {
      std::sort(dates.begin(), dates.end());
      const sys_days median = dates[(dates.size() - 1) / 2];
      const int spread = days_between(dates.front(), dates.back());
      const int distance = std::abs(days_between(median, dated));
      if (distance > stale_dateline_days && distance > spread) {
        result.stale = true;
        result.content_date = median;
        result.evidence.push_back(
            dates.front() == dates.back()
                ? fmt::format("the {} other articles on these events are dated {}", dates.size(),
                              format_day(dates.front()))
                : fmt::format("the {} other articles on these events are dated {} to {}",
                              dates.size(), format_day(dates.front()), format_day(dates.back())));
      }
    }

    // Relative event dates that land far from where other sources place the same event.
    std::vector<std::string> relative_clauses;
    std::optional<std::chrono::days> first_shift;
    // Only when the relative dates were resolved against this dateline (no --reference-date).
    for (std::uint32_t ci : event_claims[i]) {
      if (a.reference != a.dateline.date) break;
      const claim& c = corpus.claims[ci];
      const auto& t = a.times[c.index];
      if ((t.kind != grammar::timex_kind::relative && t.has_year) || !t.start) continue;
      if (c.subject.starts_with("v:")) continue;  // a verb's event: not distinctive enough here
      // The earliest and the latest date other sources give the event: if either is far
      // away, that source is the evidence (a scan of the group per claim was quadratic).
      const auto& dated_group = event_dates(group_of[ci]);
      std::optional<std::uint32_t> far;
      auto consider = [&](auto first, auto last) {
        for (auto it = first; it != last; ++it) {
          const claim& o = corpus.claims[*it];
          if (o.article == i) continue;
          if (std::abs(days_between(*o.as_of, *t.start)) > stale_dateline_days &&
              (!far || *it < *far)) {
            far = *it;
          }
          return;
        }
      };
      consider(dated_group.begin(), dated_group.end());
      consider(dated_group.rbegin(), dated_group.rend());
      if (far) {
        const claim& o = corpus.claims[*far];
        if (!first_shift) first_shift = *o.as_of - *t.start;
        relative_clauses.push_back(fmt::format(
            "'{}' (line {}) puts the {} at {}, but {} dates it {} (line {})", t.span.of(a.text()),
            a.source->locate(t.span.begin).line, c.subject, format_day(*t.start),
            short_name(articles[o.article].path()), format_day(*o.as_of),
            articles[o.article].source->locate(o.span.begin).line));
      }
    }
    if (!relative_clauses.empty() && (result.stale || relative_clauses.size() >= 2)) {
      result.evidence.insert(result.evidence.end(), relative_clauses.begin(),
                             relative_clauses.end());
      result.stale = true;
      if (!result.content_date) result.content_date = dated + *first_shift;
    }

    const int year = static_cast<int>(a.dateline.date->year());
    for (const auto& y : find_year_arithmetic(a)) {
      if (year >= y.implied_low && year <= y.implied_high) continue;
      result.evidence.insert(result.evidence.begin(), y.clause);
      result.stale = true;
      if (!result.content_date) {
        const std::chrono::year_month_day d = *a.dateline.date;
        const auto shifted = std::chrono::year{y.implied_low} / d.month() / d.day();
        result.content_date =
            shifted.ok()
                ? sys_days{shifted}
                : sys_days{std::chrono::year{y.implied_low} / d.month() / std::chrono::last};
      }
    }
  }
  return out;
}

}  // namespace factcheck::checker
