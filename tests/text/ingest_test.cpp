// ingest: formats, normalization, directories, diagnostics.
#include "text/ingest.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <sstream>

#include "text_test_support.hpp"

namespace factcheck::text {
namespace {

using testing::only_article;
using testing::temp_dir;

bool has_diagnostic(const ingest_result& r, diagnostic::level level, std::string_view needle) {
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const diagnostic& d) {
    return d.severity == level && d.message.find(needle) != std::string::npos;
  });
}

TEST(IngestText, NormalizesWhitespace) {
  const auto r = ingest_bytes("a.txt",
                              "  Flood\twarning \xC2\xA0 issued   for Osk.  \r\n"
                              "Second\xE2\x80\x83line.\r\n\r\n\r\n\r\nNew paragraph.   \n\n\n");
  EXPECT_EQ(only_article(r).text, "Flood warning issued for Osk.\nSecond line.\n\nNew paragraph.");
  EXPECT_TRUE(r.diagnostics.empty());
  EXPECT_EQ(only_article(r).format, source_format::txt);
}

TEST(IngestText, DropsByteOrderMarkAndZeroWidthSpaces) {
  const auto r = ingest_bytes("a.txt", "\xEF\xBB\xBFLevee\xE2\x80\x8B holds.");
  EXPECT_EQ(only_article(r).text, "Levee holds.");
  EXPECT_EQ(only_article(r).locate(0), (position{1, 2}));
}

TEST(IngestMarkdown, RemovesMarkupAndKeepsText) {
  const std::string md =
      "# Dam *breach* forces ##evacuation ##\n"
      "\n"
      "Officials in **Osk** said [the levee](https://example.org/levee) would _hold_.\n"
      "![Boats](https://example.org/boats.jpg)\n"
      "> A quoted `line` here.\n"
      "\n"
      "- first item\n"
      "* second item\n"
      "1. numbered item\n"
      "\n"
      "```\n"
      "code that is not prose\n"
      "```\n"
      "<!-- hidden\n"
      "comment -->\n"
      "Snake_case_name and 5 * 3 and 5*3 stay, \\*escaped\\* too.\n"
      "Setext heading\n"
      "==============\n";
  const auto r = ingest_bytes("story.md", md);
  EXPECT_EQ(only_article(r).format, source_format::markdown);
  EXPECT_EQ(only_article(r).text,
            "Dam breach forces ##evacuation\n\n"
            "Officials in Osk said the levee would hold.\n"
            "A quoted line here.\n\n"
            "first item\nsecond item\nnumbered item\n\n"
            "Snake_case_name and 5 * 3 and 5*3 stay, *escaped* too.\n"
            "Setext heading");
}

TEST(IngestMarkdown, FrontMatterIsMetadata) {
  const auto r =
      ingest_bytes("s.md",
                   "---\ntitle: \"Levee holds\"\ndate: 2024-03-05\n---\n# Levee holds\n\n"
                   "Crews left.\n");
  const article& a = only_article(r);
  EXPECT_EQ(a.text, "Levee holds\n\nCrews left.");
  EXPECT_EQ(a.locate(0), (position{5, 3}));
  ASSERT_TRUE(a.stated_date.has_value());
  EXPECT_EQ(*a.stated_date, std::chrono::year_month_day(std::chrono::year{2024}, std::chrono::March,
                                                        std::chrono::day{5}));
  // An opening rule without a closing one is not front matter.
  const auto rule = ingest_bytes("r.md", "---\nCrews left.\n");
  EXPECT_EQ(only_article(rule).text, "Crews left.");
  EXPECT_FALSE(only_article(rule).stated_date.has_value());
}

TEST(IngestMarkdown, KeepsPositionsOfKeptText) {
  const std::string md = "Officials in **Osk** said [the levee](u) held.\n";
  const auto r = ingest_bytes("s.md", md);
  const article& a = only_article(r);
  const auto osk = static_cast<std::uint32_t>(a.text.find("Osk"));
  EXPECT_EQ(a.locate(osk), (position{1, 16}));
  const auto levee = static_cast<std::uint32_t>(a.text.find("the levee"));
  EXPECT_EQ(a.locate(levee), (position{1, 28}));
  const auto held = static_cast<std::uint32_t>(a.text.find("held"));
  EXPECT_EQ(a.locate(held), (position{1, 42}));
}

