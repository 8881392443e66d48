#pragma once
// Baselines: record today's findings so that CI reports only new ones.
//
// A finding's fingerprint is a hash of its rule id, its offending text, its context sentence
// (both normalized: lower case, runs of whitespace and punctuation folded to one space) and the
// base name of its path. Line and column are left out on purpose: an edit above a finding moves
// it without changing its fingerprint. The file is JSON:
//
//   {"version": 1, "tool": "factcheck", "findings": [{"fingerprint": "…", "rule": "…",
//    "path": "…", "text": "…", "count": 1}]}
//
// Only "version" and the fingerprints (with their counts) are read back; the other fields are
// there so that a reviewer can read the file.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "checker/model/finding.hpp"

namespace factcheck::reports {

inline constexpr int baseline_version = 1;

// Lower case ASCII, whitespace and punctuation runs folded to one space, trimmed.
std::string normalize_for_fingerprint(std::string_view text);

// 16 hex digits (64-bit FNV-1a): stable across runs, platforms and compilers.
std::string fingerprint(const checker::finding& f);

struct baseline {
  std::map<std::string, std::size_t, std::less<>> counts;  // fingerprint -> occurrences
};

// The baseline file's content for `findings`.
std::string baseline_json(const std::vector<checker::finding>& findings);

// Parses a baseline file's content; an error message names `path`.
std::variant<baseline, std::string> parse_baseline(std::string_view content, std::string_view path);

// The findings not covered by the baseline. A fingerprint recorded n times absorbs up to n
// findings, so a second copy of a known problem is still reported.
std::vector<checker::finding> new_findings(std::vector<checker::finding> findings,
                                           const baseline& known);

}  // namespace factcheck::reports
