#include "checker/analysis/quotes.hpp"
#include "text/ascii.hpp"

#include <algorithm>

using factcheck::text::to_lower_ascii;

namespace factcheck::checker {
namespace {

bool word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Non-ASCII letters count as word bytes; the quote marks, dashes and ellipsis (U+2010..U+2027)
// do not.
std::size_t punctuation_at(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) return 3;
  if (c == 0xC2 && i + 1 < s.size()) return 2;
  return c < 0x80 && !word_byte(c) ? 1 : 0;
}

bool pronoun(std::string_view lower) {
  return lower == "he" || lower == "she" || lower == "they" || lower == "we" || lower == "i";
}

}  // namespace

std::vector<quote_word> quote_words(std::string_view text) {
  std::vector<quote_word> out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (punctuation_at(text, i) != 0) {
      i += punctuation_at(text, i);
      continue;
    }
    quote_word w;
    while (i < text.size()) {
      const std::size_t p = punctuation_at(text, i);
      if (p == 0) {
        w.text += text[i];
        ++i;
        continue;
      }
      // apostrophes and hyphens inside a word
      const bool inner = !w.text.empty() && i + p < text.size() && punctuation_at(text, i + p) == 0;
      if (inner && (text[i] == '\'' || text[i] == '-' || text.compare(i, 3, "\xE2\x80\x99") == 0)) {
        w.text += text.substr(i, p);
        i += p;
        continue;
      }
      break;
    }
    std::string key;
    for (std::size_t k = 0; k < w.text.size();) {
      if (w.text.compare(k, 3, "\xE2\x80\x99") == 0) {
        key += '\'';
        k += 3;
      } else if (w.text[k] == '-') {
        ++k;  // "e-mail" and "email" are one word spelled two ways (house style), not a misquote
      } else {
        key += w.text[k];
        ++k;
      }
    }
    w.key = to_lower_ascii(key);
    if (!w.text.empty()) out.push_back(std::move(w));
  }
  return out;
}

word_alignment align_words(const std::vector<quote_word>& a, const std::vector<quote_word>& b) {
  word_alignment result;
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  if (n == 0 || m == 0) return result;
  // Quotations are short; the table is (n+1)*(m+1) small integers.
  std::vector<std::uint16_t> table((n + 1) * (m + 1), 0);
  auto at = [&](std::size_t i, std::size_t j) -> std::uint16_t& { return table[i * (m + 1) + j]; };
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      at(i, j) = a[i].key == b[j].key ? static_cast<std::uint16_t>(at(i + 1, j + 1) + 1)
                                      : std::max(at(i + 1, j), at(i, j + 1));
    }
  }
  std::size_t i = 0;
  std::size_t j = 0;
  std::size_t run = 0;
  while (i < n && j < m) {
    if (a[i].key == b[j].key) {
      result.pairs.emplace_back(i, j);
      const bool consecutive = result.pairs.size() > 1 && result.pairs[result.pairs.size() - 2].first + 1 == i &&
                               result.pairs[result.pairs.size() - 2].second + 1 == j;
      run = consecutive ? run + 1 : 1;
      result.longest_run = std::max(result.longest_run, run);
      ++i;
      ++j;
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      ++i;
    } else {
      ++j;
    }
  }
  result.common = result.pairs.size();
  if (!result.pairs.empty()) {
    result.a_first = result.pairs.front().first;
    result.a_last = result.pairs.back().first + 1;
    result.b_first = result.pairs.front().second;
    result.b_last = result.pairs.back().second + 1;
  }
  return result;
}

std::vector<diff_word> word_diff(const std::vector<quote_word>& from, const std::vector<quote_word>& to,
                                 const word_alignment& alignment) {
  // `alignment` aligns (from, to) as (a, b).
  std::vector<diff_word> out;
  if (alignment.pairs.empty()) return out;
  std::size_t i = alignment.a_first;
  std::size_t j = alignment.b_first;
  auto add = [&](diff_word::op kind, const std::string& text) {
    if (!out.empty() && out.back().kind == kind && kind != diff_word::op::same) {
      out.back().text += ' ';
      out.back().text += text;
      return;
    }
    out.push_back({kind, text});
  };
  for (const auto& [pi, pj] : alignment.pairs) {
    while (i < pi) add(diff_word::op::removed, from[i++].text);
    while (j < pj) add(diff_word::op::added, to[j++].text);
    add(diff_word::op::same, to[pj].text);
    i = pi + 1;
    j = pj + 1;
  }
  return out;
}

std::vector<std::string> resolve_speakers(const analyzed_article& article) {
  std::vector<std::string> out(article.quotations.size());
  const std::string_view text = article.text();
  // Events in text order: names that speak, and quotations.
  std::string last;
  std::size_t n = 0;
  for (std::size_t q = 0; q < article.quotations.size(); ++q) {
    const auto& quote = article.quotations[q];
    while (n < article.names.size() && article.names[n].span.begin < quote.span.begin) {
      // A name that speaks, or a person named with a title: the candidates for "he said".
      if (article.names[n].speaks || !article.names[n].title.empty()) {
        last = std::string(article.names[n].span.of(text));
      }
      ++n;
    }
    const std::string written = quote.speaker;
    if (written.empty()) continue;
    if (pronoun(to_lower_ascii(written))) {
      out[q] = last;
      continue;
    }
    out[q] = written;
    last = written;
  }
  return out;
}

}  // namespace factcheck::checker
