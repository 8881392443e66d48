#include "reports/report.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

// Placeholder reporters (text and json); the reports layer replaces them.
namespace factcheck::reports {
namespace {

class text_reporter final : public reporter {
 public:
  void write(const report_input& input, std::ostream& out) const override {
    for (const auto& f : *input.findings) {
      out << fmt::format("{}:{}:{}: {}: {} [{}]\n", f.where.path, f.where.begin.line,
                         f.where.begin.column, checker::to_string(f.level), f.message, f.rule);
    }
  }
};

class json_reporter final : public reporter {
 public:
  void write(const report_input& input, std::ostream& out) const override {
    nlohmann::ordered_json doc;
    doc["version"] = 1;
    doc["articles"] = nlohmann::ordered_json::array();
    doc["findings"] = nlohmann::ordered_json::array();
    for (const auto& f : *input.findings) {
      doc["findings"].push_back({{"rule", f.rule}, {"severity", checker::to_string(f.level)},
                                 {"path", f.where.path}, {"line", f.where.begin.line},
                                 {"column", f.where.begin.column}, {"message", f.message}});
    }
    out << doc.dump(2) << '\n';
  }
};

}  // namespace

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
    case format::text: return "text";
    case format::markdown: return "markdown";
    case format::html: return "html";
    case format::json: return "json";
    case format::sarif: return "sarif";
    case format::junit: return "junit";
  }
  return "text";
}

const reporter& reporter_for(format f) {
  static const text_reporter text;
  static const json_reporter json;
  return f == format::json ? static_cast<const reporter&>(json) : text;
}

std::optional<std::string> write_file_atomically(const std::string& path, std::string_view content) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  fs::path tmp = target;
  tmp += fmt::format(".tmp{}", static_cast<long>(::getpid()));
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return fmt::format("{}: cannot write", path);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      std::error_code ec;
      fs::remove(tmp, ec);
      return fmt::format("{}: write failed", path);
    }
  }
  std::error_code ec;
  fs::rename(tmp, target, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return fmt::format("{}: cannot rename into place: {}", path, ec.message());
  }
  return std::nullopt;
}

}  // namespace factcheck::reports
