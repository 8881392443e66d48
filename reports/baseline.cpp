#include "reports/baseline.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "reports/neutralize.hpp"

namespace factcheck::reports {
namespace {

std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = 0xcbf29ce484222325ULL) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

bool is_fold(unsigned char c) {
  // ASCII whitespace and punctuation fold; bytes >= 0x80 (letters of other scripts, curly
  // quotes) are kept so that names in other scripts still tell findings apart.
  return c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
}

std::string base_name(std::string_view path) {
  const auto hash = path.find('#');  // "file.jsonl#id": keep the record id
  const std::string_view file = path.substr(0, hash);
  std::string name = std::filesystem::path(std::string(file)).filename().string();
  if (hash != std::string_view::npos) name += path.substr(hash);
  return name;
}

}  // namespace

std::string normalize_for_fingerprint(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (is_fold(u)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += (u >= 'A' && u <= 'Z') ? static_cast<char>(u - 'A' + 'a') : c;
  }
  return out;
}

std::string fingerprint(const checker::finding& f) {
  // Fields are separated by a byte that normalization never produces.
  std::uint64_t h = fnv1a(f.rule);
  h = fnv1a("\x1f", h);
  h = fnv1a(normalize_for_fingerprint(f.where.text), h);
  h = fnv1a("\x1f", h);
  h = fnv1a(normalize_for_fingerprint(f.context), h);
  h = fnv1a("\x1f", h);
  h = fnv1a(base_name(f.where.path), h);
  return fmt::format("{:016x}", h);
}

std::string baseline_json(const std::vector<checker::finding>& findings) {
  using json = nlohmann::ordered_json;
  std::map<std::string, std::pair<const checker::finding*, std::size_t>> by_print;
  for (const auto& f : findings) {
    auto& slot = by_print[fingerprint(f)];
    if (slot.first == nullptr) slot.first = &f;
    ++slot.second;
  }
  json entries = json::array();
  for (const auto& [print, slot] : by_print) {  // sorted by fingerprint: diffs stay small
    entries.push_back({{"fingerprint", print},
                       {"rule", slot.first->rule},
                       {"path", base_name(slot.first->where.path)},
                       {"text", slot.first->where.text},
                       {"count", slot.second}});
  }
  json doc;
  doc["version"] = baseline_version;
  doc["tool"] = "factcheck";
  doc["findings"] = std::move(entries);
  return json_escape_hidden(doc.dump(2, ' ', false, json::error_handler_t::replace)) + "\n";
}

std::variant<baseline, std::string> parse_baseline(std::string_view content,
                                                   std::string_view path) {
  const auto doc = nlohmann::json::parse(content, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    return fmt::format("{}: baseline is not a JSON object", path);
  }
  const auto version = doc.find("version");
  if (version == doc.end() || !version->is_number_integer()) {
    return fmt::format("{}: baseline has no integer \"version\"", path);
  }
  if (version->get<int>() != baseline_version) {
    return fmt::format("{}: baseline version {} is not supported (expected {})", path,
                       version->get<int>(), baseline_version);
  }
  const auto entries = doc.find("findings");
  if (entries == doc.end() || !entries->is_array()) {
    return fmt::format("{}: baseline has no \"findings\" array", path);
  }
  baseline result;
  for (const auto& e : *entries) {
    if (!e.is_object() || !e.contains("fingerprint") || !e["fingerprint"].is_string()) {
      return fmt::format("{}: every baseline entry needs a string \"fingerprint\"", path);
    }
    std::size_t count = 1;
    if (e.contains("count")) {
      if (!e["count"].is_number_unsigned()) {
        return fmt::format("{}: \"count\" must be a non-negative integer", path);
      }
      count = e["count"].get<std::size_t>();
    }
    result.counts[e["fingerprint"].get<std::string>()] += count;
  }
  return result;
}

std::vector<checker::finding> new_findings(std::vector<checker::finding> findings,
                                           const baseline& known) {
  auto remaining = known.counts;
  std::vector<checker::finding> kept;
  for (auto& f : findings) {
    auto it = remaining.find(fingerprint(f));
    if (it != remaining.end() && it->second > 0) {
      --it->second;
      continue;
    }
    kept.push_back(std::move(f));
  }
  return kept;
}

}  // namespace factcheck::reports
