#include "checker/rules/quote_balance.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

namespace factcheck::checker::rules {
namespace {

using u32 = std::uint32_t;

// Costs of a reading: an issue costs far more than reading a straight mark against its
// surroundings, which costs more than the small preferences that break ties.
constexpr int issue_cost = 100;
constexpr int against_context = 25;
constexpr int inch_as_quote = 5;
constexpr int single_as_double = 30;
constexpr int tie = 1;

// single_opening: a single mark that may open a quotation in copy that quotes with single marks
// (British style) and closes with a double one, or whose closing marks were normalized.
enum class mark_role { opening, closing, straight, inch, single_opening, single_closing };
// What surrounds a mark: a space (or an opening bracket, a dash) before and a word after reads
// as opening; a word or punctuation before and a space or punctuation after reads as closing.
enum class surroundings { opening, closing, neutral };

struct dmark {
  u32 begin = 0;
  u32 end = 0;
  mark_role role = mark_role::straight;
  surroundings around = surroundings::neutral;
  std::size_t paragraph = 0;
  bool paragraph_start = false;  // the first thing in its paragraph (after spaces and bullets)
  bool curly = false;            // a typographic mark, whose direction is written
};

bool space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

bool space_like_before(std::string_view s, u32 at, u32 floor) {
  if (at <= floor) return true;
  const auto c = static_cast<unsigned char>(s[at - 1]);
  if (space(static_cast<char>(c)) || c == '(' || c == '[' || c == '{' || c == '-' || c == '/') return true;
  // after a dash, an opening quote or a bullet
  if (at >= floor + 3 && static_cast<unsigned char>(s[at - 3]) == 0xE2 && static_cast<unsigned char>(s[at - 2]) == 0x80) {
    return c == 0x93 || c == 0x94 || c == 0x9C || c == 0xA2 || c == 0x98;
  }
  return false;
}

bool space_like_after(std::string_view s, u32 at, u32 limit) {
  if (at >= limit) return true;
  const auto c = static_cast<unsigned char>(s[at]);
  if (space(static_cast<char>(c))) return true;
  if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '-' ||
      c == '"' || c == '\'') {
    return true;
  }
  // multi-byte punctuation: dashes, quotes, ellipsis (U+2010..U+2027), guillemets
  if (c == 0xE2 && at + 2 < limit && static_cast<unsigned char>(s[at + 1]) == 0x80) return true;
  return c == 0xC2 && at + 1 < limit && static_cast<unsigned char>(s[at + 1]) == 0xBB;
}

bool digit(char c) { return c >= '0' && c <= '9'; }

// Position of the first character of a paragraph after spaces and list bullets.
u32 content_start(std::string_view s, text::byte_span p) {
  u32 i = p.begin;
  while (i < p.end) {
    if (space(s[i]) || s[i] == '*' || s[i] == '-') {
      ++i;
    } else if (s.compare(i, 3, "\xE2\x80\xA2") == 0) {
      i += 3;
    } else {
      break;
    }
  }
  return i;
}

bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A single mark after a space (or a colon and a space) and before a letter, that is not an
// elision ('em, 'til, 'cause, 'n', 'tis).
bool single_opener(std::string_view s, u32 i, u32 len, text::byte_span p) {
  if (!space_like_before(s, i, p.begin) || i + len >= p.end || !letter(s[i + len])) return false;
  u32 j = i + len;
  std::string w;
  for (; j < p.end && letter(s[j]); ++j) w += static_cast<char>(s[j] | 0x20);
  for (std::string_view e : {"em", "til", "cause", "tis", "twas", "n"}) {
    if (w == e) return false;
  }
  return true;
}

void find_marks(std::string_view s, text::byte_span p, std::size_t paragraph, std::vector<dmark>& out) {
  const u32 first = content_start(s, p);
  for (u32 i = p.begin; i < p.end; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    dmark m;
    m.begin = i;
    m.paragraph = paragraph;
    if (c == '"') {
      m.end = i + 1;
      m.role = i > p.begin && digit(s[i - 1]) ? mark_role::inch : mark_role::straight;
    } else if (c == '\'' && i + 1 < p.end && s[i + 1] == '\'') {
      // '' : the ASCII closing double mark (typewriter and Penn Treebank style)
      m.end = i + 2;
      m.role = space_like_before(s, i, p.begin) ? mark_role::opening : mark_role::closing;
    } else if ((c == '\'' || (c == 0xE2 && s.compare(i, 3, "\xE2\x80\x98") == 0)) && single_opener(s, i, c == '\'' ? 1 : 3, p)) {
      m.end = i + (c == '\'' ? 1 : 3);
      m.role = mark_role::single_opening;
    } else if ((c == '\'' || (c == 0xE2 && s.compare(i, 3, "\xE2\x80\x99") == 0)) && i > p.begin &&
               !space(s[i - 1]) && space_like_after(s, i + (c == '\'' ? 1 : 3), p.end)) {
      // a single closing mark (or a plural possessive: it only ever closes a single quotation)
      m.end = i + (c == '\'' ? 1 : 3);
      m.role = mark_role::single_closing;
    } else if (c == '`' && i + 1 < p.end && s[i + 1] == '`') {
      m.end = i + 2;
      m.role = mark_role::opening;
    } else if (c == 0xE2 && i + 2 < p.end && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      const auto d = static_cast<unsigned char>(s[i + 2]);
      if (d != 0x9C && d != 0x9E && d != 0x9D) continue;
      m.end = i + 3;
      m.role = d == 0x9D ? mark_role::closing : mark_role::opening;
      m.curly = true;
    } else if (c == 0xC2 && i + 1 < p.end && (static_cast<unsigned char>(s[i + 1]) == 0xAB || static_cast<unsigned char>(s[i + 1]) == 0xBB)) {
      m.end = i + 2;
      m.role = static_cast<unsigned char>(s[i + 1]) == 0xAB ? mark_role::opening : mark_role::closing;
      m.curly = true;
    } else {
      continue;
    }
    const bool before = space_like_before(s, m.begin, p.begin);
    const bool after = space_like_after(s, m.end, p.end);
    m.around = before && !after ? surroundings::opening : !before && after ? surroundings::closing : surroundings::neutral;
    m.paragraph_start = m.begin == first;
    out.push_back(m);
    i = m.end - 1;
  }
}

// A reading so far. Issues are kept in a shared arena as a linked list (`last` indexes it), so
// that copying a reading is cheap however many issues an article has.
struct reading {
  bool open = false;
  int cost = 0;
  std::size_t open_mark = 0;      // index of the mark that opened the current quotation
  int silent = 0;                 // paragraph breaks the open quotation ran over without a mark
  bool continuation = false;      // the paragraph's first mark may reopen (the convention)
  int single_depth = 0;           // > 0: the open quotation was opened by a single mark
  int last = -1;                  // last issue in the arena
};

struct issue_node {
  quote_issue issue;
  int parent = -1;
};

class balancer {
 public:
  balancer(std::string_view text, const std::vector<quote_paragraph>& paragraphs) : paragraphs_(paragraphs) {
    for (std::size_t p = 0; p < paragraphs.size(); ++p) find_marks(text, paragraphs[p].span, p, marks_);
  }