TEST(IngestHtml, StripsTagsDropsFurnitureDecodesEntities) {
  const std::string html =
      "<html><head><title>Site title</title><style>p{color:red}</style></head><body>\n"
      "<header><nav><a href=\"/\">Home</a></nav></header>\n"
      "<script>var x = \"<p>not text</p>\";</script>\n"
      "<h1>Levee&nbsp;holds &mdash; for now</h1>\n"
      "<p>The mayor said &ldquo;we&rsquo;re ready&rdquo; &amp; calm. &#8364;5 &#x41;\n"
      "second line of the paragraph.</p>\n"
      "<aside>Most read</aside><noscript>enable js</noscript>\n"
      "<p>Line one<br>line two <span class=\"x\" data-a=\"a>b\">inline</span>.</p>\n"
      "<footer>Copyright</footer></body></html>";
  const auto r = ingest_bytes("page.html", html);
  EXPECT_EQ(only_article(r).format, source_format::html);
  EXPECT_EQ(only_article(r).text,
            "Levee holds \u2014 for now\n\n"
            "The mayor said \u201Cwe\u2019re ready\u201D & calm. \u20AC5 A second line of the "
            "paragraph.\n\n"
            "Line one\nline two inline.");
}

TEST(IngestHtml, KeepsHeaderAndFooterInsideArticle) {
  const std::string html =
      "<nav>Menu</nav><article><header><h1>Title here</h1><p>March 4, 2024</p></header>"
      "<p>Body text.</p><footer>By A. Writer</footer></article><footer>Site footer</footer>";
  const auto r = ingest_bytes("p.htm", html);
  EXPECT_EQ(only_article(r).text, "Title here\n\nMarch 4, 2024\n\nBody text.\n\nBy A. Writer");
}

TEST(IngestHtml, PublicationDateMetaIsTheStatedDate) {
  const auto r = ingest_bytes(
      "p.html",
      "<html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
      "<meta property=\"article:published_time\" content=\"2024-03-04T18:20:00Z\"></head>"
      "<body><p>Levee holds.</p></body></html>");
  const article& a = only_article(r);
  EXPECT_EQ(a.text, "Levee holds.");
  ASSERT_TRUE(a.stated_date.has_value());
  EXPECT_EQ(*a.stated_date, std::chrono::year_month_day(std::chrono::year{2024}, std::chrono::March,
                                                        std::chrono::day{4}));
  const auto none = ingest_bytes("q.html", "<meta name='date' content='soon'><p>Levee.</p>");
  EXPECT_FALSE(only_article(none).stated_date.has_value());
}

TEST(IngestHtml, EntityMapsToItsAmpersand) {
  const std::string html = "<p>A&mdash;B &unknown; &#0; &</p>";
  const auto r = ingest_bytes("p.html", html);
  const article& a = only_article(r);
  EXPECT_EQ(a.text, "A\u2014B &unknown; \uFFFD &");
  // The three bytes of the em dash all map to the '&' at column 5.
  for (std::uint32_t i = 1; i <= 3; ++i) EXPECT_EQ(a.locate(i), (position{1, 5}));
  EXPECT_EQ(a.locate(4), (position{1, 12}));  // 'B'
}

TEST(IngestJsonl, EachRecordIsAnArticle) {
  const std::string jsonl =
      "{\"id\": \"a1\", \"date\": \"2024-03-04\", \"text\": \"Levee holds.\\n\\nSecond \\u00e9 "
      "para.\"}\n"
      "\n"
      "{\"text\": \"No id here.\", \"id\": 7}\n";
  const auto r = ingest_bytes("feed.jsonl", jsonl);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_TRUE(r.diagnostics.empty());
  const article& a = r.articles[0];
  EXPECT_EQ(a.path, "feed.jsonl#a1");
  EXPECT_EQ(a.format, source_format::jsonl);
  EXPECT_EQ(a.text, "Levee holds.\n\nSecond \u00e9 para.");
  ASSERT_TRUE(a.stated_date.has_value());
  EXPECT_EQ(*a.stated_date, std::chrono::year_month_day(std::chrono::year{2024}, std::chrono::March,
                                                        std::chrono::day{4}));
  // Positions are on the record's line, at the column of the source character or escape.
  const std::string_view line = "{\"id\": \"a1\", \"date\": \"2024-03-04\", \"text\": \"";
  EXPECT_EQ(a.locate(0), (position{1, static_cast<std::uint32_t>(line.size() + 1)}));
  const auto second = static_cast<std::uint32_t>(a.text.find("Second"));
  const auto raw_second = jsonl.find("Second");
  EXPECT_EQ(a.locate(second), (position{1, static_cast<std::uint32_t>(raw_second + 1)}));
  const auto e_acute = static_cast<std::uint32_t>(a.text.find("\u00e9"));
  EXPECT_EQ(a.locate(e_acute),
            (position{1, static_cast<std::uint32_t>(jsonl.find("\\u00e9") + 1)}));
  EXPECT_EQ(r.articles[1].path, "feed.jsonl#7");
  EXPECT_EQ(r.articles[1].locate(0).line, 3u);
}

