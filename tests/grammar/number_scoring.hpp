#pragma once
// Scores extract_quantities against external number specs (../shared/benchmarks/):
// Microsoft Recognizers-Text English number/range/percent/currency models and quantulum3's
// English quantity tests. Shared by bench/score_numbers.cpp (prints pass rates per file) and
// tests/grammar/number_bench_smoke_test.cpp (asserts a floor on a slice).
//
// A case passes when every expected result is matched by a distinct extracted quantity whose
// byte span overlaps it and whose value agrees (ranges: both interval ends agree; an open lower
// end "(,12]" matches 0), and no other quantity is extracted ("strict"). "found" only requires
// the expected results (extra quantities allowed). Units and currency names are not compared:
// the specs name them in their own vocabularies ("Dollar", "pound sterling", "Foot"); a sum the spec
// states in cents or pence is converted to the main unit first, as factcheck states it; a
// quantulum3 range, given as its mean and "uncertainty" (half-width), must match the two ends
// of an extracted range.

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/extract.hpp"

namespace factcheck::number_scoring {

struct file_score {
  int cases = 0;
  int strict = 0;             // exact set of quantities
  int found = 0;              // every expected quantity found (extras allowed)
  int reference_cases = 0;    // cases the reference (.NET) implementation supports
  int reference_strict = 0;
  std::vector<std::string> failures;  // inputs of failing cases (for inspection)
  std::vector<std::string> details;   // per failure: what was expected and what was extracted
};

// Which extracted quantities a spec file speaks about: a currency spec says nothing about the
// plain counts in its sentences, so those are neither matches nor extras.
enum class model { number, range, percent, currency, dimension, temperature, age };

inline bool in_model(const grammar::quantity& q, model m) {
  switch (m) {
    case model::number: return true;
    case model::range: return q.range || q.hedge_kind != grammar::hedge::none;
    case model::percent: return q.kind == grammar::quantity_kind::percent;
    case model::currency: return q.kind == grammar::quantity_kind::money;
    // Recognizers' dimensions are physical measures other than temperatures and time spans
    // (those have models of their own).
    case model::dimension:
      return q.kind == grammar::quantity_kind::measure && q.dimension != "temperature" &&
             q.dimension != "time";
    case model::temperature: return q.dimension == "temperature";
    case model::age: return q.kind == grammar::quantity_kind::age;
  }
  return true;
}

struct expected_item {
  std::size_t begin = 0;  // byte offsets into the input
  std::size_t end = 0;
  bool is_range = false;
  // quantulum3 states a range as its mean and half-width ("3 to 4 L": 3.5 +- 0.5); a range
  // extracted for it must have those two ends as written (value, value_high).
  bool stated_range = false;
  double value = 0;
  double low = 0;
  double high = 0;
};

inline bool same_value(double a, double b) {
  if (std::isinf(a) || std::isinf(b)) return a == b;
  return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(b));
}

// Byte offset of the code-point index `index` in UTF-8 `text` (the specs count characters).
inline std::size_t byte_offset(std::string_view text, std::size_t index) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars == index) return i;
    ++chars;
  }
  return text.size();
}

// "[20,30)", "(30000,)", "(,12]"
inline bool parse_interval(std::string_view s, double& low, double& high) {
  if (s.size() < 3) return false;
  const auto comma = s.find(',');
  if (comma == std::string_view::npos) return false;
  const std::string lo(s.substr(1, comma - 1));
  const std::string hi(s.substr(comma + 1, s.size() - comma - 2));
  low = lo.empty() ? 0 : std::strtod(lo.c_str(), nullptr);
  high = hi.empty() ? std::numeric_limits<double>::infinity() : std::strtod(hi.c_str(), nullptr);
  return true;
}

inline bool matches(const grammar::quantity& q, const expected_item& e) {
  if (!(q.span.begin < e.end && e.begin < q.span.end)) return false;
  if (e.is_range) return same_value(q.low, e.low) && same_value(q.high, e.high);
  if (e.stated_range && q.range) {
    return same_value(q.value, e.low) && same_value(q.value_high, e.high);
  }
  return same_value(q.value, e.value);
}

// "want 94300 [0,9) | got 94000 [93500,94500] [0,6)": one line for a failing case.
inline std::string describe(std::string_view input, const std::vector<grammar::quantity>& got,
                            const std::vector<expected_item>& want) {
  std::ostringstream out;
  out << "want";
  for (const auto& e : want) {
    out << " '" << input.substr(e.begin, e.end - e.begin) << "'=";
    if (e.is_range) {
      out << '[' << e.low << ',' << e.high << ']';
    } else {
      out << e.value;
    }
  }
  out << " | got";
  for (const auto& q : got) {
    out << " '" << q.span.of(input) << "'=" << q.value << (q.low_open ? " (" : " [") << q.low
        << ',' << q.high << (q.high_open ? ')' : ']');
  }
  return out.str();
}

// Greedy one-to-one matching of expected items to quantities; returns {all found, no extras}.
inline std::pair<bool, bool> judge(const std::vector<grammar::quantity>& got,
                                   const std::vector<expected_item>& want) {
  std::vector<bool> used(got.size(), false);
  bool all_found = true;
  for (const auto& e : want) {
    bool hit = false;
    for (std::size_t i = 0; i < got.size() && !hit; ++i) {
      if (!used[i] && matches(got[i], e)) {
        used[i] = true;
        hit = true;
      }
    }
    all_found = all_found && hit;
  }
  bool no_extra = true;
  for (bool u : used) no_extra = no_extra && u;
  return {all_found, no_extra};
}

