#include "reports/json_writer.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "reports/neutralize.hpp"

namespace factcheck::reports {
namespace {

// Whether `s` is well-formed UTF-8 (the common case; otherwise nlohmann's replacement rules
// are used for the whole string, so that the output stays identical to theirs).
bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char b = p[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (i + len > n || p[i + 1] < lo || p[i + 1] > hi) return false;
    for (std::size_t k = 2; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

// Bytes that need an escape: '"', '\\' and the control characters; and the lead bytes of the
// hidden controls (reports/neutralize.hpp), which are checked one by one.
constexpr std::array<bool, 256> needs_escape = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[static_cast<std::size_t>(c)] = true;
  t['"'] = true;
  t['\\'] = true;
  for (const std::size_t lead : {0xC2u, 0xD8u, 0xE2u, 0xEFu}) t[lead] = true;
  return t;
}();

}  // namespace

json_writer::json_writer(std::ostream& out, int indent) : out_(out), indent_(indent) {
  buffer_.reserve(flush_at + 4096);
}

json_writer::~json_writer() { flush(); }

void json_writer::flush() {
  if (buffer_.empty()) return;
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
}

void json_writer::finish() {
  buffer_.push_back('\n');
  flush();
  out_.flush();
}

void json_writer::element() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (counts_.empty()) return;
  buffer_.append(counts_.back() == 0 ? "\n" : ",\n");
  ++counts_.back();
  buffer_.append(counts_.size() * static_cast<std::size_t>(indent_), ' ');
}

void json_writer::open(char c) {
  element();
  buffer_.push_back(c);
  counts_.push_back(0);
}

void json_writer::close(char c) {
  const bool empty = counts_.back() == 0;
  counts_.pop_back();
  if (!empty) {
    buffer_.push_back('\n');
    buffer_.append(counts_.size() * static_cast<std::size_t>(indent_), ' ');
  }
  buffer_.push_back(c);
  maybe_flush();
}

json_writer& json_writer::begin_object() {
  open('{');
  return *this;
}
json_writer& json_writer::end_object() {
  close('}');
  return *this;
}
json_writer& json_writer::begin_array() {
  open('[');
  return *this;
}
json_writer& json_writer::end_array() {
  close(']');
  return *this;
}

json_writer& json_writer::key(std::string_view k) {
  element();
  write_string(k);
  buffer_.append(": ");
  after_key_ = true;
  return *this;
}

void json_writer::write_string(std::string_view s) {
  if (!valid_utf8(s)) {
    // Rare (a path with invalid bytes, a span that cut a character): their replacement rules.
    buffer_.append(json_escape_hidden(nlohmann::json(std::string(s))
                       .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)));
    return;
  }
  buffer_.push_back('"');
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (!needs_escape[b]) continue;
    if (b >= 0x80) {
      std::uint32_t cp = 0;
      const std::size_t len = hidden_control_at(s, i, cp);
      if (len == 0) continue;
      buffer_.append(s.data() + run, i - run);
      static constexpr char hex[] = "0123456789abcdef";
      const char esc[6] = {'\\', 'u', hex[(cp >> 12) & 0xF], hex[(cp >> 8) & 0xF],
                           hex[(cp >> 4) & 0xF], hex[cp & 0xF]};
      buffer_.append(esc, 6);
      i += len - 1;
      run = i + 1;
      continue;
    }
    buffer_.append(s.data() + run, i - run);
    run = i + 1;
    switch (b) {
      case '"':
        buffer_.append("\\\"");
        break;
      case '\\':
        buffer_.append("\\\\");
        break;
      case '\b':
        buffer_.append("\\b");
        break;
      case '\f':
        buffer_.append("\\f");
        break;
      case '\n':
        buffer_.append("\\n");
        break;
      case '\r':
        buffer_.append("\\r");
        break;
      case '\t':
        buffer_.append("\\t");
        break;
      default: {
        static constexpr char hex[] = "0123456789abcdef";
        const char esc[6] = {'\\', 'u', '0', '0', hex[b >> 4], hex[b & 0xF]};
        buffer_.append(esc, 6);
        break;
      }
    }
  }
  buffer_.append(s.data() + run, s.size() - run);
  buffer_.push_back('"');
}

json_writer& json_writer::value(std::string_view s) {
  element();
  write_string(s);
  maybe_flush();
  return *this;
}

json_writer& json_writer::value(bool b) {
  element();
  buffer_.append(b ? "true" : "false");
  return *this;
}

json_writer& json_writer::null() {
  element();
  buffer_.append("null");
  return *this;
}

json_writer& json_writer::value(std::int64_t v) {
  element();
  char digits[24];
  const auto r = std::to_chars(digits, digits + sizeof digits, v);
  buffer_.append(digits, r.ptr);
  return *this;
}

json_writer& json_writer::value(std::uint64_t v) {
  element();
  char digits[24];
  const auto r = std::to_chars(digits, digits + sizeof digits, v);
  buffer_.append(digits, r.ptr);
  return *this;
}

json_writer& json_writer::value(double v) {
  if (!std::isfinite(v)) return null();
  element();
  // nlohmann's own Grisu2 (what dump() uses), so that doubles print exactly as before.
  std::array<char, 64> digits{};
  char* end = nlohmann::detail::to_chars(digits.data(), digits.data() + digits.size(), v);
  buffer_.append(digits.data(), end);
  return *this;
}

}  // namespace factcheck::reports
