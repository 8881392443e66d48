#pragma once
// A progress bar on stderr for long runs: files done of total, megabytes, MB/s and the stage.
//
// The CLI decides whether it may show (stderr is a terminal and --no-progress is not given);
// even then nothing is drawn before `delay` has passed, so short runs stay quiet. A timer
// thread redraws the line; the CLI reports what it knows between stages (the checker has no
// per-article hook, so "files done" moves when a stage completes). finish() erases the line
// before the report or any message is printed.

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>
#include <thread>

namespace factcheck::reports {

struct progress_state {
  std::size_t files_done = 0;
  std::size_t files_total = 0;
  std::uint64_t bytes_done = 0;
  std::string stage;
};

// One line without the leading "\r": "[#####-----] 3/6 files  1.2 MB  0.8 MB/s  analyzing  2s",
// or "reading…  1s" while the number of files is not known yet.
std::string render_progress(const progress_state& state, std::chrono::duration<double> elapsed,
                            std::size_t bar_width = 24);

class progress_bar {
 public:
  progress_bar(std::ostream& err, bool enabled,
               std::chrono::milliseconds delay = std::chrono::milliseconds(1000));
  ~progress_bar();
  progress_bar(const progress_bar&) = delete;
  progress_bar& operator=(const progress_bar&) = delete;

  void update(std::size_t files_done, std::size_t files_total, std::uint64_t bytes_done,
              std::string_view stage);
  // Erases the bar and keeps it from redrawing while the returned lock is held, so that a
  // message can be printed on a clean line; the bar comes back on the next tick.
  [[nodiscard]] std::unique_lock<std::mutex> hold();
  // Stops the timer thread and erases the line if one was drawn. Idempotent.
  void finish();
  [[nodiscard]] bool drew() const;

 private:
  void loop();

  std::ostream& err_;
  bool enabled_;
  std::chrono::milliseconds delay_;
  std::chrono::steady_clock::time_point started_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  progress_state state_;
  bool stop_ = false;
  bool drew_ = false;
  std::thread thread_;
};

}  // namespace factcheck::reports
