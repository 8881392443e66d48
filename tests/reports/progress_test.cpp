// The progress line and its timer.
#include "reports/progress.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <sstream>
#include <thread>

namespace {

using namespace std::chrono_literals;

TEST(Progress, RendersFilesBytesRateAndStage) {
  factcheck::reports::progress_state s{3, 6, 2'000'000, "analyzing"};
  EXPECT_EQ(factcheck::reports::render_progress(s, 2s, 10),
            "[#####-----] 3/6 files  2.0 MB  1.0 MB/s  analyzing  2s");
  s.files_done = 6;
  EXPECT_EQ(factcheck::reports::render_progress(s, 4s, 10),
            "[##########] 6/6 files  2.0 MB  0.5 MB/s  analyzing  4s");
}

TEST(Progress, BeforeFilesAreKnownShowsOnlyTheStage) {
  factcheck::reports::progress_state s{0, 0, 0, "reading"};
  EXPECT_EQ(factcheck::reports::render_progress(s, 3s), "reading…  3s");
}

TEST(Progress, NothingBeforeTheDelayOrWhenDisabled) {
  std::ostringstream err;
  {
    factcheck::reports::progress_bar bar(err, true, 10s);
    bar.update(1, 2, 10, "reading");
    bar.finish();
    EXPECT_FALSE(bar.drew());
  }
  {
    factcheck::reports::progress_bar bar(err, false, 0ms);
    bar.update(1, 2, 10, "reading");
    std::this_thread::sleep_for(50ms);
  }
  EXPECT_EQ(err.str(), "");
}

TEST(Progress, DrawsAfterTheDelayAndErasesTheLineWhenDone) {
  std::ostringstream err;
  factcheck::reports::progress_bar bar(err, true, 0ms);
  bar.update(2, 4, 1'000'000, "checking");
  // The timer thread draws as soon as it is scheduled; on a loaded CI machine that can take
  // seconds, so the wait is bounded generously and ends at the first draw.
  const auto give_up = std::chrono::steady_clock::now() + 60s;
  while (!bar.drew() && std::chrono::steady_clock::now() < give_up) std::this_thread::sleep_for(5ms);
  bar.finish();
  ASSERT_TRUE(bar.drew());
  const std::string out = err.str();
  EXPECT_NE(out.find("2/4 files"), std::string::npos);
  EXPECT_EQ(out.substr(out.size() - 4), "\r\x1b[K");
}

}  // namespace
