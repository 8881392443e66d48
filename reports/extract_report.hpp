#pragma once
// The developer's view: `factcheck extract` output, per article, of blocks, sentences,
// quantities and time expressions with spans, positions and normalized values.

#include <memory>
#include <ostream>

#include "checker/model/corpus.hpp"

namespace factcheck::reports {

class json_writer;

// `extract --format json`, written article by article as each is ready: memory is that of one
// article's output, never a document of the whole run.
//   extract_json_stream s(out);
//   for (...) s.write(article);
//   s.finish();
class extract_json_stream {
 public:
  explicit extract_json_stream(std::ostream& out);
  extract_json_stream(const extract_json_stream&) = delete;
  extract_json_stream& operator=(const extract_json_stream&) = delete;
  ~extract_json_stream();

  void write(const checker::analyzed_article& article);
  // Closes the document (with a final line break) and flushes.
  void finish();

 private:
  std::unique_ptr<json_writer> json_;
  bool finished_ = false;
};

// The whole corpus at once (extract_json_stream over every article).
void write_extract_json(const checker::aligned_corpus& corpus, std::ostream& out);

// TimeML: <DCT> with the reference date, then <TEXT> holding the input text unchanged
// (XML-escaped) with <TIMEX3 tid type value mod> around each time expression. One document per
// article, concatenated.
void write_extract_timeml(const checker::aligned_corpus& corpus, std::ostream& out);
// One article's TimeML document (what write_extract_timeml writes for each).
void write_extract_timeml(const checker::analyzed_article& article, std::ostream& out);

}  // namespace factcheck::reports
