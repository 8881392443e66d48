#pragma once
// entities: the names of a corpus, counted by spelling, and the decisions the name rules share:
// which spellings are misspellings (of a gazetteer name or of the corpus majority), which are
// transliteration variants of another spelling, and which person a mention refers to.
//
// Cost: one pass over the mentions, then candidate pairs from a deletion index (a spelling
// meets only spellings that share a one- or two-letter deletion, or for multi-word names an
// exact word), so there is no all-pairs comparison of the corpus's spellings.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "checker/model/corpus.hpp"
#include "checker/model/finding.hpp"
#include "checker/model/gazetteer.hpp"

namespace factcheck::checker {

struct mention_ref {
  std::uint32_t article = 0;  // index into aligned_corpus::articles
  std::uint32_t index = 0;    // index into that article's names
};

struct spelling_stats {
  std::string text;                      // as first written: "Keiv"
  std::string key;                       // lower-case
  std::string folded;                    // fold_transliteration(text)
  std::size_t words = 1;
  std::vector<mention_ref> mentions;     // in corpus order
  std::vector<std::uint32_t> articles;   // distinct, sorted
  std::optional<std::chrono::sys_days> latest;  // newest dateline among those articles
  bool titled = false;                   // written with a title before it at least once
  bool only_sentence_start = true;
  const known_name* known = nullptr;     // the gazetteer entry this spelling belongs to
};

enum class evidence_kind { gazetteer, corpus, house_style };

struct name_correction {
  std::size_t spelling = 0;              // index of the questioned spelling
  std::string suggestion;                // the spelling to use
  std::optional<std::size_t> supported_by;  // the corpus spelling that backs the suggestion
  evidence_kind evidence = evidence_kind::corpus;
};

class name_index {
 public:
  explicit name_index(const aligned_corpus& corpus);

  [[nodiscard]] const std::vector<spelling_stats>& spellings() const { return spellings_; }
  [[nodiscard]] const std::vector<name_correction>& misspellings() const { return misspellings_; }
  [[nodiscard]] const std::vector<name_correction>& variants() const { return variants_; }
  [[nodiscard]] const gazetteer& known() const { return gazetteer_; }
  [[nodiscard]] std::optional<std::size_t> find(std::string_view written) const;

  // The spelling a name should have: misspellings corrected, variants unified, gazetteer
  // variants mapped to the canonical name.
  [[nodiscard]] std::string corrected(std::string_view written) const;
  // A key that is the same for every mention of one person: "Biden", "Joe Biden" and
  // "President Joe Biden" meet; a bare surname is resolved to the full name used in the same
  // article, else to the only full name in the corpus that ends with it.
  [[nodiscard]] std::string person_key(std::uint32_t article, std::string_view written) const;

 private:
  void collect(const aligned_corpus& corpus);
  void find_misspellings();
  void find_variants();
  [[nodiscard]] bool dominates(const spelling_stats& a, const spelling_stats& b) const;

  gazetteer gazetteer_;
  int max_edit_distance_ = 2;
  bool strict_ = false;     // first pass: decide clear majorities only
  std::vector<int> losses_;  // per article: spellings that lost a clear majority vote
  std::vector<spelling_stats> spellings_;
  std::unordered_map<std::string, std::size_t> by_key_;
  std::vector<name_correction> misspellings_;
  std::vector<name_correction> variants_;
  std::unordered_map<std::string, std::string> corrections_;  // lower-case written -> corrected
  // per article: surname (lower-case) -> full names written there
  std::vector<std::unordered_map<std::string, std::string>> full_names_;
  std::unordered_map<std::string, std::vector<std::string>> corpus_full_names_;
};

// Whether one spelling is close enough to another to be a slip: every word within its
// length-aware distance and a plausible slip, and the whole within `max_distance`.
bool close_spelling(std::string_view written, std::string_view intended, int max_distance);

// Where a spelling is used, for a finding's evidence: its first mention in each of its first
// max_related articles (in corpus order), those articles, and how many articles use it.
struct spelling_evidence {
  std::vector<location> related;
  std::vector<std::uint32_t> files;
  std::size_t total = 0;
};
spelling_evidence evidence_of(const aligned_corpus& corpus, const spelling_stats& spelling);

// The sentence around `span`, cut to at most about 300 bytes on UTF-8 boundaries (a sentence
// of a 10 MB single-line file must not be copied into every finding).
std::string bounded_context(const analyzed_article& article, text::byte_span span);

// Related locations a finding lists: enough to show the evidence, bounded so that a fact
// shared by thousands of sources does not put thousands of locations into every finding.
inline constexpr std::size_t max_related = 5;

// "000.txt", "000.txt and 004.txt", "000.txt, 003.txt and 004.txt": file names for messages.
// At most max_related names; the rest are counted ("a.txt, ..., e.txt and 42 more"). `total`
// is the number of files the list stands for when the caller passes only the first ones.
std::string list_files(const aligned_corpus& corpus, const std::vector<std::uint32_t>& articles,
                       std::size_t total = 0);

}  // namespace factcheck::checker
