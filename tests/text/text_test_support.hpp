#pragma once
// Helpers shared by the text layer tests: temporary directories, file I/O, a slow reference
// for positions, and block lookup by text.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "text/classify.hpp"
#include "text/ingest.hpp"
#include "text/segment.hpp"

namespace factcheck::text::testing {

// A fresh directory under the system temporary directory, removed on destruction.
class temp_dir {
 public:
  temp_dir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("factcheck_text_" + std::to_string(rd()) + "_" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~temp_dir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  temp_dir(const temp_dir&) = delete;
  temp_dir& operator=(const temp_dir&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

  std::string write(const std::string& relative, std::string_view bytes) const {
    const auto p = path_ / relative;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return p.generic_string();
  }

 private:
  std::filesystem::path path_;
};

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Length of the well-formed UTF-8 sequence at s[i] (Unicode table 3-7), or 0. Written out
// from the table rather than shared with text/, so that the reference stays independent.
inline std::size_t reference_sequence_length(std::string_view s, std::size_t i) {
  const auto at = [&](std::size_t k) {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u;
  };
  const unsigned b0 = at(0);
  const auto in = [](unsigned b, unsigned lo, unsigned hi) { return b >= lo && b <= hi; };
  if (b0 < 0x80) return 1;
  if (in(b0, 0xC2, 0xDF)) return in(at(1), 0x80, 0xBF) ? 2 : 0;
  unsigned lo = 0x80, hi = 0xBF;
  if (b0 == 0xE0) lo = 0xA0;
  if (b0 == 0xED) hi = 0x9F;
  if (in(b0, 0xE0, 0xEF)) return in(at(1), lo, hi) && in(at(2), 0x80, 0xBF) ? 3 : 0;
  if (b0 == 0xF0) lo = 0x90;
  if (b0 == 0xF4) hi = 0x8F;
  if (in(b0, 0xF0, 0xF4)) {
    return in(at(1), lo, hi) && in(at(2), 0x80, 0xBF) && in(at(3), 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

// Obviously correct reference: scans the original from its start. Columns count characters;
// every byte of an invalid sequence is a character of its own, as ingest replaces each with
// U+FFFD.
inline position naive_position(std::string_view original, std::uint32_t offset) {
  position p{1, 1};
  std::size_t i = 0;
  while (i < original.size()) {
    const std::size_t len = std::max<std::size_t>(1, reference_sequence_length(original, i));
    // An offset inside a character belongs to that character.
    if (offset < i + len) break;
    if (original[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else {
      ++p.column;
    }
    i += len;
  }
  return p;
}

inline const article& only_article(const ingest_result& r) {
  EXPECT_EQ(r.articles.size(), 1u);
  return r.articles.front();
}

struct classified {
  std::string text;
  std::vector<block> blocks;
  [[nodiscard]] std::string_view block_text(std::size_t i) const { return blocks[i].span.of(text); }
  // The kind of the block whose text starts with `prefix` (fails the test when absent).
  [[nodiscard]] block_kind kind_of(std::string_view prefix) const {
    for (const auto& b : blocks) {
      if (b.span.of(text).starts_with(prefix)) return b.kind;
    }
    ADD_FAILURE() << "no block starts with: " << prefix;
    return block_kind::body;
  }
};

inline classified classify_text(std::string text, const classify_options& options = {}) {
  classified c;
  c.text = std::move(text);
  c.blocks = segment_blocks(c.text);
  classify_blocks(c.text, c.blocks, options);
  return c;
}

inline std::vector<std::string> sentence_texts(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& s : segment_sentences(text, {0, static_cast<std::uint32_t>(text.size())})) {
    out.emplace_back(s.span.of(text));
  }
  return out;
}

}  // namespace factcheck::text::testing
