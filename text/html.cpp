// HTML -> plain text with every kept byte traced to the source. A single forward scan:
// tags are removed, elements that are never article copy (script, style, nav, aside, forms,
// and header/footer outside an <article> or <main>) are dropped with their content, block
// elements become paragraph breaks, <br> a line break, and character references are decoded.
// Source line breaks are spaces, as a browser renders them, except inside <pre>.
#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>

#include "text/traced_text.hpp"

namespace factcheck::text::detail {
namespace {

struct named_entity {
  std::string_view name;
  char32_t code_point;
};

// The references news pages actually use; sorted for binary search (case-sensitive, as HTML).
constexpr std::array<named_entity, 96> named_entities{{
    {"AElig", 0xC6},    {"Aacute", 0xC1},   {"Agrave", 0xC0},   {"Aring", 0xC5},
    {"Auml", 0xC4},     {"Ccedil", 0xC7},   {"Eacute", 0xC9},   {"Egrave", 0xC8},
    {"Iacute", 0xCD},   {"Ntilde", 0xD1},   {"Oacute", 0xD3},   {"Oslash", 0xD8},
    {"Ouml", 0xD6},     {"Prime", 0x2033},  {"Uacute", 0xDA},   {"Uuml", 0xDC},
    {"aacute", 0xE1},   {"acirc", 0xE2},    {"acute", 0xB4},    {"aelig", 0xE6},
    {"agrave", 0xE0},   {"amp", 0x26},      {"apos", 0x27},     {"aring", 0xE5},
    {"atilde", 0xE3},   {"auml", 0xE4},     {"bdquo", 0x201E},  {"brvbar", 0xA6},
    {"bull", 0x2022},   {"ccedil", 0xE7},   {"cent", 0xA2},     {"copy", 0xA9},
    {"curren", 0xA4},   {"dagger", 0x2020}, {"deg", 0xB0},      {"divide", 0xF7},
    {"eacute", 0xE9},   {"ecirc", 0xEA},    {"egrave", 0xE8},   {"emsp", 0x2003},
    {"ensp", 0x2002},   {"euml", 0xEB},     {"euro", 0x20AC},   {"frac12", 0xBD},
    {"frac14", 0xBC},   {"frac34", 0xBE},   {"gt", 0x3E},       {"hellip", 0x2026},
    {"iacute", 0xED},   {"icirc", 0xEE},    {"iexcl", 0xA1},    {"igrave", 0xEC},
    {"iquest", 0xBF},   {"iuml", 0xEF},     {"laquo", 0xAB},    {"ldquo", 0x201C},
    {"lsaquo", 0x2039}, {"lsquo", 0x2018},  {"lt", 0x3C},       {"mdash", 0x2014},
    {"middot", 0xB7},   {"minus", 0x2212},  {"nbsp", 0xA0},     {"ndash", 0x2013},
    {"not", 0xAC},      {"ntilde", 0xF1},   {"oacute", 0xF3},   {"ocirc", 0xF4},
    {"ograve", 0xF2},   {"oslash", 0xF8},   {"otilde", 0xF5},   {"ouml", 0xF6},
    {"para", 0xB6},     {"plusmn", 0xB1},   {"pound", 0xA3},    {"prime", 0x2032},
    {"quot", 0x22},     {"raquo", 0xBB},    {"rdquo", 0x201D},  {"reg", 0xAE},
    {"rsaquo", 0x203A}, {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"sect", 0xA7},
    {"shy", 0xAD},      {"szlig", 0xDF},    {"thinsp", 0x2009}, {"times", 0xD7},
    {"trade", 0x2122},  {"uacute", 0xFA},   {"ucirc", 0xFB},    {"ugrave", 0xF9},
    {"uuml", 0xFC},     {"yen", 0xA5},      {"zwj", 0x200D},    {"zwnj", 0x200C},
}};

constexpr bool entities_sorted() {
  for (std::size_t i = 1; i < named_entities.size(); ++i) {
    if (!(named_entities[i - 1].name < named_entities[i].name)) return false;
  }
  return true;
}
static_assert(entities_sorted(), "named_entities must stay sorted for binary search");

std::optional<char32_t> lookup_entity(std::string_view name) {
  const auto* it =
      std::lower_bound(named_entities.begin(), named_entities.end(), name,
                       [](const named_entity& e, std::string_view n) { return e.name < n; });
  if (it == named_entities.end() || it->name != name) return std::nullopt;
  return it->code_point;
}

// Elements whose content is never article text.
constexpr std::string_view dropped_elements[] = {"aside",  "button", "footer", "form",     "head",
                                                 "header", "iframe", "nav",    "noscript", "script",
                                                 "select", "style",  "svg",    "template"};
// Elements whose content is not HTML (the first "</name" ends them).
constexpr std::string_view raw_text_elements[] = {"script", "style", "textarea", "title"};
// Elements that start and end a paragraph.
constexpr std::string_view block_elements[] = {
    "address", "article", "blockquote", "body",       "caption", "dd",   "details", "dialog", "div",
    "dl",      "dt",      "fieldset",   "figcaption", "figure",  "h1",   "h2",      "h3",     "h4",
    "h5",      "h6",      "hr",         "html",       "li",      "main", "ol",      "p",      "pre",
    "section", "summary", "table",      "td",         "th",      "tr",   "ul"};

template <std::size_t N>
bool one_of(const std::string_view (&set)[N], std::string_view name) {
  return std::find(std::begin(set), std::end(set), name) != std::end(set);
}

struct tag {
  // Lower-case name, truncated to the buffer (no element we act on has a longer name); empty
  // when this '<' does not start a tag. A buffer, not a std::string: pages have many tags.
  char buffer[16] = {};
  std::size_t length = 0;
  [[nodiscard]] std::string_view name() const { return {buffer, length}; }
  bool closing = false;
  bool self_closing = false;
  std::size_t end = 0;  // offset after '>'
};

class html_stripper {
 public:
  explicit html_stripper(const traced_text& in) : in_(in), s_(in.bytes) {}

