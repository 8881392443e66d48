// The editor's case: factcheck DRAFT --against SOURCE... reports findings on the draft only,
// with the sources as evidence; --explain says why figures were taken for one fact.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <unistd.h>

#include "cli_harness.hpp"

namespace {

namespace fs = std::filesystem;
using factcheck::testing::run_factcheck;

fs::path write_corpus() {
  // One folder per process: ctest runs each test in its own process, two at a time.
  const fs::path dir =
      fs::path(::testing::TempDir()) / ("factcheck_against_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "wire");
  auto put = [&](const fs::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
  };
  const std::string wire =
      "Floods hit Port Varen\n\nJune 3, 2024\n\nFloods in Port Varen forced officials to "
      "evacuate 3,400 people on Monday, the Varen Red Cross said.\n\nThe Varen Red Cross said "
      "the water was still rising.\n";
  put(dir / "wire" / "one.txt", wire);
  put(dir / "wire" / "two.txt", wire);
  // The wire repeats a sentence (a duplicate-text finding on a source, not the draft's).
  put(dir / "wire" / "three.txt",
      wire + "\nThe Varen Red Cross said the water was still rising.\n");
  put(dir / "draft.txt",
      "Port Varen floods\n\nJune 3, 2024\n\nFloods in Port Varen forced officials to evacuate "
      "5,200 people on Monday, the Varen Red Cross said.\n");
  return dir;
}

TEST(Against, FindingsAreOnTheDraftOnly) {
  const fs::path dir = write_corpus();
  const auto all = run_factcheck("--format json --fail-on none '" + dir.string() + "'");
  ASSERT_EQ(all.exit_code, 0) << all.err;
  const auto everything = nlohmann::json::parse(all.out);
  bool source_finding = false;
  for (const auto& f : everything["findings"]) {
    source_finding =
        source_finding || f["path"].get<std::string>().find("wire") != std::string::npos;
  }
  EXPECT_TRUE(source_finding) << "the corpus run should report something on the wire copy";

  const auto r = run_factcheck("--format json --fail-on none '" + (dir / "draft.txt").string() +
                               "' --against '" + (dir / "wire").string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  bool conflict = false;
  for (const auto& f : doc["findings"]) {
    EXPECT_NE(f["path"].get<std::string>().find("draft.txt"), std::string::npos) << f.dump();
    if (f["rule"] == "numeric-conflict") {
      conflict = true;
      EXPECT_FALSE(f["related"].empty());
      EXPECT_NE(f["related"][0]["path"].get<std::string>().find("wire"), std::string::npos);
    }
  }
  EXPECT_TRUE(conflict) << r.out;
}

TEST(Against, ExplainAddsAlignmentFeatures) {
  const fs::path dir = write_corpus();
  const auto r =
      run_factcheck("--format json --explain --fail-on none '" + (dir / "draft.txt").string() +
                    "' --against '" + (dir / "wire").string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  bool explained = false;
  for (const auto& f : doc["findings"]) {
    if (f["rule"] != "numeric-conflict") continue;
    ASSERT_TRUE(f.contains("explain")) << f.dump();
    for (const auto& e : f["explain"]) {
      if (e["compared_with"].is_null()) continue;
      EXPECT_TRUE(e["features"].contains("score"));
      EXPECT_GT(e["score"].get<double>(), 0);
      explained = true;
    }
  }
  EXPECT_TRUE(explained) << r.out;
  // Without --explain the JSON stays as it was.
  const auto plain = run_factcheck("--format json --fail-on none '" + (dir / "draft.txt").string() +
                                   "' --against '" + (dir / "wire").string() + "'");
  EXPECT_EQ(plain.out.find("\"explain\""), std::string::npos);
}

}  // namespace
