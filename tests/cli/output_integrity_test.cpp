// Output integrity through the real binary: the same input gives the same bytes in every format
// on every run and thread count; a run killed while writing leaves the previous report or a
// whole new one, never a torn file; hostile file names reach neither stdout nor stderr as
// terminal controls.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "cli_harness.hpp"

namespace {

namespace fs = std::filesystem;
using factcheck::testing::run_factcheck;
using factcheck::testing::slurp;

const std::string corpus = std::string(FACTCHECK_SOURCE_DIR) + "/fixtures/corpus";

class OutputIntegrity : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("factcheck_integrity_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(OutputIntegrity, EveryFormatIsByteIdenticalOnRerunAndOnTwoThreads) {
  for (const std::string format : {"text", "markdown", "html", "json", "sarif", "junit"}) {
    std::vector<std::string> outputs;
    for (const std::string jobs : {"1", "2", "2"}) {
      const std::string out = (dir_ / ("r" + std::to_string(outputs.size()))).string();
      const auto r = run_factcheck("--format " + format + " --fail-on none --no-progress -j " +
                                   jobs + " -o '" + out + "' '" + corpus + "'");
      ASSERT_EQ(r.exit_code, 0) << format << ": " << r.err;
      outputs.push_back(slurp(out));
    }
    ASSERT_FALSE(outputs[0].empty()) << format;
    EXPECT_EQ(outputs[0], outputs[1]) << format << ": -j 2 differs from -j 1";
    EXPECT_EQ(outputs[1], outputs[2]) << format << ": a rerun differs";
  }
}

// The child is killed as soon as its temporary report appears (while it writes), or it finished
// first; either way the report file is the previous one or a complete new one.
TEST_F(OutputIntegrity, RunKilledWhileWritingLeavesThePreviousReportOrAWholeNewOne) {
  const std::string report = (dir_ / "report.json").string();
  const std::string previous = "{\"previous\": true}\n";
  std::ofstream(report, std::ios::binary) << previous;
  const std::string rules = std::string(FACTCHECK_SOURCE_DIR) + "/fixtures/rules";
  std::vector<std::string> args = {FACTCHECK_EXE, "--format",      "json", "--fail-on",
                                   "none",        "--no-progress", "-j",   "1",
                                   "-o",          report,          rules};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  const std::string tmp_prefix = ".report.json.tmp";
  bool killed = false;
  int status = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(5);
  while (std::chrono::steady_clock::now() < deadline) {
    if (::waitpid(pid, &status, WNOHANG) == pid) break;
    bool writing = false;
    for (const auto& e : fs::directory_iterator(dir_)) {
      writing = writing || e.path().filename().string().rfind(tmp_prefix, 0) == 0;
    }
    if (writing) {
      ::kill(pid, SIGKILL);
      killed = true;
      ASSERT_EQ(::waitpid(pid, &status, 0), pid);
      break;
    }
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  const std::string after = slurp(report);
  ::testing::Test::RecordProperty("killed_while_writing", killed ? "yes" : "no");
  if (!killed) std::cerr << "note: the run finished before it could be killed\n";
  if (killed && WIFSIGNALED(status)) {
    EXPECT_EQ(after, previous) << "the killed run tore or replaced the report";
  } else {
    ASSERT_TRUE(WIFEXITED(status)) << "the child neither finished nor was killed";
    EXPECT_TRUE(nlohmann::json::accept(after)) << "a finished run left a torn report";
  }
}

TEST_F(OutputIntegrity, HostileFileNamesReachNoTerminalAsControls) {
  const fs::path in = dir_ / "in";
  fs::create_directories(in);
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(corpus)) {
    const std::string prefix = n++ % 2 == 0 ? "\u202E\x1b]0;owned\x07" : "\u2066\u200B\x1b[2J";
    fs::copy_file(e.path(), in / (prefix + e.path().filename().string()));
  }
  const std::string missing = (dir_ / "gone\x1b[31m\u202E.txt").string();
  const auto r = run_factcheck("--format text --color never --fail-on none --no-progress '" +
                               in.string() + "' '" + missing + "'");
  EXPECT_EQ(r.exit_code, 2) << "the missing file is an input error";
  ASSERT_NE(r.out.find(":1:"), std::string::npos) << r.err;
  for (const std::string* s : {&r.out, &r.err}) {
    EXPECT_EQ(s->find('\x1b'), std::string::npos) << *s;
    EXPECT_EQ(s->find('\x07'), std::string::npos) << *s;
    EXPECT_EQ(s->find("\u202E"), std::string::npos) << *s;
    EXPECT_EQ(s->find("\u200B"), std::string::npos) << *s;
  }
  EXPECT_NE(r.err.find("gone?[31m?.txt"), std::string::npos) << r.err;
}

}  // namespace
