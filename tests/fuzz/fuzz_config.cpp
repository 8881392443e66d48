// Fuzzes the configuration loader: any bytes as factcheck.toml give a configuration or an error
// that names the file and a line (never a crash, an exception or a silent half-applied file).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "checker/config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto parsed = factcheck::checker::parse_config(text, "fuzz.toml");
  if (const auto* error = std::get_if<factcheck::checker::config_error>(&parsed)) {
    if (error->message.rfind("fuzz.toml", 0) != 0) __builtin_trap();
    return 0;
  }
  const auto& settings = std::get<factcheck::checker::config>(parsed);
  if (settings.numeric_tolerance < 0 || settings.numeric_tolerance > 1) __builtin_trap();
  if (settings.limits.max_file_mb < 1 || settings.limits.max_articles < 1) __builtin_trap();
  if (settings.related_limit < 1) __builtin_trap();
  return 0;
}
