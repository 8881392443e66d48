// Fuzzes the whole checker on a corpus of several articles built from the input: the input is
// cut at each 0x1E byte (record separator) into at most eight articles, whose formats cycle
// through .txt, .md, .html and .jsonl, so that alignment, consensus and the cross-article rules
// see several sources. Checks the report's invariants: findings point inside the corpus.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "checker/check.hpp"
#include "text/ingest.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  static const char* const names[] = {"a.txt", "b.md", "c.html", "d.jsonl"};
  std::vector<factcheck::text::article> articles;
  std::size_t start = 0;
  for (std::size_t part = 0; start <= bytes.size() && part < 8; ++part) {
    std::size_t end = bytes.find('\x1e', start);
    if (end == std::string_view::npos || part == 7) end = bytes.size();
    const std::string path = std::to_string(part) + names[part % 4];
    auto r = factcheck::text::ingest_bytes(path, std::string(bytes.substr(start, end - start)));
    for (auto& a : r.articles) articles.push_back(std::move(a));
    start = end + 1;
  }
  static const auto& settings = factcheck::checker::default_config();  // parsed once
  const auto corpus = factcheck::checker::analyze(articles, settings);
  const auto findings = factcheck::checker::run_rules(corpus);
  for (const auto& f : findings) {
    if (f.rule.empty() || f.where.path.empty()) __builtin_trap();
    if (f.where.begin.line == 0 || f.where.begin.column == 0) __builtin_trap();
  }
  return 0;
}
