// quotations: quotation marks paired into quotations, and each quotation's speaker (the
// extract_quotations half of grammar/entities.hpp). Marks are decided by the characters on either
// side, in one pass with a one-word window; linear in the input.

#include <algorithm>
#include <optional>

#include "grammar/entities.hpp"
#include "grammar/entity_words.hpp"

namespace factcheck::grammar {
namespace {

using namespace entity;

// --- quotation marks ------------------------------------------------------------------------

enum class mark_kind {
  none,
  apostrophe,
  dq_open,
  dq_close,
  dq_straight,
  sq_open,
  sq_close,
  sq_either
};

struct mark {
  u32 begin = 0;
  u32 end = 0;
  mark_kind kind = mark_kind::none;
};

bool opening_context(std::string_view s, std::size_t before) {
  if (before == 0) return true;
  const auto c = static_cast<unsigned char>(s[before - 1]);
  if (is_blank(static_cast<char>(c)) || c == '(' || c == '[' || c == '{' || c == '-' || c == '/')
    return true;
  // after a dash, an opening double quote or a bullet
  if (before >= 3 && static_cast<unsigned char>(s[before - 3]) == 0xE2 &&
      static_cast<unsigned char>(s[before - 2]) == 0x80) {
    const auto d = static_cast<unsigned char>(s[before - 1]);
    return d == 0x93 || d == 0x94 || d == 0x9C || d == 0xA2 || d == 0x98;
  }
  return false;
}

bool closing_context(std::string_view s, std::size_t after) {
  if (after >= s.size()) return true;
  const auto c = static_cast<unsigned char>(s[after]);
  if (is_blank(static_cast<char>(c))) return true;
  if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
      c == ']' || c == '-' || c == '"' || c == '\'') {
    return true;
  }
  return punct_len(s, after) != 0;
}

bool elision_after(std::string_view s, std::size_t after) {
  // '90s, 'em, 'til, 'cause, rock 'n' roll
  if (after + 1 < s.size() && is_ascii_digit(s[after]) && is_ascii_digit(s[after + 1])) {
    return true;
  }
  static constexpr std::string_view elisions[] = {"em", "til", "cause", "tis", "twas", "n"};
  std::size_t j = after;
  while (j < s.size() && is_ascii_alnum(s[j])) ++j;
  if (j == after) return false;
  const std::string w = to_lower_ascii(s.substr(after, j - after));
  return in_list(elisions, w) && (j >= s.size() || !word_at(s, j) || s[j] == '\'');
}

std::vector<mark> find_marks(std::string_view s) {
  std::vector<mark> marks;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    mark_kind kind = mark_kind::none;
    bool single = false;
    bool curly_close = false;
    if (c == '"') {
      len = 1;
      kind = mark_kind::dq_straight;
    } else if (c == '\'') {
      len = 1;
      single = true;
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      const auto d = static_cast<unsigned char>(s[i + 2]);
      len = 3;
      if (d == 0x9C || d == 0x9E)
        kind = mark_kind::dq_open;
      else if (d == 0x9D)
        kind = mark_kind::dq_close;
      else if (d == 0x98)
        kind = mark_kind::sq_open;
      else if (d == 0x99) {
        single = true;
        curly_close = true;
      } else
        len = 0;
    } else if (c == 0xC2 && i + 1 < s.size()) {
      const auto d = static_cast<unsigned char>(s[i + 1]);
      if (d == 0xAB) kind = mark_kind::dq_open, len = 2;
      if (d == 0xBB) kind = mark_kind::dq_close, len = 2;
    }
    if (len == 0) continue;
    const std::size_t after = i + len;
    if (single) {
      const bool letter_before = i > 0 && word_at(s, i - 1);
      const bool letter_after = word_at(s, after);
      if (letter_before && letter_after)
        kind = mark_kind::apostrophe;
      else if (opening_context(s, i) && elision_after(s, after))
        kind = mark_kind::apostrophe;
      else if (opening_context(s, i) && letter_after && !curly_close)
        kind = mark_kind::sq_open;
      else if (opening_context(s, i) && letter_after)
        kind = mark_kind::sq_open;  // ’ misused
      else
        kind = mark_kind::sq_either;  // closing, or a plural possessive (allies')
      if (kind == mark_kind::sq_open && s.compare(after, 2, "n'") == 0)
        kind = mark_kind::apostrophe;
    } else if (kind == mark_kind::sq_open && elision_after(s, after)) {
      kind = mark_kind::apostrophe;
    }
    marks.push_back({static_cast<u32>(i), static_cast<u32>(after), kind});
    i = after - 1;
  }
  return marks;
}

