#include "reports/extract_report.hpp"

#include <cmath>
#include <vector>

#include "grammar/extract.hpp"
#include "reports/json_writer.hpp"
#include "text/ascii.hpp"

using factcheck::text::iso_date;

namespace factcheck::reports {
namespace {

void number(json_writer& w, double v) {
  if (std::isinf(v)) {
    w.value(v > 0 ? "inf" : "-inf");
  } else if (std::nearbyint(v) == v && std::fabs(v) < 9e15) {
    w.value(static_cast<long long>(v));
  } else {
    w.value(v);
  }
}

void span_json(json_writer& w, const checker::analyzed_article& a, text::byte_span s) {
  const auto b = a.source->locate(s.begin);
  const auto e = a.source->locate(s.end);
  w.begin_object();
  w.key("begin").value(s.begin);
  w.key("end").value(s.end);
  w.key("line").value(b.line);
  w.key("column").value(b.column);
  w.key("end_line").value(e.line);
  w.key("end_column").value(e.column);
  w.end_object();
}

void date_or_null(json_writer& w, const std::optional<std::chrono::sys_days>& d) {
  if (d) {
    w.value(iso_date(std::chrono::year_month_day{*d}));
  } else {
    w.null();
  }
}

void time_json(json_writer& w, const checker::analyzed_article& a,
               const grammar::time_expression& t) {
  w.begin_object();
  w.key("text").value(t.span.of(a.text()));
  w.key("span");
  span_json(w, a, t.span);
  w.key("type").value(grammar::to_string(t.type));
  w.key("value").value(t.value);
  w.key("mod").value(t.mod);
  w.key("start");
  date_or_null(w, t.start);
  w.key("end");
  date_or_null(w, t.end);
  w.end_object();
}

void quantity_json(json_writer& w, const checker::analyzed_article& a, const grammar::quantity& q) {
  w.begin_object();
  w.key("text").value(q.span.of(a.text()));
  w.key("span");
  span_json(w, a, q.span);
  w.key("kind").value(grammar::to_string(q.kind));
  number(w.key("value"), q.value);
  number(w.key("low"), q.low);
  number(w.key("high"), q.high);
  w.key("low_open").value(q.low_open);
  w.key("high_open").value(q.high_open);
  w.key("hedge").value(grammar::to_string(q.hedge_kind));
  w.key("vague").value(q.vague);
  w.key("unit").value(q.unit);
  w.key("noun").value(q.noun_phrase);
  w.key("dimension").value(q.dimension);
  number(w.key("si_low"), q.si_low);
  number(w.key("si_high"), q.si_high);
  if (q.range) number(w.key("value_high"), q.value_high);
  w.end_object();
}

// The article's time expressions composed into periods ("from March to May", "tomorrow at 3pm"),
// block by block so that no period spans two blocks; atoms that compose with nothing are listed
// as they are in "times".
void periods_json(json_writer& w, const checker::analyzed_article& a) {
  const std::string_view text = a.text();
  grammar::time_context context;
  context.reference = a.reference;
  context.numeric_dates = a.date_order;
  w.begin_array();
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
      time_json(w, a, p);
    }
  }
  w.end_array();
}

void article_json(json_writer& w, const checker::analyzed_article& a) {
  const std::string_view text = a.text();
  w.begin_object();
  w.key("path").value(a.path());
  w.key("dateline");
  if (a.dateline.date) {
    w.value(iso_date(*a.dateline.date));
  } else {
    w.null();
  }
  w.key("dateline_source").value(grammar::to_string(a.dateline.source));
  if (!a.dateline_note.empty()) w.key("dateline_note").value(a.dateline_note);
  // --reference-date: what the relative expressions below were resolved against.
  if (a.reference && a.reference != a.dateline.date) {
    w.key("reference_date").value(iso_date(*a.reference));
  }
  w.key("blocks").begin_array();
  for (const auto& b : a.blocks) {
    w.begin_object();
    w.key("class").value(text::to_string(b.kind));
    w.key("span");
    span_json(w, a, b.span);
    w.key("sentences").begin_array();
    for (const auto& s : b.sentences) {
      w.begin_object();
      w.key("text").value(s.span.of(text));
      w.key("span");
      span_json(w, a, s.span);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("quantities").begin_array();
  for (const auto& q : a.quantities) quantity_json(w, a, q);
  w.end_array();
  w.key("times").begin_array();
  for (const auto& t : a.times) time_json(w, a, t);
  w.end_array();
  w.key("periods");
  periods_json(w, a);
  w.end_object();
}

}  // namespace

extract_json_stream::extract_json_stream(std::ostream& out)
    : json_(std::make_unique<json_writer>(out)) {
  json_->begin_object();
  json_->key("version").value(1);
  json_->key("articles").begin_array();
}

extract_json_stream::~extract_json_stream() {
  if (!finished_) json_->flush();
}

void extract_json_stream::write(const checker::analyzed_article& article) {
  article_json(*json_, article);
}

void extract_json_stream::finish() {
  if (finished_) return;
  finished_ = true;
  json_->end_array();
  json_->end_object();
  json_->finish();
}

void write_extract_json(const checker::aligned_corpus& corpus, std::ostream& out) {
  extract_json_stream stream(out);
  for (const auto& a : corpus.articles) stream.write(a);
  stream.finish();
}

// write_extract_timeml: reports/timeml.cpp

}  // namespace factcheck::reports
