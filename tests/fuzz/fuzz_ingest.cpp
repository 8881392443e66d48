// Fuzzes ingest for every format: never crashes, and every normalized byte maps to a position.
#include <cstddef>
#include <cstdint>
#include <string>

#include "text/ingest.hpp"
#include "text/segment.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  for (const char* name : {"f.txt", "f.md", "f.html", "f.jsonl"}) {
    auto result = factcheck::text::ingest_bytes(name, bytes);
    for (const auto& a : result.articles) {
      for (std::uint32_t i = 0; i <= a.text.size(); i += 1 + static_cast<std::uint32_t>(a.text.size() / 64)) {
        const auto p = a.locate(i);
        if (p.line == 0 || p.column == 0) __builtin_trap();
      }
      (void)factcheck::text::segment_blocks(a.text);
    }
  }
  return 0;
}
