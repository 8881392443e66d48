#pragma once
// Byte spans and source positions shared by every layer.

#include <cstdint>
#include <string_view>

namespace factcheck::text {

// Half-open byte range [begin, end) into an article's normalized text.
struct byte_span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  [[nodiscard]] constexpr std::uint32_t size() const { return end - begin; }
  [[nodiscard]] constexpr bool empty() const { return end <= begin; }
  [[nodiscard]] constexpr bool contains(byte_span other) const {
    return begin <= other.begin && other.end <= end;
  }
  [[nodiscard]] constexpr bool overlaps(byte_span other) const {
    return begin < other.end && other.begin < end;
  }
  [[nodiscard]] std::string_view of(std::string_view text) const {
    return text.substr(begin, end - begin);
  }
  friend constexpr bool operator==(byte_span, byte_span) = default;
};

// 1-based line and column in the original file; columns count Unicode characters.
struct position {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  friend constexpr bool operator==(position, position) = default;
};

}  // namespace factcheck::text