  traced_text run() {
    out_.reserve(in_.size());
    std::size_t p = 0;
    while (p < s_.size()) {
      const char c = s_[p];
      if (c == '<') {
        p = markup(p);
      } else if (c == '&') {
        p = reference(p);
      } else if (!in_pre_ && (c == '\n' || c == '\r' || c == '\t')) {
        out_.push(' ', in_.origin[p++]);
      } else {
        out_.push(c, in_.origin[p++]);
      }
    }
    return std::move(out_);
  }

 private:
  std::size_t markup(std::size_t p) {
    if (s_.compare(p, 4, "<!--") == 0) {
      const std::size_t close = s_.find("-->", p + 4);
      return close == std::string_view::npos ? s_.size() : close + 3;
    }
    if (p + 1 < s_.size() && (s_[p + 1] == '!' || s_[p + 1] == '?')) {
      const std::size_t close = s_.find('>', p);
      return close == std::string_view::npos ? s_.size() : close + 1;
    }
    const tag t = read_tag(p);
    if (t.name().empty()) {
      out_.push('<', in_.origin[p]);
      return p + 1;
    }
    if (t.name() == "meta") note_meta(p, t);
    if (t.name() == "article" || t.name() == "main") article_depth_ += t.closing ? -1 : 1;
    if (t.name() == "pre") in_pre_ = !t.closing;
    const bool dropped = one_of(dropped_elements, t.name()) &&
                         !((t.name() == "header" || t.name() == "footer") && article_depth_ > 0);
    if (!t.closing && !t.self_closing && one_of(raw_text_elements, t.name())) {
      const std::size_t after = skip_raw_text(t);
      if (!dropped && t.name() != "title") {
        for (std::size_t k = t.end; k < after; ++k) out_.push(s_[k], in_.origin[k]);
      }
      return end_of_closing_tag(after);
    }
    if (!t.closing && !t.self_closing && dropped) return skip_element(t);
    if (t.name() == "br") {
      out_.push('\n', in_.origin[p]);
    } else if (one_of(block_elements, t.name())) {
      out_.push('\n', in_.origin[p]);
      out_.push('\n', in_.origin[p]);
    }
    return t.end;
  }

