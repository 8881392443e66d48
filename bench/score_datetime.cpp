// score_datetime: runs Microsoft Recognizers-Text English date/time specs through extract_time_periods
// (the atoms of extract_times composed into ranges and periods, as the specs annotate them)
// and prints the pass rate per file.
//
//   score_datetime [--fails] [FILE.json | FOLDER]...
//   (default: ../shared/benchmarks/recognizers-datetime/DateTime)
//
// A case passes when every expected result is found (a system expression overlapping its span)
// with an equal value: the TIMEX3 value equals the spec's timex, or the resolved date equals one of
// its resolutions (Model files: values[].value/start/end; Parser files: Future/PastResolution), and
// no other expression is extracted. A bare time of day (timex "T15") agrees with any
// system value whose clock part is the same ("2016-11-07T15:00"), and a bare part of the day (timex
// "TMO") any system value ending in it ("2016-11-07TMO"): the spec states no date. Two spellings of
// one duration agree ("PT1.5H" and "PT1H30M"; months and seconds are compared apart). Extractor files only check spans. Cases the reference .NET
// implementation does not support (NotSupported lists dotNet, or NotSupportedByDesign) are skipped.
// Each case is resolved against its Context.ReferenceDateTime, date and time of day (2016-11-07,
// no time of day, when absent).

#include <algorithm>
#include <cmath>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "grammar/extract.hpp"

