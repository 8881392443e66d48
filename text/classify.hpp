#pragma once
// classify: gives each block a kind (headline, dateline, byline, body, caption, boilerplate)
// from general signals: position in the article, length, final punctuation, the ratio of
// capitalized words, digits-only or hexadecimal lines, relative timestamps, bare URLs,
// repetition across the corpus, and a configurable list of boilerplate patterns. The rules
// and their order are in docs/decisions/0003-block-classification.md.

#include <string>
#include <string_view>
#include <vector>

#include "text/segment.hpp"

namespace factcheck::text {

struct classify_options {
  // Case-insensitive phrases; a short block that consists of or starts with one is
  // boilerplate. The built-in list is extended, not replaced, by the configuration.
  std::vector<std::string> boilerplate_patterns;
};

struct document_blocks {
  std::string_view text;
  std::vector<block>* blocks;
};

// Classifies the blocks of every document of a corpus at once (repetition across the corpus
// is a signal). Linear in the total size.
void classify_corpus(const std::vector<document_blocks>& corpus, const classify_options& options);

// Single-document convenience.
void classify_blocks(std::string_view text, std::vector<block>& blocks,
                     const classify_options& options = {});

}  // namespace factcheck::text
