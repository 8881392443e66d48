// Fuzzes every report writer with arbitrary bytes in every field of a finding and in the article
// the finding points at. The input is cut at each 0x1F byte (unit separator) into fields: path,
// article text, finding text, date, message, suggestion, fact, context, related path, related
// text; the first bytes choose the rule, severity and positions. Each output must parse back:
// JSON and SARIF with nlohmann, JUnit XML with a strict well-formedness check, HTML with only the
// reporter's own tags and entities, and no format may carry a raw control character.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/corpus.hpp"
#include "checker/rules/registry.hpp"
#include "reports/neutralize.hpp"
#include "reports/report.hpp"
#include "text/ingest.hpp"
#include "text/traced_text.hpp"

namespace {

namespace checker = factcheck::checker;
namespace reports = factcheck::reports;

[[noreturn]] void fail() { __builtin_trap(); }

// No C0 control but tab and newline (and CR in XML), no DEL-free requirement, no hidden control.
void check_controls(std::string_view out, bool allow_cr) {
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto u = static_cast<unsigned char>(out[i]);
    if (u < 0x20 && u != '\n' && u != '\t' && !(allow_cr && u == '\r')) fail();
    std::uint32_t cp = 0;
    if (reports::hidden_control_at(out, i, cp) != 0) fail();
  }
}

bool name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == ':' || c == '.';
}

// An entity or character reference at out[i] == '&'; returns its length or 0.
std::size_t reference_at(std::string_view out, std::size_t i) {
  const auto end = out.find(';', i);
  if (end == std::string_view::npos || end - i > 10) return 0;
  const std::string_view body = out.substr(i + 1, end - i - 1);
  static const std::string_view named[] = {"amp", "lt", "gt", "quot", "apos"};
  for (auto n : named) {
    if (body == n) return end - i + 1;
  }
  if (body.size() >= 2 && body[0] == '#') {
    const bool hex = body[1] == 'x';
    const auto digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    for (char c : digits) {
      const bool ok = (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
      if (!ok) return 0;
    }
    return end - i + 1;
  }
  return 0;
}

// A strict XML 1.0 well-formedness check of the subset the writers produce: prolog, nested
// elements with quoted attributes, text with references, no CDATA, comments or DTD.
void check_xml(std::string_view out) {
  std::vector<std::string_view> open;
  std::size_t i = 0;
  if (out.rfind("<?xml", 0) == 0) {
    i = out.find("?>");
    if (i == std::string_view::npos) fail();
    i += 2;
  }
  bool root_seen = false;
  while (i < out.size()) {
    const char c = out[i];
    if (c == '&') {
      const std::size_t len = reference_at(out, i);
      if (len == 0) fail();
      i += len;
    } else if (c == '>') {
      fail();  // a raw '>' is legal in XML text but our writers always escape it
    } else if (c == '<') {
      const bool closing = i + 1 < out.size() && out[i + 1] == '/';
      std::size_t j = i + (closing ? 2 : 1);
      const std::size_t name_start = j;
      while (j < out.size() && name_char(out[j])) ++j;
      const std::string_view name = out.substr(name_start, j - name_start);
      if (name.empty()) fail();
      if (closing) {
        if (open.empty() || open.back() != name || j >= out.size() || out[j] != '>') fail();
        open.pop_back();
        i = j + 1;
        continue;
      }
      if (open.empty() && root_seen) fail();  // one root element
      root_seen = true;
      // Attributes: name="value" with no '<' in the value.
      while (true) {
        while (j < out.size() && (out[j] == ' ' || out[j] == '\n')) ++j;
        if (j >= out.size()) fail();
        if (out[j] == '>') {
          open.push_back(name);
          ++j;
          break;
        }
        if (out[j] == '/' && j + 1 < out.size() && out[j + 1] == '>') {
          j += 2;
          break;
        }
        const std::size_t attr = j;
        while (j < out.size() && name_char(out[j])) ++j;
        if (j == attr || j + 1 >= out.size() || out[j] != '=' || out[j + 1] != '"') fail();
        j += 2;
        while (j < out.size() && out[j] != '"') {
          if (out[j] == '<') fail();
          if (out[j] == '&') {
            const std::size_t len = reference_at(out, j);
            if (len == 0) fail();
            j += len;
          } else {
            ++j;
          }
        }
        if (j >= out.size()) fail();
        ++j;
      }
      i = j;
    } else {
      if (open.empty() && c != '\n' && c != ' ') fail();  // text outside the root element
      ++i;
    }
  }
  if (!open.empty() || !root_seen) fail();
}

// HTML: every tag is one the reporter writes, every '&' a reference; article text cannot add
// markup. (The HTML is not XML: void elements and the doctype are allowed.)
void check_html(std::string_view out) {
  static const std::string_view tags[] = {
      "a",    "article", "b",      "blockquote", "body",  "code",   "del",   "details", "div",
      "em",   "g",       "h1",     "h2",         "h3",    "head",   "header", "html",   "input",
      "ins",  "label",   "line",   "main",       "mark",  "meta",   "nav",   "p",       "path",
      "rect", "section", "span",   "style",      "summary", "svg",  "table", "tbody",   "td",
      "text", "th",      "thead",  "title",      "tr",    "circle", "polyline", "ul",   "li",
      "small", "strong", "footer", "time",       "abbr",  "br",     "hr",    "tfoot",   "caption"};
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '<') {
      std::size_t j = i + 1;
      if (out.substr(j, 8) == "!DOCTYPE" || out.substr(j, 3) == "!--") continue;
      if (j < out.size() && out[j] == '/') ++j;
      const std::size_t start = j;
      while (j < out.size() && name_char(out[j])) ++j;
      const std::string_view name = out.substr(start, j - start);
      bool known = false;
      for (auto t : tags) known = known || t == name;
      if (!known) fail();
    } else if (out[i] == '&') {
      if (reference_at(out, i) == 0) fail();
    }
  }
}

