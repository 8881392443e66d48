#include "text/source_map.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

#include "text/traced_text.hpp"

namespace factcheck::text {

void source_map::add_run(std::uint32_t normalized_offset, std::uint32_t original_offset) {
  if (!runs_.empty() && runs_.back().normalized == normalized_offset) {
    runs_.back().original = original_offset;
    return;
  }
  runs_.push_back({normalized_offset, original_offset});
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> source_map::runs() const {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  out.reserve(runs_.size());
  for (const auto& r : runs_) out.emplace_back(r.normalized, r.original);
  return out;
}

void source_map::set_original(std::string_view original, std::uint32_t first_line,
                              std::uint32_t first_column) {
  original_ = original;
  first_line_ = first_line;
  first_column_ = first_column;
  line_starts_.assign(1, 0);
  const std::size_t n = original.size();
  char_start_.assign((n + 63) / 64, 0);
  // Character starts as the UTF-8 repair sees them: a valid sequence is one character, and
  // so is every byte of an invalid one. ASCII, the common case, is read eight bytes at a time.
  const char* d = original.data();
  std::size_t i = 0;
  while (i < n) {
    if (i % 8 == 0 && i + 8 <= n) {
      std::uint64_t word = 0;
      std::memcpy(&word, d + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        char_start_[i / 64] |= std::uint64_t{0xFF} << (i % 64);
        i += 8;
        continue;
      }
    }
    char_start_[i / 64] |= std::uint64_t{1} << (i % 64);
    i += std::max<std::size_t>(1, detail::utf8_sequence_length(original, i));
  }
  for (const char* p = d;
       (p = static_cast<const char*>(std::memchr(p, '\n', n - static_cast<std::size_t>(p - d)))) !=
       nullptr;
       ++p) {
    line_starts_.push_back(static_cast<std::uint32_t>(p - d + 1));
  }
  const std::size_t chunks = n / chunk + 1;
  chars_before_chunk_.assign(chunks, 0);
  std::uint32_t chars = 0;
  for (std::size_t c = 1; c < chunks; ++c) {
    for (std::size_t w = (c - 1) * chunk / 64; w < c * chunk / 64; ++w) {
      chars += static_cast<std::uint32_t>(std::popcount(char_start_[w]));
    }
    chars_before_chunk_[c] = chars;
  }
}

std::uint32_t source_map::chars_before(std::uint32_t offset) const {
  // Whole chunks come from the index, whole words by popcount, the rest by a mask: a lookup
  // costs at most eight popcounts, also on a 10 MB single-line file.
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(original_.size()));
  const std::uint32_t chunk_index = offset / chunk;
  std::uint32_t chars = chars_before_chunk_[chunk_index];
  std::uint32_t w = chunk_index * chunk / 64;
  for (; w < offset / 64; ++w) chars += static_cast<std::uint32_t>(std::popcount(char_start_[w]));
  if (const std::uint32_t bits = offset % 64; bits != 0) {
    const std::uint64_t mask = (std::uint64_t{1} << bits) - 1;
    chars += static_cast<std::uint32_t>(std::popcount(char_start_[w] & mask));
  }
  return chars;
}

std::uint32_t source_map::original_offset(std::uint32_t normalized_offset) const {
  if (runs_.empty()) return normalized_offset;
  auto it = std::upper_bound(runs_.begin(), runs_.end(), normalized_offset,
                             [](std::uint32_t off, const run& r) { return off < r.normalized; });
  if (it == runs_.begin()) return normalized_offset;
  --it;
  const auto result = it->original + (normalized_offset - it->normalized);
  return std::min<std::uint32_t>(result, static_cast<std::uint32_t>(original_.size()));
}

position source_map::locate(std::uint32_t normalized_offset) const {
  const std::uint32_t offset = original_offset(normalized_offset);
  if (line_starts_.empty()) return {first_line_, first_column_ + offset};
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line_index = static_cast<std::uint32_t>(it - line_starts_.begin() - 1);
  const std::uint32_t start = line_starts_[line_index];
  // Characters are counted by their first byte; an offset inside a multibyte character
  // belongs to that character's column.
  std::uint32_t column = chars_before(offset) - chars_before(start);
  const bool at_char_start = offset >= original_.size() || char_start(offset);
  if (at_char_start) ++column;
  if (line_index == 0) column += first_column_ - 1;
  return {first_line_ + line_index, column};
}

std::string_view source_map::original_line(std::uint32_t line) const {
  if (line < first_line_) return {};
  const std::uint32_t index = line - first_line_;
  if (index >= line_starts_.size()) return {};
  const std::uint32_t start = line_starts_[index];
  std::uint32_t end = index + 1 < line_starts_.size()
                          ? line_starts_[index + 1] - 1
                          : static_cast<std::uint32_t>(original_.size());
  if (end > start && original_[end - 1] == '\r') --end;
  return original_.substr(start, end - start);
}

}  // namespace factcheck::text
