#pragma once
// Small corpora for the name and quotation tests: articles given as text (and a date), run
// through the real pipeline (ingest, segment, classify, extract, analyze).

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "checker/check.hpp"
#include "checker/config.hpp"
#include "checker/rules/registry.hpp"
#include "text/ingest.hpp"

namespace factcheck::testing {

struct names_corpus {
  std::unique_ptr<checker::config> settings;
  std::vector<text::article> articles;
  checker::aligned_corpus corpus;

  // Findings of one rule, as "id-of-article:line: message".
  [[nodiscard]] std::vector<std::string> findings(std::string_view rule_id) const {
    std::vector<std::string> out;
    const checker::rule* r = checker::find_rule(rule_id);
    if (r == nullptr) return out;
    checker::finding_sink sink;
    r->run(corpus, sink);
    for (const auto& f : sink.findings()) {
      const auto hash = f.where.path.find('#');
      out.push_back(f.where.path.substr(hash + 1) + ":" + std::to_string(f.where.begin.line) + ": " + f.message);
    }
    return out;
  }
};

struct dated_text {
  std::string id;
  std::string text;
  std::string date;  // YYYY-MM-DD or ""
};

// A configuration with no gazetteer at all (the corpus alone must carry the evidence).
inline checker::config empty_gazetteer() {
  checker::config c;
  c.use_default_gazetteer = true;  // nothing to drop: people/entities/house style are empty
  return c;
}

inline names_corpus make_corpus(const std::vector<dated_text>& texts, checker::config settings = empty_gazetteer()) {
  std::string jsonl;
  for (const auto& t : texts) {
    nlohmann::json record = {{"id", t.id}, {"text", t.text}};
    if (!t.date.empty()) record["date"] = t.date;
    jsonl += record.dump() + "\n";
  }
  names_corpus out;
  out.settings = std::make_unique<checker::config>(std::move(settings));
  auto result = text::ingest_bytes("corpus.jsonl", jsonl);
  out.articles = std::move(result.articles);
  out.corpus = checker::analyze(out.articles, *out.settings);
  return out;
}

}  // namespace factcheck::testing
