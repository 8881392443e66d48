// Markdown -> plain text with every kept byte traced to the source. Line-oriented: block
// markers (headings, quotes, list bullets, rules, fences, reference definitions) are read at
// line starts, inline markup (emphasis, links, images, code spans, HTML tags and comments)
// inside lines. Fenced code is dropped: it is not prose an editor checks.
#include <algorithm>

#include "text/char_class.hpp"
#include <cctype>
#include <string>

#include "text/traced_text.hpp"

namespace factcheck::text::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_ascii_punct(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }

// Next occurrence of a fixed string at or after a position, remembered: queries with
// non-decreasing starts (or starts before the remembered hit) cost nothing, so all the
// searches of one scan together stay linear however many openers are never closed.
class next_finder {
 public:
  next_finder(std::string_view text, std::string_view what) : text_(text), what_(what) {}
  std::size_t at_or_after(std::size_t from) {
    if (!(from >= from_ && from <= hit_)) {
      from_ = from;
      hit_ = text_.find(what_, from);
    }
    return hit_;
  }

 private:
  std::string_view text_;
  std::string_view what_;
  std::size_t from_ = 1;
  std::size_t hit_ = 0;  // from_ > hit_: nothing remembered yet
};

class markdown_stripper {
 public:
  explicit markdown_stripper(const traced_text& in)
      : in_(in),
        s_(in.bytes),
        close_bracket_(s_, "]"),
        open_bracket_(s_, "["),
        close_paren_(s_, ")"),
        close_angle_(s_, ">"),
        close_comment_(s_, "-->"),
        ticks_{next_finder(s_, "`"), next_finder(s_, "``"), next_finder(s_, "```")} {}

  traced_text run() {
    out_.reserve(in_.size());
    std::size_t start = front_matter_end();
    while (start < s_.size()) {
      std::size_t end = s_.find('\n', start);
      const bool has_break = end != std::string_view::npos;
      if (!has_break) end = s_.size();
      std::size_t content_end = end;
      if (content_end > start && s_[content_end - 1] == '\r') --content_end;
      // A line whose only content was markup (an image, a tag) vanishes with its break, so
      // that it does not split the paragraph around it.
      const bool vanished = line(start, content_end);
      if (has_break && !vanished) out_.push('\n', in_.origin[end]);
      start = end + 1;
    }
    return std::move(out_);
  }

  [[nodiscard]] const std::string& published() const { return published_; }

 private:
  // YAML front matter ("---" ... "---" at the very start) is metadata, not copy: it is
  // skipped, and its "date:" is kept as the publication date. Returns where the copy starts.
  std::size_t front_matter_end() {
    if (!s_.starts_with("---\n") && !s_.starts_with("---\r\n")) return 0;
    constexpr int max_lines = 200;
    std::string date;
    std::size_t start = s_.find('\n') + 1;
    for (int n = 0; n < max_lines && start < s_.size(); ++n) {
      std::size_t end = s_.find('\n', start);
      if (end == std::string_view::npos) end = s_.size();
      std::string_view l = s_.substr(start, end - start);
      if (l.ends_with('\r')) l.remove_suffix(1);
      if (l == "---" || l == "...") {
        published_ = date;
        return std::min(end + 1, s_.size());
      }
      if (l.starts_with("date:")) {
        l.remove_prefix(5);
        while (!l.empty() && (l.front() == ' ' || l.front() == '"' || l.front() == '\'')) {
          l.remove_prefix(1);
        }
        while (!l.empty() && (l.back() == ' ' || l.back() == '"' || l.back() == '\'')) {
          l.remove_suffix(1);
        }
        date = std::string(l);
      }
      start = end + 1;
    }
    return 0;  // no closing line: a rule, not front matter
  }

