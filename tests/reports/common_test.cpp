// Escaping and formatting helpers shared by the reporters.
#include "reports/common.hpp"

#include <gtest/gtest.h>

#include "report_fixture.hpp"

namespace {

namespace detail = factcheck::reports::detail;

TEST(ReportsCommon, EscapeHtmlCoversMarkupQuotesAndBackticks) {
  EXPECT_EQ(detail::escape_html("<a href=\"x\" title='y'>`&`</a>"),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&#96;&amp;&#96;&lt;/a&gt;");
}

TEST(ReportsCommon, InvalidUtf8BecomesReplacementCharacters) {
  EXPECT_EQ(detail::valid_utf8("a\xC3(b"), "a\xEF\xBF\xBD(b");
  EXPECT_EQ(detail::valid_utf8("\xED\xA0\x80"),
            "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");                      // a surrogate
  EXPECT_EQ(detail::valid_utf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  EXPECT_EQ(detail::valid_utf8("Kyiv – Київ"), "Kyiv – Київ");
}

TEST(ReportsCommon, XmlDropsForbiddenControlCharacters) {
  EXPECT_EQ(detail::escape_xml("a\x01"
                               "b\tc<'>"),
            "ab\tc&lt;&apos;&gt;");
}

TEST(ReportsCommon, MarkdownEscapesInlineSyntax) {
  EXPECT_EQ(detail::escape_markdown("*a* _b_ [c](d) `e` | <f> ~g~"),
            "\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\| &lt;f&gt; \\~g\\~");
}

TEST(ReportsCommon, MarkdownKeepsIntrawordUnderscores) {
  EXPECT_EQ(detail::escape_markdown("01_wire_dam.txt _x_ a_ _b"), "01_wire_dam.txt \\_x\\_ a\\_ \\_b");
}

TEST(ReportsCommon, UriEncodingKeepsSlashesAndUnreserved) {
  EXPECT_EQ(detail::uri_encode_path("wire/a b#1.txt"), "wire/a%20b%231.txt");
  EXPECT_EQ(detail::uri_encode_path("Київ.md"), "%D0%9A%D0%B8%D1%97%D0%B2.md");
}

TEST(ReportsCommon, FormatNumberGroupsThousands) {
  EXPECT_EQ(detail::format_number(94300), "94,300");
  EXPECT_EQ(detail::format_number(100), "100");
  EXPECT_EQ(detail::format_number(1500000), "1,500,000");
  EXPECT_EQ(detail::format_number(-2500), "-2,500");
  EXPECT_EQ(detail::format_number(2.5), "2.5");
}

TEST(ReportsCommon, FactSectionsPutTheWorstFirstAndUngroupedLast) {
  std::vector<factcheck::checker::finding> findings(4);
  findings[0].fact = "rainfall";
  findings[0].level = factcheck::checker::severity::info;
  findings[1].level = factcheck::checker::severity::error;  // no fact
  findings[2].fact = "evacuees";
  findings[2].level = factcheck::checker::severity::warning;
  findings[3].fact = "rainfall";
  findings[3].level = factcheck::checker::severity::error;
  const auto sections = detail::group_by_fact(findings);
  ASSERT_EQ(sections.size(), 3u);
  EXPECT_EQ(sections[0].label, "rainfall");
  EXPECT_EQ(sections[0].findings.front(), &findings[3]);
  EXPECT_EQ(sections[1].label, "evacuees");
  EXPECT_EQ(sections[2].label, "");
}

TEST(ReportsCommon, BareVersionDropsTheProgramName) {
  EXPECT_EQ(detail::bare_version("factcheck 1.2.3"), "1.2.3");
  EXPECT_EQ(detail::bare_version("1.2.3"), "1.2.3");
}

}  // namespace
