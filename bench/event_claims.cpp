// event_claims: the event-date claims factcheck builds for a folder of articles, one JSON object
// per line, with the id of the fact (alignment group) each was put in. The input of
// fixtures/real/score_events.py --claims (event alignment against ECB+ coreference chains):
//
//   event_claims DIR > OUT/<cluster>.jsonl
//
// {"file": "1_1ecb.txt", "line": 5, "column": 12, "end_column": 18, "text": "attack", "fact": "7",
//  "time": "on Friday"}: the position is the event head's (the noun the date is attached to),
// columns 1-based in characters, end exclusive; "fact" is the index of the claim's fact group,
// or the claim's own id ("c<N>") when date-conflict would not compare it with anything.

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "checker/check.hpp"
#include "checker/analysis/claim_text.hpp"
#include "checker/analysis/similarity.hpp"
#include "checker/config.hpp"
#include "text/ingest.hpp"

namespace {

std::uint32_t column_of(const factcheck::text::article& a, std::uint32_t offset) {
  return a.locate(offset).column;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace factcheck;
  if (argc != 2) {
    std::fprintf(stderr, "usage: event_claims DIR\n");
    return 2;
  }
  const auto input = text::ingest({argv[1]});
  const checker::config& settings = checker::default_config();
  const auto corpus = checker::analyze(input.articles, settings);
  std::map<std::uint32_t, std::uint32_t> fact_of;
  for (std::uint32_t g = 0; g < corpus.facts.size(); ++g) {
    for (std::uint32_t c : corpus.facts[g].claims) fact_of[c] = g;
  }
  for (std::uint32_t i = 0; i < corpus.claims.size(); ++i) {
    const auto& c = corpus.claims[i];
    if (c.kind != checker::claim_kind::event_date) continue;
    const auto& a = corpus.articles[c.article];
    const auto head = checker::event_near(
        a.text(), c.sentence, c.span, checker::previous_time_end(a.times, c.sentence, c.span));
    const text::byte_span at = head ? head->span : c.span;
    const auto where = a.source->locate(at.begin);
    nlohmann::json rec = {
        {"file", std::filesystem::path(a.path()).filename().string()},
        {"line", where.line},
        {"column", where.column},
        {"end_column", column_of(*a.source, at.end)},
        {"text", std::string(at.of(a.text()))},
        {"time", std::string(c.span.of(a.text()))},
        {"value", a.times[c.index].value},
        {"subject", c.subject},
        {"entities", c.entities},
        {"story", checker::story_keys(a, settings)},
        {"fact", fact_of.count(i) != 0 ? std::to_string(fact_of[i]) : fmt::format("c{}", i)}};
    std::puts(rec.dump().c_str());
  }
  return 0;
}
