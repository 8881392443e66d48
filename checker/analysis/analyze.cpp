#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

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
void extract_times(analyzed_article& a) {
  const std::string_view text = a.text();
  grammar::time_context context;
  context.reference = a.reference;
  context.numeric_dates = a.date_order;
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
void extract_article(analyzed_article& a) {
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
  extract_times(a);
}

// Runs body(i) for i in [0, n): on the calling thread when jobs <= 1, else on up to `jobs`
// threads of oneTBB's pool. Each i writes only its own slot, so results do not depend on the
// schedule.
template <class Body>
void for_each_index(std::size_t n, unsigned jobs, const Body& body) {
  if (jobs <= 1 || n <= 1) {
    for (std::size_t i = 0; i < n; ++i) body(i);
    return;
  }
  tbb::task_arena arena(static_cast<int>(jobs));
  arena.execute([&] {
    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n, 1),
                      [&](const tbb::blocked_range<std::size_t>& r) {
                        for (std::size_t i = r.begin(); i != r.end(); ++i) body(i);
                      });
  });
}

// The first half of stage `extract`: every article segmented, the blocks of the corpus
// classified (repetition across articles is a signal, so classification sees them all), each
// article's dateline detected and settled with the corpus (ambiguous and yearless datelines),
// and its reference date set. Extraction itself is extract_article().
void prepare(aligned_corpus& corpus, const std::vector<text::article>& articles,
             const check_options& options) {
  const config& settings = *corpus.settings;
  corpus.articles.resize(articles.size());
  for_each_index(articles.size(), options.jobs, [&](std::size_t i) {
    auto& a = corpus.articles[i];
    a.source = &articles[i];
    a.blocks = text::segment_blocks(articles[i].text);
  });
  std::vector<text::document_blocks> docs;
  docs.reserve(articles.size());
  for (std::size_t i = 0; i < articles.size(); ++i) {
    docs.push_back({articles[i].text, &corpus.articles[i].blocks});
  }
  text::classify_options classify;
  classify.boilerplate_patterns = settings.boilerplate_patterns;
  text::classify_corpus(docs, classify);
  for_each_index(articles.size(), options.jobs, [&](std::size_t i) {
    auto& a = corpus.articles[i];
    a.dateline = grammar::detect_dateline(a.text(), a.blocks, configured_date_order(settings));
    if (a.source->stated_date && (!a.dateline.date || a.dateline.other_reading)) {
      // A date the input states ("date" of a JSON Lines record) beats a reading of the text.
      a.dateline = {};
      a.dateline.date = a.source->stated_date;
      a.dateline.source = grammar::dateline_source::header;
    }
  });
  // Ambiguous and yearless datelines are settled with the whole corpus: one pass, in order.
  resolve_datelines(corpus.articles, settings);
  for (auto& a : corpus.articles) {
    a.reference = options.reference_date ? options.reference_date : a.dateline.date;
  }
}

// Stage `extract`: prepare() and every extraction.
void run_extract(aligned_corpus& corpus, const std::vector<text::article>& articles,
                 const check_options& options) {
  prepare(corpus, articles, options);
  for_each_index(corpus.articles.size(), options.jobs,
                 [&](std::size_t i) { extract_article(corpus.articles[i]); });
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
      out.changed.push_back(i);
    }
    for_each_index(out.changed.size(), options.jobs,
                   [&](std::size_t k) { extract_times(corpus.articles[out.changed[k]]); });
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

void release(analyzed_article& a) {
  std::vector<text::block>().swap(a.blocks);
  std::vector<grammar::quantity>().swap(a.quantities);
  std::vector<grammar::time_expression>().swap(a.times);
  std::vector<grammar::name_mention>().swap(a.names);
  std::vector<grammar::quotation>().swap(a.quotations);
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
  corpus.explain = options.explain;
  corpus.drafts = options.drafts;
  std::sort(corpus.drafts.begin(), corpus.drafts.end());
  run_extract(corpus, articles, options);
  if (options.stop_after == stage::extract) return corpus;
  auto inference = run_datelines(corpus, options);
  if (options.stop_after == stage::datelines) return corpus;
  run_claims(corpus, std::move(inference));
  if (options.stop_after == stage::claims) return corpus;
  corpus.facts = align_claims(corpus.articles, corpus.claims, settings,
                              options.explain ? &corpus.alignment : nullptr);
  corpus.completed = stage::facts;
  if (options.stop_after == stage::facts) return corpus;
  complete_model(corpus);
  return corpus;
}

void analyze_streamed(const std::vector<text::article>& articles, const config& settings,
                      const check_options& options,
                      const std::function<void(const analyzed_article&)>& sink) {
  aligned_corpus corpus;
  corpus.settings = &settings;
  prepare(corpus, articles, options);
  const bool inference = std::any_of(corpus.articles.begin(), corpus.articles.end(),
                                     [](const analyzed_article& a) { return !a.dateline.date; });
  if (inference) {
    // Inferring a dateline reads every article's claims: the stages extract and datelines
    // run on the whole corpus, then each article is written.
    for_each_index(corpus.articles.size(), options.jobs,
                   [&](std::size_t i) { extract_article(corpus.articles[i]); });
    corpus.completed = stage::extract;
    run_datelines(corpus, options);
    for (auto& a : corpus.articles) {
      sink(a);
      release(a);
    }
    return;
  }
  // Every article is dated: each one's extraction depends on it alone. Batches keep the
  // threads busy while memory holds one batch's extractions.
  const std::size_t batch = 32 * std::max(1U, options.jobs);
  for (std::size_t first = 0; first < corpus.articles.size(); first += batch) {
    const std::size_t n = std::min(batch, corpus.articles.size() - first);
    for_each_index(n, options.jobs,
                   [&](std::size_t i) { extract_article(corpus.articles[first + i]); });
    for (std::size_t i = 0; i < n; ++i) {
      sink(corpus.articles[first + i]);
      release(corpus.articles[first + i]);
    }
  }
}

bool aligned_corpus::is_draft(std::uint32_t article) const {
  return drafts.empty() || std::binary_search(drafts.begin(), drafts.end(), article);
}

std::vector<finding> run_rules(const aligned_corpus& corpus, unsigned jobs) {
  if (corpus.completed != stage::speakers) {
    throw std::logic_error(
        "run_rules: the corpus is not fully analyzed (see analysis/pipeline.hpp)");
  }
  const config& settings = *corpus.settings;
  // The editor's case: only the drafts' findings; the sources are evidence (related locations).
  std::vector<std::string_view> draft_paths;
  for (std::uint32_t d : corpus.drafts) {
    if (d < corpus.articles.size()) draft_paths.push_back(corpus.articles[d].path());
  }
  auto on_draft = [&](const finding& f) {
    return draft_paths.empty() ||
           std::find(draft_paths.begin(), draft_paths.end(), f.where.path) != draft_paths.end();
  };
  std::vector<const rule*> enabled;
  for (const rule* r : all_rules()) {
    if (settings.enabled(r->id())) enabled.push_back(r);
  }
  // Each rule reads the model alone and writes its own sink; joined in rule order, the
  // findings are the same whatever ran at once.
  std::vector<std::vector<finding>> found(enabled.size());
  for_each_index(enabled.size(), jobs, [&](std::size_t k) {
    finding_sink sink;
    enabled[k]->run(corpus, sink);
    found[k] = sink.take();
  });
  std::vector<finding> all;
  for (std::size_t k = 0; k < enabled.size(); ++k) {
    const rule* r = enabled[k];
    const severity level = settings.level_of(r->id(), r->default_severity());
    for (auto& f : found[k]) {
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
