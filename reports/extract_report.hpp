#pragma once
// The developer's view: `factcheck extract` output, per article, of blocks, sentences,
// quantities and time expressions with spans, positions and normalized values.

#include <ostream>

#include "checker/model/corpus.hpp"

namespace factcheck::reports {

void write_extract_json(const checker::aligned_corpus& corpus, std::ostream& out);

// TimeML: <DCT> with the reference date, then <TEXT> holding the input text unchanged
// (XML-escaped) with <TIMEX3 tid type value mod> around each time expression. One document per
// article, concatenated.
void write_extract_timeml(const checker::aligned_corpus& corpus, std::ostream& out);

}  // namespace factcheck::reports
