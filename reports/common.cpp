#include "reports/common.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "checker/rules/registry.hpp"
#include "reports/neutralize.hpp"
#include "text/ascii.hpp"

using factcheck::text::iso_date;

namespace factcheck::reports::detail {

severity_counts count_by_severity(const std::vector<checker::finding>& findings) {
  severity_counts counts{};
  for (const auto& f : findings) ++counts[static_cast<std::size_t>(f.level)];
  return counts;
}

std::string summary_sentence(const severity_counts& counts) {
  auto part = [](std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
  };
  return fmt::format("{}, {}, {}", part(counts[2], "error", "errors"),
                     part(counts[1], "warning", "warnings"), part(counts[0], "info", "infos"));
}

const checker::analyzed_article* article_for(const report_input& input, std::string_view path) {
  if (input.corpus == nullptr) return nullptr;
  for (const auto& a : input.corpus->articles) {
    if (a.source != nullptr && a.path() == path) return &a;
  }
  return nullptr;
}

std::string_view original_line(const report_input& input, std::string_view path,
                               std::uint32_t line) {
  const auto* a = article_for(input, path);
  if (a == nullptr) return {};
  return a->source->map.original_line(line);
}

std::string dateline_iso(const checker::analyzed_article& article) {
  if (!article.dateline.date || !article.dateline.date->ok()) return "";
  return iso_date(*article.dateline.date);
}

std::string escape_html(std::string_view text) {
  const std::string valid = valid_utf8(text);
  std::string out;
  out.reserve(valid.size() + valid.size() / 8);
  for (std::size_t i = 0; i < valid.size(); ++i) {
    const char c = valid[i];
    const auto u = static_cast<unsigned char>(c);
    std::uint32_t cp = 0;
    if (const std::size_t len = hidden_control_at(valid, i, cp)) {
      // Shown, never obeyed: a character reference would reorder or hide text again.
      out += "[" + code_point_name(cp) + "]";
      i += len - 1;
      continue;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '`':
        out += "&#96;";
        break;
      case '\t':
      case '\n':
      case '\r':
        out += c;
        break;
      default:
        if (u < 0x20 || u == 0x7F) {
          out += "\xEF\xBF\xBD";  // NUL and the other controls HTML does not allow
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string escape_xml(std::string_view text) {
  const std::string valid = valid_utf8(text);
  std::string out;
  out.reserve(valid.size() + valid.size() / 8);
  for (std::size_t i = 0; i < valid.size(); ++i) {
    const char c = valid[i];
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;  // not allowed in XML 1.0
    std::uint32_t cp = 0;
    if (const std::size_t len = hidden_control_at(valid, i, cp)) {
      // A character reference: the value parses back unchanged, the raw file shows no override.
      out += fmt::format("&#x{:X};", cp);
      i += len - 1;
      continue;
    }
    if (u == 0xEF && i + 2 < valid.size() && valid[i + 1] == '\xBF' &&
        (valid[i + 2] == '\xBE' || valid[i + 2] == '\xBF')) {
      out += "\xEF\xBF\xBD";  // U+FFFE and U+FFFF are not XML characters either
      i += 2;
      continue;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\x7F':
        out += "&#x7F;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string escape_markdown(std::string_view text) {
  const std::string valid = valid_utf8(text);
  auto word_char = [&](std::size_t i) {
    if (i >= valid.size()) return false;
    const auto u = static_cast<unsigned char>(valid[i]);
    return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
  };
  std::string out;
  out.reserve(valid.size() + valid.size() / 8);
  for (std::size_t i = 0; i < valid.size(); ++i) {
    const char c = valid[i];
    std::uint32_t cp = 0;
    if (const std::size_t len = hidden_control_at(valid, i, cp)) {
      out += "\\[" + code_point_name(cp) + "\\]";
      i += len - 1;
      continue;
    }
    switch (c) {
      case '_':
        // GFM never reads an underscore inside a word as emphasis: "01_wire_dam.txt" stays
        // readable in the raw Markdown.
        if (i > 0 && word_char(i - 1) && word_char(i + 1)) {
          out += c;
          break;
        }
        [[fallthrough]];
      case '\\':
      case '`':
      case '*':
      case '[':
      case ']':
      case '|':
      case '~':
      case '$':
        out += '\\';
        out += c;
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '\t':
      case '\n':
      case '\r':
        out += ' ';
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == '\x7F') {
          out += "\xEF\xBF\xBD";  // a control character has no business in a document
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string uri_encode_path(std::string_view path) {
  std::string out;
  for (const char c : path) {
    const auto u = static_cast<unsigned char>(c);
    const bool unreserved = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                            (u >= '0' && u <= '9') || c == '-' || c == '.' || c == '_' ||
                            c == '~' || c == '/';
    if (unreserved) {
      out += c;
    } else {
      out += fmt::format("%{:02X}", static_cast<unsigned>(u));
    }
  }
  return out;
}

std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t len = 0;
    std::uint32_t min = 0;
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      min = 0x10000;
    }
    bool ok = len != 0 && i + len <= text.size();
    std::uint32_t cp = len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (std::size_t k = 1; ok && k < len; ++k) {
      const auto cc = static_cast<unsigned char>(text[i + k]);
      ok = (cc & 0xC0) == 0x80;
      cp = (cp << 6) | (cc & 0x3Fu);
    }
    ok = ok && cp >= min && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    if (ok) {
      out.append(text.substr(i, len));
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

std::size_t utf8_length(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string_view bare_version(std::string_view version) {
  constexpr std::string_view name = "factcheck ";
  if (version.substr(0, name.size()) == name) version.remove_prefix(name.size());
  return version;
}

std::vector<fact_section> group_by_fact(const std::vector<checker::finding>& findings) {
  std::vector<fact_section> sections;
  fact_section unlabeled;
  for (const auto& f : findings) {
    if (f.fact.empty()) {
      unlabeled.findings.push_back(&f);
      continue;
    }
    auto it = std::find_if(sections.begin(), sections.end(),
                           [&](const fact_section& s) { return s.label == f.fact; });
    if (it == sections.end()) {
      sections.push_back({f.fact, {}});
      it = std::prev(sections.end());
    }
    it->findings.push_back(&f);
  }
  auto by_severity = [](const checker::finding* a, const checker::finding* b) {
    return a->level > b->level;
  };
  for (auto& s : sections) std::stable_sort(s.findings.begin(), s.findings.end(), by_severity);
  auto worst = [](const fact_section& s) { return s.findings.front()->level; };
  std::stable_sort(
      sections.begin(), sections.end(),
      [&](const fact_section& a, const fact_section& b) { return worst(a) > worst(b); });
  std::stable_sort(unlabeled.findings.begin(), unlabeled.findings.end(), by_severity);
  if (!unlabeled.findings.empty()) sections.push_back(std::move(unlabeled));
  return sections;
}

std::map<std::string, std::vector<const checker::finding*>, std::less<>> group_by_path(
    const std::vector<checker::finding>& findings) {
  std::map<std::string, std::vector<const checker::finding*>, std::less<>> by_path;
  for (const auto& f : findings) by_path[f.where.path].push_back(&f);
  return by_path;
}

std::vector<rule_info> known_rules() {
  std::vector<rule_info> rules;
  for (const auto* r : checker::all_rules()) {
    rules.push_back({std::string(r->id()), std::string(r->summary()), r->default_severity()});
  }
  std::sort(rules.begin(), rules.end(),
            [](const rule_info& a, const rule_info& b) { return a.id < b.id; });
  return rules;
}

std::string format_number(double value) {
  if (std::isinf(value)) return value > 0 ? "∞" : "-∞";
  if (std::isnan(value)) return "?";
  const double rounded = std::nearbyint(value);
  if (std::fabs(value - rounded) > 1e-9 || std::fabs(value) >= 1e15) {
    return fmt::format("{:.6g}", value);
  }
  const auto n = static_cast<long long>(rounded);
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

}  // namespace factcheck::reports::detail
