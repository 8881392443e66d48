#pragma once
// The claims-jsonl format of a split run (docs/scale-out.md): the map's output and the
// reduce's input, one record per line, `KEY<TAB>{json}` as Hadoop Streaming and Spark's
// RDD.pipe expect.
//
//   key                        record
//   @<file>#<n>                the article: its original bytes, normalized text and position
//                              map, its analysis on the map's shard (blocks, dateline,
//                              quantities, times, names, quotations: lossless), the digest of
//                              the configuration, the number of its claims, and for readers
//                              its dateline, dateline source and name counts
//   f|<subject> or e|<subject> one claim (a figure or an event date), keyed by the blocking key
//                              alignment uses (only claims with the same key are ever compared):
//                              article, index, path, line, column, sentence text and the whole
//                              claim frame
//
// <file> is the input file and <n> the line of the record in it (0 but for JSON Lines corpora):
// articles are put back in the order a direct run reads them (files sorted byte-wise, as a
// directory walk does; records in file order), whatever order the lines come in.
// Complexity: linear in the lines; each line is parsed once, into the model it describes.

#include <cstdint>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "checker/check.hpp"
#include "checker/model/corpus.hpp"
#include "text/article.hpp"

namespace factcheck::checker::split {

inline constexpr int format_version = 1;

// Map: writes every article of an analyzed shard and its claims, in the shard's order.
void write_claims_jsonl(const aligned_corpus& corpus, std::ostream& out);

// The shuffle key of a claim: its kind and subject ("f|troop"), tabs and line breaks blanked.
std::string claim_key(const claim& c);

// What the reduce rebuilds from the lines: the articles in direct-run order and, per article,
// the map's analysis to reuse (analyze(articles, settings, options, cache)).
struct claims_corpus {
  std::vector<text::article> articles;
  std::vector<cached_analysis> cache;
};

class claims_reader {
 public:
  // Reads the lines of one input (`name` is used in messages). Returns "name:line: what is
  // wrong" for the first bad line.
  std::optional<std::string> add(std::istream& in, std::string_view name);
  // The corpus, or a message: an article given twice, a claim whose article is missing, an
  // article whose claims are not all there.
  std::variant<claims_corpus, std::string> finish();

 private:
  struct pending_article {
    std::string where;  // name:line of its record
    text::article article;
    cached_analysis cached;
    std::size_t claims = 0;  // how many claim lines it has
  };
  struct pending_claim {
    std::string where;
    std::uint32_t index = 0;
    claim value;
  };
  // By (file, n): byte-wise file order, then record order.
  std::map<std::pair<std::string, std::uint32_t>, pending_article> articles_;
  std::map<std::pair<std::string, std::uint32_t>, std::vector<pending_claim>> claims_;
};

}  // namespace factcheck::checker::split
