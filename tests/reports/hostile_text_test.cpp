// Output nobody can subvert: hostile article text and file names (terminal escapes, bells, C1
// controls, bidirectional overrides and isolates, zero-width characters, markup, NUL, invalid
// UTF-8) through every reporter. Nothing may reach the reader as a control, and the machine
// formats must parse back to the same strings.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "checker/model/corpus.hpp"
#include "reports/neutralize.hpp"
#include "reports/report.hpp"
#include "text/ingest.hpp"

namespace {

using namespace std::string_literals;
namespace reports = factcheck::reports;
namespace checker = factcheck::checker;

// Valid UTF-8 made to attack each reader: a zero-width space inside a name, a right-to-left
// override that turns "exe.gnp" around, an isolate, a colour escape, a bell, the one-byte C1
// CSI, markup and link syntax, a CDATA end, a line separator and a byte-order mark.
const std::string evil =
    "Ky\u200Biv \u202Egnp.exe\u202C \u2066iso\u2069 \x1b[31mred\x1b[0m \x07 \xC2\x9B"
    "2J <script>alert(1)</script> & \"q\" 'a' `b` ]]> <!-- *x* _y_ [l](javascript:x) | "
    "\u2028ls \uFEFFbom \u200F\u061C marks";
// The same with a NUL and invalid bytes, where a reporter must repair rather than copy.
const std::string evil_bytes = evil + " nul \0 bad \xFF\xC3("s;

// The byte sequences that must never appear raw in any output.
const std::vector<std::pair<std::string, std::string>> forbidden = {
    {"\x1b", "ESC"},    {"\x07", "BEL"},         {"\0"s, "NUL"},    {"\xC2\x9B", "C1 CSI"},
    {"\u202E", "RLO"},  {"\u202C", "PDF"},       {"\u2066", "LRI"}, {"\u2069", "PDI"},
    {"\u200B", "ZWSP"}, {"\u200F", "RLM"},       {"\u061C", "ALM"}, {"\u2028", "LINE SEPARATOR"},
    {"\uFEFF", "BOM"},  {"\xFF", "invalid byte"}};

struct hostile_fixture {
  std::vector<factcheck::text::article> articles;
  checker::aligned_corpus corpus;
  std::vector<checker::finding> findings;
  const std::string path = "web/\u202Etxt.exe\x1b[2J.txt";

  hostile_fixture() {
    auto result = factcheck::text::ingest_bytes(path, evil_bytes + "\nSecond " + evil + "\n");
    for (auto& a : result.articles) articles.push_back(std::move(a));
    for (auto& a : articles) {
      checker::analyzed_article analyzed;
      analyzed.source = &a;
      corpus.articles.push_back(std::move(analyzed));
    }
    checker::finding f;
    f.rule = "entity-misspelling";
    f.level = checker::severity::error;
    f.where = {path, {1, 1}, {1, 6}, evil_bytes, "2024-03-14"};
    f.message = evil;
    f.suggestion = evil_bytes;
    f.fact = evil;
    f.context = evil_bytes;
    f.related = {{path + evil, {2, 1}, {2, 7}, evil_bytes, "2024-03-15"}};
    using op = checker::diff_word::op;
    f.diff = {{op::same, evil}, {op::removed, evil_bytes}, {op::added, "\u202E"}};
    f.timeline = {{path, "2024-03-14", 1, 2, evil_bytes}, {evil, "2024-03-15", 3, 3, evil}};
    findings.push_back(f);
  }

