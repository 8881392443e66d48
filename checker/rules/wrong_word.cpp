#include "checker/rules/wrong_word.hpp"

#include <string>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "checker/check.hpp"

namespace factcheck::checker::rules {
namespace {

// A token of a sentence: a word (lower-cased, curly apostrophes made straight) or a single
// punctuation mark. Punctuation takes a place in the context window but never matches, so
// "more, then" is not "more then".
struct token {
  std::string word;  // empty for punctuation
  text::byte_span span;
};

bool word_byte(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c == 0xE2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
    return false;  // curly quotes, dashes, ellipsis
  }
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

std::vector<token> tokens_of(std::string_view text, text::byte_span within) {
  std::vector<token> out;
  std::size_t i = within.begin;
  const std::size_t end = within.end;
  while (i < end) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\n') {
      ++i;
      continue;
    }
    if (!word_byte(text, i)) {
      std::size_t len = 1;
      if (c >= 0xC0) {
        len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      }
      len = std::min(len, end - i);
      out.push_back({"", {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + len)}});
      i += len;
      continue;
    }
    token t;
    const std::size_t start = i;
    while (i < end) {
      if (word_byte(text, i)) {
        const auto b = static_cast<unsigned char>(text[i]);
        t.word += (b >= 'A' && b <= 'Z') ? static_cast<char>(b - 'A' + 'a') : text[i];
        ++i;
      } else if ((text[i] == '\'' || text[i] == '-') && i + 1 < end && word_byte(text, i + 1)) {
        t.word += text[i];
        ++i;
      } else if (text.substr(i, 3) == "\xE2\x80\x99" && i + 3 < end && word_byte(text, i + 3)) {
        t.word += '\'';
        i += 3;
      } else {
        break;
      }
    }
    t.span = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i)};
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<std::string> words_of(std::string_view phrase) {
  std::vector<std::string> words;
  std::string current;
  for (char ch : phrase) {
    if (ch == ' ') {
      if (!current.empty()) words.push_back(std::move(current));
      current.clear();
    } else {
      current += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

// A context word matches itself and its simple plural or third person ("document" matches
// "documents"), so that lists need not spell out both.
bool context_matches(std::string_view token_word, std::string_view context) {
  if (token_word == context) return true;
  if (token_word.size() == context.size() + 1 && token_word.starts_with(context) && token_word.back() == 's') {
    return true;
  }
  return token_word.size() == context.size() + 2 && token_word.starts_with(context) && token_word.ends_with("es");
}

struct entry {
  const confusable* source;
  std::vector<std::string> words;
  std::vector<std::string> context;
};

// Keeps the capitalization of the original: "Draught" -> "Draft".
std::string matching_case(std::string_view original, std::string_view suggestion) {
  std::string out(suggestion);
  if (!original.empty() && original.front() >= 'A' && original.front() <= 'Z' && !out.empty() &&
      out.front() >= 'a' && out.front() <= 'z') {
    out.front() = static_cast<char>(out.front() - 'a' + 'A');
  }
  return out;
}

class matcher {
 public:
  explicit matcher(const std::vector<confusable>& list) {
    for (const auto& c : list) {
      entry e{&c, words_of(c.word), {}};
      if (e.words.empty()) continue;
      for (const auto& w : c.context) {
        auto lowered = words_of(w);
        if (lowered.size() == 1) e.context.push_back(std::move(lowered.front()));
      }
      by_first_word_[e.words.front()].push_back(std::move(e));
    }
  }

  void check_sentence(const analyzed_article& article, text::byte_span sentence, finding_sink& sink) const {
    const std::string_view text = article.text();
    const auto tokens = tokens_of(text, sentence);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].word.empty()) continue;
      auto it = by_first_word_.find(tokens[i].word);
      if (it == by_first_word_.end()) continue;
      for (const auto& e : it->second) {
        const std::size_t n = e.words.size();
        if (i + n > tokens.size()) continue;
        bool same = true;
        for (std::size_t k = 1; k < n && same; ++k) same = tokens[i + k].word == e.words[k];
        if (!same) continue;
        std::string_view cue;
        if (!e.context.empty()) {
          cue = find_context(tokens, i, i + n, e);
          if (cue.empty()) continue;
        }
        report(article, tokens, i, i + n, e, cue, sentence, sink);
      }
    }
  }

 private:
  static std::string_view find_context(const std::vector<token>& tokens, std::size_t begin, std::size_t end,
                                       const entry& e) {
    const auto window = static_cast<std::size_t>(e.source->window);
    const auto side = e.source->position;
    const auto matches = [&](std::size_t k) -> std::string_view {
      for (const auto& c : e.context) {
        if (!tokens[k].word.empty() && context_matches(tokens[k].word, c)) return tokens[k].word;
      }
      return {};
    };
    // Nearest first, so that the message names the cue an editor will see.
    for (std::size_t d = 1; d <= window; ++d) {
      if (side != confusable::side::after && begin >= d) {
        if (auto w = matches(begin - d); !w.empty()) return w;
      }
      if (side != confusable::side::before && end + d - 1 < tokens.size()) {
        if (auto w = matches(end + d - 1); !w.empty()) return w;
      }
    }
    return {};
  }

  static void report(const analyzed_article& article, const std::vector<token>& tokens, std::size_t begin,
                     std::size_t end, const entry& e, std::string_view cue, text::byte_span sentence,
                     finding_sink& sink) {
    const text::byte_span span{tokens[begin].span.begin, tokens[end - 1].span.end};
    finding f;
    f.level = severity::warning;
    f.where = locate(article, span);
    const std::string suggestion = matching_case(f.where.text, e.source->suggestion);
    f.message = cue.empty()
                    ? fmt::format("'{}' is a common mistake for '{}'", f.where.text, suggestion)
                    : fmt::format("'{}' next to '{}' is likely a mistake for '{}'", f.where.text, cue,
                                  suggestion);
    f.suggestion = suggestion;
    f.context = std::string(sentence.of(article.text()));
    sink.report(std::move(f));
  }

  std::unordered_map<std::string, std::vector<entry>> by_first_word_;
};

}  // namespace

void wrong_word_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  if (corpus.settings == nullptr || corpus.settings->confusables.empty()) return;
  const matcher m(corpus.settings->confusables);
  for (const auto& article : corpus.articles) {
    const std::string_view text = article.text();
    for (const auto& block : article.blocks) {
      // Residue is reported by boilerplate-residue; a dateline or byline has no prose.
      if (block.kind == text::block_kind::boilerplate || block.kind == text::block_kind::dateline ||
          block.kind == text::block_kind::byline) {
        continue;
      }
      const auto sentences = block.sentences.empty() ? text::segment_sentences(text, block.span) : block.sentences;
      for (const auto& s : sentences) m.check_sentence(article, s.span, sink);
    }
  }
}

}  // namespace factcheck::checker::rules
