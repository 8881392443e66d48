#include "text/traced_text.hpp"

#include <cstring>

namespace factcheck::text::detail {
namespace {

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

unsigned char byte_at(std::string_view s, std::size_t i) {
  return static_cast<unsigned char>(s[i]);
}

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// What a whitespace-normalization step does with the character at the current position.
enum class ws_class { keep, space, line_break, paragraph_break, drop };

// Classifies the (valid UTF-8) character at s[i] whose length is `len`.
ws_class classify_char(std::string_view s, std::size_t i, std::size_t len) {
  const unsigned char b = byte_at(s, i);
  if (len == 1) {
    if (b == '\n' || b == '\r') return ws_class::line_break;
    if (b == ' ' || b == '\t' || b < 0x20 || b == 0x7F) return ws_class::space;
    return ws_class::keep;
  }
  const char32_t cp = utf8_decode(s, i, len);
  switch (cp) {
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x0085:
      return cp == 0x0085 ? ws_class::line_break : ws_class::space;
    case 0x2028:
      return ws_class::line_break;
    case 0x2029:
      return ws_class::paragraph_break;
    case 0x200B:
    case 0x2060:
    case 0xFEFF:
    case 0x00AD:
      return ws_class::drop;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return ws_class::space;
  if (cp >= 0x80 && cp < 0xA0) return ws_class::space;  // C1 controls
  return ws_class::keep;
}

}  // namespace

traced_text trace_identity(std::string_view bytes) {
  traced_text t;
  t.bytes.assign(bytes);
  t.origin.resize(bytes.size());
  for (std::size_t i = 0; i < bytes.size(); ++i) t.origin[i] = static_cast<std::uint32_t>(i);
  return t;
}

void build_map(const traced_text& text, source_map& map) {
  // Reads only `origin`, so that the caller may already have moved the bytes out.
  for (std::size_t i = 0; i < text.origin.size(); ++i) {
    if (i == 0 || text.origin[i] != text.origin[i - 1] + 1) {
      map.add_run(static_cast<std::uint32_t>(i), text.origin[i]);
    }
  }
}

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const unsigned char b0 = byte_at(s, i);
  if (b0 < 0x80) return 1;
  const std::size_t left = s.size() - i;
  auto cont = [&](std::size_t k) { return k < left && is_continuation(byte_at(s, i + k)); };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    const unsigned char b1 = byte_at(s, i + 1);
    if (b0 == 0xE0 && b1 < 0xA0) return 0;   // overlong
    if (b0 == 0xED && b1 >= 0xA0) return 0;  // UTF-16 surrogate
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    const unsigned char b1 = byte_at(s, i + 1);
    if (b0 == 0xF0 && b1 < 0x90) return 0;   // overlong
    if (b0 == 0xF4 && b1 >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

char32_t utf8_decode(std::string_view s, std::size_t i, std::size_t len) {
  const unsigned char b0 = byte_at(s, i);
  if (len == 1) return b0;
  char32_t cp = len == 2 ? (b0 & 0x1Fu) : len == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
  for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (byte_at(s, i + k) & 0x3Fu);
  return cp;
}

void utf8_append(std::string& out, char32_t cp) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

traced_text repair_utf8(const traced_text& in, utf8_repair& report) {
  traced_text out;
  out.reserve(in.size());
  const std::string_view s = in.bytes;
  const char* d = s.data();
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // Valid runs are copied in bulk.
    const std::size_t run = i;
    while (i < n) {
      if (static_cast<unsigned char>(d[i]) < 0x80) {
        ++i;
        continue;
      }
      const std::size_t len = utf8_sequence_length(s, i);
      if (len == 0) break;
      i += len;
    }
    out.append_range(in, run, i);
    if (i >= n) break;
    if (report.invalid_sequences == 0) report.first_invalid = in.origin[i];
    ++report.invalid_sequences;
    out.append_at(replacement_character, in.origin[i]);
    ++i;
  }
  return out;
}

namespace {

// Where normalized bytes go: a traced_text (every byte's origin), or straight into an
// article's text and source-map runs (no per-byte origin vector: the last stage of ingest).
struct traced_sink {
  traced_text& out;
  const std::vector<std::uint32_t>* origin;  // the input's origins
  [[nodiscard]] bool empty() const { return out.empty(); }
  void push(char c, std::uint32_t from) { out.push(c, from); }
  void append_range(std::string_view s, std::size_t b, std::size_t e) {
    out.bytes.append(s.data() + b, e - b);
    out.origin.insert(out.origin.end(), origin->begin() + static_cast<std::ptrdiff_t>(b),
                      origin->begin() + static_cast<std::ptrdiff_t>(e));
  }
};

template <class Origin>
struct map_sink {
  std::string& bytes;
  source_map& map;
  Origin origin;  // the input's origin of byte i
  std::uint32_t expected = 0;
  bool started = false;
  [[nodiscard]] bool empty() const { return bytes.empty(); }
  void note(std::uint32_t from, std::size_t at) {
    if (!started || from != expected) map.add_run(static_cast<std::uint32_t>(at), from);
    started = true;
    expected = from + 1;
  }
  void push(char c, std::uint32_t from) {
    note(from, bytes.size());
    bytes.push_back(c);
  }
  void append_range(std::string_view s, std::size_t b, std::size_t e) {
    const std::size_t at = bytes.size();
    if constexpr (Origin::identity) {
      note(static_cast<std::uint32_t>(b), at);
      expected = static_cast<std::uint32_t>(e);
    } else {
      for (std::size_t k = b; k < e; ++k) note(origin(k), at + (k - b));
    }
    bytes.append(s.data() + b, e - b);
  }
};

struct identity_origin {
  static constexpr bool identity = true;
  std::uint32_t operator()(std::size_t i) const { return static_cast<std::uint32_t>(i); }
};

struct vector_origin {
  static constexpr bool identity = false;
  const std::vector<std::uint32_t>* origin;
  std::uint32_t operator()(std::size_t i) const { return (*origin)[i]; }
};

template <class Origin, class Sink>
void normalize_into(std::string_view s, Origin origin_of, Sink& out) {
  // Pending separators are written only when the next kept character arrives, which trims
  // spaces at line ends and blank lines at the end of the text for free.
  bool space_pending = false;
  std::uint32_t space_origin = 0;
  int breaks_pending = 0;
  std::uint32_t break_origin[2] = {0, 0};
  const char* d = s.data();
  const std::size_t size = s.size();
  auto printable = [](char c) { return c > ' ' && c < 0x7F; };
  auto separators = [&] {
    if (!out.empty()) {
      if (breaks_pending > 0) {
        const int nb = breaks_pending >= 2 ? 2 : 1;
        for (int k = 0; k < nb; ++k) out.push('\n', break_origin[k]);
      } else if (space_pending) {
        out.push(' ', space_origin);
      }
    }
    breaks_pending = 0;
    space_pending = false;
  };
  std::size_t i = 0;
  while (i < size) {
    if (printable(d[i])) {
      // Fast path: a run of printable ASCII with single inner spaces needs no rewriting.
      std::size_t j = i + 1;
      while (j < size) {
        if (printable(d[j])) {
          ++j;
        } else if (d[j] == ' ' && j + 1 < size && printable(d[j + 1])) {
          j += 2;
        } else {
          break;
        }
      }
      separators();
      out.append_range(s, i, j);
      i = j;
      continue;
    }
    std::size_t len = utf8_sequence_length(s, i);
    if (len == 0) len = 1;  // cannot happen after repair_utf8; keep the byte
    const ws_class kind = classify_char(s, i, len);
    const std::uint32_t from = origin_of(i);
    switch (kind) {
      case ws_class::drop:
        break;
      case ws_class::space:
        if (!space_pending) space_origin = from;
        space_pending = true;
        break;
      case ws_class::line_break:
      case ws_class::paragraph_break: {
        const int n = kind == ws_class::line_break ? 1 : 2;
        for (int k = 0; k < n; ++k) {
          if (breaks_pending < 2) break_origin[breaks_pending] = from;
          ++breaks_pending;
        }
        space_pending = false;
        // CRLF is one line break.
        if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') len = 2;
        break;
      }
      case ws_class::keep:
        separators();
        out.append_range(s, i, i + len);
        break;
    }
    i += len;
  }
}

}  // namespace

traced_text normalize_whitespace(const traced_text& in) {
  traced_text out;
  out.reserve(in.size());
  traced_sink sink{out, &in.origin};
  normalize_into(in.bytes, vector_origin{&in.origin}, sink);
  return out;
}

void normalize_into_map(const traced_text& in, std::string& text, source_map& map) {
  text.clear();
  text.reserve(in.size());
  map_sink<vector_origin> sink{text, map, vector_origin{&in.origin}};
  normalize_into(in.bytes, vector_origin{&in.origin}, sink);
  text.shrink_to_fit();
}

void normalize_into_map(std::string_view in, std::string& text, source_map& map) {
  text.clear();
  text.reserve(in.size());
  map_sink<identity_origin> sink{text, map, identity_origin{}};
  normalize_into(in, identity_origin{}, sink);
  text.shrink_to_fit();
}

bool is_valid_utf8(std::string_view s) {
  const char* d = s.data();
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // ASCII eight bytes at a time: the common case.
    if (i + 8 <= n) {
      std::uint64_t word = 0;
      std::memcpy(&word, d + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(d[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t len = utf8_sequence_length(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

}  // namespace factcheck::text::detail
