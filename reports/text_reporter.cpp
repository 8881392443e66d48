#include "reports/text_reporter.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "reports/common.hpp"
#include "reports/neutralize.hpp"

namespace factcheck::reports {
namespace {

// Long lines (a 10 MB single-line file) are shown as a window around the offending column.
constexpr std::size_t max_shown_chars = 160;

struct palette {
  bool on = false;
  [[nodiscard]] std::string paint(std::string_view code, std::string_view text) const {
    if (!on) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
  }
};

std::string_view severity_colour(checker::severity s) {
  switch (s) {
    case checker::severity::error:
      return "1;31";
    case checker::severity::warning:
      return "1;33";
    case checker::severity::info:
      return "1;36";
  }
  return "1";
}

// Terminal safety: article text must not smuggle escape sequences, bells or bidirectional
// overrides into the terminal (one character in, one character out: the caret stays aligned).
std::string printable(std::string_view text) { return terminal_safe(text); }

// The printable original line and the byte offset where each of its characters starts (plus the
// end). Findings come sorted by path and line, so consecutive findings on one line (thousands
// on a 10 MB single-line file) reuse the previous line's index instead of rebuilding it.
class line_cache {
 public:
  struct entry {
    std::string line;
    std::vector<std::size_t> starts;
  };

  const entry& get(const report_input& input, const std::string& path, std::uint32_t line) {
    if (valid_ && path == path_ && line == line_) return entry_;
    path_ = path;
    line_ = line;
    valid_ = true;
    entry_.line = printable(detail::original_line(input, path, line));
    entry_.starts.clear();
    for (std::size_t i = 0; i < entry_.line.size(); ++i) {
      if ((static_cast<unsigned char>(entry_.line[i]) & 0xC0) != 0x80) entry_.starts.push_back(i);
    }
    entry_.starts.push_back(entry_.line.size());
    return entry_;
  }

 private:
  bool valid_ = false;
  std::string path_;
  std::uint32_t line_ = 0;
  entry entry_;
};

void write_source_line(const report_input& input, const checker::finding& f, const palette& p,
                       line_cache& cache, std::ostream& out) {
  const auto& cached = cache.get(input, f.where.path, f.where.begin.line);
  const std::string& line = cached.line;
  if (line.empty()) return;
  const auto& starts = cached.starts;
  const std::size_t chars = starts.size() - 1;
  std::size_t first = f.where.begin.column > 0 ? f.where.begin.column - 1 : 0;
  first = std::min(first, chars);
  std::size_t last =
      f.where.end.line == f.where.begin.line && f.where.end.column > f.where.begin.column
          ? f.where.end.column - 1
          : chars;
  last = std::clamp(last, first + 1, std::max(chars, first + 1));
  std::size_t from = 0;
  std::size_t to = chars;
  if (chars > max_shown_chars) {
    from = first > max_shown_chars / 3 ? first - max_shown_chars / 3 : 0;
    to = std::min(chars, from + max_shown_chars);
  }
  const std::string gutter = fmt::format("{:>6}", f.where.begin.line);
  std::string shown = line.substr(starts[from], starts[to] - starts[from]);
  if (from > 0) shown = "…" + shown;
  if (to < chars) shown += "…";
  out << p.paint("2", gutter + " |") << ' ' << shown << '\n';
  const std::size_t pad = first - from + (from > 0 ? 1 : 0);
  const std::size_t width = std::min(last, to) > first ? std::min(last, to) - first : 1;
  std::string marker = "^" + std::string(width - 1, '~');
  out << p.paint("2", std::string(gutter.size(), ' ') + " |") << ' ' << std::string(pad, ' ')
      << p.paint("1;32", marker) << '\n';
}

}  // namespace

void text_reporter::write(const report_input& input, std::ostream& out) const {
  const palette p{input.color};
  const auto& findings = *input.findings;
  line_cache cache;
  for (const auto& f : findings) {
    const std::string head =
        fmt::format("{}:{}:{}:", printable(f.where.path), f.where.begin.line, f.where.begin.column);
    const std::string_view level = checker::to_string(f.level);
    if (p.on) {
      out << p.paint("1", head) << ' '
          << p.paint(severity_colour(f.level), fmt::format("{}:", level)) << ' '
          << p.paint("1", printable(f.message)) << ' ' << p.paint("2", fmt::format("[{}]", f.rule))
          << '\n';
    } else {
      out << fmt::format("{} {}: {} [{}]\n", head, level, printable(f.message), f.rule);
    }
    write_source_line(input, f, p, cache, out);
    if (f.suggestion) {
      out << "    = " << p.paint("1;32", "suggestion:") << ' ' << printable(*f.suggestion) << '\n';
    }
    for (const auto& r : f.related) {
      std::string where = fmt::format("{}:{}:{}", printable(r.path), r.begin.line, r.begin.column);
      if (!r.date.empty()) where += fmt::format(" ({})", r.date);
      out << "    = " << p.paint("1;34", "related:") << ' ' << where;
      if (!r.text.empty()) out << ": " << printable(r.text);
      out << '\n';
    }
  }
  const auto counts = detail::count_by_severity(findings);
  const std::size_t files = input.corpus != nullptr ? input.corpus->articles.size() : 0;
  const std::string summary =
      findings.empty()
          ? fmt::format("no problems found in {} {}", files, files == 1 ? "article" : "articles")
          : fmt::format("{} {} ({}) in {} {}", findings.size(),
                        findings.size() == 1 ? "problem" : "problems",
                        detail::summary_sentence(counts), files,
                        files == 1 ? "article" : "articles");
  out << p.paint(findings.empty() ? "1;32" : "1", summary) << '\n';
}

}  // namespace factcheck::reports
