#pragma once
// Runs the real factcheck binary through the shell and captures its output and exit code.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace factcheck::testing {

struct run_result {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// `args` is appended to the binary's path as shell words; run from `cwd` when given.
inline run_result run_factcheck(const std::string& args, const std::string& cwd = "",
                                const std::string& stdin_text = "") {
  static int counter = 0;
  const std::string base = ::testing::TempDir() + "factcheck_cli_" + std::to_string(::getpid()) +
                           "_" + std::to_string(counter++);
  const std::string in_path = base + ".in";
  {
    std::ofstream in(in_path, std::ios::binary);
    in << stdin_text;
  }
  std::string command;
  if (!cwd.empty()) command += "cd '" + cwd + "' && ";
  command += std::string("'") + FACTCHECK_EXE + "' " + args + " <'" + in_path + "' >'" + base +
             ".out' 2>'" + base + ".err'";
  const int status = std::system(command.c_str());
  run_result r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(base + ".out");
  r.err = slurp(base + ".err");
  std::remove(in_path.c_str());
  std::remove((base + ".out").c_str());
  std::remove((base + ".err").c_str());
  return r;
}

}  // namespace factcheck::testing
