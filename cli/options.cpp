#include "cli/options.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <charconv>
#include <iostream>
#include <thread>

#include "cli/version.hpp"

namespace factcheck::cli {
namespace {

constexpr std::string_view examples = R"(Examples:
  factcheck corpus/                                  check a day's corpus, findings on the terminal
  factcheck --report html -o report.html draft.md wire/   the editor's page
  factcheck --fail-on warning --format sarif -o out.sarif fixtures/   gate CI
  factcheck extract --format json article.txt        every quantity and time expression
  cat draft.txt | factcheck - wire/                  read the draft from stdin
  factcheck draft.md --against wire/                 findings on the draft only, wire as evidence
  factcheck --format json --explain corpus/          say why figures were taken for one fact
  factcheck extract --format claims-jsonl a/ > m.jsonl; factcheck check --claims m.jsonl
                                                     map and reduce of a split run (docs/scale-out.md)

Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it;
            2 usage, configuration or input error.
Documentation: docs/ (rules: docs/rules/<rule-id>.md).
)";

struct raw_options {
  std::vector<std::string> paths;
  std::string format;
  std::string report;
  std::string fail_on = "error";
  std::string color = "auto";
  std::string reference_date;
  std::string output;
  std::string config;
  std::string baseline;
  std::string write_baseline;
  bool no_default_gazetteer = false;
  bool no_progress = false;
  long jobs = 0;  // 0: not given
  std::vector<std::string> against;
  bool explain = false;
  bool claims = false;
};

void add_common(CLI::App& app, raw_options& raw) {
  app.add_option("paths", raw.paths,
                 "Files or directories to read (directories recursively; - for stdin)")
      ->required();
  app.add_option("-o,--output", raw.output, "Write the report to FILE instead of stdout");
  app.add_option("--config", raw.config, "Use this factcheck.toml instead of searching for one");
  app.add_option("--reference-date", raw.reference_date,
                 "Resolve relative dates against YYYY-MM-DD instead of each dateline");
  app.add_flag("--no-default-gazetteer", raw.no_default_gazetteer,
               "Do not use the built-in gazetteer of names and titles");
  app.add_option("-j,--jobs", raw.jobs,
                 "Threads for the per-article stages and the rules (default: hardware threads; "
                 "the output is the same for any N)");
}

}  // namespace

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text) {
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto num = [&](std::size_t at, std::size_t len, auto& out) {
    auto r = std::from_chars(text.data() + at, text.data() + at + len, out);
    return r.ec == std::errc{} && r.ptr == text.data() + at + len;
  };
  if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m},
                                        std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

