#pragma once
// Helpers shared by the text layer tests: temporary directories, file I/O, a slow reference
// for positions, and block lookup by text.

#include <gtest/gtest.h>

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

// Obviously correct reference: scans the original from its start.
inline position naive_position(std::string_view original, std::uint32_t offset) {
  position p{1, 1};
  for (std::uint32_t i = 0; i < offset && i < original.size(); ++i) {
    const auto b = static_cast<unsigned char>(original[i]);
    if (original[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((b & 0xC0) != 0x80) {
      ++p.column;
    }
  }
  // An offset inside a multibyte character belongs to that character.
  if (offset < original.size() && (static_cast<unsigned char>(original[offset]) & 0xC0) == 0x80) {
    --p.column;
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