// End of the sentence that contains `from`, within [from, limit).
// Bounded so that a paragraph without sentence ends (a 10 MB line) stays linear overall.
constexpr u32 max_sentence = 600;

u32 sentence_end(std::string_view s, u32 from, u32 limit) {
  limit = std::min(limit, from + max_sentence);
  for (u32 j = from + 1; j < limit; ++j) {
    const char c = s[j];
    if ((c == '.' || c == '!' || c == '?') &&
        (j + 1 >= limit || is_blank(s[j + 1]) || punct_len(s, j + 1) != 0)) {
      return j + 1;
    }
    if (c == '\n') return j;
  }
  return limit;
}

struct scan_result {
  std::vector<quotation> quotes;
  std::vector<quote_mark_problem> problems;
};

struct paragraph {
  u32 begin;
  u32 end;
};

std::vector<paragraph> paragraphs_of(std::string_view s) {
  std::vector<paragraph> out;
  u32 start = 0;
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] == '\n' && s[i + 1] == '\n') {
      if (i > start) out.push_back({start, static_cast<u32>(i)});
      while (i + 1 < s.size() && s[i + 1] == '\n') ++i;
      start = static_cast<u32>(i + 1);
    }
  }
  if (start < s.size()) out.push_back({start, static_cast<u32>(s.size())});
  return out;
}

