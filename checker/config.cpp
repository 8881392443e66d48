#include "checker/config.hpp"

// Placeholder: the TOML loader replaces this.
namespace factcheck::checker {

bool config::enabled(std::string_view rule) const {
  auto it = rules.find(rule);
  return it == rules.end() || it->second.enabled;
}

severity config::level_of(std::string_view rule, severity fallback) const {
  auto it = rules.find(rule);
  return it != rules.end() && it->second.level ? *it->second.level : fallback;
}

const config& default_config() {
  static const config instance;
  return instance;
}

std::variant<config, config_error> parse_config(std::string_view, std::string path) {
  config c = default_config();
  c.source = std::move(path);
  return c;
}

std::variant<config, config_error> load_config(const std::optional<std::filesystem::path>&,
                                               const std::filesystem::path&) {
  return default_config();
}

}  // namespace factcheck::checker