// The Recognizers number model reads a figure glued to its unit ("29km", "180ml") as one token
// that is not a number; a unit after a blank ("3 years") leaves the figure a number.
inline bool glued_unit(std::string_view input, const grammar::quantity& q) {
  if (q.kind != grammar::quantity_kind::measure) return false;
  const std::string_view s = q.span.of(input);
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    const char c = s[i];
    const char d = s[i + 1];
    if (c >= '0' && c <= '9' && ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z'))) return true;
  }
  return false;
}

// Field accessors that tolerate nulls and wrong types in the spec files.
inline std::string string_field(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
inline long long int_field(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_number_integer() ? it->get<long long>() : -1;
}
inline const nlohmann::json& object_field(const nlohmann::json& j, const char* key) {
  static const nlohmann::json empty = nlohmann::json::object();
  const auto it = j.find(key);
  return it != j.end() && (it->is_object() || it->is_array()) ? *it : empty;
}

inline nlohmann::json load_json(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  std::string text = s.str();
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // the specs carry a BOM
  return nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
}

// Recognizers-Text spec file. `limit` < 0 scores every case.
inline file_score score_recognizers(const std::string& path, model m = model::number,
                                     int limit = -1) {
  file_score score;
  const nlohmann::json cases = load_json(path);
  if (!cases.is_array()) return score;
  for (const auto& c : cases) {
    if (limit >= 0 && score.cases >= limit) break;
    if (!c.contains("Input") || !c["Input"].is_string()) continue;
    const std::string input = c["Input"].get<std::string>();
    std::vector<expected_item> want;
    bool usable = true;
    for (const auto& r : object_field(c, "Results")) {
      expected_item e;
      const auto start = int_field(r, "Start");
      const auto end = int_field(r, "End");
      if (start < 0 || end < start) {
        usable = false;
        break;
      }
      e.begin = byte_offset(input, static_cast<std::size_t>(start));
      e.end = byte_offset(input, static_cast<std::size_t>(end) + 1);
      std::string value = string_field(object_field(r, "Resolution"), "value");
      if (string_field(r, "TypeName") == "numberrange") {
        e.is_range = true;
        usable = usable && parse_interval(value, e.low, e.high);
      } else {
        if (!value.empty() && value.back() == '%') value.pop_back();
        char* stop = nullptr;
        e.value = std::strtod(value.c_str(), &stop);
        usable = usable && !value.empty() && stop && *stop == '\0';
        // The spec states a sum in cents or pence in that subunit ("50 cents": 50, unit
        // "Cent"); extract_quantities states every sum in its main unit (0.50 USD), so the
        // spec's value is converted before comparing.
        const std::string unit = string_field(object_field(r, "Resolution"), "unit");
        if (unit == "Cent" || unit == "Pence" || unit == "Penny") e.value /= 100;
      }
      want.push_back(e);
    }
    if (!usable) continue;
    ++score.cases;
    const bool reference = string_field(c, "NotSupported").find("dotnet") ==
                               std::string::npos &&
                           !c.contains("NotSupportedByDesign");
    std::vector<grammar::quantity> got;
    for (auto& q : grammar::extract_quantities(input)) {
      if (in_model(q, m) && !(m == model::number && glued_unit(input, q))) {
        got.push_back(std::move(q));
      }
    }
    const auto [all_found, no_extra] = judge(got, want);
    if (all_found) ++score.found;
    if (all_found && no_extra) ++score.strict;
    if (reference) {
      ++score.reference_cases;
      if (all_found && no_extra) ++score.reference_strict;
    }
    if (!(all_found && no_extra)) {
      score.failures.push_back(input);
      score.details.push_back(describe(input, got, want));
    }
  }
  return score;
}

// quantulum3 quantities.json: [{"req": sentence, "res": [{"value", "surface"}]}]
inline file_score score_quantulum(const std::string& path) {
  file_score score;
  const nlohmann::json cases = load_json(path);
  if (!cases.is_array()) return score;
  for (const auto& c : cases) {
    if (!c.contains("req") || !c["req"].is_string()) continue;
    const std::string input = c["req"].get<std::string>();
    std::vector<expected_item> want;
    std::size_t from = 0;
    bool usable = true;
    for (const auto& r : object_field(c, "res")) {
      const std::string surface = string_field(r, "surface");
      const auto at = input.find(surface, from);
      if (surface.empty() || at == std::string::npos || !r.contains("value") ||
          !r["value"].is_number()) {
        usable = false;
        break;
      }
      expected_item e;
      e.begin = at;
      e.end = at + surface.size();
      e.value = r["value"].get<double>();
      const auto u = r.find("uncertainty");
      if (u != r.end() && u->is_number() && u->get<double>() > 0) {
        e.stated_range = true;
        e.low = e.value - u->get<double>();
        e.high = e.value + u->get<double>();
      }
      from = e.end;
      want.push_back(e);
    }
    if (!usable) continue;
    ++score.cases;
    ++score.reference_cases;
    const auto got = grammar::extract_quantities(input);
    const auto [all_found, no_extra] = judge(got, want);
    if (all_found) ++score.found;
    if (all_found && no_extra) {
      ++score.strict;
      ++score.reference_strict;
    } else {
      score.failures.push_back(input);
      score.details.push_back(describe(input, got, want));
    }
  }
  return score;
}

}  // namespace factcheck::number_scoring
