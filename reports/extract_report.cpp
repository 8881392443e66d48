#include "reports/extract_report.hpp"
#include "grammar/extract.hpp"
#include "text/ascii.hpp"

#include <cmath>
#include <cstdio>
#include <vector>

#include <nlohmann/json.hpp>

using factcheck::text::iso_date;

namespace factcheck::reports {
namespace {

using json = nlohmann::ordered_json;

json number(double v) {
  if (std::isinf(v)) return v > 0 ? json("inf") : json("-inf");
  if (std::nearbyint(v) == v && std::fabs(v) < 9e15) return json(static_cast<long long>(v));
  return json(v);
}

json span_json(const checker::analyzed_article& a, text::byte_span s) {
  const auto b = a.source->locate(s.begin);
  const auto e = a.source->locate(s.end);
  return json{{"begin", s.begin}, {"end", s.end}, {"line", b.line}, {"column", b.column},
              {"end_line", e.line}, {"end_column", e.column}};
}

json time_json(const checker::analyzed_article& a, const grammar::time_expression& t) {
  const std::string_view text = a.text();
  return {{"text", t.span.of(text)},
          {"span", span_json(a, t.span)},
          {"type", grammar::to_string(t.type)},
          {"value", t.value},
          {"mod", t.mod},
          {"start", t.start ? json(iso_date(std::chrono::year_month_day{*t.start})) : json(nullptr)},
          {"end", t.end ? json(iso_date(std::chrono::year_month_day{*t.end})) : json(nullptr)}};
}

// The article's time expressions composed into periods ("from March to May", "tomorrow at 3pm"),
// block by block so that no period spans two blocks; atoms that compose with nothing are listed
// as they are in "times".
json periods_json(const checker::analyzed_article& a) {
  const std::string_view text = a.text();
  grammar::time_context context;
  context.reference = a.dateline.date;
  json out = json::array();
  std::vector<grammar::time_expression> local;
  std::size_t k = 0;
  for (const auto& b : a.blocks) {
    local.clear();
    while (k < a.times.size() && a.times[k].span.begin < b.span.begin) ++k;
    for (; k < a.times.size() && a.times[k].span.end <= b.span.end; ++k) {
      grammar::time_expression t = a.times[k];
      t.span.begin -= b.span.begin;
      t.span.end -= b.span.begin;
      local.push_back(std::move(t));
    }
    if (local.empty()) continue;
    for (auto p : grammar::compose_time_periods(b.span.of(text), local, context)) {
      p.span.begin += b.span.begin;
      p.span.end += b.span.begin;
      out.push_back(time_json(a, p));
    }
  }
  return out;
}

}  // namespace

void write_extract_json(const checker::aligned_corpus& corpus, std::ostream& out) {
  json doc;
  doc["version"] = 1;
  json articles = json::array();
  for (const auto& a : corpus.articles) {
    const std::string_view text = a.text();
    json art;
    art["path"] = a.path();
    art["dateline"] = a.dateline.date ? json(iso_date(*a.dateline.date)) : json(nullptr);
    art["dateline_source"] = grammar::to_string(a.dateline.source);
    if (!a.dateline_note.empty()) art["dateline_note"] = a.dateline_note;
    json blocks = json::array();
    for (const auto& b : a.blocks) {
      json jb{{"class", text::to_string(b.kind)}, {"span", span_json(a, b.span)}};
      json sentences = json::array();
      for (const auto& s : b.sentences) {
        sentences.push_back({{"text", s.span.of(text)}, {"span", span_json(a, s.span)}});
      }
      jb["sentences"] = std::move(sentences);
      blocks.push_back(std::move(jb));
    }
    art["blocks"] = std::move(blocks);
    json quantities = json::array();
    for (const auto& q : a.quantities) {
      json jq{{"text", q.span.of(text)},
              {"span", span_json(a, q.span)},
              {"kind", grammar::to_string(q.kind)},
              {"value", number(q.value)},
              {"low", number(q.low)},
              {"high", number(q.high)},
              {"low_open", q.low_open},
              {"high_open", q.high_open},
              {"hedge", grammar::to_string(q.hedge_kind)},
              {"vague", q.vague},
              {"unit", q.unit},
              {"noun", q.noun_phrase},
              {"dimension", q.dimension},
              {"si_low", number(q.si_low)},
              {"si_high", number(q.si_high)}};
      if (q.range) jq["value_high"] = number(q.value_high);
      quantities.push_back(std::move(jq));
    }
    art["quantities"] = std::move(quantities);
    json times = json::array();
    for (const auto& t : a.times) times.push_back(time_json(a, t));
    art["times"] = std::move(times);
    art["periods"] = periods_json(a);
    articles.push_back(std::move(art));
  }
  doc["articles"] = std::move(articles);
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

// write_extract_timeml: reports/timeml.cpp

}  // namespace factcheck::reports
