#include "reports/junit_reporter.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "reports/common.hpp"

namespace factcheck::reports {
namespace {

std::string first_line(const checker::finding& f) {
  return fmt::format("{}:{}:{}: {}: {} [{}]", f.where.path, f.where.begin.line,
                     f.where.begin.column, checker::to_string(f.level), f.message, f.rule);
}

std::string details(const checker::finding& f) {
  std::string body = first_line(f) + "\n";
  if (!f.where.text.empty()) body += fmt::format("text: {}\n", f.where.text);
  if (!f.context.empty()) body += fmt::format("sentence: {}\n", f.context);
  if (f.suggestion) body += fmt::format("suggestion: {}\n", *f.suggestion);
  for (const auto& r : f.related) {
    body += fmt::format("related: {}:{}:{}{}: {}\n", r.path, r.begin.line, r.begin.column,
                        r.date.empty() ? std::string() : fmt::format(" ({})", r.date), r.text);
  }
  return body;
}

}  // namespace

void junit_reporter::write(const report_input& input, std::ostream& out) const {
  std::vector<std::string> paths;
  if (input.corpus != nullptr) {
    for (const auto& a : input.corpus->articles) {
      if (a.source != nullptr) paths.push_back(a.path());
    }
  }
  const auto by_path = detail::group_by_path(*input.findings);
  for (const auto& [path, list] : by_path) {
    if (std::find(paths.begin(), paths.end(), path) == paths.end()) paths.push_back(path);
  }
  auto fails = [&](const checker::finding& f) {
    return input.fail_on && f.level >= *input.fail_on;
  };
  std::size_t failures = 0;
  for (const auto& f : *input.findings) failures += fails(f) ? 1 : 0;

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << fmt::format("<testsuites name=\"factcheck\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n",
                     paths.size(), failures);
  out << fmt::format(
      "  <testsuite name=\"factcheck\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n",
      paths.size(), failures);
  out << "    <properties>\n";
  out << fmt::format("      <property name=\"tool.version\" value=\"{}\"/>\n",
                     detail::escape_xml(detail::bare_version(input.tool_version)));
  out << fmt::format("      <property name=\"fail_on\" value=\"{}\"/>\n",
                     input.fail_on ? checker::to_string(*input.fail_on) : "none");
  out << "    </properties>\n";
  for (const auto& path : paths) {
    const std::string name = detail::escape_xml(path);
    out << fmt::format("    <testcase classname=\"factcheck\" name=\"{}\" file=\"{}\">\n", name,
                       name);
    std::string below;
    if (const auto it = by_path.find(path); it != by_path.end()) {
      for (const auto* f : it->second) {
        if (!fails(*f)) {
          below += first_line(*f) + "\n";
          continue;
        }
        out << fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                           detail::escape_xml(f->rule), detail::escape_xml(first_line(*f)),
                           detail::escape_xml(details(*f)));
      }
    }
    if (!below.empty()) {
      out << fmt::format("      <system-out>{}</system-out>\n", detail::escape_xml(below));
    }
    out << "    </testcase>\n";
  }
  out << "  </testsuite>\n</testsuites>\n";
}

}  // namespace factcheck::reports
