#include "text/ingest.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>

// Placeholder: reads files as plain text. The full implementation replaces this.
namespace factcheck::text {

bool ingest_result::has_errors() const {
  for (const auto& d : diagnostics) {
    if (d.severity == diagnostic::level::error) return true;
  }
  return false;
}

ingest_result ingest_bytes(std::string path, std::string bytes, source_format format) {
  ingest_result result;
  article a;
  a.path = std::move(path);
  a.format = format;
  a.original = std::make_unique<const std::string>(bytes);
  a.text = std::move(bytes);
  a.map.set_original(*a.original);
  a.map.add_run(0, 0);
  result.articles.push_back(std::move(a));
  return result;
}

ingest_result ingest_bytes(std::string path, std::string bytes) {
  return ingest_bytes(std::move(path), std::move(bytes), source_format::txt);
}

ingest_result ingest(const std::vector<std::string>& paths, const ingest_options&) {
  ingest_result result;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    if (!in) {
      result.diagnostics.push_back({diagnostic::level::error, p, 0, "cannot read file"});
      continue;
    }
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto one = ingest_bytes(p, std::move(bytes));
    for (auto& a : one.articles) result.articles.push_back(std::move(a));
  }
  return result;
}

}  // namespace factcheck::text
