// score_timex: scores the time grammar against TimeML gold (TempEval-3 training corpus) the way
// TempEval-3 does: each document's plain text is extracted with the document creation time (DCT)
// as reference date; strict and relaxed extent precision/recall/F1, type and value accuracy over
// relaxed matches, and value F1 (= value accuracy x relaxed F1).
//
//   score_timex [--diff] [--value-errors] [--extent-errors] [--per-file] [--speed] PATH...   (PATH: a .tml file or a folder)
//   --diff lists every miss, spurious match, wrong type and wrong value, one per line.
//   --extent-errors lists each relaxed match whose span differs from the gold one (strict misses),
//   in the same layout.
//   --value-errors lists each wrong value with the document creation time and the sentence around
//   it (gold text => gold value, system text => system value), to group errors into families.
//   --speed also times extract_times over all documents' text (Release builds for real figures)
//   beside a plain word scan of the same bytes, and prints MB/s and the ratio.
//   tools/score-timex runs it on ../shared/benchmarks/tempeval3-train.

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "grammar/extract.hpp"
#include "bench/scoring/time_gold.hpp"

namespace fs = std::filesystem;
using namespace factcheck::grammar;
using namespace factcheck::bench;

namespace {

std::vector<fs::path> collect(const std::vector<std::string>& args) {
  std::vector<fs::path> files;
  for (const auto& a : args) {
    std::error_code ec;
    if (fs::is_directory(a, ec)) {
      for (const auto& e : fs::recursive_directory_iterator(a, ec)) {
        if (e.is_regular_file() && e.path().extension() == ".tml") files.push_back(e.path());
      }
    } else {
      files.emplace_back(a);
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

const char* kind_name(timex_difference::kind k) {
  switch (k) {
    case timex_difference::kind::missed: return "MISSED";
    case timex_difference::kind::spurious: return "SPURIOUS";
    case timex_difference::kind::wrong_value: return "VALUE";
    case timex_difference::kind::wrong_type: return "TYPE";
    case timex_difference::kind::wrong_extent: return "EXTENT";
  }
  return "?";
}

// The sentence around `span` (bounded by sentence ends or blank lines, at most ~200 bytes each
// side), on one line.
std::string sentence_around(std::string_view text, factcheck::text::byte_span span) {
  constexpr std::size_t reach = 200;
  auto ends_sentence = [&](std::size_t k) {
    const char c = text[k];
    if (c == '\n' && k + 1 < text.size() && text[k + 1] == '\n') return true;
    return (c == '.' || c == '?' || c == '!') && k + 1 < text.size() && (text[k + 1] == ' ' || text[k + 1] == '\n');
  };
  std::size_t b = span.begin;
  while (b > 0 && span.begin - b < reach && !ends_sentence(b - 1)) --b;
  std::size_t e = span.end;
  while (e < text.size() && e - span.end < reach && !ends_sentence(e)) ++e;
  if (e < text.size()) ++e;
  std::string out(text.substr(b, e - b));
  for (char& c : out) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  const std::size_t first = out.find_first_not_of(' ');
  return first == std::string::npos ? std::string{} : out.substr(first);
}

std::string dct_text(const timeml_document& doc) {
  if (!doc.dct) return "no-DCT";
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(doc.dct->year()), static_cast<unsigned>(doc.dct->month()),
                     static_cast<unsigned>(doc.dct->day()));
}

// A plain pass over the same bytes: counts word starts (what any tokenizer must do).
std::size_t word_scan(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const auto b = static_cast<unsigned char>(c);
    const bool w = (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80;
    if (w && !in_word) ++words;
    in_word = w;
  }
  return words;
}

void print_speed(const std::string& corpus) {
  using clock = std::chrono::steady_clock;
  constexpr int rounds = 5;
  time_context context;
  context.reference = std::chrono::year{2000} / std::chrono::January / 1;
  std::size_t found = 0;
  const auto t0 = clock::now();
  for (int r = 0; r < rounds; ++r) found += extract_times(corpus, context).size();
  const auto t1 = clock::now();
  std::size_t words = 0;
  for (int r = 0; r < rounds; ++r) words += word_scan(corpus);
  const auto t2 = clock::now();
  const double mb = static_cast<double>(corpus.size()) * rounds / 1e6;
  const double extract_s = std::chrono::duration<double>(t1 - t0).count();
  const double scan_s = std::chrono::duration<double>(t2 - t1).count();
  fmt::print("speed: {:.2f} MB x {}: extract_times {:.1f} MB/s ({} expressions), word scan {:.1f} MB/s ({} words), "
             "ratio {:.1f}x\n",
             static_cast<double>(corpus.size()) / 1e6, rounds, mb / extract_s, found / rounds, mb / scan_s,
             words / rounds, scan_s > 0 ? extract_s / scan_s : 0.0);
}

}  // namespace

int main(int argc, char** argv) {
  bool diff = false;
  bool value_errors = false;
  bool extent_errors = false;
  bool per_file = false;
  bool speed = false;
  std::string corpus;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--diff") {
      diff = true;
    } else if (a == "--extent-errors") {
      extent_errors = true;
    } else if (a == "--value-errors") {
      value_errors = true;
    } else if (a == "--per-file") {
      per_file = true;
    } else if (a == "--speed") {
      speed = true;
    } else if (a == "-h" || a == "--help") {
      std::cout << "usage: score_timex [--diff] [--value-errors] [--extent-errors] [--per-file] [--speed] PATH...\n";
      return 0;
    } else {
      paths.push_back(a);
    }
  }
  if (paths.empty()) {
    std::cerr << "score_timex: give .tml files or folders\n";
    return 2;
  }
  timex_score total;
  std::size_t documents = 0;
  for (const auto& file : collect(paths)) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::cerr << "score_timex: cannot read " << file << '\n';
      continue;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    const timeml_document doc = read_timeml(buffer.str());
    if (speed) corpus += doc.text;
    time_context context;
    context.reference = doc.dct;
    context.numeric_dates = date_order::month_first;  // US newswire
    const auto system = extract_times(doc.text, context);
    std::vector<timex_difference> differences;
    const timex_score s = score_timexes(doc, system, diff || value_errors || extent_errors ? &differences : nullptr);
    total.add(s);
    ++documents;
    if (per_file) {
      fmt::print("{}\tgold {}\tsystem {}\trelaxed F1 {:.3f}\tvalue acc {:.3f}\n", file.filename().string(), s.gold,
                 s.system, s.relaxed_f1(), s.value_accuracy());
    }
    for (const auto& d : differences) {
      const bool listed = (value_errors && d.what == timex_difference::kind::wrong_value) ||
                          (extent_errors && d.what == timex_difference::kind::wrong_extent);
      if (listed) {
        fmt::print("{}\t{}\t{}\t{} => {}\t{} => {}\t| {}\n", kind_name(d.what), file.filename().string(), dct_text(doc), d.text,
                   d.expected, d.system_text, d.actual, sentence_around(doc.text, d.span));
      }
      if (!diff) continue;
      fmt::print("{}\t{}\t{}\t{}\t{}\t{}\n", kind_name(d.what), file.filename().string(), d.text, d.system_text,
                 d.expected, d.actual);
    }
  }
  fmt::print("documents {}  gold {}  system {}\n", documents, total.gold, total.system);
  fmt::print("strict  P {:.3f}  R {:.3f}  F1 {:.3f}\n", total.strict_precision(), total.strict_recall(),
             total.strict_f1());
  fmt::print("relaxed P {:.3f}  R {:.3f}  F1 {:.3f}\n", total.relaxed_precision(), total.relaxed_recall(),
             total.relaxed_f1());
  fmt::print("type accuracy {:.3f}  value accuracy {:.3f}  type F1 {:.3f}  value F1 {:.3f}\n",
             total.type_accuracy(), total.value_accuracy(), total.type_accuracy() * total.relaxed_f1(),
             total.value_accuracy() * total.relaxed_f1());
  if (speed) print_speed(corpus);
  return 0;
}
