// Drives the real binary on directories, stdin and partly unreadable inputs.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "cli_harness.hpp"

namespace {

namespace fs = std::filesystem;
using factcheck::testing::run_factcheck;

class InputsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(::testing::TempDir()) /
            ("factcheck_inputs_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "wire" / "nested");
  }
  void TearDown() override { fs::remove_all(root_); }

  void write(const fs::path& relative, const std::string& text) {
    std::ofstream(root_ / relative, std::ios::binary) << text;
  }

  fs::path root_;
};

TEST_F(InputsTest, DirectoriesAreWalkedRecursivelyInSortedOrder) {
  write("wire/b.txt", "Second story.\n\nThe council met on Monday.\n");
  write("wire/a.txt", "First story.\n\nThe council met on Tuesday.\n");
  write("wire/nested/c.md", "# Third story\n\nThe council met again.\n");
  const auto r = run_factcheck("extract --format json wire", root_.string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto a = r.out.find("wire/a.txt");
  const auto b = r.out.find("wire/b.txt");
  const auto c = r.out.find("wire/nested/c.md");
  ASSERT_NE(a, std::string::npos);
  ASSERT_NE(b, std::string::npos);
  ASSERT_NE(c, std::string::npos);
  EXPECT_LT(a, b);
  EXPECT_LT(b, c);
}

TEST_F(InputsTest, DashReadsStandardInput) {
  const auto r = run_factcheck("extract --format json -", root_.string(),
                               "A story read from standard input.\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("A story read from standard input."), std::string::npos);
}

TEST_F(InputsTest, UnreadableFileIsReportedAndTheOthersAreStillChecked) {
  write("wire/a.txt", "A readable story.\n");
  const auto r = run_factcheck("extract --format json wire/a.txt wire/missing.txt", root_.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("missing.txt"), std::string::npos);
  EXPECT_NE(r.out.find("wire/a.txt"), std::string::npos);
}

TEST_F(InputsTest, ConfigErrorWritesNoOutputFile) {
  write("wire/a.txt", "A readable story.\n");
  write("factcheck.toml", "[no_such_section]\nkey = 1\n");
  const auto r = run_factcheck("--format json -o out.json wire", root_.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("factcheck.toml"), std::string::npos);
  EXPECT_FALSE(fs::exists(root_ / "out.json"));
}

TEST_F(InputsTest, OutputFileIsWrittenAndNoTemporaryIsLeft) {
  write("wire/a.txt", "A readable story.\n");
  const auto r = run_factcheck("--format json --fail-on none -o out.json wire", root_.string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(root_ / "out.json"));
  for (const auto& entry : fs::directory_iterator(root_)) {
    EXPECT_EQ(entry.path().filename().string().find(".tmp"), std::string::npos) << entry.path();
  }
}

TEST_F(InputsTest, EmptyDirectoryIsAnInputError) {
  const auto r = run_factcheck("wire/nested", root_.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no articles"), std::string::npos);
}

}  // namespace
