#pragma once
// An ingested article: its original bytes, its normalized text and the map between them.

#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "text/source_map.hpp"

namespace factcheck::text {

enum class source_format { txt, markdown, html, jsonl };

struct article {
  std::string path;  // as given on the command line; "file.jsonl#id" for a JSON Lines record
  source_format format = source_format::txt;
  // The original bytes. Held by pointer so that `map`, which views it, stays valid when the
  // article moves.
  std::unique_ptr<const std::string> original;
  // Valid UTF-8; markup removed; CRLF -> LF; NBSP and tabs -> space; runs of spaces collapsed;
  // blank-line runs collapsed to one empty line (a paragraph break is "\n\n").
  std::string text;
  source_map map;
  // The "date" field of a JSON Lines record, if any.
  std::optional<std::chrono::year_month_day> stated_date;

  [[nodiscard]] position locate(std::uint32_t offset) const { return map.locate(offset); }
};

}  // namespace factcheck::text