TEST(IngestJsonl, ByteOrderMarkAndCrlfAreAccepted) {
  const auto r = ingest_bytes("feed.jsonl",
                              "\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"One.\"}\r\n"
                              "{\"id\": \"b\", \"text\": \"Two.\"}\r\n");
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_TRUE(r.diagnostics.empty());
  EXPECT_EQ(r.articles[1].text, "Two.");
  EXPECT_EQ(r.articles[1].locate(0), (position{2, 22}));
}

TEST(IngestJsonl, BadLineIsAnErrorNamingFileAndLine) {
  const std::string jsonl =
      "{\"id\": \"ok\", \"text\": \"Fine.\"}\n"
      "{\"id\": \"broken\", \"text\": \"unterminated}\n"
      "[1, 2]\n"
      "{\"id\": \"no-text\"}\n"
      "{\"id\": \"bad-date\", \"text\": \"Also fine.\", \"date\": \"March 4\"}\n";
  const auto r = ingest_bytes("feed.jsonl", jsonl);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_TRUE(r.has_errors());
  std::vector<std::uint32_t> error_lines;
  for (const auto& d : r.diagnostics) {
    EXPECT_EQ(d.path, "feed.jsonl");
    if (d.severity == diagnostic::level::error) error_lines.push_back(d.line);
  }
  EXPECT_EQ(error_lines, (std::vector<std::uint32_t>{2, 3, 4}));
  EXPECT_TRUE(has_diagnostic(r, diagnostic::level::warning, "date"));
  EXPECT_FALSE(r.articles[1].stated_date.has_value());
}

TEST(IngestEncoding, InvalidUtf8IsReplacedWithWarning) {
  const auto path = std::string(FACTCHECK_SOURCE_DIR) + "/fixtures/adversarial/invalid_utf8.txt";
  const auto r = ingest({path});
  const article& a = only_article(r);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  const diagnostic& d = r.diagnostics[0];
  EXPECT_EQ(d.severity, diagnostic::level::warning);
  EXPECT_EQ(d.path, path);
  EXPECT_EQ(d.line, 1u);
  EXPECT_NE(d.message.find("byte offset 37"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("4 invalid bytes"), std::string::npos) << d.message;
  EXPECT_NE(a.text.find("was \uFFFD\uFFFD closed."), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("2\uFFFD\uFFFD metres"), std::string::npos) << a.text;
  // The replacement characters map to the invalid bytes.
  const auto at = static_cast<std::uint32_t>(a.text.find("\uFFFD"));
  EXPECT_EQ(a.map.original_offset(at), 37u);
  EXPECT_EQ(a.map.original_offset(at + 3), 38u);
}

TEST(IngestEncoding, RejectsOverlongAndSurrogateForms) {
  const auto r = ingest_bytes("a.txt", "A\xC0\xAF B\xED\xA0\x80 C\xF4\x90\x80\x80.");
  const article& a = only_article(r);
  EXPECT_EQ(a.text.find('\xC0'), std::string::npos);
  EXPECT_EQ(a.text.find('\xED'), std::string::npos);
  EXPECT_EQ(a.text.find('\xF4'), std::string::npos);
  EXPECT_TRUE(has_diagnostic(r, diagnostic::level::warning, "invalid UTF-8"));
}

TEST(IngestFiles, EmptyFileIsAnEmptyArticleWithWarning) {
  const auto r = ingest({std::string(FACTCHECK_SOURCE_DIR) + "/fixtures/adversarial/empty.txt"});
  EXPECT_EQ(only_article(r).text, "");
  EXPECT_FALSE(r.has_errors());
  EXPECT_TRUE(has_diagnostic(r, diagnostic::level::warning, "empty"));
}

TEST(IngestFiles, BinaryFileIsSkippedWithWarning) {
  const auto r =
      ingest({std::string(FACTCHECK_SOURCE_DIR) + "/fixtures/adversarial/nul_bytes.bin"});
  EXPECT_TRUE(r.articles.empty());
  EXPECT_FALSE(r.has_errors());
  EXPECT_TRUE(has_diagnostic(r, diagnostic::level::warning, "binary"));
}

TEST(IngestFiles, NulAfterFirst8KiBIsASpace) {
  std::string bytes(9000, 'a');
  bytes += '\0';
  bytes += "tail.";
  const auto r = ingest_bytes("late_nul.txt", bytes);
  EXPECT_EQ(only_article(r).text, std::string(9000, 'a') + " tail.");
}

TEST(IngestFiles, UnreadableFileIsAnErrorAndOthersAreRead) {
  temp_dir dir;
  const auto good = dir.write("good.txt", "Levee holds.");
  const auto missing = (dir.path() / "missing.txt").generic_string();
  const auto r = ingest({missing, good});
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].path, good);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].severity, diagnostic::level::error);
  EXPECT_EQ(r.diagnostics[0].path, missing);
}

