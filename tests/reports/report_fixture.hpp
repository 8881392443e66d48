#pragma once
// A small hand-made corpus and findings for the reporter tests. The articles are invented
// (a ferry accident in a fictional port); the findings are built by hand, as rules would.

#include <chrono>
#include <limits>
#include <string>
#include <vector>

#include "checker/model/corpus.hpp"
#include "checker/model/finding.hpp"
#include "reports/report.hpp"
#include "text/ingest.hpp"

namespace factcheck::testing {

inline const std::string harbour_a =
    "Ferry runs aground off Port Alder\n"
    "\n"
    "PORT ALDER, March 14, 2024 - At least 41 passengers were taken to hospital after the ferry\n"
    "Saint Brendan struck a sandbar, harbour master Ilse Varga said on Thursday.\n"
    "\n"
    "\"We acted quickly and we acted together,\" Varga told reporters.\n";

inline const std::string harbour_b =
    "Port Alder ferry: 29 hurt\n"
    "\n"
    "March 16, 2024\n"
    "\n"
    "Twenty-nine passengers were treated in hospital, according to harbour master Ilse Vargas.\n"
    "\"We acted fast and we acted together,\" she said.\n";

// An article made to attack the HTML and Markdown reporters.
inline const std::string hostile =
    "<script>alert(1)</script> and <img src=x onerror=alert(1)> and [x](javascript:alert(1))\n"
    "A second line with | pipes | and **stars** and `ticks` & \"quotes\" 'single'\n";

struct report_fixture {
  std::vector<text::article> articles;
  checker::aligned_corpus corpus;
  std::vector<checker::finding> findings;

  report_fixture() {
    for (auto* pair : {&a_, &b_, &h_}) {
      auto result = text::ingest_bytes(pair->first, pair->second);
      for (auto& a : result.articles) articles.push_back(std::move(a));
    }
    using namespace std::chrono;
    const year_month_day dates[] = {2024y / March / 14, 2024y / March / 16, 2024y / March / 17};
    for (std::size_t i = 0; i < articles.size(); ++i) {
      checker::analyzed_article a;
      a.source = &articles[i];
      a.dateline.date = dates[i];
      a.dateline.source =
          i == 2 ? grammar::dateline_source::inferred : grammar::dateline_source::header;
      if (i == 2) a.dateline_note = "inferred from the other articles";
      corpus.articles.push_back(std::move(a));
    }

    checker::finding conflict;
    conflict.rule = "numeric-conflict";
    conflict.level = checker::severity::error;
    conflict.where = {"wire/a.txt", {3, 39}, {3, 41}, "41", "2024-03-14"};
    conflict.message = "41 passengers conflicts with 29 in another source";
    conflict.suggestion = "29";
    conflict.related = {{"wire/b.txt", {5, 1}, {5, 12}, "Twenty-nine", "2024-03-16"}};
    conflict.fact = "passengers taken to hospital";
    conflict.context =
        "At least 41 passengers were taken to hospital after the ferry Saint Brendan struck a "
        "sandbar.";
    conflict.timeline = {
        {"wire/a.txt", "2024-03-14", 41, std::numeric_limits<double>::infinity(), "at least 41"},
        {"wire/b.txt", "2024-03-16", 29, 29, "Twenty-nine"}};
    findings.push_back(conflict);

    checker::finding quote;
    quote.rule = "misquote";
    quote.level = checker::severity::error;
    quote.where = {
        "wire/b.txt", {6, 2}, {6, 37}, "We acted fast and we acted together", "2024-03-16"};
    quote.message = "Ilse Varga's quotation is worded differently in another source";
    quote.related = {
        {"wire/a.txt", {6, 2}, {6, 40}, "We acted quickly and we acted together", "2024-03-14"}};
    quote.fact = "Ilse Varga quotation";
    quote.context = "\"We acted fast and we acted together,\" she said.";
    using op = checker::diff_word::op;
    quote.diff = {{op::same, "We"},    {op::same, "acted"},   {op::removed, "quickly"},
                  {op::added, "fast"}, {op::same, "and"},     {op::same, "we"},
                  {op::same, "acted"}, {op::same, "together"}};
    findings.push_back(quote);

    checker::finding spelling;
    spelling.rule = "entity-misspelling";
    spelling.level = checker::severity::warning;
    spelling.where = {"wire/b.txt", {5, 83}, {5, 89}, "Vargas", "2024-03-16"};
    spelling.message = "\"Vargas\" looks like a misspelling of \"Varga\"";
    spelling.suggestion = "Varga";
    findings.push_back(spelling);

    checker::finding residue;
    residue.rule = "boilerplate-residue";
    residue.level = checker::severity::info;
    residue.where = {"web/hostile.txt", {1, 1}, {1, 26}, "<script>alert(1)</script>", ""};
    residue.message = "Page residue <img src=x onerror=alert(1)> in the copy";
    residue.suggestion = "<a href=\"javascript:alert(1)\">remove</a>";
    residue.context = hostile.substr(0, hostile.find('\n'));
    residue.related = {
        {"web/hostile.txt", {2, 1}, {2, 10}, "javascript:alert(2) <b onmouseover=x>", ""}};
    findings.push_back(residue);
  }

  reports::report_input input(bool color = false) const {
    reports::report_input in;
    in.corpus = &corpus;
    in.findings = &findings;
    in.fail_on = checker::severity::warning;
    in.color = color;
    in.tool_version = "0.0.0-test";
    return in;
  }

 private:
  std::pair<std::string, std::string> a_{"wire/a.txt", harbour_a};
  std::pair<std::string, std::string> b_{"wire/b.txt", harbour_b};
  std::pair<std::string, std::string> h_{"web/hostile.txt", hostile};
};

}  // namespace factcheck::testing
