// Scale: the real binary on a generated corpus in which every fact is shared by hundreds of
// sources (bench/story_generator.hpp, the `same` shape: the worst case for anything that grows
// with the square of the sources that share a fact). Bounded by memory, not by wall time, so
// the test means the same in a Debug coverage build as in a release build: the peak resident
// size of the child (wait4's rusage) must stay within a fixed base plus a multiple of the input.

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "bench/story_generator.hpp"

namespace {

namespace fs = std::filesystem;

struct child_run {
  int exit_code = -1;
  long peak_rss_kib = 0;
};

child_run run_child(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  child_run r;
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  if (pid < 0) return r;
  int status = 0;
  rusage usage{};
  if (::wait4(pid, &status, 0, &usage) != pid) return r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.peak_rss_kib = usage.ru_maxrss;
  return r;
}

std::uint64_t write_corpus(const fs::path& dir, const factcheck::bench::story_corpus_options& o) {
  fs::create_directories(dir);
  std::uint64_t bytes = 0;
  for (std::size_t i = 0; i < o.articles; ++i) {
    auto [path, text] = factcheck::bench::story_article(o, i);
    std::ofstream(dir / path, std::ios::binary) << text;
    bytes += text.size();
  }
  return bytes;
}

TEST(Scale, SameStoriesCorpusStaysWithinMemoryProportionalToInput) {
  const fs::path dir = fs::path(::testing::TempDir()) / ("factcheck_scale_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  factcheck::bench::story_corpus_options options;
  options.shape = factcheck::bench::story_shape::same;
  options.articles = 600;  // about 1.6 MB: 120 sources per story
  const std::uint64_t bytes = write_corpus(dir / "in", options);

  const std::string out = (dir / "report.json").string();
  const auto check = run_child({FACTCHECK_EXE, "--format", "json", "--fail-on", "none",
                                "--no-progress", "-o", out, (dir / "in").string()});
  ASSERT_EQ(check.exit_code, 0);
#if defined(__SANITIZE_ADDRESS__)
  // The sanitized binary's resident size is ASan's (shadow memory, a 256 MiB quarantine), not the
  // program's; the run above still checks that it completes cleanly under the sanitizers.
  GTEST_SKIP() << "peak memory is not the program's under AddressSanitizer";
#endif
  const auto report_bytes = fs::file_size(out);

  // The process alone (gazetteer, lexicons, code: about 20 MiB) plus a fixed multiple of the
  // input and of the report. Linear memory takes about 35 MiB here; before it, with findings and
  // related lists growing with the square of the sources of a fact, about 150 MiB (1,000 such
  // articles took 335 MiB, 2,754 took 1.8 GiB).
  constexpr long base_kib = 64 * 1024;
  const long bound_kib = base_kib + static_cast<long>(12 * bytes / 1024);
  EXPECT_LE(check.peak_rss_kib, bound_kib)
      << "input " << bytes << " bytes, report " << report_bytes << " bytes";
  // The report too: findings, related lists and timelines bounded per finding (before, 8 times
  // the input).
  EXPECT_LE(report_bytes, 4 * bytes);
  fs::remove_all(dir);
}

}  // namespace
