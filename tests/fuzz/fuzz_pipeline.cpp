// Fuzzes the whole checker on a two-article corpus built from the input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "checker/check.hpp"
#include "text/ingest.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const std::size_t half = size / 2;
  std::vector<factcheck::text::article> articles;
  for (auto part : {bytes.substr(0, half), bytes.substr(half)}) {
    auto r = factcheck::text::ingest_bytes("a.txt", part);
    for (auto& a : r.articles) articles.push_back(std::move(a));
  }
  const auto corpus = factcheck::checker::analyze(articles, factcheck::checker::default_config());
  (void)factcheck::checker::run_rules(corpus);
  return 0;
}