  // Returns true when the line had inline content and all of it was markup.
  bool line(std::size_t b, std::size_t e) {
    line_start_ = b;
    if (in_comment_) {
      const std::size_t close = close_comment_.at_or_after(b);
      if (close == std::string_view::npos || close + 3 > e) return false;
      in_comment_ = false;
      b = close + 3;
    }
    std::size_t p = b;
    while (p < e && is_space(s_[p])) ++p;
    if (fence_char_ != '\0') {
      std::size_t n = 0;
      while (p + n < e && s_[p + n] == fence_char_) ++n;
      if (n >= fence_len_ && blank(p + n, e)) fence_char_ = '\0';
      return false;
    }
    if (p + 3 <= e && (s_.compare(p, 3, "```") == 0 || s_.compare(p, 3, "~~~") == 0)) {
      fence_char_ = s_[p];
      fence_len_ = 0;
      while (p + fence_len_ < e && s_[p + fence_len_] == fence_char_) ++fence_len_;
      return false;
    }
    if (is_rule_or_underline(p, e) || is_reference_definition(p, e)) return false;
    while (p < e && s_[p] == '>') {
      ++p;
      while (p < e && is_space(s_[p])) ++p;
    }
    // Heading: 1-6 '#' then a space; a closing run of '#' is dropped too.
    std::size_t hashes = 0;
    while (p + hashes < e && s_[p + hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && (p + hashes == e || is_space(s_[p + hashes]))) {
      p += hashes;
      std::size_t q = e;
      while (q > p && is_space(s_[q - 1])) --q;
      std::size_t r = q;
      while (r > p && s_[r - 1] == '#') --r;
      if (r < q && (r == p || is_space(s_[r - 1]))) e = r;
    } else if (p + 1 < e && (s_[p] == '-' || s_[p] == '*' || s_[p] == '+') && is_space(s_[p + 1])) {
      p += 2;
    } else {
      std::size_t d = p;
      while (d < e && d - p < 9 && std::isdigit(static_cast<unsigned char>(s_[d])) != 0) ++d;
      if (d > p && d + 1 < e && (s_[d] == '.' || s_[d] == ')') && is_space(s_[d + 1])) p = d + 2;
    }
    const std::size_t before = out_.size();
    const bool had_content = p < e && !blank(p, e);
    inline_span(p, e);
    return had_content && out_.size() == before && !in_comment_;
  }

  void inline_span(std::size_t p, std::size_t e) {
    while (p < e) {
      const char c = s_[p];
      if (c == '\\' && p + 1 < e && is_ascii_punct(s_[p + 1])) {
        out_.push(s_[p + 1], in_.origin[p + 1]);
        p += 2;
      } else if (c == '!' && p + 1 < e && s_[p + 1] == '[') {
        const std::size_t after = link_end(p + 1, e, nullptr);
        if (after == 0) {
          emit(p++);
        } else {
          p = after;  // images are dropped with their alt text
        }
      } else if (c == '[') {
        std::size_t label_end = 0;
        const std::size_t after = link_end(p, e, &label_end);
        if (after == 0) {
          emit(p++);
        } else {
          inline_span(p + 1, label_end);
          p = after;
        }
      } else if (c == '<') {
        p = angle(p, e);
      } else if (c == '`') {
        p = code_span(p, e);
      } else if (c == '*' || c == '_' || c == '~') {
        p = emphasis(p, e);
      } else {
        emit(p++);
      }
    }
  }

  // [label](url "title") or [label][ref] or [label][] starting at s_[p] == '['. Returns the
  // offset after the whole link, or 0 when it is not one; `label_end` gets the ']' offset.
  // Labels do not nest (a '[' inside one means this '[' is text).
  std::size_t link_end(std::size_t p, std::size_t e, std::size_t* label_end) {
    const std::size_t q = close_bracket_.at_or_after(p + 1);
    if (q == std::string_view::npos || q + 1 >= e) return 0;
    const std::size_t nested = open_bracket_.at_or_after(p + 1);
    if (nested < q) return 0;
    const char open = s_[q + 1];
    if (open != '(' && open != '[') return 0;
    const std::size_t r = (open == '(' ? close_paren_ : close_bracket_).at_or_after(q + 2);
    if (r == std::string_view::npos || r >= e) return 0;
    if (label_end != nullptr) *label_end = q;
    return r + 1;
  }

  std::size_t angle(std::size_t p, std::size_t e) {
    if (s_.compare(p, 4, "<!--") == 0) {
      const std::size_t close = close_comment_.at_or_after(p + 4);
      if (close == std::string_view::npos || close + 3 > e) {
        in_comment_ = true;
        return e;
      }
      return close + 3;
    }
    const std::size_t close = close_angle_.at_or_after(p + 1);
    if (close == std::string_view::npos || close >= e) {
      emit(p);
      return p + 1;
    }
    const std::string_view inner = s_.substr(p + 1, close - p - 1);
    if (inner.starts_with("http://") || inner.starts_with("https://") ||
        inner.starts_with("mailto:")) {
      for (std::size_t k = p + 1; k < close; ++k) emit(k);  // autolink: keep the address
      return close + 1;
    }
    const bool tag = !inner.empty() && (std::isalpha(static_cast<unsigned char>(inner[0])) != 0 ||
                                        (inner[0] == '/' && inner.size() > 1));
    if (tag && inner.find(' ') != 0) return close + 1;
    emit(p);
    return p + 1;
  }

  std::size_t code_span(std::size_t p, std::size_t e) {
    std::size_t n = 0;
    while (p + n < e && s_[p + n] == '`') ++n;
    const std::size_t close = n <= 3 ? ticks_[n - 1].at_or_after(p + n) : std::string_view::npos;
    if (close == std::string_view::npos || close + n > e) {
      for (std::size_t k = 0; k < n; ++k) emit(p + k);
      return p + n;
    }
    std::size_t b = p + n;
    std::size_t c = close;
    if (c > b + 1 && s_[b] == ' ' && s_[c - 1] == ' ') {
      ++b;
      --c;
    }
    for (std::size_t k = b; k < c; ++k) emit(k);
    return close + n;
  }

  // A run of '*', '_' or '~' is markup when it touches a word on one side only, or both
  // sides for '*' (intra-word emphasis); '_' inside a word (snake_case) and a lone '~'
  // (approximately) are text, and so is a run with spaces on both sides ("5 * 3").
  std::size_t emphasis(std::size_t p, std::size_t e) {
    const char c = s_[p];
    std::size_t n = 0;
    while (p + n < e && s_[p + n] == c) ++n;
    const bool space_before = p <= line_start_ || is_space(s_[p - 1]);
    const bool space_after = p + n >= e || is_space(s_[p + n]);
    bool markup = !(space_before && space_after);
    if (c == '_' && p > 0 && p + n < e && is_ascii_alnum(s_[p - 1]) && is_ascii_alnum(s_[p + n])) {
      markup = false;
    }
    if (c == '~' && n < 2) markup = false;
    // "5*3" is arithmetic, not emphasis.
    if (c == '*' && p > 0 && p + n < e &&
        std::isdigit(static_cast<unsigned char>(s_[p - 1])) != 0 &&
        std::isdigit(static_cast<unsigned char>(s_[p + n])) != 0) {
      markup = false;
    }
    if (!markup) {
      for (std::size_t k = 0; k < n; ++k) emit(p + k);
    }
    return p + n;
  }

  bool blank(std::size_t p, std::size_t e) const {
    for (; p < e; ++p) {
      if (!is_space(s_[p])) return false;
    }
    return true;
  }

  // "---", "***", "___" (with optional spaces) or a setext underline of '=' or '-'.
  bool is_rule_or_underline(std::size_t p, std::size_t e) const {
    if (p >= e) return false;
    const char c = s_[p];
    if (c != '-' && c != '*' && c != '_' && c != '=') return false;
    std::size_t count = 0;
    for (std::size_t q = p; q < e; ++q) {
      if (s_[q] == c) {
        ++count;
      } else if (!is_space(s_[q])) {
        return false;
      }
    }
    return c == '=' ? count >= 1 : count >= 3;
  }

  // "[label]: http://..."
  bool is_reference_definition(std::size_t p, std::size_t e) const {
    if (p >= e || s_[p] != '[') return false;
    const std::string_view line = s_.substr(p, e - p);
    const std::size_t close = line.find("]:");
    return close != std::string_view::npos && line.find(' ') > close;
  }

  void emit(std::size_t p) { out_.push(s_[p], in_.origin[p]); }

  const traced_text& in_;
  std::string_view s_;
  traced_text out_;
  next_finder close_bracket_;
  next_finder open_bracket_;
  next_finder close_paren_;
  next_finder close_angle_;
  next_finder close_comment_;
  next_finder ticks_[3];
  std::string published_;
  std::size_t line_start_ = 0;
  bool in_comment_ = false;
  char fence_char_ = '\0';
  std::size_t fence_len_ = 0;
};

}  // namespace

traced_text strip_markdown(const traced_text& in, std::string* published) {
  markdown_stripper stripper(in);
  traced_text out = stripper.run();
  if (published != nullptr) *published = stripper.published();
  return out;
}

}  // namespace factcheck::text::detail
