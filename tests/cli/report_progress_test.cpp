// The progress line on a real terminal: util-linux `script` gives factcheck a pseudo-terminal
// as stderr, and a pipe that delivers the article after 1.6 s makes the run last long enough.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "cli_harness.hpp"

namespace {

namespace fs = std::filesystem;
using factcheck::testing::slurp;

constexpr const char* script_tool = "/usr/bin/script";

// Runs `factcheck ARGS -` under a pseudo-terminal with stdin fed after `delay` seconds;
// returns what the terminal received.
std::string terminal_output(const std::string& args, const char* delay) {
  const std::string log = ::testing::TempDir() + "factcheck_progress_" + std::to_string(::getpid()) + "_" +
                          ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".log";
  const std::string inner = std::string("sh -c 'sleep ") + delay +
                            "; printf \\\"The ferry service resumed on the northern route.\\\\n\\\"' | '" +
                            FACTCHECK_EXE + "' " + args + " - >/dev/null";
  const std::string cmd = std::string(script_tool) + " -qec \"" + inner + "\" '" + log + "' >/dev/null 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  std::string out = slurp(log);
  std::remove(log.c_str());
  return out;
}

class ProgressOnTerminal : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(script_tool)) GTEST_SKIP() << "util-linux script is not installed";
  }
};

TEST_F(ProgressOnTerminal, SlowRunShowsTheProgressLineAndErasesIt) {
  const std::string out = terminal_output("--fail-on none", "1.6");
  EXPECT_NE(out.find("\r\x1b[Kreading"), std::string::npos) << out;
  // The last thing written to the terminal erases the line.
  const auto last = out.rfind("\r\x1b[K");
  ASSERT_NE(last, std::string::npos);
  EXPECT_EQ(out.find("reading", last), std::string::npos);
}

TEST_F(ProgressOnTerminal, NoProgressFlagSilencesIt) {
  EXPECT_EQ(terminal_output("--no-progress --fail-on none", "1.6").find("reading"), std::string::npos);
}

TEST_F(ProgressOnTerminal, FastRunShowsNothing) {
  EXPECT_EQ(terminal_output("--fail-on none", "0").find("\x1b[K"), std::string::npos);
}

}  // namespace
