#include "text/source_map.hpp"

#include <algorithm>

#include "text/traced_text.hpp"

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
  chars_before_chunk_.assign(1, 0);
  char_start_.assign(original.size(), false);
  // Character starts as the UTF-8 repair sees them: a valid sequence is one character, and
  // so is every byte of an invalid one.
  for (std::size_t i = 0; i < original.size();) {
    char_start_[i] = true;
    i += std::max<std::size_t>(1, detail::utf8_sequence_length(original, i));
  }
  std::uint32_t chars = 0;
  for (std::uint32_t i = 0; i < original.size(); ++i) {
    if (original[i] == '\n') line_starts_.push_back(i + 1);
    if (char_start_[i]) ++chars;
    if ((i + 1) % chunk == 0) chars_before_chunk_.push_back(chars);
  }
}

std::uint32_t source_map::chars_before(std::uint32_t offset) const {
  // Whole chunks come from the index, the rest is counted: a lookup costs at most one chunk
  // even on a 10 MB single-line file.
  const auto last = static_cast<std::uint32_t>(chars_before_chunk_.size() - 1);
  const std::uint32_t chunk_index = std::min(offset / chunk, last);
  std::uint32_t chars = chars_before_chunk_[chunk_index];
  for (std::uint32_t i = chunk_index * chunk; i < offset && i < original_.size(); ++i) {
    if (char_start_[i]) ++chars;
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
  const bool at_char_start = offset >= original_.size() || char_start_[offset];
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
