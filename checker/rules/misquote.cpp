#include "checker/rules/misquote.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "checker/check.hpp"
#include "checker/model/name_index.hpp"
#include "checker/analysis/quotes.hpp"

namespace factcheck::checker::rules {
namespace {

struct quote_ref {
  std::uint32_t article = 0;
  std::uint32_t index = 0;
  std::vector<quote_word> words;
  std::string speaker;
};

constexpr std::size_t min_words = 5;
constexpr std::uint32_t max_bytes = 2000;

bool function_word(std::string_view key) {
  static constexpr std::string_view words[] = {"a",    "an",   "and",  "are", "as",   "at",  "be",
                                               "by",   "for",  "from", "in",  "is",   "it",  "of",
                                               "on",   "or",   "that", "the", "this", "to",  "was",
                                               "were", "will", "with"};
  return std::find(std::begin(words), std::end(words), key) != std::end(words);
}

bool capitalized(const quote_word& w) { return !w.text.empty() && w.text[0] >= 'A' && w.text[0] <= 'Z'; }

// Shared words that carry the quotation's own wording: neither function words nor a name
// (capitalized on both sides). "of the Clean Rivers Act" shares none.
std::size_t shared_wording(const word_alignment& al, const std::vector<quote_word>& a, const std::vector<quote_word>& b) {
  std::size_t n = 0;
  for (const auto& [i, j] : al.pairs) {
    if (function_word(a[i].key) || (capitalized(a[i]) && capitalized(b[j]))) continue;
    ++n;
  }
  return n;
}

// Two quotations are the same quotation when they share a long enough stretch of words:
// at least half of the shorter one, and a run of three consecutive words; and the shared
// words lie close together on both sides (at least half of each aligned stretch is shared).
// A short fragment that shares a name with a long, different quotation aligns across a wide
// gap; and it must share at least two words of wording besides names and function words
// (shared_wording): two quotations that both mention "the Clean Rivers Act" are not one.
bool same_quotation(const word_alignment& al, std::size_t shorter) {
  if (al.common < 4 || al.common * 2 < shorter || al.longest_run < 3) return false;
  const std::size_t a_stretch = al.a_last - al.a_first;
  const std::size_t b_stretch = al.b_last - al.b_first;
  return a_stretch <= 2 * al.common && b_stretch <= 2 * al.common;
}

bool has_changes(const std::vector<diff_word>& diff) {
  return std::any_of(diff.begin(), diff.end(), [](const diff_word& d) { return d.kind != diff_word::op::same; });
}

// "'of steps to' here, 'of initiatives to' there": the first changes with a word of context
// on each side, for the message.
std::string describe(const std::vector<diff_word>& diff) {
  std::vector<std::string> parts;
  std::size_t changes = 0;
  for (std::size_t i = 0; i < diff.size(); ++i) {
    if (diff[i].kind == diff_word::op::same) continue;
    std::string before = i > 0 ? diff[i - 1].text : std::string();
    std::string there;
    std::string here;
    while (i < diff.size() && diff[i].kind != diff_word::op::same) {
      (diff[i].kind == diff_word::op::removed ? there : here) = diff[i].text;
      ++i;
    }
    const std::string after = i < diff.size() ? diff[i].text : std::string();
    --i;
    // Only the word next to the change: "same" entries hold one word each.
    auto join = [&](const std::string& middle) {
      std::string out = before;
      for (const auto* part : {&middle, &after}) {
        if (part->empty()) continue;
        if (!out.empty()) out += ' ';
        out += *part;
      }
      return out.empty() ? std::string("-") : out;
    };
    ++changes;
    if (parts.size() < 3) parts.push_back(fmt::format("'{}' here, '{}' there", join(here), join(there)));
  }
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += "; ";
    out += parts[i];
  }
  if (changes > parts.size()) out += fmt::format("; {} more", changes - parts.size());
  return out;
}

}  // namespace

// Messages:
//   <speaker> is quoted differently in <file>: '<here>' here, '<there>' there[; ...]
void misquote_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  const name_index names(corpus);
  std::map<std::string, std::vector<quote_ref>> by_speaker;
  for (std::uint32_t ai = 0; ai < corpus.articles.size(); ++ai) {
    const auto& a = corpus.articles[ai];
    const auto speakers = resolve_speakers(a);
    for (std::uint32_t qi = 0; qi < a.quotations.size(); ++qi) {
      if (speakers[qi].empty() || !a.quotations[qi].balanced) continue;
      // Long "quotations" are unpaired marks running to the paragraph end; the alignment is
      // quadratic in the words, so they are not compared.
      if (a.quotations[qi].inner.size() > max_bytes) continue;
      auto words = quote_words(a.quotations[qi].inner.of(a.text()));
      if (words.size() < min_words) continue;
      by_speaker[names.person_key(ai, speakers[qi])].push_back({ai, qi, std::move(words), speakers[qi]});
    }
  }
  for (const auto& [key, quotes] : by_speaker) {
    for (const auto& here : quotes) {
      // The fuller version is the reference: a shortened or reworded quotation is flagged
      // against it, and each quotation is reported once, against its best match.
      const quote_ref* reference = nullptr;
      std::optional<word_alignment> best;
      for (const auto& there : quotes) {
        if (there.article == here.article) continue;
        const bool there_fuller = there.words.size() > here.words.size() ||
                                  (there.words.size() == here.words.size() && there.article < here.article);
        if (!there_fuller) continue;
        auto al = align_words(there.words, here.words);
        if (!same_quotation(al, here.words.size()) || shared_wording(al, there.words, here.words) < 2) continue;
        if (!best || al.common > best->common) {
          best = std::move(al);
          reference = &there;
        }
      }
      if (reference == nullptr) continue;
      auto diff = word_diff(reference->words, here.words, *best);
      // Words of `here` outside the aligned stretch are changes too (the reference is fuller).
      std::vector<diff_word> full;
      if (best->b_first > 0) {
        std::string head;
        for (std::size_t i = 0; i < best->b_first; ++i) head += (i ? " " : "") + here.words[i].text;
        full.push_back({diff_word::op::added, head});
      }
      full.insert(full.end(), diff.begin(), diff.end());
      if (best->b_last < here.words.size()) {
        std::string tail;
        for (std::size_t i = best->b_last; i < here.words.size(); ++i) tail += (i > best->b_last ? " " : "") + here.words[i].text;
        full.push_back({diff_word::op::added, tail});
      }
      if (!has_changes(full)) continue;  // a partial quotation, word for word
      const auto& a = corpus.articles[here.article];
      const auto& q = a.quotations[here.index];
      const auto& ra = corpus.articles[reference->article];
      const auto& rq = ra.quotations[reference->index];
      finding f;
      f.where = locate(a, q.inner);
      f.related.push_back(locate(ra, rq.inner));
      f.message = fmt::format("{} is quoted differently in {}: {}", names.corrected(here.speaker),
                              list_files(corpus, {reference->article}), describe(full));
      f.diff = std::move(full);
      f.context = bounded_context(a, q.inner);
      sink.report(std::move(f));
    }
  }
}

}  // namespace factcheck::checker::rules
