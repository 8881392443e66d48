#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "checker/analysis/pipeline.hpp"
#include "checker/check.hpp"
#include "checker/rules/registry.hpp"
#include "checker/split/codec.hpp"
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

// Extracts from every block that can hold claims; spans become article offsets.
void extract_article(analyzed_article& a) {
  const std::string_view text = a.text();
  grammar::time_context context;
  context.reference = a.dateline.date;
  context.numeric_dates = a.date_order;
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

// extract_article() reads the text, the blocks (spans, kinds, sentences), the reference date
// and the numeric date order, and nothing else: equal inputs give equal extractions, which is
// what lets a split run reuse the map's (cached_analysis).
bool same_extraction_inputs(const analyzed_article& a, const analyzed_article& cached) {
  return a.dateline.date == cached.dateline.date && a.date_order == cached.date_order &&
         split::encode(a.blocks) == split::encode(cached.blocks);
}

void extract_or_reuse(analyzed_article& a, const cached_analysis* cached) {
  if (cached == nullptr || !cached->present || !same_extraction_inputs(a, cached->state)) {
    extract_article(a);
    return;
  }
  a.quantities = cached->state.quantities;
  a.times = cached->state.times;
  a.names = cached->state.names;
  a.quotations = cached->state.quotations;
}

const cached_analysis* cached_for(std::span<const cached_analysis> cache, std::size_t i) {
  return i < cache.size() ? &cache[i] : nullptr;
}

}  // namespace

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

namespace {

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

// Segments every article and classifies the blocks of the corpus (repetition across articles
// is a signal, so classification sees them all), then detects each article's dateline.
void prepare(aligned_corpus& corpus, const std::vector<text::article>& articles,
             const config& settings, const check_options& options) {
  corpus.settings = &settings;
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
    if (options.reference_date) a.dateline.date = options.reference_date;
  }
}

// Extraction, then datelines inferred for the articles that state none (and their times
// resolved again against the inferred date).
void extract_all(aligned_corpus& corpus, const config& settings, const check_options& options,
                 std::span<const cached_analysis> cache = {}) {
  for_each_index(corpus.articles.size(), options.jobs, [&](std::size_t i) {
    extract_or_reuse(corpus.articles[i], cached_for(cache, i));
  });
  infer_datelines(corpus.articles, settings);
  for_each_index(corpus.articles.size(), options.jobs, [&](std::size_t i) {
    auto& a = corpus.articles[i];
    if (a.dateline.source == grammar::dateline_source::inferred) {
      extract_or_reuse(a, cached_for(cache, i));
    }
  });
}

// The claims of every article: the map's where the article's whole analysis and the
// configuration are those it built them from, else built again.
std::vector<claim> claims_of(const aligned_corpus& corpus, const config& settings,
                             std::span<const cached_analysis> cache) {
  if (cache.empty()) return build_claims(corpus.articles, settings);
  const std::uint64_t digest = settings_digest(settings);
  std::vector<claim> out;
  for (std::uint32_t i = 0; i < corpus.articles.size(); ++i) {
    const cached_analysis* cached = cached_for(cache, i);
    const bool reuse = cached != nullptr && cached->present && cached->settings_digest == digest &&
                       split::encode(corpus.articles[i]) == split::encode(cached->state);
    if (!reuse) {
      const std::uint32_t which[] = {i};
      for (auto& c : build_claims(corpus.articles, settings, which)) out.push_back(std::move(c));
      continue;
    }
    for (claim c : cached->claims) {
      c.article = i;
      out.push_back(std::move(c));
    }
  }
  return out;
}

void release(analyzed_article& a) {
  std::vector<text::block>().swap(a.blocks);
  std::vector<grammar::quantity>().swap(a.quantities);
  std::vector<grammar::time_expression>().swap(a.times);
  std::vector<grammar::name_mention>().swap(a.names);
  std::vector<grammar::quotation>().swap(a.quotations);
}

}  // namespace

aligned_corpus analyze(const std::vector<text::article>& articles, const config& settings,
                       const check_options& options) {
  return analyze(articles, settings, options, {});
}

aligned_corpus analyze(const std::vector<text::article>& articles, const config& settings,
                       const check_options& options, std::span<const cached_analysis> cache) {
  aligned_corpus corpus;
  prepare(corpus, articles, settings, options);
  extract_all(corpus, settings, options, cache);
  corpus.claims = claims_of(corpus, settings, cache);
  corpus.explain = options.explain;
  corpus.drafts = options.drafts;
  std::sort(corpus.drafts.begin(), corpus.drafts.end());
  corpus.facts = align_claims(corpus.articles, corpus.claims, settings,
                              options.explain ? &corpus.alignment : nullptr);
  return corpus;
}

void analyze_streamed(const std::vector<text::article>& articles, const config& settings,
                      const check_options& options,
                      const std::function<void(const analyzed_article&)>& sink) {
  aligned_corpus corpus;
  prepare(corpus, articles, settings, options);
  const bool inference = std::any_of(corpus.articles.begin(), corpus.articles.end(),
                                     [](const analyzed_article& a) { return !a.dateline.date; });
  if (inference) {
    extract_all(corpus, settings, options);
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

std::uint64_t settings_digest(const config& settings) {
  // FNV-1a over the lossless encoding of every setting.
  std::uint64_t h = 14695981039346656037ULL;
  for (const char ch : split::encode(settings).dump()) {
    h ^= static_cast<unsigned char>(ch);
    h *= 1099511628211ULL;
  }
  return h;
}

bool aligned_corpus::is_draft(std::uint32_t article) const {
  return drafts.empty() || std::binary_search(drafts.begin(), drafts.end(), article);
}

std::vector<finding> run_rules(const aligned_corpus& corpus, unsigned jobs) {
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