  [[nodiscard]] std::string render(reports::format format) const {
    reports::report_input in;
    in.corpus = &corpus;
    in.findings = &findings;
    in.fail_on = checker::severity::warning;
    in.color = format == reports::format::text;  // colour on: our own escapes, never theirs
    in.tool_version = "factcheck 0.0.0\u202E";
    std::ostringstream out;
    reports::reporter_for(format).write(in, out);
    return out.str();
  }
};

// Our own colour escapes are allowed in the text format; strip them before looking for theirs.
std::string without_own_colour(std::string s) {
  for (auto at = s.find("\x1b["); at != std::string::npos; at = s.find("\x1b[", at)) {
    const auto m = s.find('m', at);
    const std::string code = s.substr(at + 2, m - at - 2);
    if (m == std::string::npos || code.find_first_not_of("0123456789;") != std::string::npos) {
      return s;  // not one of ours: leave it for the check to find
    }
    s.erase(at, m - at + 1);
  }
  return s;
}

void expect_no_raw_controls(const std::string& out, std::string_view format) {
  for (const auto& [bytes, name] : forbidden) {
    EXPECT_EQ(out.find(bytes), std::string::npos) << name << " reached the " << format << " output";
  }
  for (const char c : out) {
    const auto u = static_cast<unsigned char>(c);
    EXPECT_FALSE(u < 0x20 && c != '\n' && c != '\t' && c != '\r')
        << "control " << static_cast<int>(u) << " in the " << format << " output";
    if (u < 0x20 && c != '\n' && c != '\t' && c != '\r') break;
  }
}

TEST(HostileText, TerminalOutputNeutralizesEveryControl) {
  const hostile_fixture fx;
  const std::string out = without_own_colour(fx.render(reports::format::text));
  expect_no_raw_controls(out, "text");
  EXPECT_NE(out.find("Ky?iv ?gnp.exe? ?iso?"), std::string::npos) << out;
  EXPECT_NE(out.find("web/?txt.exe?[2J.txt:1:1:"), std::string::npos) << out;
}

TEST(HostileText, TerminalSafeMapsOneCharacterToOne) {
  EXPECT_EQ(reports::terminal_safe("a\u202Eb\u200Bc\x1b\td\xC2\x9B"), "a?b?c? d?");
  EXPECT_EQ(reports::terminal_safe("caf\u00E9 \u2014 \u00A0ok"), "caf\u00E9 \u2014 \u00A0ok");
  EXPECT_EQ(reports::terminal_safe("cut \xE2\x80"), "cut \uFFFD\uFFFD");
}

TEST(HostileText, HtmlEscapesMarkupAndShowsHiddenControlsByName) {
  const hostile_fixture fx;
  const std::string out = fx.render(reports::format::html);
  expect_no_raw_controls(out, "html");
  EXPECT_EQ(out.find("<script>alert"), std::string::npos);
  EXPECT_EQ(out.find("<!-- *x*"), std::string::npos);
  EXPECT_NE(out.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(out.find("Ky[U+200B]iv [U+202E]gnp.exe[U+202C]"), std::string::npos);
  // No text can leave an attribute: every quote of the article is escaped.
  EXPECT_EQ(out.find("\"q\""), std::string::npos);
}

TEST(HostileText, MarkdownEscapesLinksMarkupAndHiddenControls) {
  const hostile_fixture fx;
  const std::string out = fx.render(reports::format::markdown);
  expect_no_raw_controls(out, "markdown");
  EXPECT_EQ(out.find("<script"), std::string::npos);
  EXPECT_EQ(out.find("[l](javascript"), std::string::npos);
  EXPECT_NE(out.find("\\[l\\](javascript:x)"), std::string::npos);
  EXPECT_NE(out.find("Ky\\[U+200B\\]iv"), std::string::npos);
}

TEST(HostileText, JsonParsesBackToTheSameStringsWithHiddenControlsEscaped) {
  const hostile_fixture fx;
  const std::string out = fx.render(reports::format::json);
  expect_no_raw_controls(out, "json");
  EXPECT_NE(out.find("Ky\\u200biv \\u202egnp.exe\\u202c"), std::string::npos);
  const auto doc = nlohmann::json::parse(out);
  const auto& f = doc.at("findings").at(0);
  EXPECT_EQ(f.at("message").get<std::string>(), evil);
  EXPECT_EQ(f.at("path").get<std::string>(), fx.path);
  EXPECT_EQ(f.at("related").at(0).at("path").get<std::string>(), fx.path + evil);
}

TEST(HostileText, SarifParsesBackAndEscapesHiddenControls) {
  const hostile_fixture fx;
  const std::string out = fx.render(reports::format::sarif);
  expect_no_raw_controls(out, "sarif");
  const auto doc = nlohmann::json::parse(out);
  const auto text = doc.at("runs").at(0).at("results").at(0).at("message").at("text");
  EXPECT_NE(text.get<std::string>().find(evil), std::string::npos);
}

TEST(HostileText, JunitIsWellFormedXmlAndKeepsTheTextAsReferences) {
  const hostile_fixture fx;
  const std::string out = fx.render(reports::format::junit);
  expect_no_raw_controls(out, "junit");
  EXPECT_EQ(out.find("<script"), std::string::npos);
  EXPECT_EQ(out.find("]]>"), std::string::npos);
  EXPECT_NE(out.find("&#x202E;"), std::string::npos);
  if (std::system("python3 -c 'import xml.dom.minidom' 2>/dev/null") != 0) {
    GTEST_SKIP() << "python3 not available to parse the XML back";
  }
  const std::string path = ::testing::TempDir() + "hostile_" + std::to_string(::getpid()) + ".xml";
  std::ofstream(path, std::ios::binary) << out;
  // Parsed back, the override is a character of the message again (the data is not lost).
  const std::string cmd =
      "python3 -c \"import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); "
      "sys.exit(0 if '\\u202e' in d.toxml() else 3)\" '" +
      path + "' 2>/dev/null";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << out;
  std::remove(path.c_str());
}

TEST(HostileText, JsonEscapeOfHiddenControlsIsLossless) {
  const std::string doc = nlohmann::json({{"k", evil}}).dump();
  const std::string hardened = reports::json_escape_hidden(doc);
  EXPECT_EQ(hardened.find("\u202E"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(hardened), nlohmann::json::parse(doc));
}

}  // namespace
