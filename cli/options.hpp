#pragma once
// Command-line options: parsed by CLI11 into a plain struct, then validated into one run
// configuration. Every error maps to exit code 2 in main().

#include <chrono>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "checker/model/finding.hpp"
#include "reports/report.hpp"

namespace factcheck::cli {

enum class command { check, extract };
enum class color_mode { automatic, always, never };
enum class extract_format { json, timeml, claims_jsonl };

struct options {
  command cmd = command::check;
  std::vector<std::string> paths;
  reports::format report_format = reports::format::text;
  extract_format extract_as = extract_format::json;
  std::optional<std::string> output;          // -o; "-" or absent: stdout
  std::optional<std::string> config_path;
  bool no_default_gazetteer = false;
  std::optional<checker::severity> fail_on = checker::severity::error;  // none: never fail
  color_mode color = color_mode::automatic;
  std::optional<std::string> baseline;        // report only findings not in this file
  std::optional<std::string> write_baseline;  // record current findings here
  std::optional<std::chrono::year_month_day> reference_date;
  bool progress = true;
  unsigned jobs = 1;  // -j; the parser's default is the number of hardware threads
  // --against SOURCE...: `paths` are drafts checked against these sources; findings are
  // reported on the drafts only.
  std::vector<std::string> against;
  bool explain = false;  // --explain: JSON findings say how their claims were aligned
  // check --claims: `paths` are claims-jsonl files (or -) written by
  // `extract --format claims-jsonl`, not articles: the reduce of a split run.
  bool claims = false;
};

struct usage_error {
  std::string message;
};

struct exit_now {  // --help or --version printed: exit with this code
  int code = 0;
};

std::variant<options, usage_error, exit_now> parse_options(int argc, char** argv);

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text);

}  // namespace factcheck::cli