// GCC 12 at -O2 reports std::optional<mark> members as maybe-uninitialized here although every
// member has an initializer (GCC bug 80635, a known false positive with std::optional).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
void scan_paragraph(std::string_view s, paragraph p, bool next_opens, scan_result& result) {
  const std::string_view part = s.substr(0, p.end);
  std::vector<mark> marks;
  for (auto m : find_marks(s.substr(p.begin, p.end - p.begin))) {
    m.begin += p.begin;
    m.end += p.begin;
    marks.push_back(m);
  }
  std::optional<mark> open_double;
  std::optional<mark> open_single;
  auto problem = [&](const mark& m, quote_problem_kind kind) {
    result.problems.push_back({{m.begin, sentence_end(part, m.begin, p.end)}, kind});
  };
  auto close_double = [&](const mark& open, u32 close_begin, u32 close_end, bool balanced) {
    quotation q;
    q.span = {open.begin, close_end};
    q.inner = {open.end, close_begin};
    q.balanced = balanced;
    result.quotes.push_back(std::move(q));
  };
  for (const auto& m : marks) {
    switch (m.kind) {
      case mark_kind::dq_open:
        if (open_double) {
          problem(m, quote_problem_kind::wrong_direction);
          close_double(*open_double, m.begin, m.end, true);
          open_double.reset();
          open_single.reset();
        } else {
          open_double = m;
        }
        break;
      case mark_kind::dq_close:
        if (open_double) {
          close_double(*open_double, m.begin, m.end, true);
          open_double.reset();
          open_single.reset();
        } else if (opening_context(s, m.begin) && word_at(s, m.end)) {
          problem(m, quote_problem_kind::wrong_direction);
          open_double = m;
        } else {
          problem(m, quote_problem_kind::unopened);
        }
        break;
      case mark_kind::dq_straight:
        if (open_double) {
          close_double(*open_double, m.begin, m.end, true);
          open_double.reset();
          open_single.reset();
        } else if (!opening_context(s, m.begin) && closing_context(s, m.end)) {
          problem(m, quote_problem_kind::unopened);
        } else {
          open_double = m;
        }
        break;
      case mark_kind::sq_open:
        if (!open_single) open_single = m;
        break;
      case mark_kind::sq_close:
      case mark_kind::sq_either:
        if (open_single) {
          if (!open_double) {
            quotation q;
            q.span = {open_single->begin, m.end};
            q.inner = {open_single->end, m.begin};
            q.single = true;
            result.quotes.push_back(std::move(q));
          }
          open_single.reset();
        }
        break;
      case mark_kind::none:
      case mark_kind::apostrophe:
        break;
    }
  }
  if (open_double) {
    if (!next_opens) problem(*open_double, quote_problem_kind::unclosed);
    close_double(*open_double, p.end, p.end, next_opens);
  }
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

scan_result scan(std::string_view s) {
  scan_result result;
  const auto paras = paragraphs_of(s);
  for (std::size_t k = 0; k < paras.size(); ++k) {
    const bool next_opens =
        k + 1 < paras.size() &&
        opens_with_quote(s.substr(paras[k + 1].begin, paras[k + 1].end - paras[k + 1].begin));
    scan_paragraph(s, paras[k], next_opens, result);
  }
  std::sort(result.quotes.begin(), result.quotes.end(),
            [](const quotation& a, const quotation& b) { return a.span.begin < b.span.begin; });
  return result;
}

// --- attribution ----------------------------------------------------------------------------

struct attribution_context {
  std::string_view text;
  const std::vector<word>& words;
  const std::vector<name_mention>& names;
};

// The last name mention inside [from, to), or nullptr. Names are sorted by position.
const name_mention* last_name_in(const std::vector<name_mention>& names, u32 from, u32 to) {
  auto it = std::lower_bound(names.begin(), names.end(), to,
                             [](const name_mention& n, u32 at) { return n.span.begin < at; });
  while (it != names.begin()) {
    --it;
    if (it->span.begin < from) return nullptr;
    if (it->span.end <= to) return &*it;
  }
  return nullptr;
}

const name_mention* first_name_in(const std::vector<name_mention>& names, u32 from, u32 to) {
  auto it = std::lower_bound(names.begin(), names.end(), from,
                             [](const name_mention& n, u32 at) { return n.span.begin < at; });
  for (; it != names.end() && it->span.begin < to; ++it) {
    if (it->span.end <= to) return &*it;
  }
  return nullptr;
}

// Index of the first word that begins at or after `at`.
std::size_t word_from(const std::vector<word>& words, u32 at) {
  return static_cast<std::size_t>(
      std::lower_bound(words.begin(), words.end(), at,
                       [](const word& w, u32 x) { return w.begin < x; }) -
      words.begin());
}

bool set_speaker(quotation& q, std::string_view text, text::byte_span span) {
  q.speaker = std::string(span.of(text));
  q.speaker_span = span;
  return true;
}

// "…,” Kuleba said", "…,” said Kuleba", "…,” he told reporters".
bool attribute_after(const attribution_context& c, quotation& q, u32 limit) {
  std::size_t k = word_from(c.words, q.span.end);
  const std::size_t first = k;
  for (; k < c.words.size() && k < first + 8 && c.words[k].begin < limit; ++k) {
    if (!is_speech_verb(c.words[k].lower)) continue;
    const u32 verb = c.words[k].begin;
    if (const auto* n = last_name_in(c.names, q.span.end, verb)) {
      // "the NATO leader said": a description, not a name.
      std::size_t at = first;
      while (at < k && c.words[at].begin < n->span.begin) ++at;
      const bool described =
          at > first && (c.words[at - 1].lower == "the" || c.words[at - 1].lower == "a");
      if (!described) return set_speaker(q, c.text, n->span);
      return false;
    }
    for (std::size_t j = first; j < k; ++j) {
      if (in_list(pronouns, c.words[j].lower))
        return set_speaker(q, c.text, {c.words[j].begin, c.words[j].end});
    }
    if (k + 1 < c.words.size()) {
      if (const auto* n = first_name_in(c.names, c.words[k].full_end, limit);
          n != nullptr && n->span.begin <= c.words[k + 1].begin + 1) {
        return set_speaker(q, c.text, n->span);
      }
    }
    return false;
  }
  return false;
}

// "Kuleba wrote, “…”", "according to Peskov, “…”", "Biden told reporters that “…”": the
// speaker is the subject right before a speech verb (up to three words before it), or the
// name after "according to".
bool attribute_before(const attribution_context& c, quotation& q, u32 clause_begin) {
  const std::size_t first = word_from(c.words, clause_begin);
  std::optional<text::byte_span> found;
  for (std::size_t k = first; k < c.words.size() && c.words[k].end <= q.span.begin; ++k) {
    const word& v = c.words[k];
    if (!is_speech_verb(v.lower)) continue;
    if (v.lower == "according") {
      if (k + 1 < c.words.size() && c.words[k + 1].lower == "to") {
        if (const auto* n = first_name_in(c.names, v.full_end, q.span.begin);
            n != nullptr && k + 2 < c.words.size() && n->span.begin <= c.words[k + 2].begin) {
          found = n->span;
        }
      }
      continue;
    }
    // "X, visiting a shelter in Osk, repeated": after an appositive the subject is the first
    // name of the clause, not the nearest one.
    std::size_t before = v.begin;
    while (before > clause_begin && is_blank(c.text[before - 1])) --before;
    if (before > clause_begin && c.text[before - 1] == ',') {
      if (const auto* n = first_name_in(c.names, clause_begin, v.begin)) {
        found = n->span;
        continue;
      }
    }
    const u32 window = k >= first + 3 ? c.words[k - 3].begin : clause_begin;
    if (const auto* n = last_name_in(c.names, std::max(window, clause_begin), v.begin)) {
      found = n->span;
      continue;
    }
    for (std::size_t j = k; j-- > first && j + 3 >= k;) {
      if (in_list(pronouns, c.words[j].lower)) {
        found = text::byte_span{c.words[j].begin, c.words[j].end};
        break;
      }
    }
  }
  if (!found) {
    // "Governor X, visiting a shelter, repeated her pledge: "…"": a colon introduces the
    // quotation of the sentence's subject, its first name (a titled one when there is one).
    std::size_t end = q.span.begin;
    while (end > clause_begin && is_blank(c.text[end - 1])) --end;
    if (end > clause_begin && c.text[end - 1] == ':') {
      const name_mention* subject = nullptr;
      for (auto it = c.names.begin(); it != c.names.end(); ++it) {
        if (it->span.begin < clause_begin || it->span.end > end) continue;
        if (subject == nullptr) subject = &*it;
        if (!it->title.empty()) {
          subject = &*it;
          break;
        }
      }
      if (subject != nullptr) found = subject->span;
    }
  }
  if (!found) return false;
  return set_speaker(q, c.text, *found);
}

// Start of the sentence containing `at`, not before `floor`.
u32 sentence_begin(std::string_view s, u32 at, u32 floor) {
  floor = std::max(floor, at > max_sentence ? at - max_sentence : 0);
  for (u32 j = at; j > floor; --j) {
    const char c = s[j - 1];
    if (c == '\n') return j;
    if ((c == '.' || c == '!' || c == '?') && j < s.size() && is_blank(s[j])) return j;
  }
  return floor;
}

void attribute(std::string_view s, std::vector<quotation>& quotes) {
  const auto words = split_words(s);
  const auto names = extract_names(s);
  const attribution_context c{s, words, names};
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    auto& q = quotes[i];
    const u32 next_quote =
        i + 1 < quotes.size() ? quotes[i + 1].span.begin : static_cast<u32>(s.size());
    const u32 after_limit =
        std::min(sentence_end(s, q.span.end > 0 ? q.span.end - 1 : 0, static_cast<u32>(s.size())),
                 next_quote);
    if (attribute_after(c, q, after_limit)) continue;
    const u32 prev_end = i > 0 ? quotes[i - 1].span.end : 0;
    const u32 clause = sentence_begin(s, q.span.begin, prev_end);
    if (attribute_before(c, q, clause)) continue;
    // Same sentence as the previous quotation, or right after it: the same speaker.
    if (i > 0 && !quotes[i - 1].speaker.empty() &&
        sentence_begin(s, q.span.begin, quotes[i - 1].span.begin) <= quotes[i - 1].span.begin) {
      q.speaker = quotes[i - 1].speaker;
      q.speaker_span = quotes[i - 1].speaker_span;
      continue;
    }
    if (i > 0 && !quotes[i - 1].speaker.empty()) {
      bool adjacent = true;
      for (u32 j = prev_end; j < q.span.begin; ++j) adjacent = adjacent && is_blank(s[j]);
      if (adjacent) {
        q.speaker = quotes[i - 1].speaker;
        q.speaker_span = quotes[i - 1].speaker_span;
      }
    }
  }
}

}  // namespace

