#include "reports/html_reporter.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <map>
#include <optional>

#include "reports/common.hpp"

namespace factcheck::reports {
namespace {

using detail::escape_html;

constexpr std::string_view style = R"css(
:root{--err:#b3261e;--warn:#8a5a00;--info:#1d5fa8;--line:#d7dbe0;--bg:#f6f7f9;--ink:#1d2329;--muted:#5d6670}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header.top{background:#fff;border-bottom:1px solid var(--line);padding:16px 28px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 10px}h3{font-size:16px;margin:22px 0 8px}
.muted{color:var(--muted)}
.counts{display:flex;gap:12px;margin:10px 0 0;flex-wrap:wrap}
.count{border:1px solid var(--line);border-radius:8px;padding:6px 14px;background:#fff;min-width:96px}
.count b{display:block;font-size:22px}
.count.error b{color:var(--err)}.count.warning b{color:var(--warn)}.count.info b{color:var(--info)}
.filters{padding:10px 28px;background:#fff;border-bottom:1px solid var(--line);display:flex;gap:6px;flex-wrap:wrap;align-items:center;position:sticky;top:0;z-index:1}
.filters label{border:1px solid var(--line);border-radius:14px;padding:2px 10px;cursor:pointer;user-select:none;font-size:13px}
.filters label::before{content:"\2713  "}
input.flt{position:absolute;opacity:0;pointer-events:none}
main{padding:0 28px 40px;max-width:1180px}
table{border-collapse:collapse;background:#fff;width:100%}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top;font-size:14px}
th{background:#eef0f3}td.date{white-space:nowrap}
.finding{background:#fff;border:1px solid var(--line);border-left:5px solid var(--muted);border-radius:6px;padding:12px 16px;margin:12px 0}
.finding.sev-error{border-left-color:var(--err)}.finding.sev-warning{border-left-color:var(--warn)}.finding.sev-info{border-left-color:var(--info)}
.fhead{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
.sev{font-weight:700;text-transform:uppercase;font-size:12px;letter-spacing:.04em}
.sev-error .sev{color:var(--err)}.sev-warning .sev{color:var(--warn)}.sev-info .sev{color:var(--info)}
code,.loc{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
.msg{margin:6px 0;font-weight:600}
blockquote{margin:8px 0;padding:6px 12px;border-left:3px solid var(--line);background:#fafbfc}
mark{background:#ffe08a;padding:0 2px;border-radius:2px}
.sources{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:10px;margin:10px 0}
.src{border:1px solid var(--line);border-radius:6px;padding:8px 10px;background:#fcfcfd}
.src.this{border-color:#e0b4b0;background:#fff8f7}
.src-head{font-size:12px;color:var(--muted);overflow-wrap:anywhere}
.src-date{font-weight:700;color:var(--ink)}
.src-text{margin-top:4px}
.fix{margin:8px 0;padding:6px 10px;background:#eef8ee;border-radius:6px}
.diff del{background:#fde2e1;color:#8c1d18}.diff ins{background:#dff3df;color:#1b5e20;text-decoration:none}
svg.timeline{background:#fff;border:1px solid var(--line);border-radius:6px;margin:8px 0;max-width:100%;height:auto}
svg .axis{stroke:#9aa3ad;stroke-width:1}svg .bar{fill:#c8d7ec;stroke:#1d5fa8;stroke-width:1.5}
svg .bar.self{fill:#f4c7c3;stroke:#b3261e}svg .pt{fill:#1d5fa8}
table.tl{width:auto;margin:4px 0 8px}table.tl tr.self td{background:#fff8f7}svg text{font:11px system-ui,sans-serif;fill:#39424c}
details>summary{cursor:pointer}
)css";

std::string css_token(std::string_view s) {  // ids and classes: [a-z0-9-] only
  std::string out;
  for (const char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    out += ok ? c : (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : '-');
  }
  return out.empty() ? "x" : out;
}

std::optional<long> day_number(std::string_view iso) {
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  if (iso.size() < 10) return std::nullopt;
  auto num = [&](std::size_t at, std::size_t len, auto& v) {
    return std::from_chars(iso.data() + at, iso.data() + at + len, v).ec == std::errc{};
  };
  if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m},
                                        std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return static_cast<long>(std::chrono::sys_days{ymd}.time_since_epoch().count());
}

// The sentence around the finding with the offending text in <mark>. Falls back to the
// original line when the rule gave no context sentence.
std::string highlighted(const report_input& input, const checker::finding& f) {
  std::string sentence = f.context;
  if (sentence.empty())
    sentence = std::string(detail::original_line(input, f.where.path, f.where.begin.line));
  if (sentence.empty())
    return f.where.text.empty() ? "" : "<mark>" + escape_html(f.where.text) + "</mark>";
  const auto at = f.where.text.empty() ? std::string::npos : sentence.find(f.where.text);
  if (at == std::string::npos) return escape_html(sentence);
  return escape_html(sentence.substr(0, at)) + "<mark>" + escape_html(f.where.text) + "</mark>" +
         escape_html(sentence.substr(at + f.where.text.size()));
}

std::string source_card(const checker::location& l, bool self) {
  return fmt::format(
      "<div class=\"src{}\"><div class=\"src-head\"><span class=\"src-date\">{}</span> · "
      "<span class=\"loc\">{}:{}:{}</span>{}</div><div class=\"src-text\">{}</div></div>",
      self ? " this" : "", l.date.empty() ? "date unknown" : escape_html(l.date),
      escape_html(l.path), l.begin.line, l.begin.column, self ? " · <em>this finding</em>" : "",
      l.text.empty() ? "<span class=\"muted\">(no text)</span>" : escape_html(l.text));
}

std::string diff_html(const std::vector<checker::diff_word>& diff) {
  std::string out;
  for (const auto& w : diff) {
    if (!out.empty()) out += ' ';
    switch (w.kind) {
      case checker::diff_word::op::same:
        out += escape_html(w.text);
        break;
      case checker::diff_word::op::removed:
        out += "<del>" + escape_html(w.text) + "</del>";
        break;
      case checker::diff_word::op::added:
        out += "<ins>" + escape_html(w.text) + "</ins>";
        break;
    }
  }
  return out;
}

// Dates on x, value intervals as vertical bars on y. Unbounded ends ("over 94,000") run to the
// edge of the plot with an arrow. Points without a date are listed under the chart.
std::string timeline_svg(const std::vector<checker::figure_point>& all_points,
                         std::string_view self_path) {
  // A figure repeated in one article (a caption and its paragraph) is one point.
  std::vector<checker::figure_point> points;
  for (const auto& p : all_points) {
    const bool repeat = std::any_of(points.begin(), points.end(), [&](const auto& q) {
      return q.path == p.path && q.date == p.date && q.text == p.text && q.low == p.low &&
             q.high == p.high;
    });
    if (!repeat) points.push_back(p);
  }
  struct placed {
    long day;
    const checker::figure_point* p;
  };
  std::vector<placed> dated;
  double lo = INFINITY;
  double hi = -INFINITY;
  for (const auto& p : points) {
    const auto day = day_number(p.date);
    if (!day) continue;  // listed in the table only
    dated.push_back({*day, &p});
    for (const double v : {p.low, p.high}) {
      if (std::isfinite(v)) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
      }
    }
  }
  std::string out;
  if (!dated.empty() && std::isfinite(lo)) {
    constexpr double width = 640;
    constexpr double height = 220;
    constexpr double left = 86;
    constexpr double right = 64;  // room for the label of the last bar
    constexpr double top = 18;
    constexpr double bottom = 40;
    const double span_v = hi > lo ? hi - lo : std::max(1.0, std::fabs(hi) * 0.1);
    const double vmin = hi > lo ? lo - span_v * 0.1 : lo - span_v;
    const double vmax = hi > lo ? hi + span_v * 0.1 : hi + span_v;
    long dmin = dated.front().day;
    long dmax = dmin;
    for (const auto& d : dated) {
      dmin = std::min(dmin, d.day);
      dmax = std::max(dmax, d.day);
    }
    const double plot_w = width - left - right;
    const double plot_h = height - top - bottom;
    auto x_of = [&](long day) {
      if (dmax == dmin) return left + plot_w / 2;
      return left + 12 +
             (plot_w - 24) * static_cast<double>(day - dmin) / static_cast<double>(dmax - dmin);
    };
    auto y_of = [&](double v) {
      const double clamped = std::clamp(v, vmin, vmax);
      return top + plot_h * (1 - (clamped - vmin) / (vmax - vmin));
    };
    out += fmt::format(
        "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
        "viewBox=\"0 0 {0} {1}\" role=\"img\"><title>How the figure evolved across sources</title>",
        width, height);
    out += fmt::format("<line class=\"axis\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>", left,
                       top, top + plot_h);
    out += fmt::format("<line class=\"axis\" x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\"/>", left,
                       top + plot_h, width - right);
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>", left - 6,
                       y_of(vmax) + 4, escape_html(detail::format_number(vmax)));
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>", left - 6,
                       y_of(vmin) + 4, escape_html(detail::format_number(vmin)));
    std::map<long, int> per_day;
    for (const auto& d : dated) ++per_day[d.day];
    std::map<long, int> seen;  // several points on one day are spread sideways, centred
    for (const auto& d : dated) {
      const int slot = seen[d.day]++;
      const double x = x_of(d.day) + (slot - (per_day[d.day] - 1) / 2.0) * 12.0;
      const bool open_high = !std::isfinite(d.p->high);
      const bool open_low = !std::isfinite(d.p->low);
      const double y_high = open_high ? top : y_of(d.p->high);
      const double y_low = open_low ? top + plot_h : y_of(d.p->low);
      const double h = std::max(3.0, y_low - y_high);
      out += fmt::format(
          "<g><title>{} ({}): {}</title><rect class=\"bar{}\" x=\"{:.1f}\" y=\"{:.1f}\" "
          "width=\"8\" "
          "height=\"{:.1f}\" rx=\"2\"/>",
          escape_html(d.p->path), escape_html(d.p->date), escape_html(d.p->text),
          d.p->path == self_path ? " self" : "", x - 4, y_high, h);
      if (open_high) {
        out += fmt::format("<path class=\"pt\" d=\"M{:.1f} {:.1f} l-6 8 h12 z\"/>", x, top - 6);
      }
      // A label only where it cannot overlap another; the table below lists every point.
      if (per_day[d.day] == 1) {
        out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>", x,
                           std::max(top + 10, y_high - 5), escape_html(d.p->text));
      }
      out += "</g>";
    }
    std::map<long, std::string> dates;
    for (const auto& d : dated) dates.emplace(d.day, d.p->date);
    for (const auto& [day, date] : dates) {
      out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>",
                         x_of(day), top + plot_h + 16, escape_html(date.substr(0, 10)));
    }
    out += "</svg>";
  }
  auto sorted = points;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.date < b.date; });
  out +=
      "<table class=\"tl\"><thead><tr><th>as "
      "of</th><th>source</th><th>figure</th></tr></thead><tbody>";
  for (const auto& p : sorted) {
    out += fmt::format("<tr{}><td class=\"date\">{}</td><td class=\"loc\">{}</td><td>{}</td></tr>",
                       p.path == self_path ? " class=\"self\"" : "", escape_html(p.date),
                       escape_html(p.path), escape_html(p.text));
  }
  out += "</tbody></table>";
  return out;
}

void write_finding(const report_input& input, const checker::finding& f, std::size_t index,
                   std::string& out) {
  const std::string_view level = checker::to_string(f.level);
  out += fmt::format("<article class=\"finding sev-{} rule-{}\" id=\"f{}\">", level,
                     css_token(f.rule), index);
  out += fmt::format(
      "<div class=\"fhead\"><span class=\"sev\">{}</span><code>{}</code><span "
      "class=\"loc\">{}:{}:{}</span></div>",
      level, escape_html(f.rule), escape_html(f.where.path), f.where.begin.line,
      f.where.begin.column);
  out += fmt::format("<p class=\"msg\">{}</p>", escape_html(f.message));
  if (const std::string s = highlighted(input, f); !s.empty())
    out += "<blockquote>" + s + "</blockquote>";
  if (!f.related.empty()) {
    out += "<div class=\"sources\">" + source_card(f.where, true);
    for (const auto& r : f.related) out += source_card(r, false);
    out += "</div>";
  }
  if (!f.diff.empty()) out += "<p class=\"diff\">Word diff: " + diff_html(f.diff) + "</p>";
  if (f.suggestion)
    out += "<p class=\"fix\"><b>Suggestion:</b> " + escape_html(*f.suggestion) + "</p>";
  if (f.timeline.size() >= 2)
    out += timeline_svg(f.timeline, f.where.path);  // one point is not a history
  out += "</article>\n";
}

}  // namespace

void html_reporter::write(const report_input& input, std::ostream& out) const {
  const auto& findings = *input.findings;
  const auto counts = detail::count_by_severity(findings);
  std::vector<std::string> rule_ids;
  for (const auto& f : findings) {
    if (std::find(rule_ids.begin(), rule_ids.end(), f.rule) == rule_ids.end())
      rule_ids.push_back(f.rule);
  }
  std::sort(rule_ids.begin(), rule_ids.end());
  // Index of each finding in `findings`, used as its anchor.
  auto index_of = [&](const checker::finding* f) {
    return static_cast<std::size_t>(f - findings.data());
  };

  std::string html;
  html.reserve(16384 + findings.size() * 2048);
  html +=
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"factcheck\">\n<title>factcheck report</title>\n<style>";
  html += style;
  // Filters: a hidden checkbox per severity and per rule; unchecking hides matching cards.
  for (const std::string_view level : {"error", "warning", "info"}) {
    html += fmt::format("#flt-sev-{0}:not(:checked)~main .sev-{0}{{display:none}}", level);
    html += fmt::format(
        "#flt-sev-{0}:not(:checked)~.filters "
        "label[for=flt-sev-{0}]{{opacity:.45;text-decoration:line-through}}",
        level);
  }
  for (const auto& id : rule_ids) {
    html +=
        fmt::format("#flt-rule-{0}:not(:checked)~main .rule-{0}{{display:none}}", css_token(id));
    html += fmt::format(
        "#flt-rule-{0}:not(:checked)~.filters "
        "label[for=flt-rule-{0}]{{opacity:.45;text-decoration:line-through}}",
        css_token(id));
  }
  html += "</style>\n</head>\n<body>\n";

  const std::size_t articles = input.corpus != nullptr ? input.corpus->articles.size() : 0;
  html += "<header class=\"top\"><h1>factcheck report</h1>";
  html +=
      fmt::format("<p class=\"muted\">{} {} in {} {}{}</p>", findings.size(),
                  findings.size() == 1 ? "problem" : "problems", articles,
                  articles == 1 ? "article" : "articles",
                  input.tool_version.empty()
                      ? std::string()
                      : " · factcheck " + escape_html(detail::bare_version(input.tool_version)));
  html += "<div class=\"counts\">";
  html += fmt::format("<div class=\"count error\"><b>{}</b>errors</div>", counts[2]);
  html += fmt::format("<div class=\"count warning\"><b>{}</b>warnings</div>", counts[1]);
  html += fmt::format("<div class=\"count info\"><b>{}</b>infos</div>", counts[0]);
  html += "</div></header>\n";

  for (const std::string_view level : {"error", "warning", "info"}) {
    html += fmt::format("<input type=\"checkbox\" class=\"flt\" id=\"flt-sev-{}\" checked>", level);
  }
  for (const auto& id : rule_ids) {
    html += fmt::format("<input type=\"checkbox\" class=\"flt\" id=\"flt-rule-{}\" checked>",
                        css_token(id));
  }
  html += "\n<nav class=\"filters\"><span class=\"muted\">Show:</span>";
  for (const auto level :
       {checker::severity::error, checker::severity::warning, checker::severity::info}) {
    html += fmt::format("<label for=\"flt-sev-{0}\">{0} ({1})</label>", checker::to_string(level),
                        counts[static_cast<std::size_t>(level)]);
  }
  for (const auto& id : rule_ids) {
    const auto n = std::count_if(findings.begin(), findings.end(),
                                 [&](const auto& f) { return f.rule == id; });
    html += fmt::format("<label for=\"flt-rule-{}\">{} ({})</label>", css_token(id),
                        escape_html(id), n);
  }
  html += "</nav>\n<main>\n";

  if (input.corpus != nullptr && !input.corpus->articles.empty()) {
    const auto by_path = detail::group_by_path(findings);
    html +=
        "<h2>Articles</h2><table><thead><tr><th>article</th><th>dateline</th><th>from</th>"
        "<th>findings</th></tr></thead><tbody>";
    for (const auto& a : input.corpus->articles) {
      if (a.source == nullptr) continue;
      const std::string date = detail::dateline_iso(a);
      const auto it = by_path.find(a.path());
      html += fmt::format(
          "<tr><td class=\"loc\">{}</td><td class=\"date\">{}</td><td>{}{}</td><td>{}</td></tr>",
          escape_html(a.path()), date.empty() ? "unknown" : date,
          grammar::to_string(a.dateline.source),
          a.dateline_note.empty() ? std::string() : ": " + escape_html(a.dateline_note),
          it == by_path.end() ? 0 : it->second.size());
    }
    html += "</tbody></table>\n";
  }

  if (findings.empty()) {
    html += "<p>No problems found.</p>\n";
  } else {
    html += "<h2>Findings by fact</h2>\n";
    for (const auto& section : detail::group_by_fact(findings)) {
      html += "<section class=\"fact\"><h3>" +
              (section.label.empty() ? std::string("Other findings") : escape_html(section.label)) +
              "</h3>\n";
      for (const auto* f : section.findings) write_finding(input, *f, index_of(f), html);
      html += "</section>\n";
    }
    html += "<h2>Findings by article</h2>\n";
    for (const auto& [path, list] : detail::group_by_path(findings)) {
      html += "<details open><summary><span class=\"loc\">" + escape_html(path) +
              fmt::format("</span> ({})</summary><table><tbody>", list.size());
      for (const auto* f : list) {
        html += fmt::format(
            "<tr class=\"sev-{0} rule-{1}\"><td class=\"loc\"><a href=\"#f{2}\">{3}:{4}</a></td>"
            "<td class=\"sev\">{0}</td><td><code>{5}</code></td><td>{6}</td></tr>",
            checker::to_string(f->level), css_token(f->rule), index_of(f), f->where.begin.line,
            f->where.begin.column, escape_html(f->rule), escape_html(f->message));
      }
      html += "</tbody></table></details>\n";
    }
  }
  html += "</main>\n</body>\n</html>\n";
  out << html;
}

}  // namespace factcheck::reports
