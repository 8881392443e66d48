#include "reports/suppress.hpp"

#include "text/char_class.hpp"

#include <algorithm>
#include <map>
#include <optional>

namespace factcheck::reports {
namespace {

using text::is_blank;

constexpr std::string_view prefix = "factcheck-";


std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

bool is_rule_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// Parses "factcheck-KIND rule, rule" (the body of a comment or a whole .txt line).
std::optional<suppression_directive> parse_body(std::string_view body) {
  body = trim(body);
  if (body.substr(0, prefix.size()) != prefix) return std::nullopt;
  std::size_t word_end = 0;
  while (word_end < body.size() && !is_blank(body[word_end])) ++word_end;
  const std::string_view word = body.substr(prefix.size(), word_end - prefix.size());
  suppression_directive d;
  if (word == "disable-next-line") {
    d.what = suppression_directive::kind::disable_next_line;
  } else if (word == "disable-line") {
    d.what = suppression_directive::kind::disable_line;
  } else if (word == "disable") {
    d.what = suppression_directive::kind::disable;
  } else if (word == "enable") {
    d.what = suppression_directive::kind::enable;
  } else {
    return std::nullopt;
  }
  std::string_view rest = body.substr(word_end);
  // "-- reason" ends the rule list, as in ESLint.
  if (const auto dashes = rest.find("--"); dashes != std::string_view::npos)
    rest = rest.substr(0, dashes);
  std::string current;
  for (const char c : rest) {
    if (is_rule_char(c)) {
      current += c;
    } else if (!current.empty()) {
      d.rules.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) d.rules.push_back(std::move(current));
  return d;
}

}  // namespace

std::vector<suppression_directive> parse_suppressions(std::string_view original,
                                                      text::source_format format) {
  std::vector<suppression_directive> out;
  if (format == text::source_format::jsonl) return out;
  const bool comments =
      format == text::source_format::html || format == text::source_format::markdown;
  std::vector<std::size_t> pending_next;  // directives waiting for the next non-blank line
  std::uint32_t line = 1;
  std::size_t start = 0;
  while (start <= original.size()) {
    std::size_t end = original.find('\n', start);
    if (end == std::string_view::npos) end = original.size();
    const std::string_view text = original.substr(start, end - start);
    std::vector<suppression_directive> found;
    if (comments) {
      // Every <!-- ... --> that opens on this line (a directive is short; it closes on its line).
      std::size_t at = 0;
      while ((at = text.find("<!--", at)) != std::string_view::npos) {
        const std::size_t close = text.find("-->", at + 4);
        const std::string_view body = text.substr(
            at + 4, close == std::string_view::npos ? std::string_view::npos : close - at - 4);
        if (auto d = parse_body(body)) found.push_back(std::move(*d));
        at += 4;
      }
    } else {
      std::string_view body = trim(text);
      if (body.substr(0, 4) == "<!--" && body.size() >= 7 &&
          body.substr(body.size() - 3) == "-->") {
        body = body.substr(4, body.size() - 7);
      }
      if (auto d = parse_body(body)) found.push_back(std::move(*d));
    }
    // Only a line with something besides directives ends a pending disable-next-line.
    std::string_view rest = trim(text);
    if (comments) {
      std::string stripped;
      std::size_t at = 0;
      while (at < rest.size()) {
        const std::size_t open = rest.find("<!--", at);
        stripped +=
            rest.substr(at, open == std::string_view::npos ? std::string_view::npos : open - at);
        if (open == std::string_view::npos) break;
        const std::size_t close = rest.find("-->", open + 4);
        if (close == std::string_view::npos) break;
        at = close + 3;
      }
      if (!trim(stripped).empty())
        rest = "x";
      else
        rest = {};
    } else if (!found.empty()) {
      rest = {};
    }
    if (!rest.empty()) {
      for (const std::size_t i : pending_next) out[i].line = line;
      pending_next.clear();
    }
    for (auto& d : found) {
      d.line = line;
      if (d.what == suppression_directive::kind::disable_next_line) {
        d.line = 0;  // resolved when the next non-blank line comes
        pending_next.push_back(out.size());
      }
      out.push_back(std::move(d));
    }
    if (end == original.size()) break;
    start = end + 1;
    ++line;
  }
  // A disable-next-line at the end of the file applies to nothing.
  out.erase(std::remove_if(out.begin(), out.end(), [](const auto& d) { return d.line == 0; }),
            out.end());
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.line < b.line; });
  return out;
}

bool is_suppressed(const std::vector<suppression_directive>& directives, std::string_view rule,
                   std::uint32_t line) {
  auto names = [&](const suppression_directive& d) {
    return d.rules.empty() || std::find(d.rules.begin(), d.rules.end(), rule) != d.rules.end();
  };
  bool disabled = false;  // the state of `rule` after replaying the range directives
  for (const auto& d : directives) {
    switch (d.what) {
      case suppression_directive::kind::disable_next_line:
      case suppression_directive::kind::disable_line:
        if (d.line == line && names(d)) return true;
        break;
      case suppression_directive::kind::disable:
        if (d.line <= line && names(d)) disabled = true;
        break;
      case suppression_directive::kind::enable:
        if (d.line <= line && names(d)) disabled = false;
        break;
    }
  }
  return disabled;
}

std::vector<checker::finding> apply_suppressions(const checker::aligned_corpus& corpus,
                                                 std::vector<checker::finding> findings) {
  std::map<std::string, std::vector<suppression_directive>, std::less<>> by_path;
  for (const auto& a : corpus.articles) {
    if (a.source == nullptr || a.source->original == nullptr) continue;
    auto directives = parse_suppressions(*a.source->original, a.source->format);
    if (!directives.empty()) by_path.emplace(a.path(), std::move(directives));
  }
  if (by_path.empty()) return findings;
  std::erase_if(findings, [&](const checker::finding& f) {
    const auto it = by_path.find(f.where.path);
    return it != by_path.end() && is_suppressed(it->second, f.rule, f.where.begin.line);
  });
  return findings;
}

}  // namespace factcheck::reports
