#pragma once
// Maps every byte of an article's normalized text back to the original file.

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "text/span.hpp"

namespace factcheck::text {

// Built by ingest while it writes the normalized text: for each normalized byte offset the
// original position it came from. Lookups are O(log n) in the number of recorded runs.
class source_map {
 public:
  // Declares that normalized bytes starting at `normalized_offset` come from the original
  // bytes starting at `original_offset`, advancing one original byte per normalized byte
  // until the next recorded run.
  void add_run(std::uint32_t normalized_offset, std::uint32_t original_offset);

  // Sets the original text the positions refer to (the file's bytes, or a JSON Lines record's
  // decoded text with `first_line`/`first_column` giving where it starts in the file).
  void set_original(std::string_view original, std::uint32_t first_line = 1,
                    std::uint32_t first_column = 1);

  // Original byte offset of a normalized byte offset (an offset at or past the end maps to
  // the end of the last run).
  [[nodiscard]] std::uint32_t original_offset(std::uint32_t normalized_offset) const;

  // 1-based line:column (columns in Unicode characters) of a normalized byte offset.
  // O(log runs + log lines + 1 KiB), also on very long lines.
  [[nodiscard]] position locate(std::uint32_t normalized_offset) const;

  // The original line `line` (1-based), without its line break; empty past the end.
  [[nodiscard]] std::string_view original_line(std::uint32_t line) const;

  // What the map was built from, so that it can be written out and rebuilt elsewhere
  // (checker/split): the recorded runs as (normalized, original) offsets, in order, and where
  // the original starts. add_run() of each run, then set_original(), rebuild the same map.
  [[nodiscard]] std::vector<std::pair<std::uint32_t, std::uint32_t>> runs() const;
  [[nodiscard]] std::uint32_t first_line() const { return first_line_; }
  [[nodiscard]] std::uint32_t first_column() const { return first_column_; }

 private:
  struct run {
    std::uint32_t normalized;
    std::uint32_t original;
  };
  std::vector<run> runs_;
  std::string_view original_;
  // Characters in original_ before `offset`.
  [[nodiscard]] std::uint32_t chars_before(std::uint32_t offset) const;

  // Character starts as a bit set (bit i of word i / 64: original byte i starts a character),
  // with the count of characters before each 512-byte chunk, so that counting the characters
  // before an offset is one table read and at most eight popcounts.
  static constexpr std::uint32_t chunk = 512;
  std::vector<std::uint32_t> line_starts_;         // byte offsets in original_ of each line start
  std::vector<std::uint32_t> chars_before_chunk_;  // characters before each chunk
  // Whether each original byte starts a character. Decided by a UTF-8 decoder, not by the
  // byte's top bits: in an invalid file a stray continuation byte is a character of its own
  // (ingest replaces it with U+FFFD), and counting it keeps every column at least 1.
  std::vector<std::uint64_t> char_start_;
  [[nodiscard]] bool char_start(std::uint32_t offset) const {
    return ((char_start_[offset / 64] >> (offset % 64)) & 1U) != 0;
  }
  std::uint32_t first_line_ = 1;
  std::uint32_t first_column_ = 1;
};

}  // namespace factcheck::text