std::vector<quotation> extract_quotations(std::string_view text) {
  auto result = scan(text);
  std::size_t next = 0;  // quotes are sorted; each paragraph takes the next ones
  for (const auto& p : paragraphs_of(text)) {
    std::vector<quotation> in_para;
    std::vector<std::size_t> index;
    for (std::size_t i = next; i < result.quotes.size() && result.quotes[i].span.begin < p.end;
         ++i) {
      next = i + 1;
      if (result.quotes[i].span.begin >= p.begin) {
        auto q = result.quotes[i];
        q.span.begin -= p.begin;
        q.span.end -= p.begin;
        q.inner.begin -= p.begin;
        q.inner.end -= p.begin;
        in_para.push_back(q);
        index.push_back(i);
      }
    }
    if (in_para.empty()) continue;
    attribute(text.substr(p.begin, p.end - p.begin), in_para);
    for (std::size_t k = 0; k < in_para.size(); ++k) {
      auto& q = result.quotes[index[k]];
      q.speaker = in_para[k].speaker;
      if (!q.speaker.empty())
        q.speaker_span = {in_para[k].speaker_span.begin + p.begin,
                          in_para[k].speaker_span.end + p.begin};
    }
  }
  return result.quotes;
}

std::vector<quote_mark_problem> find_quote_problems(std::string_view text) {
  return scan(text).problems;
}

}  // namespace factcheck::grammar
