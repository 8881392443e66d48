#include "text/segment.hpp"

// Placeholder: paragraphs split on blank lines, one sentence per block.
namespace factcheck::text {

std::string_view to_string(block_kind kind) {
  switch (kind) {
    case block_kind::headline: return "headline";
    case block_kind::dateline: return "dateline";
    case block_kind::byline: return "byline";
    case block_kind::body: return "body";
    case block_kind::caption: return "caption";
    case block_kind::boilerplate: return "boilerplate";
  }
  return "body";
}

std::vector<block> segment_blocks(std::string_view text) {
  std::vector<block> blocks;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) {
      block b;
      b.span = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)};
      b.sentences = segment_sentences(text, b.span);
      blocks.push_back(std::move(b));
    }
    start = end + 2;
  }
  return blocks;
}

std::vector<sentence> segment_sentences(std::string_view, byte_span within) {
  return {sentence{within}};
}

std::vector<byte_span> tokenize(std::string_view, byte_span within) { return {within}; }

}  // namespace factcheck::text
