#include "reports/json_reporter.hpp"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "checker/model/corpus.hpp"
#include "reports/baseline.hpp"
#include "reports/common.hpp"
#include "reports/neutralize.hpp"
#include "text/ascii.hpp"

namespace factcheck::reports {
namespace {

using json = nlohmann::ordered_json;

json bound(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }

json optional_string(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// Dates are YYYY-MM-DD or null, whatever placeholder a rule used for "unknown".
json iso_date(const std::string& s) {
  const bool iso =
      s.size() == 10 && s[4] == '-' && s[7] == '-' &&
      std::all_of(s.begin(), s.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
  return iso ? json(s) : json(nullptr);
}

std::string_view op_name(checker::diff_word::op op) {
  switch (op) {
    case checker::diff_word::op::same:
      return "same";
    case checker::diff_word::op::removed:
      return "removed";
    case checker::diff_word::op::added:
      return "added";
  }
  return "same";
}

json finding_json(const checker::finding& f) {
  json j;
  j["rule"] = f.rule;
  j["severity"] = checker::to_string(f.level);
  j["path"] = f.where.path;
  j["line"] = f.where.begin.line;
  j["column"] = f.where.begin.column;
  j["end_line"] = f.where.end.line;
  j["end_column"] = f.where.end.column;
  j["text"] = f.where.text;
  j["message"] = f.message;
  j["suggestion"] = f.suggestion ? json(*f.suggestion) : json(nullptr);
  json related = json::array();
  for (const auto& r : f.related) {
    related.push_back({{"path", r.path},
                       {"line", r.begin.line},
                       {"column", r.begin.column},
                       {"end_line", r.end.line},
                       {"end_column", r.end.column},
                       {"text", r.text},
                       {"date", iso_date(r.date)}});
  }
  j["related"] = std::move(related);
  if (f.related_more > 0) j["related_more"] = f.related_more;
  j["date"] = iso_date(f.where.date);
  j["fact"] = optional_string(f.fact);
  j["context"] = optional_string(f.context);
  json diff = json::array();
  for (const auto& w : f.diff) diff.push_back({{"op", op_name(w.kind)}, {"text", w.text}});
  j["diff"] = std::move(diff);
  json timeline = json::array();
  for (const auto& p : f.timeline) {
    timeline.push_back({{"path", p.path},
                        {"date", iso_date(p.date)},
                        {"low", bound(p.low)},
                        {"high", bound(p.high)},
                        {"text", p.text}});
  }
  j["timeline"] = std::move(timeline);
  if (f.timeline_more > 0) j["timeline_more"] = f.timeline_more;
  j["fingerprint"] = fingerprint(f);
  if (!f.explain.empty()) {
    auto where = [](const checker::location& l) {
      return json{
          {"path", l.path}, {"line", l.begin.line}, {"column", l.begin.column}, {"text", l.text}};
    };
    json explain = json::array();
    for (const auto& e : f.explain) {
      json features = json::object();
      for (const auto& [name, value] : e.features) features[name] = value;
      explain.push_back(
          {{"claim", where(e.claim)},
           {"compared_with", e.compared_with ? where(*e.compared_with) : json(nullptr)},
           {"score", e.score},
           {"features", std::move(features)}});
    }
    j["explain"] = std::move(explain);
  }
  return j;
}

json fact_json(const checker::aligned_corpus& corpus, const checker::fact_group& g) {
  json claims = json::array();
  for (std::uint32_t i : g.claims) {
    const auto& c = corpus.claims[i];
    const auto& a = corpus.articles[c.article];
    json jc = {{"path", a.path()},
               {"line", a.source->locate(c.span.begin).line},
               {"text", std::string(c.span.of(a.text()))},
               {"subject", c.subject}};
    if (c.kind == checker::claim_kind::figure) {
      jc["measure"] = c.measure;
      jc["head"] = c.head;
      jc["predicate"] = c.predicate;
      jc["anchor"] = c.anchor;
      jc["scope"] = checker::to_string(c.scope);
      jc["low"] = bound(c.value.low);
      jc["high"] = bound(c.value.high);
    }
    jc["as_of"] = c.as_of ? optional_string(text::iso_date(std::chrono::year_month_day{*c.as_of}))
                          : json(nullptr);
    if (i < corpus.alignment.size() && corpus.alignment[i].partner) {
      jc["score"] = corpus.alignment[i].score;
    }
    claims.push_back(std::move(jc));
  }
  return json{{"key", g.key}, {"label", g.label}, {"claims", std::move(claims)}};
}

}  // namespace

// The document is written one article, fact and finding at a time, byte for byte what one
// dump of the whole document gives: a tree of every finding would hold several times the
// report's size in memory (10,000 articles of one story give tens of thousands of findings).
void json_reporter::write(const report_input& input, std::ostream& out) const {
  // replace: article text is valid UTF-8 after ingest, but a rule could cut a character.
  constexpr auto replace = json::error_handler_t::replace;
  std::string text;
  // A value dumped alone and indented to sit `depth` levels deep (a dumped string never holds
  // a raw line break: dump escapes it).
  auto put = [&](const json& value, int depth) {
    text = json_escape_hidden(value.dump(2, ' ', false, replace));
    const std::string pad(static_cast<std::size_t>(depth) * 2, ' ');
    std::size_t from = 0;
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', from)) {
      out.write(text.data() + from, static_cast<std::streamsize>(at + 1 - from));
      out << pad;
      from = at + 1;
    }
    out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
  };
  // "key": [ elements ] at depth 1, each element made by element(i) when it is written.
  auto put_array = [&](std::string_view key, std::size_t count, const auto& element) {
    out << "  \"" << key << "\": ";
    if (count == 0) {
      out << "[]";
      return;
    }
    out << "[\n";
    for (std::size_t i = 0; i < count; ++i) {
      out << "    ";
      put(element(i), 2);
      out << (i + 1 < count ? ",\n" : "\n");
    }
    out << "  ]";
  };

  out << "{\n  \"version\": ";
  put(json(json_report_version), 1);
  out << ",\n  \"tool\": ";
  put(json{{"name", "factcheck"}, {"version", detail::bare_version(input.tool_version)}}, 1);
  out << ",\n";
  std::vector<const checker::analyzed_article*> articles;
  if (input.corpus != nullptr) {
    for (const auto& a : input.corpus->articles) {
      if (a.source != nullptr) articles.push_back(&a);
    }
  }
  put_array("articles", articles.size(), [&](std::size_t i) {
    const auto& a = *articles[i];
    const std::string date = detail::dateline_iso(a);
    json ja;
    ja["path"] = a.path();
    ja["dateline"] = optional_string(date);
    ja["dateline_source"] = grammar::to_string(a.dateline.source);
    if (!a.dateline_note.empty()) ja["dateline_note"] = a.dateline_note;
    return ja;
  });
  out << ",\n";
  // --explain: every fact with its claims' frames (the claims dump, docs/claims.md).
  if (input.corpus != nullptr && input.corpus->explain) {
    const auto& corpus = *input.corpus;
    put_array("facts", corpus.facts.size(),
              [&](std::size_t i) { return fact_json(corpus, corpus.facts[i]); });
    out << ",\n";
  }
  const auto& findings = *input.findings;
  put_array("findings", findings.size(), [&](std::size_t i) { return finding_json(findings[i]); });
  out << ",\n  \"summary\": ";
  const auto counts = detail::count_by_severity(findings);
  put(json{{"error", counts[2]}, {"warning", counts[1]}, {"info", counts[0]}}, 1);
  out << "\n}\n";
}

}  // namespace factcheck::reports
