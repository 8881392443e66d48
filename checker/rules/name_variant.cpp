#include "checker/rules/name_variant.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "checker/check.hpp"
#include "checker/model/name_index.hpp"

namespace factcheck::checker::rules {

// Messages:
//   '<name>' is spelled '<preferred>' in <files>; use one spelling
//   '<name>' is spelled '<preferred>' elsewhere in this article; use one spelling
//   house style is '<preferred>', not '<name>'
void name_variant_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  const name_index& names = *corpus.names;
  for (const auto& fix : names.variants()) {
    const auto& variant = names.spellings()[fix.spelling];
    spelling_evidence support;
    if (fix.supported_by) support = evidence_of(corpus, names.spellings()[*fix.supported_by]);
    for (const auto& m : variant.mentions) {
      const auto& a = corpus.articles[m.article];
      const auto& mention = a.names[m.index];
      std::vector<std::uint32_t> others;
      for (auto f : support.files) {
        if (f != m.article) others.push_back(f);
      }
      const bool here_too =
          fix.supported_by && std::binary_search(names.spellings()[*fix.supported_by].articles.begin(),
                                                  names.spellings()[*fix.supported_by].articles.end(), m.article);
      const std::size_t other_total = support.total - (here_too ? 1 : 0);
      std::string message;
      if (fix.evidence == evidence_kind::house_style) {
        message = fmt::format("house style is '{}', not '{}'", fix.suggestion, variant.text);
      } else if (others.empty()) {
        message = fmt::format("'{}' is spelled '{}' elsewhere in this article; use one spelling",
                              variant.text, fix.suggestion);
      } else {
        message = fmt::format("'{}' is spelled '{}' in {}; use one spelling", variant.text,
                              fix.suggestion, list_files(corpus, others, other_total));
      }
      finding f;
      f.where = locate(a, mention.span);
      f.message = std::move(message);
      f.suggestion = fix.suggestion;
      f.related = support.related;
      f.context = bounded_context(a, mention.span);
      sink.report(std::move(f));
    }
  }
}

}  // namespace factcheck::checker::rules
