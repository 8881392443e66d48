#include "checker/rules/duplicate_text.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "checker/check.hpp"

namespace factcheck::checker::rules {
namespace {

// Sentences shorter than this (in words) repeat by nature ("He said no.", "Read more."), so
// their repetition is not worth an editor's time.
constexpr std::size_t min_words = 6;
// A caption that repeats a sentence and adds a credit ("... Image from X", "Photo: Y") repeats
// the sentence; the credit may be at most this many words.
constexpr std::size_t max_credit_words = 8;

// Multi-byte punctuation that must not glue words together: curly quotes, dashes, ellipsis,
// NBSP, guillemets. Returns its length at `i`, or 0.
std::size_t punctuation_length(std::string_view text, std::size_t i) {
  const auto at = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0U; };
  if (at(i) == 0xE2 && at(i + 1) == 0x80) {
    const unsigned c = at(i + 2);
    if ((c >= 0x90 && c <= 0x9F) || c == 0xA6) return 3;
  }
  if (at(i) == 0xC2 && (at(i + 1) == 0xA0 || at(i + 1) == 0xAB || at(i + 1) == 0xBB)) return 2;
  return 0;
}

bool word_byte(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c >= 0x80) return punctuation_length(text, i) == 0;
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The comparison form of a passage: its words, lower-cased, one space apart. Punctuation,
// quotes and spacing differences ("U. S." vs "U.S.", curly vs straight quotes) vanish; an
// apostrophe or hyphen inside a word is dropped ("Russia's" = "Russia’s").
struct normalized {
  std::string key;
  std::vector<std::size_t> word_ends;  // key offsets just past each word
};

normalized normalize(std::string_view text) {
  normalized n;
  std::size_t i = 0;
  bool in_word = false;
  while (i < text.size()) {
    if (word_byte(text, i)) {
      if (!in_word && !n.key.empty()) n.key += ' ';
      const auto c = static_cast<unsigned char>(text[i]);
      n.key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : text[i];
      in_word = true;
      ++i;
      continue;
    }
    // Inner apostrophes and hyphens: skip them and stay in the word.
    std::size_t mark = 0;
    if (text[i] == '\'' || text[i] == '-') {
      mark = 1;
    } else if (text.substr(i, 3) == "\xE2\x80\x99") {
      mark = 3;
    }
    if (in_word && mark > 0 && i + mark < text.size() && word_byte(text, i + mark)) {
      i += mark;
      continue;
    }
    if (in_word) n.word_ends.push_back(n.key.size());
    in_word = false;
    const std::size_t skip = punctuation_length(text, i);
    i += skip > 0 ? skip : 1;
  }
  if (in_word) n.word_ends.push_back(n.key.size());
  return n;
}

// The word that starts a caption credit after a repeated sentence.
bool credit_word(std::string_view w) {
  static constexpr std::string_view words[] = {"image", "images", "photo", "photos", "photograph",
                                               "picture", "pictures", "credit", "courtesy", "file",
                                               "source", "via", "video", "caption", "illustration"};
  for (auto c : words) {
    if (w == c) return true;
  }
  return false;
}

struct first_seen {
  text::byte_span span;
  bool paragraph = false;
  int reported = 0;  // repetitions reported so far
};

// A text repeated hundreds of times (a scraped feed, a runaway template) gets its first few
// repetitions reported, not one finding per copy: the editor's fix is the same.
constexpr int max_reports_per_text = 3;

text::byte_span trim_span(std::string_view text, text::byte_span span) {
  while (span.begin < span.end && (text[span.begin] == ' ' || text[span.begin] == '\n')) ++span.begin;
  while (span.end > span.begin && (text[span.end - 1] == ' ' || text[span.end - 1] == '\n')) --span.end;
  return span;
}

bool checked_kind(text::block_kind kind) {
  return kind == text::block_kind::body || kind == text::block_kind::caption ||
         kind == text::block_kind::headline;
}

void report(const analyzed_article& article, text::byte_span span, first_seen& first,
            bool paragraph, finding_sink& sink) {
  if (++first.reported > max_reports_per_text) return;
  finding f;
  f.level = severity::warning;
  f.where = locate(article, span);
  const auto first_loc = locate(article, first.span);
  f.message = paragraph
                  ? fmt::format("This paragraph repeats the paragraph at line {}; remove one of them",
                                first_loc.begin.line)
                  : fmt::format("This sentence repeats the sentence at line {}; remove one of them",
                                first_loc.begin.line);
  f.context = f.where.text;
  f.related.push_back(first_loc);
  sink.report(std::move(f));
}

void check_article(const analyzed_article& article, finding_sink& sink) {
  const std::string_view text = article.text();
  std::unordered_map<std::string, first_seen> seen;
  for (const auto& block : article.blocks) {
    if (!checked_kind(block.kind)) continue;
    const auto block_span = trim_span(text, block.span);
    const auto sentences =
        block.sentences.empty() ? text::segment_sentences(text, block.span) : block.sentences;

    // A whole paragraph of several sentences repeated is one finding, not one per sentence.
    // Only sentences with words count: a paragraph of one sentence and a stray mark (a closing
    // quotation mark segmented as a sentence of its own) is that sentence, not a paragraph.
    const auto worded = static_cast<std::size_t>(std::count_if(sentences.begin(), sentences.end(), [&](const text::sentence& s) {
      return !normalize(s.span.of(text)).word_ends.empty();
    }));
    const auto whole = normalize(block_span.of(text));
    if (worded > 1 && whole.word_ends.size() >= min_words) {
      auto [it, inserted] = seen.try_emplace(whole.key, first_seen{block_span, true});
      if (!inserted) {
        report(article, block_span, it->second, it->second.paragraph, sink);
        continue;
      }
    }

    for (const auto& s : sentences) {
      const auto span = trim_span(text, s.span);
      const auto n = normalize(span.of(text));
      if (n.word_ends.size() < min_words) continue;
      if (auto it = seen.find(n.key); it != seen.end()) {
        report(article, span, it->second, false, sink);
        continue;
      }
      // A caption credit after a repeated sentence: look for the longest earlier sentence
      // that this one starts with.
      bool repeated = false;
      const std::size_t words = n.word_ends.size();
      for (std::size_t k = words - 1; k >= min_words && words - k <= max_credit_words; --k) {
        const std::size_t cut = n.word_ends[k - 1];
        const std::size_t next_end = n.word_ends[k];
        if (!credit_word(std::string_view(n.key).substr(cut + 1, next_end - cut - 1))) continue;
        const std::string prefix = n.key.substr(0, cut);
        if (auto it = seen.find(prefix); it != seen.end() && !it->second.paragraph) {
          report(article, span, it->second, false, sink);
          repeated = true;
          break;
        }
      }
      if (!repeated) seen.try_emplace(n.key, first_seen{span, false});
    }
  }
}

}  // namespace

void duplicate_text_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  for (const auto& article : corpus.articles) check_article(article, sink);
}

}  // namespace factcheck::checker::rules
