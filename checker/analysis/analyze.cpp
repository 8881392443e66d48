#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <stdexcept>
#include <tuple>

#include "checker/analysis/claim_text.hpp"
#include "checker/analysis/dates_consensus.hpp"
#include "checker/analysis/pipeline.hpp"
#include "checker/analysis/quotes.hpp"
#include "checker/check.hpp"
#include "checker/model/name_index.hpp"
#include "checker/rules/registry.hpp"
#include "grammar/dateline.hpp"
#include "grammar/entities.hpp"
#include "grammar/extract.hpp"
#include "text/ascii.hpp"
#include "text/classify.hpp"

using factcheck::text::iso_date;

namespace factcheck::checker {
namespace {

void shift(text::byte_span& span, std::uint32_t by) {
  span.begin += by;
  span.end += by;
}

bool extractable(text::block_kind kind) {
  return kind != text::block_kind::boilerplate && kind != text::block_kind::dateline;
}

// Time expressions of every block that can hold claims, resolved against the reference.
void extract_times(analyzed_article& a, const config& settings) {
  const std::string_view text = a.text();
  grammar::time_context context;
  context.reference = a.reference;
  context.numeric_dates =
      settings.day_first_dates ? grammar::date_order::day_first : grammar::date_order::month_first;
  a.times.clear();
  for (const auto& b : a.blocks) {
    if (!extractable(b.kind)) continue;
    for (auto t : grammar::extract_times(b.span.of(text), context)) {
      shift(t.span, b.span.begin);
      a.times.push_back(std::move(t));
    }
  }
}

// Extracts from every block that can hold claims; spans become article offsets.
void extract_article(analyzed_article& a, const config& settings) {
  const std::string_view text = a.text();
  a.quantities.clear();
  a.names.clear();
  a.quotations.clear();
  for (const auto& b : a.blocks) {
    if (!extractable(b.kind)) continue;
    const std::string_view part = b.span.of(text);
    for (auto q : grammar::extract_quantities(part)) {
      shift(q.span, b.span.begin);
      if (!q.noun_span.empty()) shift(q.noun_span, b.span.begin);
      a.quantities.push_back(std::move(q));
    }
    for (auto n : grammar::extract_names(part)) {
      shift(n.span, b.span.begin);
      if (!n.title_span.empty()) shift(n.title_span, b.span.begin);
      a.names.push_back(std::move(n));
    }
    for (auto q : grammar::extract_quotations(part)) {
      shift(q.span, b.span.begin);
      shift(q.inner, b.span.begin);
      if (!q.speaker_span.empty()) shift(q.speaker_span, b.span.begin);
      a.quotations.push_back(std::move(q));
    }
  }
  extract_times(a, settings);
}

// Stage `extract`: blocks (segmented, classified across the corpus), the detected dateline
// and every extraction.
void run_extract(aligned_corpus& corpus, const std::vector<text::article>& articles,
                 const check_options& options) {
  const config& settings = *corpus.settings;
  corpus.articles.resize(articles.size());
  std::vector<text::document_blocks> docs;
  docs.reserve(articles.size());
  for (std::size_t i = 0; i < articles.size(); ++i) {
    auto& a = corpus.articles[i];
    a.source = &articles[i];
    a.blocks = text::segment_blocks(articles[i].text);
    docs.push_back({articles[i].text, &a.blocks});
  }
  text::classify_options classify;
  classify.boilerplate_patterns = settings.boilerplate_patterns;
  text::classify_corpus(docs, classify);

  for (auto& a : corpus.articles) {
    a.dateline = grammar::detect_dateline(a.text(), a.blocks);
    if (!a.dateline.date && a.source->stated_date) {
      a.dateline.date = a.source->stated_date;
      a.dateline.source = grammar::dateline_source::header;
    }
    a.reference = options.reference_date ? options.reference_date : a.dateline.date;
    extract_article(a, settings);
  }
  corpus.completed = stage::extract;
}

// What the datelines stage leaves for the claims stage.
struct inference_result {
  std::optional<std::vector<claim>> claims;  // every article's, built before inference
  std::vector<std::uint32_t> changed;        // articles whose reference was inferred (sorted)
};

// Stage `datelines`: infers the missing datelines; an article whose reference is its dateline
// (no --reference-date) takes the inferred one and its times are re-resolved against it.
// Inference reads claims; they are handed on so that the `claims` stage rebuilds only the
// articles whose reference changed.
inference_result run_datelines(aligned_corpus& corpus, const check_options& options) {
  inference_result out;
  const bool undated = std::any_of(corpus.articles.begin(), corpus.articles.end(),
                                   [](const analyzed_article& a) { return !a.dateline.date; });
  if (undated) {
    out.claims = build_claims(corpus.articles, *corpus.settings);
    infer_datelines(corpus, *out.claims);
    for (std::uint32_t i = 0; i < corpus.articles.size(); ++i) {
      auto& a = corpus.articles[i];
      if (options.reference_date || a.dateline.source != grammar::dateline_source::inferred) {
        continue;
      }
      a.reference = a.dateline.date;
      extract_times(a, *corpus.settings);
      out.changed.push_back(i);
    }
  }
  corpus.completed = stage::datelines;
  return out;
}

// Stage `claims`: the claims of every article. Of those built for inference, only the articles
// whose reference was inferred are rebuilt (their times and dates changed); claims of one
// article never depend on another article, so the rest stand.
void run_claims(aligned_corpus& corpus, inference_result inference) {
  const auto& articles = corpus.articles;
  const config& settings = *corpus.settings;
  if (!inference.claims) {
    corpus.claims = build_claims(articles, settings);
    corpus.completed = stage::claims;
    return;
  }
  auto& before_inference = inference.claims;
  const auto& changed = inference.changed;
  std::vector<bool> is_changed(articles.size(), false);
  for (std::uint32_t i : changed) is_changed[i] = true;
  auto rebuilt = build_claims(articles, settings, changed);
  std::vector<claim> merged;
  merged.reserve(before_inference->size() + rebuilt.size());
  std::size_t n = 0;
  for (auto& c : *before_inference) {
    while (n < rebuilt.size() && rebuilt[n].article < c.article)
      merged.push_back(std::move(rebuilt[n++]));
    if (!is_changed[c.article]) merged.push_back(std::move(c));
  }
  while (n < rebuilt.size()) merged.push_back(std::move(rebuilt[n++]));
  corpus.claims = std::move(merged);
  corpus.completed = stage::claims;
}

}  // namespace

void fill_entities(aligned_corpus& corpus) {
  if (corpus.entities_ready) return;
  for (auto& a : corpus.articles) {
    if (a.source != nullptr) a.entities = article_entities(a, *corpus.settings);
  }
  corpus.entities_ready = true;
}

void complete_model(aligned_corpus& corpus) {
  fill_entities(corpus);
  corpus.datelines = assess_datelines(corpus);
  corpus.completed = stage::assessment;
  corpus.names = std::make_shared<const name_index>(corpus);
  corpus.completed = stage::names;
  for (auto& a : corpus.articles) {
    if (a.source != nullptr) a.speakers = resolve_speakers(a);
  }
  corpus.completed = stage::speakers;
}

const text::block* analyzed_article::block_at(std::uint32_t offset) const {
  auto it =
      std::upper_bound(blocks.begin(), blocks.end(), offset,
                       [](std::uint32_t off, const text::block& b) { return off < b.span.begin; });
  if (it == blocks.begin()) return nullptr;
  --it;
  return offset < it->span.end ? &*it : nullptr;
}

text::byte_span analyzed_article::sentence_at(std::uint32_t offset) const {
  const text::block* b = block_at(offset);
  if (b == nullptr) return {};
  for (const auto& s : b->sentences) {
    if (s.span.begin <= offset && offset < s.span.end) return s.span;
  }
  return b->span;
}

aligned_corpus analyze(const std::vector<text::article>& articles, const config& settings,
                       const check_options& options) {
  aligned_corpus corpus;
  corpus.settings = &settings;
  run_extract(corpus, articles, options);
  if (options.stop_after == stage::extract) return corpus;
  auto inference = run_datelines(corpus, options);
  if (options.stop_after == stage::datelines) return corpus;
  run_claims(corpus, std::move(inference));
  if (options.stop_after == stage::claims) return corpus;
  corpus.facts = align_claims(corpus.articles, corpus.claims, settings);
  corpus.completed = stage::facts;
  if (options.stop_after == stage::facts) return corpus;
  complete_model(corpus);
  return corpus;
}

std::vector<finding> run_rules(const aligned_corpus& corpus) {
  if (corpus.completed != stage::speakers) {
    throw std::logic_error(
        "run_rules: the corpus is not fully analyzed (see analysis/pipeline.hpp)");
  }
  const config& settings = *corpus.settings;
  std::vector<finding> all;
  for (const rule* r : all_rules()) {
    if (!settings.enabled(r->id())) continue;
    finding_sink sink;
    r->run(corpus, sink);
    const severity level = settings.level_of(r->id(), r->default_severity());
    for (auto& f : sink.take()) {
      f.rule = std::string(r->id());
      f.level = level;
      all.push_back(std::move(f));
    }
  }
  std::stable_sort(all.begin(), all.end(), [](const finding& x, const finding& y) {
    return std::tie(x.where.path, x.where.begin.line, x.where.begin.column, x.rule) <
           std::tie(y.where.path, y.where.begin.line, y.where.begin.column, y.rule);
  });
  return all;
}

location locate(const analyzed_article& article, text::byte_span span) {
  location loc;
  loc.path = article.path();
  loc.begin = article.source->locate(span.begin);
  loc.end = article.source->locate(span.end);
  loc.text = std::string(span.of(article.text()));
  if (article.dateline.date) loc.date = iso_date(*article.dateline.date);
  return loc;
}

}  // namespace factcheck::checker
