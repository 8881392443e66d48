// Scores extract_quantities on the external number benchmarks and prints the pass rate per file.
//
//   score_numbers [BENCHMARKS_DIR] [--failures]   (--failures: each failing input, then what
//   the spec expects and what was extracted)
//
// BENCHMARKS_DIR defaults to $FACTCHECK_SHARED_DIR/benchmarks, then ../shared/benchmarks.
// Scoring rules: tests/grammar/number_scoring.hpp.

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "tests/grammar/number_scoring.hpp"

namespace {

double percent(int part, int whole) { return whole == 0 ? 0.0 : 100.0 * part / whole; }

}  // namespace

int main(int argc, char** argv) {
  std::string root;
  bool show_failures = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--failures") {
      show_failures = true;
    } else {
      root = arg;
    }
  }
  if (root.empty()) {
    const char* shared = std::getenv("FACTCHECK_SHARED_DIR");
    root = shared ? std::string(shared) + "/benchmarks" : "../shared/benchmarks";
  }
  using factcheck::number_scoring::model;
  struct entry {
    const char* file;
    bool quantulum;
    model kind;
  };
  const entry files[] = {
      {"recognizers-number/Number/NumberModel.json", false, model::number},
      {"recognizers-number/Number/NumberRangeModel.json", false, model::range},
      {"recognizers-number/Number/PercentModel.json", false, model::percent},
      {"recognizers-number/NumberWithUnit/CurrencyModel.json", false, model::currency},
      {"recognizers-number/NumberWithUnit/DimensionModel.json", false, model::dimension},
      {"recognizers-number/NumberWithUnit/TemperatureModel.json", false, model::temperature},
      {"recognizers-number/NumberWithUnit/AgeModel.json", false, model::age},
      {"quantulum3/quantities.json", true, model::number},
  };
  std::printf("%-52s %6s %8s %8s %14s\n", "file", "cases", "strict%", "found%", "reference%");
  for (const auto& f : files) {
    const std::string path = root + "/" + f.file;
    const auto score = f.quantulum ? factcheck::number_scoring::score_quantulum(path)
                                   : factcheck::number_scoring::score_recognizers(path, f.kind);
    std::printf("%-52s %6d %7.1f%% %7.1f%% %7.1f%% of %3d\n", f.file, score.cases,
                percent(score.strict, score.cases), percent(score.found, score.cases),
                percent(score.reference_strict, score.reference_cases), score.reference_cases);
    if (show_failures) {
      for (std::size_t i = 0; i < score.failures.size(); ++i) {
        std::printf("    FAIL %s\n         %s\n", score.failures[i].c_str(),
                    score.details[i].c_str());
      }
    }
  }
  return 0;
}
