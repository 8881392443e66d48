// JUnit XML: one testcase per article, a failure per finding at or above fail_on, parsed back.
#include "reports/junit_reporter.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "report_fixture.hpp"

namespace {

using factcheck::testing::report_fixture;

std::string render(const factcheck::reports::report_input& in) {
  std::ostringstream out;
  factcheck::reports::junit_reporter{}.write(in, out);
  return out.str();
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
    ++n;
  return n;
}

// Parses the XML with Python's standard library (xml.dom.minidom) and prints
// "<testcases> <failures>"; empty when it is not well-formed.
std::string parse_back(const std::string& xml) {
  const std::string path = ::testing::TempDir() + "junit_" + std::to_string(::getpid()) + ".xml";
  std::ofstream(path, std::ios::binary) << xml;
  const std::string out_path = path + ".out";
  const std::string cmd =
      "python3 -c \"import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); "
      "print(len(d.getElementsByTagName('testcase')), len(d.getElementsByTagName('failure')))\" '" +
      path + "' > '" + out_path + "' 2>/dev/null";
  const int status = std::system(cmd.c_str());
  std::ifstream in(out_path);
  std::string result;
  std::getline(in, result);
  std::remove(path.c_str());
  std::remove(out_path.c_str());
  return status == 0 ? result : "";
}

bool have_python() { return std::system("python3 -c 'import xml.dom.minidom' 2>/dev/null") == 0; }

TEST(JunitReporter, OneTestcasePerArticleAndFailuresAtOrAboveThreshold) {
  const report_fixture fx;
  const std::string xml = render(fx.input());  // fail_on = warning
  EXPECT_EQ(count(xml, "<testsuite "), 1u);
  EXPECT_EQ(count(xml, "<testcase "), 3u);
  EXPECT_EQ(count(xml, "<failure "), 3u);
  EXPECT_NE(xml.find("failures=\"3\""), std::string::npos);
  EXPECT_NE(xml.find("<system-out>web/hostile.txt:1:1: info:"), std::string::npos);
}

TEST(JunitReporter, FailOnNoneFailsNothing) {
  const report_fixture fx;
  auto in = fx.input();
  in.fail_on = std::nullopt;
  EXPECT_EQ(count(render(in), "<failure "), 0u);
}

TEST(JunitReporter, ParsesBackAsWellFormedXml) {
  if (!have_python()) GTEST_SKIP() << "python3 not available";
  report_fixture fx;
  fx.findings[0].message = "a <b> & \"c\" 'd' \x01 control";
  auto in = fx.input();
  in.fail_on = factcheck::checker::severity::info;
  EXPECT_EQ(parse_back(render(in)), "3 4");
}

TEST(JunitReporter, MalformedXmlIsDetectedByTheParser) {
  if (!have_python()) GTEST_SKIP() << "python3 not available";
  EXPECT_EQ(parse_back("<testsuite><testcase></testsuite>"), "");
}

TEST(JunitReporter, ArticleTextIsEscaped) {
  const report_fixture fx;
  auto in = fx.input();
  in.fail_on = factcheck::checker::severity::info;
  const std::string xml = render(in);
  EXPECT_EQ(xml.find("<script>"), std::string::npos);
  EXPECT_NE(xml.find("&lt;script&gt;"), std::string::npos);
}

}  // namespace
