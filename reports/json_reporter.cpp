#include "reports/json_reporter.hpp"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "reports/baseline.hpp"
#include "reports/common.hpp"

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
  j["fingerprint"] = fingerprint(f);
  return j;
}

}  // namespace

// The document is written one article and one finding at a time (byte for byte what one
// dump of the whole document gives): a tree of every finding would hold several times the
// report's size in memory.
void json_reporter::write(const report_input& input, std::ostream& out) const {
  constexpr auto replace = json::error_handler_t::replace;
  // A value dumped alone, indented to sit `depth` levels deep (strings never hold a raw
  // newline: dump escapes it).
  auto nested = [&](const json& value, int depth) {
    std::string text = value.dump(2, ' ', false, replace);
    const std::string pad(static_cast<std::size_t>(depth) * 2, ' ');
    std::string indented;
    indented.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
      indented += c;
      if (c == '\n') indented += pad;
    }
    return indented;
  };
  auto write_array = [&](std::string_view key, std::size_t count, const auto& element) {
    out << "  \"" << key << "\": ";
    if (count == 0) {
      out << "[]";
      return;
    }
    out << "[\n";
    for (std::size_t i = 0; i < count; ++i) {
      out << "    " << nested(element(i), 2) << (i + 1 < count ? ",\n" : "\n");
    }
    out << "  ]";
  };

  out << "{\n";
  out << "  \"version\": " << nested(json(json_report_version), 1) << ",\n";
  out << "  \"tool\": "
      << nested(json{{"name", "factcheck"}, {"version", detail::bare_version(input.tool_version)}}, 1)
      << ",\n";
  std::vector<const checker::analyzed_article*> articles;
  if (input.corpus != nullptr) {
    for (const auto& a : input.corpus->articles) {
      if (a.source != nullptr) articles.push_back(&a);
    }
  }
  write_array("articles", articles.size(), [&](std::size_t i) {
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
  const auto& findings = *input.findings;
  write_array("findings", findings.size(), [&](std::size_t i) { return finding_json(findings[i]); });
  out << ",\n";
  const auto counts = detail::count_by_severity(findings);
  out << "  \"summary\": "
      << nested(json{{"error", counts[2]}, {"warning", counts[1]}, {"info", counts[0]}}, 1) << "\n";
  out << "}\n";
}

}  // namespace factcheck::reports