std::variant<options, usage_error, exit_now> parse_options(int argc, char** argv) {
  // "factcheck [check] ...": insert the default subcommand when none is named.
  std::vector<std::string> args(argv + 1, argv + argc);
  const bool names_command = !args.empty() && (args[0] == "check" || args[0] == "extract");
  const bool top_level_only =
      !args.empty() && (args[0] == "--help" || args[0] == "-h" || args[0] == "--version");
  if (!names_command && !top_level_only) args.insert(args.begin(), "check");
  std::reverse(args.begin(), args.end());  // CLI11 takes the vector in reverse order

  CLI::App app{"factcheck: finds where news articles disagree with each other or with themselves",
               "factcheck"};
  app.footer(std::string(examples));
  app.set_version_flag("--version", std::string(version));
  app.require_subcommand(1, 1);
  raw_options raw;

  auto* check = app.add_subcommand("check", "Check articles and report findings (the default)");
  add_common(*check, raw);
  check->add_option("--format", raw.format,
                    "text, markdown, html, json, sarif or junit (default text)");
  check->add_option("--report", raw.report,
                    "Like --format, but writes report.<ext> unless -o is given");
  check->add_option("--fail-on", raw.fail_on, "error, warning, info or none (default error)");
  check->add_option("--color", raw.color,
                    "auto, always or never (default auto; NO_COLOR is honoured)");
  check->add_option("--baseline", raw.baseline,
                    "Report only findings that are not in this baseline");
  check->add_option("--write-baseline", raw.write_baseline,
                    "Record the current findings as a baseline");
  check->add_flag("--no-progress", raw.no_progress, "Never show a progress bar");
  check->add_option("--against", raw.against,
                    "Check the given paths (drafts) against these sources: report findings on the "
                    "drafts only, with the sources as evidence");
  check->add_flag("--explain", raw.explain,
                  "JSON: add to each figure finding the features and score that aligned its claims");
  check->add_flag("--claims", raw.claims,
                  "The paths are claims-jsonl files (or -) written by extract --format "
                  "claims-jsonl, in any order and from any number of shards: the reduce of a "
                  "split run (docs/scale-out.md)");

  auto* extract =
      app.add_subcommand("extract", "Print every extracted quantity and time expression");
  add_common(*extract, raw);
  extract->add_option("--format", raw.format,
                      "json, timeml or claims-jsonl (the map of a split run; default json)");

  try {
    app.parse(args);
  } catch (const CLI::Success& e) {
    app.exit(e);
    return exit_now{0};
  } catch (const CLI::ParseError& e) {
    return usage_error{e.what()};
  }

  options opts;
  opts.paths = raw.paths;
  opts.cmd = extract->parsed() ? command::extract : command::check;
  if (!raw.output.empty()) opts.output = raw.output;
  if (!raw.config.empty()) opts.config_path = raw.config;
  opts.no_default_gazetteer = raw.no_default_gazetteer;
  opts.progress = !raw.no_progress;
  if (raw.jobs < 0 || raw.jobs > 1024) {
    return usage_error{fmt::format("--jobs: '{}' is not a thread count from 1 to 1024", raw.jobs)};
  }
  if (raw.jobs > 0) {
    opts.jobs = static_cast<unsigned>(raw.jobs);
  } else {
    opts.jobs = std::max(1U, std::thread::hardware_concurrency());
  }
  opts.against = raw.against;
  opts.explain = raw.explain;
  opts.claims = raw.claims;
  if (opts.claims && !opts.against.empty()) {
    return usage_error{"--claims reads a whole split corpus; it cannot be combined with --against"};
  }
  if (!raw.reference_date.empty()) {
    opts.reference_date = parse_iso_date(raw.reference_date);
    if (!opts.reference_date) {
      return usage_error{
          fmt::format("--reference-date: '{}' is not a date (YYYY-MM-DD)", raw.reference_date)};
    }
  }

  if (opts.cmd == command::extract) {
    if (raw.format.empty() || raw.format == "json") {
      opts.extract_as = extract_format::json;
    } else if (raw.format == "timeml") {
      opts.extract_as = extract_format::timeml;
    } else if (raw.format == "claims-jsonl") {
      opts.extract_as = extract_format::claims_jsonl;
    } else {
      return usage_error{fmt::format(
          "--format: extract writes json, timeml or claims-jsonl, not '{}'", raw.format)};
    }
    return opts;
  }

  if (!raw.format.empty() && !raw.report.empty() && raw.format != raw.report) {
    return usage_error{"--format and --report name different formats; give one"};
  }
  const std::string& name = raw.report.empty() ? raw.format : raw.report;
  if (!name.empty()) {
    auto f = reports::parse_format(name);
    if (!f) {
      return usage_error{fmt::format(
          "--format: unknown format '{}' (text, markdown, html, json, sarif, junit)", name)};
    }
    opts.report_format = *f;
  }
  if (!raw.report.empty() && !opts.output) {
    static constexpr std::string_view extension[] = {"txt", "md", "html", "json", "sarif", "xml"};
    opts.output = fmt::format("report.{}", extension[static_cast<int>(opts.report_format)]);
  }
  if (raw.fail_on == "none") {
    opts.fail_on = std::nullopt;
  } else if (auto s = checker::parse_severity(raw.fail_on)) {
    opts.fail_on = s;
  } else {
    return usage_error{
        fmt::format("--fail-on: '{}' is not error, warning, info or none", raw.fail_on)};
  }
  if (raw.color == "auto") {
    opts.color = color_mode::automatic;
  } else if (raw.color == "always") {
    opts.color = color_mode::always;
  } else if (raw.color == "never") {
    opts.color = color_mode::never;
  } else {
    return usage_error{fmt::format("--color: '{}' is not auto, always or never", raw.color)};
  }
  if (!raw.baseline.empty()) opts.baseline = raw.baseline;
  if (!raw.write_baseline.empty()) opts.write_baseline = raw.write_baseline;
  return opts;
}

}  // namespace factcheck::cli