  // Reads "<name attr='v' ...>" or "</name>" at p; attribute values may hold '>'.
  // When a scan runs off without finding its '>', everything up to where it stopped is
  // text: later '<' in that stretch are not rescanned, which keeps stray quotes linear.
  tag read_tag(std::size_t p) {
    tag t;
    if (p < no_tag_before_) return t;
    std::size_t q = p + 1;
    if (q < s_.size() && s_[q] == '/') {
      t.closing = true;
      ++q;
    }
    const std::size_t name_begin = q;
    while (q < s_.size() &&
           (std::isalnum(static_cast<unsigned char>(s_[q])) != 0 || s_[q] == '-')) {
      ++q;
    }
    if (q == name_begin || std::isalpha(static_cast<unsigned char>(s_[name_begin])) == 0) return t;
    const std::size_t name_length = q - name_begin;
    char quote = '\0';
    // A tag longer than this is a stray '<' before an unclosed quote; the bound keeps such
    // input linear.
    const std::size_t limit = std::min(s_.size(), p + 65536);
    for (; q < limit; ++q) {
      const char ch = s_[q];
      if (quote != '\0') {
        if (ch == quote) quote = '\0';
      } else if (ch == '"' || ch == '\'') {
        quote = ch;
      } else if (ch == '>') {
        t.self_closing = q > p && s_[q - 1] == '/';
        t.end = q + 1;
        // Names longer than the buffer keep a '~' so that they match nothing.
        t.length = std::min(name_length, sizeof t.buffer);
        for (std::size_t k = 0; k < t.length; ++k) {
          t.buffer[k] =
              static_cast<char>(std::tolower(static_cast<unsigned char>(s_[name_begin + k])));
        }
        if (name_length > sizeof t.buffer) t.buffer[sizeof t.buffer - 1] = '~';
        return t;
      } else if (ch == '<') {
        return t;  // "a < b" style text, not a tag
      }
    }
    no_tag_before_ = q;
    return t;
  }

  // Offset of the "</name" that ends a raw-text element opened by `t` (or the end).
  std::size_t skip_raw_text(const tag& t) const {
    std::size_t q = t.end;
    while (true) {
      q = s_.find("</", q);
      if (q == std::string_view::npos) return s_.size();
      std::size_t k = 0;
      const std::string_view name = t.name();
      while (k < name.size() && q + 2 + k < s_.size() &&
             std::tolower(static_cast<unsigned char>(s_[q + 2 + k])) == name[k]) {
        ++k;
      }
      if (k == name.size()) return q;
      q += 2;
    }
  }

  std::size_t end_of_closing_tag(std::size_t q) const {
    if (q >= s_.size()) return q;
    const std::size_t close = s_.find('>', q);
    return close == std::string_view::npos ? s_.size() : close + 1;
  }

  // Skips a dropped element with its content, counting nested elements of the same name.
  std::size_t skip_element(const tag& open) {
    int depth = 1;
    std::size_t q = open.end;
    while (q < s_.size()) {
      q = s_.find('<', q);
      if (q == std::string_view::npos) return s_.size();
      if (s_.compare(q, 4, "<!--") == 0) {
        const std::size_t close = s_.find("-->", q + 4);
        if (close == std::string_view::npos) return s_.size();
        q = close + 3;
        continue;
      }
      const tag t = read_tag(q);
      if (t.name().empty()) {
        ++q;
        continue;
      }
      if (t.name() == "meta") note_meta(q, t);
      if (!t.closing && !t.self_closing && one_of(raw_text_elements, t.name())) {
        q = end_of_closing_tag(skip_raw_text(t));
        continue;
      }
      if (t.name() == open.name() && !t.self_closing) depth += t.closing ? -1 : 1;
      q = t.end;
      if (depth == 0) break;
    }
    // A dropped element still separates what surrounds it.
    q = std::min(q, s_.size());
    out_.push('\n', in_.origin[open.end - 1]);
    out_.push('\n', in_.origin[open.end - 1]);
    return q;
  }

