#include "text/source_map.hpp"

#include <algorithm>

namespace factcheck::text {

void source_map::add_run(std::uint32_t normalized_offset, std::uint32_t original_offset) {
  if (!runs_.empty() && runs_.back().normalized == normalized_offset) {
    runs_.back().original = original_offset;
    return;
  }
  runs_.push_back({normalized_offset, original_offset});
}

void source_map::set_original(std::string_view original, std::uint32_t first_line,
                              std::uint32_t first_column) {
  original_ = original;
  first_line_ = first_line;
  first_column_ = first_column;
  line_starts_.assign(1, 0);
  for (std::uint32_t i = 0; i < original.size(); ++i) {
    if (original[i] == '\n') line_starts_.push_back(i + 1);
  }
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
  std::uint32_t column = 1;
  for (std::uint32_t i = start; i < offset && i < original_.size(); ++i) {
    // Count characters: every byte that is not a UTF-8 continuation byte starts one.
    if ((static_cast<unsigned char>(original_[i]) & 0xC0) != 0x80) ++column;
  }
  if (line_index == 0) column += first_column_ - 1;
  return {first_line_ + line_index, column};
}

std::string_view source_map::original_line(std::uint32_t line) const {
  if (line < first_line_) return {};
  const std::uint32_t index = line - first_line_;
  if (index >= line_starts_.size()) return {};
  const std::uint32_t start = line_starts_[index];
  std::uint32_t end = index + 1 < line_starts_.size() ? line_starts_[index + 1] - 1
                                                        : static_cast<std::uint32_t>(original_.size());
  if (end > start && original_[end - 1] == '\r') --end;
  return original_.substr(start, end - start);
}

}  // namespace factcheck::text
