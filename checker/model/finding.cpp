#include "checker/model/finding.hpp"

namespace factcheck::checker {

std::string_view to_string(severity s) {
  switch (s) {
    case severity::info: return "info";
    case severity::warning: return "warning";
    case severity::error: return "error";
  }
  return "error";
}

std::optional<severity> parse_severity(std::string_view s) {
  if (s == "info") return severity::info;
  if (s == "warning") return severity::warning;
  if (s == "error") return severity::error;
  return std::nullopt;
}

}  // namespace factcheck::checker
