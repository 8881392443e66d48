#pragma once
// Internal to text/: text under construction that remembers, for every byte, the byte offset
// of the original file it came from. Ingest passes one through each stage (UTF-8 repair,
// markup removal, whitespace normalization) and finally compresses it into a source_map.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/source_map.hpp"

namespace factcheck::text::detail {

struct traced_text {
  std::string bytes;
  std::vector<std::uint32_t> origin;  // origin[i]: original byte offset of bytes[i]

  void reserve(std::size_t n) {
    bytes.reserve(n);
    origin.reserve(n);
  }
  void push(char c, std::uint32_t from) {
    bytes.push_back(c);
    origin.push_back(from);
  }
  // Copies in[b, e) with its origins (one bulk copy: the hot path on large inputs).
  void append_range(const traced_text& in, std::size_t b, std::size_t e) {
    bytes.append(in.bytes, b, e - b);
    origin.insert(origin.end(), in.origin.begin() + static_cast<std::ptrdiff_t>(b),
                  in.origin.begin() + static_cast<std::ptrdiff_t>(e));
  }
  // Every byte of `s` is attributed to the same original offset (a decoded entity, U+FFFD).
  void append_at(std::string_view s, std::uint32_t from) {
    for (char c : s) push(c, from);
  }
  [[nodiscard]] std::size_t size() const { return bytes.size(); }
  [[nodiscard]] bool empty() const { return bytes.empty(); }
};

// Identity trace of `bytes` (origin[i] == i).
traced_text trace_identity(std::string_view bytes);

// Records the trace as runs in `map` (a new run wherever the origin is not the previous
// origin plus one). Linear.
void build_map(const traced_text& text, source_map& map);

// --- UTF-8 ------------------------------------------------------------------------------

// Length of the valid UTF-8 sequence starting at s[i] (1-4), or 0 when the bytes there are
// not a well-formed sequence (overlong forms, surrogates and code points above U+10FFFF are
// not well-formed).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

// Code point of the valid sequence at s[i] of length `len` (from utf8_sequence_length).
char32_t utf8_decode(std::string_view s, std::size_t i, std::size_t len);

// Appends the UTF-8 encoding of `cp` (U+FFFD for surrogates and values above U+10FFFF).
void utf8_append(std::string& out, char32_t cp);

struct utf8_repair {
  std::size_t invalid_sequences = 0;
  std::uint32_t first_invalid = 0;  // byte offset in the input of the first invalid byte
};

// Replaces every byte that does not start a well-formed sequence by U+FFFD (one replacement
// per invalid byte, so that offsets in the warning are exact); the result is valid UTF-8.
traced_text repair_utf8(const traced_text& in, utf8_repair& report);

// --- normalization ----------------------------------------------------------------------

// CRLF and CR -> LF; tabs, NBSP and the other Unicode spaces -> space; control characters ->
// space; zero-width spaces, soft hyphens and byte order marks removed; runs of spaces
// collapsed; spaces at line starts and ends removed; three or more line breaks -> one blank
// line; leading and trailing blank lines removed. Input must be valid UTF-8.
traced_text normalize_whitespace(const traced_text& in);

// The same normalization written straight into an article's text and map (the last stage of
// ingest): no per-byte origin vector is kept. The string_view form reads bytes whose origin
// is their own offset (a valid UTF-8 file read as it is).
void normalize_into_map(const traced_text& in, std::string& text, source_map& map);
void normalize_into_map(std::string_view in, std::string& text, source_map& map);

// Whether `s` is well-formed UTF-8 (utf8_sequence_length at every character).
bool is_valid_utf8(std::string_view s);

// --- markup -----------------------------------------------------------------------------

// `published`, when given, receives the "date:" of YAML front matter, or stays empty.
traced_text strip_markdown(const traced_text& in, std::string* published = nullptr);
// `published`, when given, receives the content of the first publication-date <meta> tag
// (article:published_time, datePublished, ...), or stays empty.
traced_text strip_html(const traced_text& in, std::string* published = nullptr);

}  // namespace factcheck::text::detail