  // The value of attribute `name` (lower-case) in the tag s_[p, t.end), or empty.
  std::string_view attribute(std::size_t p, const tag& t, std::string_view name) const {
    const std::string_view inside = s_.substr(p, t.end - p);
    std::size_t i = 1 + t.length;
    while (i < inside.size()) {
      while (i < inside.size() && (inside[i] == ' ' || inside[i] == '\t' || inside[i] == '\n' ||
                                   inside[i] == '\r' || inside[i] == '/')) {
        ++i;
      }
      const std::size_t key_begin = i;
      while (i < inside.size() && inside[i] != '=' && inside[i] != ' ' && inside[i] != '>') ++i;
      const std::string_view key = inside.substr(key_begin, i - key_begin);
      if (i >= inside.size() || inside[i] != '=') {
        if (i == key_begin) ++i;
        continue;
      }
      ++i;
      std::string_view value;
      if (i < inside.size() && (inside[i] == '"' || inside[i] == '\'')) {
        const char quote = inside[i];
        const std::size_t close = inside.find(quote, i + 1);
        if (close == std::string_view::npos) return {};
        value = inside.substr(i + 1, close - i - 1);
        i = close + 1;
      } else {
        const std::size_t value_begin = i;
        while (i < inside.size() && inside[i] != ' ' && inside[i] != '>') ++i;
        value = inside.substr(value_begin, i - value_begin);
      }
      if (key.size() == name.size() &&
          std::equal(key.begin(), key.end(), name.begin(), [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) == b;
          })) {
        return value;
      }
    }
    return {};
  }

  // <meta property="article:published_time" content="2024-03-04T18:20:00Z"> and the other
  // names publishers use for the publication date.
  void note_meta(std::size_t p, const tag& t) {
    if (!published_.empty()) return;
    std::string key(attribute(p, t, "property"));
    if (key.empty()) key = attribute(p, t, "name");
    if (key.empty()) key = attribute(p, t, "itemprop");
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view known :
         {"article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
          "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date"}) {
      if (key == known) {
        published_ = std::string(attribute(p, t, "content"));
        return;
      }
    }
  }

 public:
  [[nodiscard]] const std::string& published() const { return published_; }

 private:
  std::size_t reference(std::size_t p) {
    // "&#123;", "&#x1F4A9;" or "&name;"; anything else is a literal '&'.
    std::size_t q = p + 1;
    const std::size_t limit = std::min(s_.size(), p + 34);
    char32_t cp = 0;
    bool ok = false;
    if (q < limit && s_[q] == '#') {
      ++q;
      const bool hex = q < limit && (s_[q] == 'x' || s_[q] == 'X');
      if (hex) ++q;
      const std::size_t digits = q;
      std::uint64_t value = 0;
      while (q < limit && (hex ? std::isxdigit(static_cast<unsigned char>(s_[q]))
                               : std::isdigit(static_cast<unsigned char>(s_[q]))) != 0) {
        if (value <= 0x10FFFF) {
          const char ch = static_cast<char>(std::tolower(static_cast<unsigned char>(s_[q])));
          value = value * (hex ? 16 : 10) +
                  static_cast<std::uint64_t>(ch >= 'a' ? ch - 'a' + 10 : ch - '0');
        }
        ++q;
      }
      if (q > digits && q < limit && s_[q] == ';') {
        ok = true;
        cp = value == 0 || value > 0x10FFFF ? 0xFFFD : static_cast<char32_t>(value);
      }
    } else {
      const std::size_t name_begin = q;
      while (q < limit && std::isalnum(static_cast<unsigned char>(s_[q])) != 0) ++q;
      if (q > name_begin && q < limit && s_[q] == ';') {
        if (auto found = lookup_entity(s_.substr(name_begin, q - name_begin))) {
          ok = true;
          cp = *found;
        }
      }
    }
    if (!ok) {
      out_.push('&', in_.origin[p]);
      return p + 1;
    }
    std::string encoded;
    utf8_append(encoded, cp);
    out_.append_at(encoded, in_.origin[p]);
    return q + 1;
  }

  const traced_text& in_;
  std::string_view s_;
  traced_text out_;
  std::string published_;
  std::size_t no_tag_before_ = 0;
  int article_depth_ = 0;
  bool in_pre_ = false;
};

}  // namespace

traced_text strip_html(const traced_text& in, std::string* published) {
  html_stripper stripper(in);
  traced_text out = stripper.run();
  if (published != nullptr) *published = stripper.published();
  return out;
}

}  // namespace factcheck::text::detail
