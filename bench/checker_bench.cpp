// checker_bench: time per article, peak memory, and recall/precision of planted conflicts for
// the whole checker (analyze + run_rules) on generated corpora of 1k, 10k and 100k articles.
// Not a test: it prints figures. Usage: checker_bench [max_articles] [seed] [shape]
//
// shape: `planted` (default: the scored corpus of bench/corpus_generator.hpp), or `same` /
// `distinct` (full-length articles of bench/story_generator.hpp: a few stories told by
// thousands of sources, or many stories told by a handful each). The story shapes are not
// scored; they print time, time per article, peak RSS and the findings per rule.
//
// Scoring: a planted numeric conflict is found when numeric-conflict flags that article; a
// planted date conflict when date-conflict flags it; a stale figure when stale-figure flags
// it. Precision counts every finding of those three rules.

#include <fmt/format.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include "bench/corpus_generator.hpp"
#include "bench/story_generator.hpp"
#include "checker/check.hpp"
#include "checker/config.hpp"
#include "checker/rules/registry.hpp"

namespace {

long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

struct score {
  std::size_t planted = 0;
  std::size_t found = 0;
  std::size_t reported = 0;
  std::size_t correct = 0;
};

double ratio(std::size_t a, std::size_t b) {
  return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b);
}

// The story shapes: time, peak memory and findings per rule.
int run_stories(std::size_t max_articles, std::uint64_t seed, factcheck::bench::story_shape shape) {
  using namespace factcheck;
  const checker::config& settings = checker::default_config();
  fmt::print("{:>8} {:>8} {:>10} {:>12} {:>12} {:>10}  findings\n", "articles", "MB", "generate",
             "check", "per article", "peak RSS");
  for (std::size_t n = 1000; n <= max_articles; n *= 10) {
    bench::story_corpus_options options;
    options.shape = shape;
    options.articles = n;
    options.seed = seed;
    const auto t0 = std::chrono::steady_clock::now();
    const auto articles = bench::generate_story_corpus(options);
    std::uint64_t bytes = 0;
    for (const auto& a : articles) bytes += a.text.size();
    const auto t1 = std::chrono::steady_clock::now();
    const auto analyzed = checker::analyze(articles, settings);
    const auto findings = checker::run_rules(analyzed);
    const auto t2 = std::chrono::steady_clock::now();
    if (std::getenv("FACTCHECK_BENCH_RULES") != nullptr) {
      // Where the time goes: each rule alone on the analyzed corpus, with its findings'
      // related locations and timeline points (what grows with the sources of a fact).
      for (const checker::rule* r : checker::all_rules()) {
        const auto r0 = std::chrono::steady_clock::now();
        checker::finding_sink sink;
        r->run(analyzed, sink);
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - r0).count();
        std::size_t related = 0, timeline = 0;
        for (const auto& f : sink.findings()) {
          related += f.related.size();
          timeline += f.timeline.size();
        }
        fmt::print("  rule {:<22} {:>10.1f} ms {:>7} findings {:>9} related {:>9} timeline\n",
                   r->id(), ms, sink.findings().size(), related, timeline);
      }
    }
    std::map<std::string, std::size_t> per_rule;
    for (const auto& f : findings) ++per_rule[f.rule];
    std::string counts;
    for (const auto& [rule, count] : per_rule) counts += fmt::format(" {}={}", rule, count);
    const double check_s = std::chrono::duration<double>(t2 - t1).count();
    fmt::print("{:>8} {:>8.1f} {:>9.2f}s {:>11.2f}s {:>10.3f}ms {:>6} MiB {}\n", n,
               static_cast<double>(bytes) / 1048576.0, std::chrono::duration<double>(t1 - t0).count(),
               check_s, check_s * 1000.0 / static_cast<double>(n), peak_rss_kib() / 1024, counts);
    std::fflush(stdout);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace factcheck;
  const std::size_t max_articles = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
  const std::uint64_t seed = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 42;
  const std::string shape = argc > 3 ? argv[3] : "planted";
  if (shape == "same") return run_stories(max_articles, seed, bench::story_shape::same);
  if (shape == "distinct") return run_stories(max_articles, seed, bench::story_shape::distinct);
  if (shape != "planted") {
    fmt::print(stderr, "checker_bench: unknown shape '{}' (planted, same or distinct)\n", shape);
    return 2;
  }
  const checker::config& settings = checker::default_config();

  fmt::print("{:>8} {:>10} {:>12} {:>12} {:>10} | {:>17} {:>17} {:>17}\n", "articles", "generate",
             "check", "per article", "peak RSS", "numeric R/P", "date R/P", "stale R/P");
  for (std::size_t n = 1000; n <= max_articles; n *= 10) {
    const auto t0 = std::chrono::steady_clock::now();
    const auto corpus = bench::generate_corpus(n, seed);
    const auto t1 = std::chrono::steady_clock::now();
    if (const char* dump = std::getenv("FACTCHECK_BENCH_DUMP"); dump != nullptr && n == 10000) {
      // The generated texts, for running the CLI on a part of them.
      for (const auto& a : corpus.articles) {
        const auto file = std::filesystem::path(dump) / a.path;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file) << a.text;
      }
    }
    const auto analyzed = checker::analyze(corpus.articles, settings);
    const auto findings = checker::run_rules(analyzed);
    const auto t2 = std::chrono::steady_clock::now();

    score numeric, dates, stale;
    std::set<std::string> seen_numeric, seen_dates, seen_stale;
    auto tally = [](score& s, std::set<std::string>& seen, const std::set<std::string>& truth,
                    const std::string& path) {
      ++s.reported;
      if (truth.contains(path)) {
        ++s.correct;
        if (seen.insert(path).second) ++s.found;
      }
    };
    for (const auto& f : findings) {
      if (f.rule == "numeric-conflict")
        tally(numeric, seen_numeric, corpus.truth.numeric, f.where.path);
      if (f.rule == "date-conflict") tally(dates, seen_dates, corpus.truth.dates, f.where.path);
      if (f.rule == "stale-figure") tally(stale, seen_stale, corpus.truth.stale, f.where.path);
    }
    if (std::getenv("FACTCHECK_BENCH_VERBOSE") != nullptr) {
      // Misses and false alarms, for diagnosis.
      int shown = 0;
      for (const auto& f : findings) {
        const bool scored =
            f.rule == "numeric-conflict" || f.rule == "date-conflict" || f.rule == "stale-figure";
        const auto& truth = f.rule == "numeric-conflict" ? corpus.truth.numeric
                            : f.rule == "date-conflict"  ? corpus.truth.dates
                                                         : corpus.truth.stale;
        if (scored && !truth.contains(f.where.path) && shown++ < 10) {
          fmt::print("  false alarm: {}:{} [{}] {}\n", f.where.path, f.where.begin.line, f.rule,
                     f.message);
        }
      }
      shown = 0;
      for (const auto& p : corpus.truth.stale) {
        if (!seen_stale.contains(p) && shown++ < 10) fmt::print("  missed stale: {}\n", p);
      }
    }
    if (std::getenv("FACTCHECK_BENCH_RULES") != nullptr) {
      // Where the time goes: each rule alone on the analyzed corpus.
      for (const checker::rule* r : checker::all_rules()) {
        const auto r0 = std::chrono::steady_clock::now();
        checker::finding_sink sink;
        r->run(analyzed, sink);
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - r0)
                .count();
        fmt::print("  rule {:<22} {:>10.1f} ms\n", r->id(), ms);
      }
      const auto a0 = std::chrono::steady_clock::now();
      const auto again = checker::analyze(corpus.articles, settings);
      fmt::print(
          "  analyze                     {:>10.1f} ms\n",
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - a0).count());
    }
    numeric.planted = corpus.truth.numeric.size();
    dates.planted = corpus.truth.dates.size();
    stale.planted = corpus.truth.stale.size();

    const double generate_s = std::chrono::duration<double>(t1 - t0).count();
    const double check_s = std::chrono::duration<double>(t2 - t1).count();
    auto rp = [](const score& s) {
      return fmt::format("{:.3f}/{:.3f}", ratio(s.found, s.planted), ratio(s.correct, s.reported));
    };
    fmt::print("{:>8} {:>9.2f}s {:>11.2f}s {:>10.3f}ms {:>7} MiB | {:>17} {:>17} {:>17}\n", n,
               generate_s, check_s, check_s * 1000.0 / static_cast<double>(n),
               peak_rss_kib() / 1024, rp(numeric), rp(dates), rp(stale));
    fmt::print(
        "         planted: {} numeric, {} date, {} stale; reported: {} numeric, {} date, {} "
        "stale\n",
        numeric.planted, dates.planted, stale.planted, numeric.reported, dates.reported,
        stale.reported);
    std::fflush(stdout);
  }
  return 0;
}
