// write_file_atomically: all or nothing, never a stray temporary.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "reports/report.hpp"

namespace {

namespace fs = std::filesystem;

class AtomicWrite : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) / ("factcheck_atomic_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  [[nodiscard]] std::size_t entries() const {
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(dir_), fs::directory_iterator()));
  }
  fs::path dir_;
};

TEST_F(AtomicWrite, ReplacesTheFileAndLeavesNoTemporary) {
  const auto path = (dir_ / "report.json").string();
  std::ofstream(path) << "old";
  EXPECT_FALSE(factcheck::reports::write_file_atomically(path, "new content"));
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  EXPECT_EQ(s.str(), "new content");
  EXPECT_EQ(entries(), 1u);
}

TEST_F(AtomicWrite, MissingDirectoryIsAnErrorAndWritesNothing) {
  const auto path = (dir_ / "no" / "such" / "report.json").string();
  const auto error = factcheck::reports::write_file_atomically(path, "x");
  ASSERT_TRUE(error);
  EXPECT_NE(error->find(path), std::string::npos);
  EXPECT_EQ(entries(), 0u);
}

TEST_F(AtomicWrite, TargetThatIsADirectoryKeepsItAndRemovesTheTemporary) {
  fs::create_directories(dir_ / "report.html");
  const auto error =
      factcheck::reports::write_file_atomically((dir_ / "report.html").string(), "x");
  ASSERT_TRUE(error);
  EXPECT_TRUE(fs::is_directory(dir_ / "report.html"));
  EXPECT_EQ(entries(), 1u);
}

}  // namespace

namespace {

namespace fs = std::filesystem;

// A child process that is killed (SIGKILL: no handler, no destructor, no flush) in the middle of
// writing a report leaves the previous report as it was: the bytes went to a temporary file.
TEST(AtomicWriteKill, ChildKilledWhileWritingLeavesThePreviousReportIntact) {
  const fs::path dir =
      fs::path(::testing::TempDir()) / ("factcheck_kill_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string path = (dir / "report.json").string();
  const std::string previous = "{\"previous\": \"report\"}\n";
  std::ofstream(path, std::ios::binary) << previous;

  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    factcheck::reports::report_output output(path);
    const std::string chunk(64 * 1024, 'x');
    for (int i = 0; i < 16; ++i) output.stream() << chunk;
    output.stream().flush();  // a megabyte is on the disk, in the temporary file
    ::kill(::getpid(), SIGKILL);
    ::_exit(0);  // not reached
  }
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(status));
  EXPECT_EQ(WTERMSIG(status), SIGKILL);
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  EXPECT_EQ(s.str(), previous);
  fs::remove_all(dir);
}

}  // namespace