TEST(IngestFiles, DirectoryIsWalkedSortedSkippingHiddenAndNonArticles) {
  temp_dir dir;
  dir.write("b.txt", "B.");
  dir.write("a/z.md", "Z.");
  dir.write("a/c.html", "<p>C.</p>");
  dir.write("a/.hidden.txt", "hidden");
  dir.write(".git/config.txt", "hidden dir");
  dir.write("notes.csv", "x,y");
  dir.write("README.md", "docs");
  dir.write("feed.jsonl", "{\"id\": \"r\", \"text\": \"R.\"}\n");
  const auto r = ingest({dir.path().generic_string()});
  std::vector<std::string> names;
  for (const auto& a : r.articles) {
    names.push_back(std::filesystem::relative(a.path, dir.path()).generic_string());
  }
  EXPECT_EQ(names, (std::vector<std::string>{"a/c.html", "a/z.md", "b.txt", "feed.jsonl#r"}));
  EXPECT_TRUE(r.diagnostics.empty());
  // Twice the same answer: the walk is deterministic.
  const auto again = ingest({dir.path().generic_string()});
  ASSERT_EQ(again.articles.size(), r.articles.size());
  for (std::size_t i = 0; i < r.articles.size(); ++i) {
    EXPECT_EQ(again.articles[i].path, r.articles[i].path);
  }
}

TEST(IngestFiles, IgnoreGlobsSkipPaths) {
  temp_dir dir;
  dir.write("keep.txt", "Keep.");
  dir.write("drafts/old.txt", "Old.");
  dir.write("skip.md", "Skip.");
  ingest_options options;
  options.ignore_globs = {"**/drafts/**", "*.md"};
  const auto r = ingest({dir.path().generic_string()}, options);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_TRUE(r.articles[0].path.ends_with("keep.txt"));
  // Relative to the walked directory.
  options.ignore_globs = {"drafts/*.txt"};
  const auto relative = ingest({dir.path().generic_string()}, options);
  ASSERT_EQ(relative.articles.size(), 2u);
  EXPECT_TRUE(relative.articles[0].path.ends_with("keep.txt"));
  EXPECT_TRUE(relative.articles[1].path.ends_with("skip.md"));
}

TEST(IngestFiles, DashReadsStandardInput) {
  std::istringstream fake("Levee holds.\r\n\r\nCrews left.");
  std::streambuf* saved = std::cin.rdbuf(fake.rdbuf());
  const auto r = ingest({"-"});
  std::cin.rdbuf(saved);
  const article& a = only_article(r);
  EXPECT_EQ(a.path, "-");
  EXPECT_EQ(a.text, "Levee holds.\n\nCrews left.");
  EXPECT_EQ(a.locate(static_cast<std::uint32_t>(a.text.find("Crews"))), (position{3, 1}));
}

TEST(IngestFiles, ExplicitFileOfUnknownExtensionIsText) {
  temp_dir dir;
  const auto p = dir.write("wire.story", "Levee *holds*.");
  const auto r = ingest({p});
  EXPECT_EQ(only_article(r).text, "Levee *holds*.");
  EXPECT_EQ(only_article(r).format, source_format::txt);
}

TEST(IngestFiles, BundledCorpusIngestsCleanly) {
  const auto r = ingest({std::string(FACTCHECK_SOURCE_DIR) + "/fixtures/corpus"});
  EXPECT_TRUE(r.diagnostics.empty());
  EXPECT_EQ(r.articles.size(), 10u);
  std::size_t formats[4] = {0, 0, 0, 0};
  for (const auto& a : r.articles) {
    ++formats[static_cast<int>(a.format)];
    EXPECT_FALSE(a.text.empty()) << a.path;
  }
  EXPECT_EQ(formats[static_cast<int>(source_format::txt)], 3u);
  EXPECT_EQ(formats[static_cast<int>(source_format::markdown)], 2u);
  EXPECT_EQ(formats[static_cast<int>(source_format::html)], 2u);
  EXPECT_EQ(formats[static_cast<int>(source_format::jsonl)], 3u);
}

}  // namespace
}  // namespace factcheck::text
