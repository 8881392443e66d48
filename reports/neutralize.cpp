#include "reports/neutralize.hpp"

#include <fmt/format.h>

#include "reports/common.hpp"

namespace factcheck::reports {

bool is_hidden_control(std::uint32_t cp) {
  return (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || (cp >= 0x200B && cp <= 0x200F) ||
         (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) ||
         (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

std::size_t hidden_control_at(std::string_view text, std::size_t at, std::uint32_t& cp) {
  const auto byte = [&](std::size_t k) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(text[at + k]));
  };
  const std::uint32_t lead = byte(0);
  std::size_t len = 0;
  if (lead == 0xC2 || lead == 0xD8) {  // the only two-byte leads of a hidden control
    len = 2;
    if (at + len > text.size()) return 0;
    cp = ((lead & 0x1F) << 6) | (byte(1) & 0x3F);
  } else if (lead == 0xE2 || lead == 0xEF) {  // U+2xxx and U+FEFF
    len = 3;
    if (at + len > text.size()) return 0;
    cp = ((lead & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
  } else {
    return 0;
  }
  return is_hidden_control(cp) ? len : 0;
}

std::string terminal_safe(std::string_view text) {
  const std::string valid = detail::valid_utf8(text);
  std::string out;
  out.reserve(valid.size());
  for (std::size_t i = 0; i < valid.size();) {
    const auto u = static_cast<unsigned char>(valid[i]);
    std::uint32_t cp = 0;
    if (const std::size_t len = hidden_control_at(valid, i, cp)) {
      out += '?';
      i += len;
      continue;
    }
    if (u == '\t') {
      out += ' ';
    } else if (u < 0x20 || u == 0x7F) {
      out += '?';
    } else {
      out += valid[i];
    }
    ++i;
  }
  return out;
}

std::string json_escape_hidden(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  std::size_t run = 0;
  for (std::size_t i = 0; i < json.size();) {
    std::uint32_t cp = 0;
    const std::size_t len = hidden_control_at(json, i, cp);
    if (len == 0) {
      ++i;
      continue;
    }
    out.append(json.data() + run, i - run);
    out += fmt::format("\\u{:04x}", cp);
    i += len;
    run = i;
  }
  out.append(json.data() + run, json.size() - run);
  return out;
}

std::string code_point_name(std::uint32_t cp) { return fmt::format("U+{:04X}", cp); }

}  // namespace factcheck::reports
