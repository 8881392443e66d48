#pragma once
// ingest: files, directories and stdin -> articles with normalized text and a position map.
//
// Formats by extension: .txt (and anything else named explicitly), .md/.markdown (markup
// removed: headings, emphasis, links keep their text, images and fenced code dropped, HTML
// comments and tags dropped; YAML front matter dropped, its "date:" becomes `stated_date`), .html/.htm (tags removed, character references decoded,
// script/style/nav/aside/form/noscript/head dropped, header/footer dropped unless inside
// <article> or <main>, block elements become paragraph breaks, <br> a line break; a
// publication-date <meta> tag such as article:published_time becomes `stated_date`), .jsonl
// ({"id","text","date"} per line; each record is an article "file.jsonl#id"; a bad line is an
// error naming file and line; positions are on the record's line, at the column of the
// character or escape inside the JSON string, so a "\n" in the text stays on that line).
// Directories are walked recursively in sorted order, reading only the formats above,
// skipping hidden entries and README files. "-" reads stdin as text.
// Invalid UTF-8 is replaced by U+FFFD and reported as a warning naming file and byte offset
// (see docs/decisions/0002-invalid-utf8.md); a file with NUL bytes in its first 8 KiB is
// binary and skipped with a warning; an empty file is an article with empty text and a
// warning. Normalization: CRLF/CR -> LF, tabs, NBSP and other Unicode spaces -> space,
// runs of spaces collapsed, spaces at line starts and ends removed, 3+ line breaks -> one
// blank line. Every normalized byte maps to an original byte (source_map). Linear time in the
// input size (a 10 MB single line is fine). Nothing here throws.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/article.hpp"

namespace factcheck::text {

struct diagnostic {
  enum class level { warning, error };
  level severity = level::error;
  std::string path;
  std::uint32_t line = 0;  // 0 when the message is about the whole file
  std::string message;
};

struct ingest_options {
  std::vector<std::string> ignore_globs;  // paths matching any of these are skipped
  // Limits, 0 for none. A file over max_file_bytes is not read (its size is taken first);
  // reading stops when the articles would exceed max_articles or the bytes read so far
  // max_total_bytes. The first limit reached is named in ingest_result::limit.
  std::uint64_t max_file_bytes = 0;
  std::uint64_t max_articles = 0;
  std::uint64_t max_total_bytes = 0;
};

// Which limit stopped the reading, at which file, and the value that exceeded it (the file's
// bytes, the article count, or the bytes read with this file).
struct limit_reached {
  enum class which { file_bytes, articles, total_bytes };
  which limit = which::file_bytes;
  std::string path;
  std::uint64_t value = 0;
};

struct ingest_result {
  std::vector<article> articles;
  std::vector<diagnostic> diagnostics;  // unreadable files, bad JSON lines, invalid UTF-8...
  std::optional<limit_reached> limit;   // reading stopped here (the articles are incomplete)
  std::uint64_t bytes_read = 0;         // input bytes read (files and stdin)
  [[nodiscard]] bool has_errors() const;
};

// Reads every path (file, directory or "-").
ingest_result ingest(const std::vector<std::string>& paths, const ingest_options& options = {});

// Builds articles from bytes already in memory; `path` decides the format by extension
// unless `format` is given. A .jsonl input may yield several articles.
ingest_result ingest_bytes(std::string path, std::string bytes);
ingest_result ingest_bytes(std::string path, std::string bytes, source_format format);

}  // namespace factcheck::text