namespace fs = std::filesystem;
using json = nlohmann::json;
using namespace factcheck::grammar;

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::optional<std::chrono::year_month_day> parse_day(const std::string& s) {
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  if (s.size() < 10 || std::sscanf(s.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  return ymd.ok() ? std::optional{ymd} : std::nullopt;
}

// "2016-11-07T16:12:00" -> 16:12:00 after midnight; nothing without a clock part.
std::optional<std::chrono::seconds> parse_clock(const std::string& s) {
  unsigned h = 0;
  unsigned m = 0;
  unsigned sec = 0;
  if (s.size() < 19 || s[10] != 'T' ||
      std::sscanf(s.c_str() + 11, "%2u:%2u:%2u", &h, &m, &sec) != 3)
    return std::nullopt;
  if (h > 23 || m > 59 || sec > 59) return std::nullopt;
  return std::chrono::seconds{h * 3600 + m * 60 + sec};
}

std::string iso(std::chrono::sys_days d) {
  const std::chrono::year_month_day ymd{d};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

bool skipped(const json& c) {
  if (c.contains("NotSupportedByDesign")) return true;
  if (c.contains("NotSupported") && c["NotSupported"].is_string()) {
    return lower(c["NotSupported"].get<std::string>()).find("dotnet") != std::string::npos;
  }
  return false;
}

std::string str(const json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

// "T15", "T15:30", "15:30:00" -> "15:00:00", "15:30:00", "15:30:00"; empty when not a clock.
std::string clock_of(std::string_view s) {
  if (s.starts_with('T')) s.remove_prefix(1);
  std::string out;
  for (int field = 0; field < 3; ++field) {
    if (s.size() < 2 || !std::isdigit(static_cast<unsigned char>(s[0])) ||
        !std::isdigit(static_cast<unsigned char>(s[1]))) {
      return field == 0 ? std::string() : out + std::string(field == 1 ? ":00:00" : ":00");
    }
    out += (field ? ":" : "") + std::string(s.substr(0, 2));
    s.remove_prefix(2);
    if (s.empty()) return out + std::string(field == 0 ? ":00:00" : field == 1 ? ":00" : "");
    if (s[0] != ':') return std::string();
    s.remove_prefix(1);
  }
  return out;
}

// An ISO 8601 duration ("P1Y6M", "PT1.5H", "PT1H30M", "P2W") as {months, seconds}: two
// spellings of the same length agree ("PT1.5H" = "PT1H30M", "P1W" = "P7D", "P1Y" = "P12M").
// Months and seconds stay apart, since a month has no fixed length. Empty when not a duration
// or when it holds an unknown count ("PXD").
std::optional<std::pair<double, double>> duration_length(std::string_view s) {
  if (s.size() < 3 || s[0] != 'P') return std::nullopt;
  double months = 0;
  double seconds = 0;
  bool in_time = false;
  std::size_t i = 1;
  while (i < s.size()) {
    if (s[i] == 'T') {
      in_time = true;
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == '.')) ++j;
    if (j == i || j == s.size()) return std::nullopt;
    const double n = std::strtod(std::string(s.substr(i, j - i)).c_str(), nullptr);
    switch (s[j]) {
      case 'Y': months += 12 * n; break;
      case 'M':
        if (in_time) {
          seconds += 60 * n;
        } else {
          months += n;
        }
        break;
      case 'W': seconds += 7 * 86400 * n; break;
      case 'D': seconds += 86400 * n; break;
      case 'H': seconds += 3600 * n; break;
      case 'S': seconds += n; break;
      default: return std::nullopt;
    }
    i = j + 1;
  }
  return std::pair{months, seconds};
}

// Whether a system expression agrees with one expected resolution object.
bool agrees(const time_expression& t, const json& r) {
  const std::string timex = str(r, "timex").empty() ? str(r, "Timex") : str(r, "timex");
  if (!timex.empty() && timex == t.value) return true;
  if (const auto want = duration_length(timex)) {
    if (const auto got = duration_length(t.value)) {
      if (std::abs(want->first - got->first) < 1e-9 && std::abs(want->second - got->second) < 1e-6) return true;
    }
  }
  // A bare time of day ("3pm": timex T15) states no date; the system anchors it to the
  // reference day (2016-11-07T15:00). The clocks must agree; the date is not part of the spec.
  if (timex.starts_with('T')) {
    const auto tpos = t.value.find('T');
    const std::string want = clock_of(timex);
    if (tpos != std::string::npos && !want.empty() && clock_of(std::string_view(t.value).substr(tpos)) == want) {
      return true;
    }
    // The same for a bare part of the day ("in the morning": timex TMO, no date stated).
    if (tpos != std::string::npos && want.empty() && t.value.substr(tpos) == timex) return true;
  }
  const std::string start = t.start ? iso(*t.start) : "";
  const std::string last = t.end ? iso(*t.end - std::chrono::days{1}) : "";
  const std::string end = t.end ? iso(*t.end) : "";
  for (const char* key : {"value", "date"}) {
    const std::string v = str(r, key);
    if (!v.empty() && (v == t.value || (!start.empty() && v.substr(0, 10) == start && start == last))) return true;
  }
  for (const auto& [s_key, e_key] : {std::pair{"start", "end"}, std::pair{"startDate", "endDate"}}) {
    const std::string s = str(r, s_key);
    const std::string e = str(r, e_key);
    if (!s.empty() && !e.empty() && s.substr(0, 10) == start && (e.substr(0, 10) == end || e.substr(0, 10) == last)) {
      return true;
    }
  }
  return false;
}

bool value_ok(const time_expression& t, const json& result) {
  if (result.contains("Resolution") && result["Resolution"].contains("values")) {
    for (const auto& v : result["Resolution"]["values"]) {
      if (agrees(t, v)) return true;
    }
    return false;
  }
  if (result.contains("Value") && result["Value"].is_object()) {
    const json& v = result["Value"];
    if (agrees(t, v)) return true;
    for (const char* key : {"FutureResolution", "PastResolution"}) {
      if (v.contains(key) && agrees(t, v[key])) return true;
    }
    return false;
  }
  return true;  // extractor specs: the span is all there is
}

struct file_result {
  std::size_t cases = 0;
  std::size_t passed = 0;
  std::size_t skipped = 0;
};

file_result score_file(const fs::path& path, bool show_fails) {
  file_result r;
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  const json specs = json::parse(text, nullptr, false);
  if (!specs.is_array()) return r;
  for (const auto& c : specs) {
    if (skipped(c)) {
      ++r.skipped;
      continue;
    }
    const std::string input = str(c, "Input");
    time_context context;
    context.reference = std::chrono::year{2016} / std::chrono::November / 7;
    context.numeric_dates = date_order::month_first;
    if (c.contains("Context")) {
      const std::string when = str(c["Context"], "ReferenceDateTime");
      if (auto d = parse_day(when)) context.reference = d;
      context.time_of_day = parse_clock(when);
    }
    const auto found = extract_time_periods(input, context);
    std::vector<bool> used(found.size(), false);
    bool pass = true;
    const json results = c.contains("Results") ? c["Results"] : json::array();
    for (const auto& res : results) {
      const auto start = res.value("Start", 0);
      const auto end = res.contains("End") ? res.value("End", 0) + 1 : start + res.value("Length", 0);
      const factcheck::text::byte_span want{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)};
      bool matched = false;
      for (std::size_t k = 0; k < found.size(); ++k) {
        if (found[k].span.overlaps(want)) {
          used[k] = true;
          if (!matched && value_ok(found[k], res)) matched = true;
        }
      }
      pass = pass && matched;
    }
    pass = pass && std::all_of(used.begin(), used.end(), [](bool u) { return u; });
    ++r.cases;
    if (pass) {
      ++r.passed;
    } else if (show_fails) {
      std::string got;
      for (const auto& t : found) got += fmt::format(" [{}={}]", std::string(t.span.of(input)), t.value);
      fmt::print("FAIL {}: {} |{}\n", path.filename().string(), input, got);
    }
  }
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  bool show_fails = false;
  std::vector<fs::path> inputs;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--fails") {
      show_fails = true;
    } else {
      inputs.emplace_back(a);
    }
  }
  if (inputs.empty()) {
    // FACTCHECK_SHARED_DIR, else ../shared beside the source tree (as the tests use it)
    const char* env = std::getenv("FACTCHECK_SHARED_DIR");
    const fs::path shared = env ? fs::path(env) : fs::path(__FILE__).parent_path() / ".." / ".." / "shared";
    inputs.emplace_back(shared / "benchmarks" / "recognizers-datetime" / "DateTime");
  }
  std::vector<fs::path> files;
  for (const auto& p : inputs) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      for (const auto& e : fs::directory_iterator(p, ec)) {
        if (e.path().extension() == ".json") files.push_back(e.path());
      }
    } else {
      files.push_back(p);
    }
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    std::cerr << "score_datetime: no spec files\n";
    return 2;
  }
  file_result total;
  file_result models;
  for (const auto& f : files) {
    const file_result r = score_file(f, show_fails);
    fmt::print("{:<40} {:>4}/{:<4} {:5.1f}%  (skipped {})\n", f.filename().string(), r.passed, r.cases,
               r.cases ? 100.0 * static_cast<double>(r.passed) / static_cast<double>(r.cases) : 0.0, r.skipped);
    total.cases += r.cases;
    total.passed += r.passed;
    if (f.filename().string().starts_with("DateTimeModel")) {
      models.cases += r.cases;
      models.passed += r.passed;
    }
  }
  const auto pct = [](const file_result& r) {
    return r.cases ? 100.0 * static_cast<double>(r.passed) / static_cast<double>(r.cases) : 0.0;
  };
  fmt::print("all files: {}/{} {:.1f}%   DateTimeModel*: {}/{} {:.1f}%\n", total.passed, total.cases, pct(total),
             models.passed, models.cases, pct(models));
  return 0;
}
