#include "checker/rules/name_variant.hpp"

#include <fmt/format.h>

#include "checker/check.hpp"
#include "checker/model/name_index.hpp"

namespace factcheck::checker::rules {

// Messages:
//   '<name>' is spelled '<preferred>' in <files>; use one spelling
//   '<name>' is spelled '<preferred>' elsewhere in this article; use one spelling
//   house style is '<preferred>', not '<name>'
void name_variant_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  const name_index names(corpus);
  for (const auto& fix : names.variants()) {
    const auto& variant = names.spellings()[fix.spelling];
    std::vector<location> related;
    std::vector<std::uint32_t> files;
    if (fix.supported_by) {
      const auto& preferred = names.spellings()[*fix.supported_by];
      for (auto article : preferred.articles) {
        for (const auto& m : preferred.mentions) {
          if (m.article != article) continue;
          const auto& a = corpus.articles[article];
          related.push_back(locate(a, a.names[m.index].span));
          files.push_back(article);
          break;
        }
      }
    }
    for (const auto& m : variant.mentions) {
      const auto& a = corpus.articles[m.article];
      const auto& mention = a.names[m.index];
      std::vector<std::uint32_t> others;
      for (auto f : files) {
        if (f != m.article) others.push_back(f);
      }
      std::string message;
      if (fix.evidence == evidence_kind::house_style) {
        message = fmt::format("house style is '{}', not '{}'", fix.suggestion, variant.text);
      } else if (others.empty()) {
        message = fmt::format("'{}' is spelled '{}' elsewhere in this article; use one spelling",
                              variant.text, fix.suggestion);
      } else {
        message = fmt::format("'{}' is spelled '{}' in {}; use one spelling", variant.text,
                              fix.suggestion, list_files(corpus, others));
      }
      finding f;
      f.where = locate(a, mention.span);
      f.message = std::move(message);
      f.suggestion = fix.suggestion;
      f.related = related;
      f.context = bounded_context(a, mention.span);
      sink.report(std::move(f));
    }
  }
}

}  // namespace factcheck::checker::rules
