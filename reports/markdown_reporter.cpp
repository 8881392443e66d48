#include "reports/markdown_reporter.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "reports/common.hpp"

namespace factcheck::reports {
namespace {

using detail::escape_markdown;

std::string_view badge(checker::severity s) {
  switch (s) {
    case checker::severity::error:
      return "🛑 error";
    case checker::severity::warning:
      return "⚠️ warning";
    case checker::severity::info:
      return "ℹ️ info";
  }
  return "";
}

std::string where(const checker::location& l) {
  return fmt::format("{}:{}:{}", escape_markdown(l.path), l.begin.line, l.begin.column);
}

// The sentence with the offending text in bold (first occurrence), all of it escaped.
std::string highlighted(const checker::finding& f) {
  const std::string& sentence = f.context;
  if (sentence.empty())
    return f.where.text.empty() ? "" : "**" + escape_markdown(f.where.text) + "**";
  const auto at = f.where.text.empty() ? std::string::npos : sentence.find(f.where.text);
  if (at == std::string::npos) return escape_markdown(sentence);
  return escape_markdown(sentence.substr(0, at)) + "**" + escape_markdown(f.where.text) + "**" +
         escape_markdown(sentence.substr(at + f.where.text.size()));
}

std::string diff_text(const std::vector<checker::diff_word>& diff) {
  std::string out;
  for (const auto& w : diff) {
    if (!out.empty()) out += ' ';
    const std::string word = escape_markdown(w.text);
    switch (w.kind) {
      case checker::diff_word::op::same:
        out += word;
        break;
      case checker::diff_word::op::removed:
        out += "~~" + word + "~~";
        break;
      case checker::diff_word::op::added:
        out += "**" + word + "**";
        break;
    }
  }
  return out;
}

void write_finding(const checker::finding& f, std::ostream& out) {
  out << fmt::format("#### {} `{}` at {}\n\n", badge(f.level), f.rule, where(f.where));
  out << escape_markdown(f.message) << "\n\n";
  if (const std::string s = highlighted(f); !s.empty()) out << "> " << s << "\n\n";
  if (!f.related.empty()) {
    out << "| source | date | text |\n|---|---|---|\n";
    out << fmt::format("| {} (this finding) | {} | {} |\n", where(f.where),
                       f.where.date.empty() ? "—" : escape_markdown(f.where.date),
                       escape_markdown(f.where.text));
    for (const auto& r : f.related) {
      out << fmt::format("| {} | {} | {} |\n", where(r),
                         r.date.empty() ? "—" : escape_markdown(r.date), escape_markdown(r.text));
    }
    out << '\n';
  }
  if (!f.diff.empty()) out << "Word diff: " << diff_text(f.diff) << "\n\n";
  if (f.suggestion) out << "**Suggestion:** " << escape_markdown(*f.suggestion) << "\n\n";
  if (f.timeline.size() >= 2) {
    out << "| as of | source | figure |\n|---|---|---|\n";
    auto points = f.timeline;
    std::stable_sort(points.begin(), points.end(),
                     [](const auto& a, const auto& b) { return a.date < b.date; });
    for (const auto& p : points) {
      out << fmt::format("| {} | {} | {} |\n", p.date.empty() ? "—" : escape_markdown(p.date),
                         escape_markdown(p.path), escape_markdown(p.text));
    }
    out << '\n';
  }
}

}  // namespace

void markdown_reporter::write(const report_input& input, std::ostream& out) const {
  const auto& findings = *input.findings;
  const auto counts = detail::count_by_severity(findings);
  const std::size_t articles = input.corpus != nullptr ? input.corpus->articles.size() : 0;
  out << "# factcheck report\n\n";
  if (findings.empty()) {
    out << fmt::format("No problems found in {} {}.\n", articles,
                       articles == 1 ? "article" : "articles");
    return;
  }
  out << fmt::format("**{} {}** ({}) in {} {}.\n\n", findings.size(),
                     findings.size() == 1 ? "problem" : "problems",
                     detail::summary_sentence(counts), articles,
                     articles == 1 ? "article" : "articles");

  out << "| rule | error | warning | info |\n|---|---:|---:|---:|\n";
  std::vector<std::string> ids;
  for (const auto& f : findings) {
    if (std::find(ids.begin(), ids.end(), f.rule) == ids.end()) ids.push_back(f.rule);
  }
  std::sort(ids.begin(), ids.end());
  for (const auto& id : ids) {
    detail::severity_counts c{};
    for (const auto& f : findings) {
      if (f.rule == id) ++c[static_cast<std::size_t>(f.level)];
    }
    out << fmt::format("| `{}` | {} | {} | {} |\n", id, c[2], c[1], c[0]);
  }
  out << fmt::format("| **total** | **{}** | **{}** | **{}** |\n\n", counts[2], counts[1],
                     counts[0]);

  out << "## Findings by fact\n\n";
  for (const auto& section : detail::group_by_fact(findings)) {
    out << "### " << (section.label.empty() ? "Other findings" : escape_markdown(section.label))
        << "\n\n";
    for (const auto* f : section.findings) write_finding(*f, out);
  }

  out << "## Findings by article\n\n";
  const auto by_path = detail::group_by_path(findings);
  for (const auto& [path, list] : by_path) {
    std::string dateline;
    if (const auto* a = detail::article_for(input, path)) {
      const std::string date = detail::dateline_iso(*a);
      dateline = fmt::format(" — dated {} ({})", date.empty() ? "unknown" : date,
                             grammar::to_string(a->dateline.source));
    }
    out << fmt::format("### {}{}\n\n", escape_markdown(path), dateline);
    out << "| line | severity | rule | message |\n|---:|---|---|---|\n";
    for (const auto* f : list) {
      out << fmt::format("| {}:{} | {} | `{}` | {} |\n", f->where.begin.line, f->where.begin.column,
                         checker::to_string(f->level), f->rule, escape_markdown(f->message));
    }
    out << '\n';
  }
}

}  // namespace factcheck::reports