  std::vector<quote_issue> run() {
    states_ = {reading{}};
    std::size_t m = 0;
    for (std::size_t p = 0; p < paragraphs_.size(); ++p) {
      if (p > 0) paragraph_break(p, m < marks_.size() && marks_[m].paragraph == p ? &marks_[m] : nullptr);
      for (; m < marks_.size() && marks_[m].paragraph == p; ++m) step(m);
    }
    std::vector<reading> ends;
    for (auto r : states_) {
      if (r.open) add_issue(r, quote_issue_kind::unclosed, r.open_mark);
      ends.push_back(r);
    }
    const reading* best = nullptr;
    for (const auto& r : ends) {
      if (best == nullptr || r.cost < best->cost) best = &r;
    }
    std::vector<quote_issue> out;
    for (int i = best != nullptr ? best->last : -1; i >= 0; i = arena_[static_cast<std::size_t>(i)].parent) {
      out.push_back(arena_[static_cast<std::size_t>(i)].issue);
    }
    std::vector<quote_issue> ordered(out.rbegin(), out.rend());
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const quote_issue& a, const quote_issue& b) { return a.mark_begin < b.mark_begin; });
    return ordered;
  }

 private:
  void add_issue(reading& r, quote_issue_kind kind, std::size_t mark) {
    arena_.push_back({{marks_[mark].begin, marks_[mark].end, kind}, r.last});
    r.last = static_cast<int>(arena_.size() - 1);
    r.cost += issue_cost;
  }

  static reading opened(reading r, std::size_t mark, int cost, int single_depth = 0) {
    r.open = true;
    r.single_depth = single_depth;
    r.open_mark = mark;
    r.silent = 0;
    r.cost += cost;
    return r;
  }

  static reading closed(reading r, int cost) {
    r.open = false;
    r.single_depth = 0;
    r.silent = 0;
    r.cost += cost;
    return r;
  }

  // Keep the cheapest reading for each state (open or not). After a mark, no reading may
  // reopen by the convention any more (only a paragraph's first mark can).
  void keep(std::vector<reading>& next, bool after_mark) {
    std::array<std::optional<reading>, 2> best;
    for (auto& r : next) {
      if (after_mark) r.continuation = false;
      auto& slot = best[r.open ? 1 : 0];
      if (!slot || r.cost < slot->cost) slot = r;
    }
    states_.clear();
    for (auto& b : best) {
      if (b) states_.push_back(*b);
    }
  }

  void paragraph_break(std::size_t p, const dmark* first) {
    std::vector<reading> next;
    const bool joined = paragraphs_[p].joins_previous;
    for (const auto& r : states_) {
      if (!r.open) {
        next.push_back(r);
        continue;
      }
      reading ended = r;
      add_issue(ended, quote_issue_kind::unclosed, r.open_mark);
      ended.open = false;
      next.push_back(ended);
      if (!joined) continue;
      reading carried = r;
      if (first != nullptr && first->paragraph_start && r.silent == 0) {
        carried.continuation = true;  // the paragraph reopens: the convention
      } else if (r.silent < max_silent_breaks) {
        ++carried.silent;
      } else {
        continue;
      }
      next.push_back(carried);
    }
    keep(next, false);
  }

  void step(std::size_t i) {
    const dmark& m = marks_[i];
    std::vector<reading> next;
    for (const auto& r : states_) {
      if (!r.open) {
        switch (m.role) {
          case mark_role::opening: next.push_back(opened(r, i, 0)); break;
          case mark_role::closing: {
            reading unopened = r;
            add_issue(unopened, quote_issue_kind::unopened, i);
            if (m.around == surroundings::opening) unopened.cost += tie;
            next.push_back(unopened);
            if (m.curly && m.around == surroundings::opening) {
              reading turned = r;
              add_issue(turned, quote_issue_kind::wrong_direction, i);
              next.push_back(opened(turned, i, 0));
            }
            break;
          }
          case mark_role::straight: {
            next.push_back(opened(r, i, m.around == surroundings::closing ? against_context : 0));
            reading unopened = r;
            add_issue(unopened, quote_issue_kind::unopened, i);
            if (m.around != surroundings::closing) unopened.cost += tie;
            next.push_back(unopened);
            break;
          }
          case mark_role::inch:
          case mark_role::single_closing: next.push_back(r); break;
          case mark_role::single_opening:
            next.push_back(r);
            next.push_back(opened(r, i, single_as_double + tie, 1));  // ties go to an outer quotation
            break;
        }
        continue;
      }
      if (r.continuation && m.paragraph_start && (m.role == mark_role::opening || m.role == mark_role::straight)) {
        next.push_back(opened(r, i, 0));  // reopened by the convention
        continue;
      }
      const bool same_paragraph = marks_[r.open_mark].paragraph == m.paragraph;
      switch (m.role) {
        case mark_role::opening: {
          reading turned = r;
          add_issue(turned, quote_issue_kind::wrong_direction, i);
          next.push_back(closed(turned, same_paragraph ? 0 : tie));
          reading restarted = r;
          add_issue(restarted, quote_issue_kind::unclosed, r.open_mark);
          next.push_back(opened(restarted, i, same_paragraph ? tie : 0));
          break;
        }
        case mark_role::closing: next.push_back(closed(r, 0)); break;
        case mark_role::straight: {
          next.push_back(closed(r, m.around == surroundings::opening ? against_context : 0));
          reading restarted = r;
          add_issue(restarted, quote_issue_kind::unclosed, r.open_mark);
          next.push_back(opened(restarted, i, m.around == surroundings::closing ? against_context : 0));
          break;
        }
        case mark_role::inch:
          next.push_back(r);
          next.push_back(closed(r, inch_as_quote));
          break;
        case mark_role::single_opening: {  // nested, or an apostrophe
          reading nested = r;
          if (nested.single_depth > 0) ++nested.single_depth;
          next.push_back(nested);
          break;
        }
        case mark_role::single_closing: {
          reading nested = r;
          if (nested.single_depth > 0 && --nested.single_depth == 0) {
            next.push_back(closed(nested, 0));  // a quotation in single marks, closed by one
          } else {
            next.push_back(nested);
          }
          break;
        }

      }
    }
    keep(next, true);
  }

  const std::vector<quote_paragraph>& paragraphs_;
  std::vector<dmark> marks_;
  std::vector<reading> states_;
  std::vector<issue_node> arena_;
};

}  // namespace

std::vector<quote_issue> balance_quotes(std::string_view text, const std::vector<quote_paragraph>& paragraphs) {
  return balancer(text, paragraphs).run();
}

}  // namespace factcheck::checker::rules
