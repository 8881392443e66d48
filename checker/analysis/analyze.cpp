#include <algorithm>
#include <cstdio>
#include <tuple>

#include "checker/check.hpp"
#include "checker/analysis/pipeline.hpp"
#include "checker/rules/registry.hpp"
#include "grammar/dateline.hpp"
#include "grammar/entities.hpp"
#include "grammar/extract.hpp"
#include "text/classify.hpp"
#include "text/ascii.hpp"

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

// Extracts from every block that can hold claims; spans become article offsets.
void extract_article(analyzed_article& a, const config& settings) {
  const std::string_view text = a.text();
  grammar::time_context context;
  context.reference = a.dateline.date;
  context.numeric_dates =
      settings.day_first_dates ? grammar::date_order::day_first : grammar::date_order::month_first;
  a.quantities.clear();
  a.times.clear();
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
    for (auto t : grammar::extract_times(part, context)) {
      shift(t.span, b.span.begin);
      a.times.push_back(std::move(t));
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
}

}  // namespace

const text::block* analyzed_article::block_at(std::uint32_t offset) const {
  auto it = std::upper_bound(blocks.begin(), blocks.end(), offset,
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
    if (options.reference_date) a.dateline.date = options.reference_date;
    extract_article(a, settings);
  }
  infer_datelines(corpus.articles, settings);
  for (auto& a : corpus.articles) {
    if (a.dateline.source == grammar::dateline_source::inferred) extract_article(a, settings);
  }
  corpus.claims = build_claims(corpus.articles, settings);
  corpus.explain = options.explain;
  corpus.drafts = options.drafts;
  std::sort(corpus.drafts.begin(), corpus.drafts.end());
  corpus.facts = align_claims(corpus.articles, corpus.claims, settings,
                              options.explain ? &corpus.alignment : nullptr);
  return corpus;
}

bool aligned_corpus::is_draft(std::uint32_t article) const {
  return drafts.empty() || std::binary_search(drafts.begin(), drafts.end(), article);
}

std::vector<finding> run_rules(const aligned_corpus& corpus) {
  const config& settings = *corpus.settings;
  std::vector<finding> all;
  // The editor's case: only the drafts' findings; the sources are evidence (related locations).
  std::vector<std::string_view> draft_paths;
  for (std::uint32_t d : corpus.drafts) {
    if (d < corpus.articles.size()) draft_paths.push_back(corpus.articles[d].path());
  }
  auto on_draft = [&](const finding& f) {
    return draft_paths.empty() ||
           std::find(draft_paths.begin(), draft_paths.end(), f.where.path) != draft_paths.end();
  };
  for (const rule* r : all_rules()) {
    if (!settings.enabled(r->id())) continue;
    finding_sink sink;
    r->run(corpus, sink);
    const severity level = settings.level_of(r->id(), r->default_severity());
    for (auto& f : sink.take()) {
      if (!on_draft(f)) continue;
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
