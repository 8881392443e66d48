#include "checker/rules/misquote.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

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
// Versions a version is aligned with, most attested first.
constexpr std::size_t max_references = 64;

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

// One wording of a quotation: the quotations (indexes into the speaker's list, in corpus
// order) whose words are the same, by key.
struct version {
  std::vector<std::size_t> copies;
};

std::vector<version> group_versions(const std::vector<quote_ref>& quotes) {
  std::vector<version> out;
  std::unordered_map<std::string, std::size_t> by_words;
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    std::string joined;
    for (const auto& w : quotes[i].words) {
      joined += w.key;
      joined += ' ';
    }
    auto [it, added] = by_words.try_emplace(std::move(joined), out.size());
    if (added) out.emplace_back();
    out[it->second].copies.push_back(i);
  }
  return out;
}

// Whether `there` is the fuller version: more words; with as many words, more sources; then
// the one given first.
bool fuller(const version& there, const std::vector<quote_word>& there_words, const version& here,
            const std::vector<quote_word>& here_words, const std::vector<quote_ref>& quotes) {
  if (there_words.size() != here_words.size()) return there_words.size() > here_words.size();
  if (there.copies.size() != here.copies.size()) return there.copies.size() > here.copies.size();
  return quotes[there.copies.front()].article < quotes[here.copies.front()].article;
}

// The word diff from the reference, plus the words of `here` outside the aligned stretch
// (the reference is fuller, so they are changes too).
std::vector<diff_word> full_diff(const std::vector<quote_word>& reference,
                                 const std::vector<quote_word>& here, const word_alignment& best) {
  auto diff = word_diff(reference, here, best);
  std::vector<diff_word> full;
  if (best.b_first > 0) {
    std::string head;
    for (std::size_t i = 0; i < best.b_first; ++i) head += (i ? " " : "") + here[i].text;
    full.push_back({diff_word::op::added, head});
  }
  full.insert(full.end(), diff.begin(), diff.end());
  if (best.b_last < here.size()) {
    std::string tail;
    for (std::size_t i = best.b_last; i < here.size(); ++i) tail += (i > best.b_last ? " " : "") + here[i].text;
    full.push_back({diff_word::op::added, tail});
  }
  return full;
}

}  // namespace

// Messages:
//   <speaker> is quoted differently in <file>: '<here>' here, '<there>' there[; ...]
//
// Cost: quotations of one speaker are grouped into versions (the same words, whoever gives
// them), and a version is aligned only with the most attested fuller versions (at most
// max_references of them), so a quotation repeated by thousands of sources costs one alignment
// per version, not one per pair of sources.
void misquote_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  const name_index& names = *corpus.names;
  std::map<std::string, std::vector<quote_ref>> by_speaker;
  for (std::uint32_t ai = 0; ai < corpus.articles.size(); ++ai) {
    const auto& a = corpus.articles[ai];
    const auto& speakers = a.speakers;
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
    const auto versions = group_versions(quotes);
    // The most attested versions first: the candidates for a reference.
    std::vector<std::size_t> popular(versions.size());
    for (std::size_t v = 0; v < versions.size(); ++v) popular[v] = v;
    std::stable_sort(popular.begin(), popular.end(), [&](std::size_t x, std::size_t y) {
      return versions[x].copies.size() > versions[y].copies.size();
    });
    for (std::size_t vi = 0; vi < versions.size(); ++vi) {
      const version& here = versions[vi];
      const auto& here_words = quotes[here.copies.front()].words;
      // The fuller version is the reference: a shortened or reworded quotation is flagged
      // against it, and each version is compared with its best match.
      const version* reference = nullptr;
      std::optional<word_alignment> best;
      std::size_t examined = 0;
      for (std::size_t ri : popular) {
        if (ri == vi) continue;
        if (++examined > max_references) break;
        const version& there = versions[ri];
        const auto& there_words = quotes[there.copies.front()].words;
        if (!fuller(there, there_words, here, here_words, quotes)) continue;
        auto al = align_words(there_words, here_words);
        if (!same_quotation(al, here_words.size()) || shared_wording(al, there_words, here_words) < 2) {
          continue;
        }
        if (!best || al.common > best->common) {
          best = std::move(al);
          reference = &there;
        }
      }
      if (reference == nullptr) continue;
      for (std::size_t copy : here.copies) {
        const quote_ref& q_here = quotes[copy];
        // The reference as given by another article (a source does not contradict itself).
        const quote_ref* q_there = nullptr;
        for (std::size_t r : reference->copies) {
          if (quotes[r].article != q_here.article) {
            q_there = &quotes[r];
            break;
          }
        }
        if (q_there == nullptr) continue;
        auto full = full_diff(q_there->words, q_here.words, *best);
        if (!has_changes(full)) continue;  // a partial quotation, word for word
        const auto& a = corpus.articles[q_here.article];
        const auto& q = a.quotations[q_here.index];
        const auto& ra = corpus.articles[q_there->article];
        const auto& rq = ra.quotations[q_there->index];
        finding f;
        f.where = locate(a, q.inner);
        f.related.push_back(locate(ra, rq.inner));
        f.message = fmt::format("{} is quoted differently in {}: {}", names.corrected(q_here.speaker),
                                list_files(corpus, {q_there->article}), describe(full));
        f.diff = std::move(full);
        f.context = bounded_context(a, q.inner);
        sink.report(std::move(f));
      }
    }
  }
}

}  // namespace factcheck::checker::rules
