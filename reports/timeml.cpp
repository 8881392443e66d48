// write_extract_timeml: one TimeML document per article, so that the time grammar can be read and
// scored with TimeML tools (TempEval-3). The <TEXT> element holds the article's normalized text
// unchanged except for XML escaping, with a <TIMEX3> element around each extracted expression.

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "reports/common.hpp"
#include "reports/extract_report.hpp"
#include "text/ascii.hpp"

using factcheck::text::iso_date;

namespace factcheck::reports {
namespace {

// XML escaping that keeps the text: metacharacters and hidden controls become references.
void escape(std::string_view s, std::ostream& out) { out << detail::escape_xml(s); }

}  // namespace

void write_extract_timeml(const checker::analyzed_article& a, std::ostream& out) {
  {
    const std::string_view text = a.text();
    out << "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>";
    escape(a.path(), out);
    out << "</DOCID>\n";
    if (a.reference) {  // the date the TIMEX3 values were resolved against
      const std::string dct = iso_date(*a.reference);
      out << "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" << dct
          << "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" << dct << "</TIMEX3></DCT>\n";
    } else {
      out << "<DCT></DCT>\n";
    }
    std::vector<const grammar::time_expression*> times;
    times.reserve(a.times.size());
    for (const auto& t : a.times) {
      if (t.span.end <= text.size() && !t.span.empty()) times.push_back(&t);
    }
    std::sort(times.begin(), times.end(),
              [](const auto* x, const auto* y) { return x->span.begin < y->span.begin; });
    out << "<TEXT>";
    std::uint32_t at = 0;
    unsigned tid = 1;
    for (const auto* t : times) {
      if (t->span.begin < at) continue;  // overlapping spans cannot nest in XML
      escape(text.substr(at, t->span.begin - at), out);
      out << "<TIMEX3 tid=\"t" << tid++ << "\" type=\"" << grammar::to_string(t->type) << "\" value=\"";
      escape(t->value, out);
      out << '"';
      if (!t->mod.empty()) out << " mod=\"" << t->mod << '"';
      out << '>';
      escape(t->span.of(text), out);
      out << "</TIMEX3>";
      at = t->span.end;
    }
    escape(text.substr(at), out);
    out << "</TEXT>\n</TimeML>\n";
  }
}

void write_extract_timeml(const checker::aligned_corpus& corpus, std::ostream& out) {
  for (const auto& a : corpus.articles) write_extract_timeml(a, out);
}

}  // namespace factcheck::reports
