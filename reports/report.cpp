#include "reports/report.hpp"

#include <fmt/format.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "reports/html_reporter.hpp"
#include "reports/json_reporter.hpp"
#include "reports/junit_reporter.hpp"
#include "reports/markdown_reporter.hpp"
#include "reports/sarif_reporter.hpp"
#include "reports/text_reporter.hpp"

namespace factcheck::reports {

std::optional<format> parse_format(std::string_view name) {
  if (name == "text") return format::text;
  if (name == "markdown" || name == "md") return format::markdown;
  if (name == "html") return format::html;
  if (name == "json") return format::json;
  if (name == "sarif") return format::sarif;
  if (name == "junit") return format::junit;
  return std::nullopt;
}

std::string_view to_string(format f) {
  switch (f) {
    case format::text:
      return "text";
    case format::markdown:
      return "markdown";
    case format::html:
      return "html";
    case format::json:
      return "json";
    case format::sarif:
      return "sarif";
    case format::junit:
      return "junit";
  }
  return "text";
}

const reporter& reporter_for(format f) {
  static const text_reporter text;
  static const markdown_reporter markdown;
  static const html_reporter html;
  static const json_reporter json;
  static const sarif_reporter sarif;
  static const junit_reporter junit;
  switch (f) {
    case format::text:
      return text;
    case format::markdown:
      return markdown;
    case format::html:
      return html;
    case format::json:
      return json;
    case format::sarif:
      return sarif;
    case format::junit:
      return junit;
  }
  return text;
}

namespace {

// Forces the file's bytes to the disk before the rename publishes it, so that after a crash or
// power loss the name points at the old report or the whole new one, never at an empty file.
bool sync_path(const std::string& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return false;
  const bool ok = ::fsync(fd) == 0 || errno == EINVAL;  // EINVAL: a file that cannot sync
  ::close(fd);
  return ok;
}

// The rename itself is made durable by syncing the directory (failure here is not an error:
// the report is in place, only its durability across a power loss is unknown).
void sync_directory_of(const std::filesystem::path& target) {
  const auto dir = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
  sync_path(dir.string(), O_RDONLY | O_DIRECTORY);
}

}  // namespace

std::optional<std::string> write_file_atomically(const std::string& path,
                                                 std::string_view content) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  // Beside the target (same file system, so the rename is atomic), hidden, unique per process.
  fs::path tmp = target.parent_path() / fmt::format(".{}.tmp{}", target.filename().string(),
                                                    static_cast<long>(::getpid()));
  auto discard = [&] {
    std::error_code ignored;
    fs::remove(tmp, ignored);
  };
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return fmt::format("{}: cannot write: {}", path, std::strerror(errno));
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();  // close() flushes; a full disk shows up here
    if (!out || !sync_path(tmp.string(), O_RDONLY)) {
      discard();
      return fmt::format("{}: write failed", path);
    }
  }
  std::error_code ec;
  fs::rename(tmp, target, ec);
  if (ec) {
    discard();
    return fmt::format("{}: cannot rename into place: {}", path, ec.message());
  }
  sync_directory_of(target);
  return std::nullopt;
}

report_output::report_output(const std::optional<std::string>& path) {
  if (!path || *path == "-") return;
  namespace fs = std::filesystem;
  path_ = *path;
  const fs::path target(path_);
  tmp_ = (target.parent_path() /
          fmt::format(".{}.tmp{}", target.filename().string(), static_cast<long>(::getpid())))
             .string();
  file_ = std::make_unique<std::ofstream>(tmp_, std::ios::binary | std::ios::trunc);
  if (!*file_) error_ = fmt::format("{}: cannot write: {}", path_, std::strerror(errno));
}

report_output::~report_output() {
  if (!done_) discard();
}

std::ostream& report_output::stream() { return file_ ? static_cast<std::ostream&>(*file_) : std::cout; }

std::optional<std::string> report_output::commit() {
  done_ = true;
  if (!file_) {
    std::cout.flush();
    if (!std::cout) return std::string("cannot write to standard output");
    return std::nullopt;
  }
  file_->close();  // close() flushes; a full disk shows up here
  std::error_code ec;
  if (!*file_ || !sync_path(tmp_, O_RDONLY)) {
    std::filesystem::remove(tmp_, ec);
    return fmt::format("{}: write failed", path_);
  }
  std::filesystem::rename(tmp_, path_, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(tmp_, ignored);
    return fmt::format("{}: cannot rename into place: {}", path_, ec.message());
  }
  sync_directory_of(path_);
  return std::nullopt;
}

void report_output::discard() {
  done_ = true;
  if (!file_) {
    std::cout.flush();
    return;
  }
  file_->close();
  std::error_code ignored;
  std::filesystem::remove(tmp_, ignored);
}

}  // namespace factcheck::reports
