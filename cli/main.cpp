// factcheck: the thin executable. Parses options, loads the configuration, reads the inputs,
// runs the checker and writes one report. Every error maps to exit code 2 here.

#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "checker/check.hpp"
#include "checker/split/claims_jsonl.hpp"
#include "cli/limits.hpp"
#include "cli/options.hpp"
#include "cli/version.hpp"
#include "grammar/unit_extension.hpp"
#include "reports/baseline.hpp"
#include "reports/extract_report.hpp"
#include "reports/neutralize.hpp"
#include "reports/progress.hpp"
#include "reports/report.hpp"
#include "reports/suppress.hpp"
#include "text/ingest.hpp"

namespace factcheck::cli {
namespace {

constexpr int exit_clean = 0;
constexpr int exit_findings = 1;
constexpr int exit_error = 2;

int fail(std::string_view message) {
  // File names and input come from outside: nothing reaches the terminal as a control.
  std::cerr << "factcheck: " << reports::terminal_safe(message) << '\n';
  return exit_error;
}

bool is_terminal_stdout() { return ::isatty(STDOUT_FILENO) == 1; }

// --baseline: read and parsed before any work, so that a bad file fails fast (exit 2).
std::variant<reports::baseline, std::string> read_baseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fmt::format("{}: cannot read baseline", path);
  std::ostringstream content;
  content << in.rdbuf();
  return reports::parse_baseline(content.str(), path);
}

// check --claims: every line of every input ("-" is stdin), in any order.
std::variant<checker::split::claims_corpus, std::string> read_claims(
    const std::vector<std::string>& paths) {
  checker::split::claims_reader reader;
  for (const auto& path : paths) {
    std::optional<std::string> error;
    if (path == "-") {
      error = reader.add(std::cin, "<stdin>");
    } else {
      std::ifstream in(path, std::ios::binary);
      if (!in) return fmt::format("{}: cannot read claims file", path);
      error = reader.add(in, path);
    }
    if (error) return *error;
  }
  auto read = reader.finish();
  if (auto* corpus = std::get_if<checker::split::claims_corpus>(&read)) {
    if (corpus->articles.empty()) return std::string("no article records in the claims input");
  }
  return read;
}

// The [[unit]] tables of the configuration file `path` (none for the built-in default).
std::optional<std::vector<grammar::units::unit>> read_config_units(const std::string& path) {
  std::error_code ec;
  if (path.empty() || !std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  std::vector<grammar::units::unit> units;
  if (grammar::units::parse(content.str(), path, units) || units.empty()) return std::nullopt;
  return units;
}

int run(const options& opts) {
  auto loaded = checker::load_config(
      opts.config_path ? std::optional<std::filesystem::path>(*opts.config_path) : std::nullopt,
      std::filesystem::current_path());
  if (auto* error = std::get_if<checker::config_error>(&loaded)) return fail(error->message);
  auto settings = std::get<checker::config>(std::move(loaded));
  if (opts.no_default_gazetteer) checker::drop_default_gazetteer(settings);
  // The configuration's [[unit]] tables (already checked by load_config), before any extraction.
  if (auto units = read_config_units(settings.source)) grammar::extend_units(*units);

  std::optional<reports::baseline> known;
  if (opts.cmd == command::check && opts.baseline) {
    auto parsed = read_baseline(*opts.baseline);
    if (auto* error = std::get_if<std::string>(&parsed)) return fail(*error);
    known = std::get<reports::baseline>(std::move(parsed));
  }
  // Only on a terminal, only for check, and only once the run has lasted a second.
  reports::progress_bar progress(
      std::cerr, opts.progress && opts.cmd == command::check && ::isatty(STDERR_FILENO) == 1);
  progress.update(0, 0, 0, "reading");

  text::ingest_options ingest_opts;
  ingest_opts.ignore_globs = settings.ignore;
  // check --claims: the articles and the map's analyses come from claims-jsonl lines.
  std::vector<checker::cached_analysis> cache;
  text::ingest_result input;
  if (opts.claims) {
    auto read = read_claims(opts.paths);
    if (auto* error = std::get_if<std::string>(&read)) return fail(*error);
    auto& split_corpus = std::get<checker::split::claims_corpus>(read);
    input.articles = std::move(split_corpus.articles);
    cache = std::move(split_corpus.cache);
  } else {
    apply_limits(settings.limits, nullptr, ingest_opts);
    input = text::ingest(opts.paths, ingest_opts);
  }
  // --against: the drafts come first, then the sources they are checked against.
  std::vector<std::uint32_t> drafts;
  if (!opts.against.empty() && !input.limit) {
    for (std::uint32_t i = 0; i < input.articles.size(); ++i) drafts.push_back(i);
    apply_limits(settings.limits, &input, ingest_opts);
    auto sources = text::ingest(opts.against, ingest_opts);
    for (auto& a : sources.articles) input.articles.push_back(std::move(a));
    for (auto& d : sources.diagnostics) input.diagnostics.push_back(std::move(d));
    input.limit = std::move(sources.limit);
  }
  // A limit stops the run before any analysis (and before any report is written).
  if (input.limit) {
    progress.finish();
    return fail(limit_message(*input.limit, settings.limits, settings.source));
  }
  bool input_error = false;
  std::uint64_t bytes = 0;
  for (const auto& a : input.articles) bytes += a.original ? a.original->size() : a.text.size();
  progress.update(0, input.articles.size(), bytes, "analyzing");
  for (const auto& d : input.diagnostics) {
    const auto hold = progress.hold();
    const bool is_error = d.severity == text::diagnostic::level::error;
    input_error = input_error || is_error;
    const std::string where = d.line > 0 ? fmt::format("{}:{}", d.path, d.line) : d.path;
    std::cerr << reports::terminal_safe(fmt::format(
                     "factcheck: {}: {}: {}", where, is_error ? "error" : "warning", d.message))
              << '\n';
  }
  if (input.articles.empty()) {
    progress.finish();
    return fail(input_error ? "no readable input" : "no articles found in the given paths");
  }

  checker::check_options check_opts;
  check_opts.reference_date = opts.reference_date;
  check_opts.jobs = opts.jobs;
  check_opts.explain = opts.explain;
  check_opts.drafts = std::move(drafts);

  if (opts.cmd == command::extract) {
    // Streamed: each article is written as soon as it is analyzed, then released. extract
    // reports what the stages extract and datelines give: no claims, facts or rules.
    reports::report_output output(opts.output);
    if (output.error()) return fail(*output.error());
    if (opts.extract_as == extract_format::claims_jsonl) {
      // The map of a split run: the shard's analysis and claims (checker/split); the reduce
      // aligns and runs the rules.
      auto map_opts = check_opts;
      map_opts.stop_after = checker::stage::claims;
      const auto shard = checker::analyze(input.articles, settings, map_opts);
      checker::split::write_claims_jsonl(shard, output.stream());
    } else if (opts.extract_as == extract_format::timeml) {
      checker::analyze_streamed(input.articles, settings, check_opts,
                                [&](const checker::analyzed_article& a) {
                                  reports::write_extract_timeml(a, output.stream());
                                });
    } else {
      reports::extract_json_stream json(output.stream());
      checker::analyze_streamed(input.articles, settings, check_opts,
                                [&](const checker::analyzed_article& a) { json.write(a); });
      json.finish();
    }
    if (auto error = output.commit()) return fail(*error);
    return input_error ? exit_error : exit_clean;
  }

  const auto corpus = checker::analyze(input.articles, settings, check_opts, cache);
  progress.update(input.articles.size(), input.articles.size(), bytes, "checking");
  auto findings = reports::apply_suppressions(corpus, checker::run_rules(corpus, opts.jobs));
  progress.finish();
  // The baseline records every current finding, also those an older baseline hides.
  const std::string new_baseline =
      opts.write_baseline ? reports::baseline_json(findings) : std::string();
  if (known) findings = reports::new_findings(std::move(findings), *known);
  reports::report_input report;
  report.corpus = &corpus;
  report.findings = &findings;
  report.fail_on = opts.fail_on;
  report.tool_version = std::string(version);
  const bool no_color_env = std::getenv("NO_COLOR") != nullptr && *std::getenv("NO_COLOR") != '\0';
  report.color = opts.color == color_mode::always ||
                 (opts.color == color_mode::automatic && (!opts.output || *opts.output == "-") &&
                  !no_color_env && is_terminal_stdout());
  // Exit 2 writes no file: a CI job must not pick up a report or baseline of a partial run.
  const bool to_file = opts.output && *opts.output != "-";
  if (input_error && to_file) {
    return fail(fmt::format("{}: not written because of the input errors above", *opts.output));
  }
  if (!input_error && opts.write_baseline) {
    if (auto error = reports::write_file_atomically(*opts.write_baseline, new_baseline))
      return fail(*error);
  }
  // Streamed: the reporter writes to the output as it goes.
  reports::report_output output(opts.output);
  if (output.error()) return fail(*output.error());
  reports::reporter_for(opts.report_format).write(report, output.stream());
  if (auto error = output.commit()) return fail(*error);
  if (input_error) {
    if (opts.write_baseline) {
      fail(fmt::format("{}: not written because of the input errors above", *opts.write_baseline));
    }
    return exit_error;
  }

  if (!opts.fail_on) return exit_clean;
  for (const auto& f : findings) {
    if (f.level >= *opts.fail_on) return exit_findings;
  }
  return exit_clean;
}

}  // namespace
}  // namespace factcheck::cli

int main(int argc, char** argv) {
  namespace cli = factcheck::cli;
  try {
    auto parsed = cli::parse_options(argc, argv);
    if (auto* done = std::get_if<cli::exit_now>(&parsed)) return done->code;
    if (auto* error = std::get_if<cli::usage_error>(&parsed)) {
      std::cerr << "factcheck: " << factcheck::reports::terminal_safe(error->message) << "\nRun 'factcheck --help' for usage.\n";
      return cli::exit_error;
    }
    return cli::run(std::get<cli::options>(parsed));
  } catch (const std::exception& e) {
    return cli::fail(fmt::format("internal error: {}", e.what()));
  }
}
