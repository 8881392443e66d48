#include "text/classify.hpp"

// Placeholder: every block stays body.
namespace factcheck::text {

void classify_corpus(const std::vector<document_blocks>&, const classify_options&) {}

void classify_blocks(std::string_view text, std::vector<block>& blocks,
                     const classify_options& options) {
  classify_corpus({document_blocks{text, &blocks}}, options);
}

}  // namespace factcheck::text