std::vector<std::string> fields_of(std::string_view bytes, std::size_t n) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (fields.size() + 1 < n) {
    const auto end = bytes.find('\x1f', start);
    if (end == std::string_view::npos) break;
    fields.emplace_back(bytes.substr(start, end - start));
    start = end + 1;
  }
  fields.emplace_back(bytes.substr(std::min(start, bytes.size())));
  fields.resize(n);
  return fields;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 4) return 0;
  const std::string_view control(reinterpret_cast<const char*>(data), 4);
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 4, size - 4);
  auto f = fields_of(bytes, 10);
  const std::string& path = f[0].empty() ? (f[0] = "a.txt") : f[0];

  auto ingested =
      factcheck::text::ingest_bytes(path, f[1], factcheck::text::source_format::txt);
  checker::aligned_corpus corpus;
  for (auto& a : ingested.articles) {
    checker::analyzed_article analyzed;
    analyzed.source = &a;
    corpus.articles.push_back(std::move(analyzed));
  }
  const auto rules = checker::all_rules();
  checker::finding finding;
  finding.rule = std::string(rules[static_cast<unsigned char>(control[0]) % rules.size()]->id());
  finding.level = static_cast<checker::severity>(static_cast<unsigned char>(control[1]) % 3);
  const auto line = static_cast<std::uint32_t>(1 + static_cast<unsigned char>(control[2]) % 8);
  const auto column = static_cast<std::uint32_t>(1 + static_cast<unsigned char>(control[3]) % 64);
  finding.where = {path, {line, column}, {line, column + 3}, f[2], f[3]};
  finding.message = f[4];
  if (!f[5].empty()) finding.suggestion = f[5];
  finding.fact = f[6];
  finding.context = f[7];
  finding.related = {{f[8], {1, 1}, {1, 2}, f[9], f[3]}};
  using op = checker::diff_word::op;
  finding.diff = {{op::same, f[2]}, {op::removed, f[9]}, {op::added, f[5]}};
  finding.timeline = {{path, f[3], 1, 2, f[2]}, {f[8], "2024-01-02", 3, 1e300, f[9]}};
  const std::vector<checker::finding> findings = {finding};

  reports::report_input in;
  in.corpus = &corpus;
  in.findings = &findings;
  in.fail_on = checker::severity::info;
  in.tool_version = "factcheck 0.0.0";
  auto render = [&](reports::format format) {
    std::ostringstream out;
    reports::reporter_for(format).write(in, out);
    return out.str();
  };

  const std::string json = render(reports::format::json);
  check_controls(json, false);
  const auto doc = nlohmann::json::parse(json, nullptr, false);
  if (doc.is_discarded() || doc.at("findings").size() != 1) fail();
  if (factcheck::text::detail::is_valid_utf8(f[4]) &&
      doc.at("findings").at(0).at("message").get<std::string>() != f[4]) {
    fail();  // valid text comes back unchanged
  }
  const std::string sarif = render(reports::format::sarif);
  check_controls(sarif, false);
  const auto sarif_doc = nlohmann::json::parse(sarif, nullptr, false);
  if (sarif_doc.is_discarded() || sarif_doc.at("runs").at(0).at("results").size() != 1) fail();
  const std::string junit = render(reports::format::junit);
  check_controls(junit, true);
  check_xml(junit);
  const std::string html = render(reports::format::html);
  check_controls(html, false);
  check_html(html);
  check_controls(render(reports::format::markdown), false);
  check_controls(render(reports::format::text), false);
  return 0;
}
