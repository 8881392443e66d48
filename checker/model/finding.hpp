#pragma once
// Findings: what a rule reports. Reporters read these and nothing else of the checker.

#include <optional>
#include <string>
#include <vector>

#include "text/span.hpp"

namespace factcheck::checker {

enum class severity { info = 0, warning = 1, error = 2 };
std::string_view to_string(severity s);                  // "info", "warning", "error"
std::optional<severity> parse_severity(std::string_view s);

struct location {
  std::string path;
  text::position begin;
  text::position end;   // end is exclusive: the column just past the last character
  std::string text;     // the offending (or related) text
  std::string date;     // the article's date (YYYY-MM-DD) when known, for side-by-side views
};

struct diff_word {
  enum class op { same, removed, added };
  op kind = op::same;
  std::string text;
};

// One point of a disputed figure's history, for timelines.
struct figure_point {
  std::string path;
  std::string date;   // YYYY-MM-DD: when the figure held (as-of), or the article date
  double low = 0;
  double high = 0;
  std::string text;   // "94,300 troops"
};

// Why two claims were taken for one fact (--explain): the claim it was compared with and the
// weighted features of that comparison (docs/claims.md).
struct alignment_explanation {
  location claim;
  std::optional<location> compared_with;  // none: the claim opened the fact
  double score = 0;
  std::vector<std::pair<std::string, double>> features;
};

struct finding {
  std::string rule;
  severity level = severity::warning;
  location where;
  std::string message;                 // for an editor, not a programmer
  std::optional<std::string> suggestion;
  std::vector<location> related;       // the other sources, with their text (capped)
  std::size_t related_more = 0;        // how many more related locations were left out
  std::string fact;                    // the fact group this concerns ("Russian troops"), or ""
  std::string context;                 // the sentence around the offending text
  std::vector<diff_word> diff;         // misquote: word diff from the related quotation
  std::vector<figure_point> timeline;  // numeric rules: the figure across sources and dates
  std::size_t timeline_more = 0;       // points of that history left out of `timeline`
  std::vector<alignment_explanation> explain;  // --explain: how the claims were aligned
};

class finding_sink {
 public:
  void report(finding f) { findings_.push_back(std::move(f)); }
  [[nodiscard]] const std::vector<finding>& findings() const { return findings_; }
  std::vector<finding> take() { return std::move(findings_); }

 private:
  std::vector<finding> findings_;
};

}  // namespace factcheck::checker
