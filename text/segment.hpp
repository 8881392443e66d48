#pragma once
// segment: normalized text -> blocks (paragraphs) -> sentences -> tokens, all as byte spans.
//
// A block is a paragraph: text between blank lines. A single line break inside a block is
// kept as a line break; lines of a block that look like separate items (short lines or lines
// ending a sentence, list bullets, or any line of a paragraph whose last line does not end a
// sentence) become blocks of their own, so that page residue stacked on consecutive lines is
// classified line by line, while wrapped prose stays one block.
// Sentences do not end after abbreviations (U.S., U. S., U.K., Jan. ... Dec., Sept., Dr.,
// Mr., Mrs., Ms., Gen., Gov., Sen., Rep., St., Inc., Corp., e.g., i.e., vs., No. before a
// number), single-letter initials, decimal points, ellipses, or before a lower-case word;
// they end after . ? ! and after a closing quote or bracket that follows one.
// Tokens: words (inner apostrophes and hyphens join; "U.S." is one), numbers (94,300 3.5
// 27.01.22 10:45AM), and single punctuation marks. Linear in the text size.

#include <string_view>
#include <vector>

#include "text/span.hpp"

namespace factcheck::text {

enum class block_kind { headline, dateline, byline, body, caption, boilerplate };
std::string_view to_string(block_kind kind);

struct sentence {
  byte_span span;
};

struct block {
  byte_span span;
  block_kind kind = block_kind::body;
  std::vector<sentence> sentences;
};

std::vector<block> segment_blocks(std::string_view text);
std::vector<sentence> segment_sentences(std::string_view text, byte_span within);
// Words, numbers and single punctuation marks.
std::vector<byte_span> tokenize(std::string_view text, byte_span within);

}  // namespace factcheck::text
