#include "checker/rules/entity_misspelling.hpp"

#include <fmt/format.h>

#include "checker/check.hpp"
#include "checker/model/name_index.hpp"

namespace factcheck::checker::rules {

// Messages:
//   '<name>' looks like a misspelling of '<suggestion>' (used in <files>)
//   '<name>' looks like a misspelling of '<suggestion>' (the gazetteer spelling)
//   '<name>' looks like a misspelling of '<suggestion>' (the gazetteer spelling, also used in
//   <files>)
void entity_misspelling_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  const name_index& names = *corpus.names;
  for (const auto& fix : names.misspellings()) {
    const auto& wrong = names.spellings()[fix.spelling];
    spelling_evidence support;
    if (fix.supported_by) support = evidence_of(corpus, names.spellings()[*fix.supported_by]);
    std::string evidence;
    if (fix.evidence == evidence_kind::gazetteer) {
      evidence = support.files.empty()
                     ? std::string("the gazetteer spelling")
                     : fmt::format("the gazetteer spelling, also used in {}",
                                   list_files(corpus, support.files, support.total));
    } else {
      evidence = fmt::format("used in {}", list_files(corpus, support.files, support.total));
    }
    const std::string message = fmt::format("'{}' looks like a misspelling of '{}' ({})",
                                            wrong.text, fix.suggestion, evidence);
    for (const auto& m : wrong.mentions) {
      const auto& a = corpus.articles[m.article];
      const auto& mention = a.names[m.index];
      finding f;
      f.where = locate(a, mention.span);
      f.message = message;
      f.suggestion = fix.suggestion;
      f.related = support.related;
      f.context = bounded_context(a, mention.span);
      sink.report(std::move(f));
    }
  }
}

}  // namespace factcheck::checker::rules
