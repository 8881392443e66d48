#include "reports/progress.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace factcheck::reports {

std::string render_progress(const progress_state& state, std::chrono::duration<double> elapsed,
                            std::size_t bar_width) {
  const double seconds = std::max(elapsed.count(), 1e-3);
  if (state.files_total == 0) {  // still reading: nothing to count yet
    return fmt::format("{}…  {:.0f}s", state.stage, elapsed.count());
  }
  const double fraction =
      std::min(1.0, static_cast<double>(state.files_done) / static_cast<double>(state.files_total));
  const auto filled = static_cast<std::size_t>(fraction * static_cast<double>(bar_width) + 0.5);
  const double mb = static_cast<double>(state.bytes_done) / 1e6;
  return fmt::format("[{}{}] {}/{} files  {:.1f} MB  {:.1f} MB/s  {}  {:.0f}s",
                     std::string(filled, '#'), std::string(bar_width - filled, '-'),
                     state.files_done, state.files_total, mb, mb / seconds, state.stage,
                     elapsed.count());
}

progress_bar::progress_bar(std::ostream& err, bool enabled, std::chrono::milliseconds delay)
    : err_(err), enabled_(enabled), delay_(delay), started_(std::chrono::steady_clock::now()) {
  if (enabled_) thread_ = std::thread([this] { loop(); });
}

progress_bar::~progress_bar() { finish(); }

void progress_bar::update(std::size_t files_done, std::size_t files_total, std::uint64_t bytes_done,
                          std::string_view stage) {
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  state_.files_done = files_done;
  state_.files_total = files_total;
  state_.bytes_done = bytes_done;
  state_.stage = std::string(stage);
}

void progress_bar::loop() {
  std::unique_lock lock(mutex_);
  if (wake_.wait_for(lock, delay_, [this] { return stop_; })) return;
  while (!stop_) {
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - started_;
    // \r and erase-line: the bar rewrites itself in place.
    err_ << "\r\x1b[K" << render_progress(state_, elapsed) << std::flush;
    drew_ = true;
    wake_.wait_for(lock, std::chrono::milliseconds(100), [this] { return stop_; });
  }
}

void progress_bar::finish() {
  {
    std::lock_guard lock(mutex_);
    if (stop_) return;
    stop_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (drew_) err_ << "\r\x1b[K" << std::flush;
}

std::unique_lock<std::mutex> progress_bar::hold() {
  std::unique_lock lock(mutex_);
  if (drew_) err_ << "\r\x1b[K" << std::flush;
  return lock;
}

bool progress_bar::drew() const {
  std::lock_guard lock(mutex_);
  return drew_;
}

}  // namespace factcheck::reports
