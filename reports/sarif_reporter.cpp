#include "reports/sarif_reporter.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "reports/baseline.hpp"
#include "reports/common.hpp"
#include "reports/neutralize.hpp"

namespace factcheck::reports {
namespace {

using json = nlohmann::ordered_json;

std::string_view sarif_level(checker::severity s) {
  switch (s) {
    case checker::severity::error:
      return "error";
    case checker::severity::warning:
      return "warning";
    case checker::severity::info:
      return "note";
  }
  return "warning";
}

json artifact(std::string_view path) {
  // Absolute paths become file URIs; relative ones stay relative to the checkout root, which
  // is what GitHub code scanning expects (%SRCROOT%).
  if (!path.empty() && path.front() == '/') {
    return {{"uri", "file://" + detail::uri_encode_path(path)}};
  }
  return {{"uri", detail::uri_encode_path(path)}, {"uriBaseId", "%SRCROOT%"}};
}

json region(const checker::location& l) {
  const std::uint32_t start_line = std::max<std::uint32_t>(l.begin.line, 1);
  const std::uint32_t start_column = std::max<std::uint32_t>(l.begin.column, 1);
  std::uint32_t end_line = std::max(l.end.line, start_line);
  std::uint32_t end_column = l.end.column;
  if (end_line == start_line && end_column <= start_column) end_column = start_column + 1;
  json r{{"startLine", start_line},
         {"startColumn", start_column},
         {"endLine", end_line},
         {"endColumn", end_column}};
  if (!l.text.empty()) r["snippet"] = {{"text", l.text}};
  return r;
}

json physical(const checker::location& l) {
  return {{"physicalLocation", {{"artifactLocation", artifact(l.path)}, {"region", region(l)}}}};
}

std::string rule_name(std::string_view id) {  // numeric-conflict -> NumericConflict
  std::string name;
  bool upper = true;
  for (const char c : id) {
    if (c == '-' || c == '_') {
      upper = true;
      continue;
    }
    name += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return name;
}

// Levenshtein distance over bytes (inputs are short: a name, a word).
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace

bool is_replacement(std::string_view text, std::string_view suggestion) {
  // A suggestion is replacement text when it is a close edit of the offending text ("Keiv" ->
  // "Kyiv"); advice ("cite the source of the figure") is not, and must not become an edit.
  if (text.empty() || suggestion.empty() || text.size() > 200 || suggestion.size() > 200)
    return false;
  const std::size_t longest = std::max(text.size(), suggestion.size());
  return edit_distance(text, suggestion) <= std::max<std::size_t>(2, longest / 3);
}

void sarif_reporter::write(const report_input& input, std::ostream& out) const {
  auto rules = detail::known_rules();
  for (const auto& f : *input.findings) {  // a finding of an unregistered rule still gets a rule
    if (std::none_of(rules.begin(), rules.end(), [&](const auto& r) { return r.id == f.rule; })) {
      rules.push_back({f.rule, f.rule, f.level});
    }
  }
  json driver_rules = json::array();
  for (const auto& r : rules) {
    driver_rules.push_back(
        {{"id", r.id},
         {"name", rule_name(r.id)},
         {"shortDescription", {{"text", r.summary}}},
         {"fullDescription", {{"text", r.summary}}},
         {"helpUri", fmt::format("{}/blob/main/docs/rules/{}.md", project_uri, r.id)},
         {"help", {{"text", fmt::format("See docs/rules/{}.md", r.id)}}},
         {"defaultConfiguration", {{"level", sarif_level(r.default_level)}}},
         {"properties", {{"tags", json::array({"news", "fact-checking"})}}}});
  }

  json results = json::array();
  for (const auto& f : *input.findings) {
    const auto index = static_cast<std::size_t>(
        std::find_if(rules.begin(), rules.end(), [&](const auto& r) { return r.id == f.rule; }) -
        rules.begin());
    json result;
    result["ruleId"] = f.rule;
    result["ruleIndex"] = index;
    result["level"] = sarif_level(f.level);
    const bool fix = f.suggestion && is_replacement(f.where.text, *f.suggestion);
    // Advice that is not an edit stays readable in the message.
    result["message"] = {{"text", f.suggestion && !fix
                                      ? fmt::format("{} Suggestion: {}.", f.message, *f.suggestion)
                                      : f.message}};
    result["locations"] = json::array({physical(f.where)});
    if (!f.related.empty()) {
      json related = json::array();
      int id = 1;
      for (const auto& r : f.related) {
        json loc = physical(r);
        loc["id"] = id++;
        const std::string label = r.date.empty()
                                      ? fmt::format("{}: {}", r.path, r.text)
                                      : fmt::format("{} ({}): {}", r.path, r.date, r.text);
        loc["message"] = {{"text", label}};
        related.push_back(std::move(loc));
      }
      result["relatedLocations"] = std::move(related);
    }
    if (fix) {
      result["fixes"] = json::array(
          {{{"description", {{"text", fmt::format("Replace with: {}", *f.suggestion)}}},
            {"artifactChanges",
             json::array({{{"artifactLocation", artifact(f.where.path)},
                           {"replacements",
                            json::array({{{"deletedRegion", region(f.where)},
                                          {"insertedContent", {{"text", *f.suggestion}}}}})}}})}}});
    }
    result["partialFingerprints"] = {{"factcheckFingerprint/v1", fingerprint(f)}};
    results.push_back(std::move(result));
  }

  json run;
  run["tool"] = {{"driver",
                  {{"name", "factcheck"},
                   {"version", detail::bare_version(input.tool_version)},
                   {"informationUri", project_uri},
                   {"rules", std::move(driver_rules)}}}};
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);
  json doc;
  doc["$schema"] = sarif_schema_uri;
  doc["version"] = "2.1.0";
  doc["runs"] = json::array({std::move(run)});
  out << json_escape_hidden(doc.dump(2, ' ', false, json::error_handler_t::replace)) << '\n';
}

}  // namespace factcheck::reports
