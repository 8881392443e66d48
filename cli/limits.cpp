#include "cli/limits.hpp"

#include <fmt/format.h>

namespace factcheck::cli {
namespace {

constexpr std::uint64_t mib = 1024 * 1024;

std::string size_text(std::uint64_t bytes) {
  if (bytes >= 10 * mib) return fmt::format("{} MiB", bytes / mib);
  return fmt::format("{} bytes", bytes);
}

}  // namespace

std::uint64_t input_bytes_allowed(const checker::resource_limits& limits) {
  const auto budget = static_cast<std::uint64_t>(limits.memory_budget_mb);
  if (budget <= memory_base_mib) return 1;
  return (budget - memory_base_mib) * mib / memory_bytes_factor;
}

void apply_limits(const checker::resource_limits& limits, const text::ingest_result* already,
                  text::ingest_options& options) {
  const std::uint64_t used_articles = already != nullptr ? already->articles.size() : 0;
  const std::uint64_t used_bytes = already != nullptr ? already->bytes_read : 0;
  const auto max_articles = static_cast<std::uint64_t>(limits.max_articles);
  const std::uint64_t max_bytes = input_bytes_allowed(limits);
  options.max_file_bytes = static_cast<std::uint64_t>(limits.max_file_mb) * mib;
  // At least 1: 0 would mean "no limit" (what is left is then reached at the first article).
  options.max_articles = max_articles > used_articles ? max_articles - used_articles : 1;
  options.max_total_bytes = max_bytes > used_bytes ? max_bytes - used_bytes : 1;
}

std::string limit_message(const text::limit_reached& reached,
                          const checker::resource_limits& limits, const std::string& source) {
  const std::string config_source = source == "<built-in>" ? "the built-in default" : source;
  using which = text::limit_reached::which;
  switch (reached.limit) {
    case which::file_bytes:
      return fmt::format("{}: {}, over the limit limits.max_file_mb = {} ({}); nothing was checked",
                         reached.path, size_text(reached.value), limits.max_file_mb, config_source);
    case which::articles:
      return fmt::format(
          "{}: {} articles with this file, over the limit limits.max_articles = {} ({}); "
          "nothing was checked",
          reached.path, reached.value, limits.max_articles, config_source);
    case which::total_bytes:
      return fmt::format(
          "{}: {} of input with this file, over what the memory budget allows: "
          "limits.memory_budget_mb = {} ({}) is estimated to hold {} of input ({} MiB + "
          "{} x the input); nothing was checked",
          reached.path, size_text(reached.value), limits.memory_budget_mb, config_source,
          size_text(input_bytes_allowed(limits)), memory_base_mib, memory_bytes_factor);
  }
  return "a limit was reached";
}

}  // namespace factcheck::cli
