#pragma once
// Builds analyzed corpora by hand for the claim, alignment and figure/date rule tests, so they
// do not depend on the grammar: the test states what the grammar would have extracted.

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "checker/analysis/pipeline.hpp"
#include "checker/check.hpp"
#include "checker/config.hpp"
#include "checker/model/corpus.hpp"
#include "checker/rules/rule.hpp"
#include "text/article.hpp"

namespace factcheck::testing {

using namespace std::chrono_literals;

inline std::chrono::year_month_day ymd(int y, unsigned m, unsigned d) {
  return std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d};
}
inline std::chrono::sys_days day(int y, unsigned m, unsigned d) {
  return std::chrono::sys_days{ymd(y, m, d)};
}

// Runs one rule on a corpus and returns its findings.
inline std::vector<checker::finding> run(const checker::rule& r,
                                         const checker::aligned_corpus& corpus) {
  checker::finding_sink sink;
  r.run(corpus, sink);
  return sink.take();
}

class corpus_builder {
 public:
  explicit corpus_builder(checker::config settings = {}) : settings_(std::move(settings)) {}

  // Adds an article. Paragraphs are separated by blank lines; sentences end at ". ", "? ", "! ".
  // With a `dated` day, the first paragraph is taken as the dateline.
  std::uint32_t article(std::string path, std::string body,
                        std::optional<std::chrono::year_month_day> dated = std::nullopt,
                        grammar::dateline_source source = grammar::dateline_source::header) {
    pending p;
    p.path = std::move(path);
    p.text = std::move(body);
    if (dated) {
      p.dateline.date = dated;
      p.dateline.source = source;
      const auto eol = p.text.find('\n');
      p.dateline.span = {
          0, static_cast<std::uint32_t>(eol == std::string::npos ? p.text.size() : eol)};
    }
    pending_.push_back(std::move(p));
    return static_cast<std::uint32_t>(pending_.size() - 1);
  }

  void set_dateline_weekday(std::uint32_t a, std::chrono::weekday w) {
    pending_[a].dateline.has_weekday = true;
    pending_[a].dateline.weekday = w;
  }

  // A figure at the n-th occurrence of `written`, with the counted noun right after it.
  grammar::quantity& figure(std::uint32_t a, std::string_view written, double low, double high,
                            std::string unit = {}, std::string_view noun = {}, int occurrence = 0) {
    auto& p = pending_[a];
    grammar::quantity q;
    q.span = find(p.text, written, occurrence);
    q.value = low;
    q.value_high = low;
    q.low = low;
    q.high = high;
    q.unit = std::move(unit);
    if (!noun.empty()) {
      const auto at = p.text.find(noun, q.span.end);
      if (at == std::string::npos) throw std::invalid_argument("noun not found");
      q.noun_span = {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + noun.size())};
      q.noun_phrase = std::string(noun);
    }
    p.quantities.push_back(std::move(q));
    return p.quantities.back();
  }

  // A figure at a known span (for generated texts where searching would be quadratic).
  grammar::quantity& figure_at(std::uint32_t a, text::byte_span span, double value,
                               std::string unit) {
    grammar::quantity q;
    q.span = span;
    q.value = q.value_high = q.low = q.high = value;
    q.unit = std::move(unit);
    pending_[a].quantities.push_back(std::move(q));
    return pending_[a].quantities.back();
  }

  // A time expression at the n-th occurrence of `written`, resolved to [start, end).
  grammar::time_expression& time(std::uint32_t a, std::string_view written,
                                 std::optional<std::chrono::sys_days> start,
                                 std::optional<std::chrono::sys_days> end,
                                 grammar::timex_kind kind = grammar::timex_kind::absolute,
                                 std::string value = {}, int occurrence = 0) {
    auto& p = pending_[a];
    grammar::time_expression t;
    t.span = find(p.text, written, occurrence);
    t.kind = kind;
    t.start = start;
    t.end = end;
    t.value = std::move(value);
    p.times.push_back(std::move(t));
    return p.times.back();
  }

  // Articles, analyzed articles (blocks and sentences by the simple rules above), claims, fact
  // groups and the later stages of the model. Runs dateline inference when `infer` is set.
  checker::aligned_corpus build(bool infer = true) {
    articles_.clear();
    articles_.reserve(pending_.size());
    for (const auto& p : pending_) {
      text::article art;
      art.path = p.path;
      art.text = p.text;
      art.original = std::make_unique<const std::string>(p.text);
      art.map.add_run(0, 0);
      art.map.set_original(*art.original);
      articles_.push_back(std::move(art));
    }
    checker::aligned_corpus corpus;
    corpus.settings = &settings_;
    corpus.articles.resize(pending_.size());
    for (std::size_t i = 0; i < pending_.size(); ++i) {
      auto& a = corpus.articles[i];
      a.source = &articles_[i];
      a.blocks = blocks_of(pending_[i].text, pending_[i].dateline.span);
      a.dateline = pending_[i].dateline;
      a.quantities = pending_[i].quantities;
      a.times = pending_[i].times;
      sort_by_span(a.quantities);
      sort_by_span(a.times);
    }
    // The reference is the dateline (no --reference-date), also an inferred one.
    for (auto& a : corpus.articles) a.reference = a.dateline.date;
    if (infer) checker::infer_datelines(corpus, checker::build_claims(corpus.articles, settings_));
    for (auto& a : corpus.articles) a.reference = a.dateline.date;
    corpus.claims = checker::build_claims(corpus.articles, settings_);
    corpus.facts = checker::align_claims(corpus.articles, corpus.claims, settings_);
    checker::complete_model(corpus);
    return corpus;
  }

  checker::config& settings() { return settings_; }

 private:
  struct pending {
    std::string path;
    std::string text;
    grammar::dateline dateline;
    std::vector<grammar::quantity> quantities;
    std::vector<grammar::time_expression> times;
  };

  template <class T>
  static void sort_by_span(std::vector<T>& v) {
    std::stable_sort(v.begin(), v.end(),
                     [](const T& x, const T& y) { return x.span.begin < y.span.begin; });
  }

  static text::byte_span find(const std::string& text, std::string_view written, int occurrence) {
    std::size_t at = text.find(written);
    for (int k = 0; k < occurrence && at != std::string::npos; ++k) at = text.find(written, at + 1);
    if (at == std::string::npos)
      throw std::invalid_argument("text not found: " + std::string(written));
    return {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + written.size())};
  }

  static std::vector<text::block> blocks_of(const std::string& text, text::byte_span dateline) {
    std::vector<text::block> blocks;
    std::size_t begin = 0;
    while (begin < text.size()) {
      std::size_t end = text.find("\n\n", begin);
      if (end == std::string::npos) end = text.size();
      text::block b;
      b.span = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
      b.kind = !dateline.empty() && b.span.contains(dateline) && b.span.begin == dateline.begin
                   ? text::block_kind::dateline
                   : text::block_kind::body;
      std::size_t s = begin;
      for (std::size_t i = begin; i < end; ++i) {
        const char c = text[i];
        if ((c == '.' || c == '?' || c == '!') && (i + 1 == end || text[i + 1] == ' ')) {
          b.sentences.push_back(
              {{static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(i + 1)}});
          s = i + 2;
        }
      }
      if (s < end)
        b.sentences.push_back({{static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(end)}});
      blocks.push_back(std::move(b));
      begin = end + 2;
    }
    return blocks;
  }

  checker::config settings_;
  std::vector<pending> pending_;
  std::vector<text::article> articles_;
};

}  // namespace factcheck::testing
