#include "checker/rules/role_conflict.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "checker/check.hpp"
#include "checker/model/name_index.hpp"
#include "text/ascii.hpp"

using factcheck::text::to_lower_ascii;

using factcheck::text::iso_date;

namespace factcheck::checker::rules {
namespace {

struct titled_mention {
  std::uint32_t article = 0;
  std::uint32_t index = 0;
  std::string title;
};

// "former President X", "then-Foreign Minister X": not a claim about the present.
bool past_title(std::string_view text, text::byte_span title) {
  std::size_t end = title.begin;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '-')) --end;
  std::size_t begin = end;
  while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n') --begin;
  std::string word(text.substr(begin, end - begin));
  for (auto& c : word) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return word == "former" || word == "then" || word == "ex" || word == "late" || word == "future" ||
         word == "then-" || text.substr(begin, title.begin - begin).starts_with("ex-");
}

// "'Secretary of State' (since 2021-01-26)" for the titles held on `date` (all when none).
std::string held_titles(const person& who, std::optional<std::chrono::year_month_day> date) {
  std::string out;
  for (const auto& t : who.titles) {
    if (date && ((t.from && *date < *t.from) || (t.to && *date > *t.to))) continue;
    if (!out.empty()) out += ", ";
    out += fmt::format("'{}'", t.title);
    if (t.from && t.to) {
      out += fmt::format(" ({} to {})", iso_date(*t.from), iso_date(*t.to));
    } else if (t.from) {
      out += fmt::format(" (since {})", iso_date(*t.from));
    }
  }
  return out;
}

// A name inside a quotation is the speaker's wording, often of another time ("As president,
// Senator X will fight ..." quoted from a campaign): the outlet does not assert the title.
bool quoted(const analyzed_article& a, text::byte_span name) {
  return std::any_of(a.quotations.begin(), a.quotations.end(), [&](const auto& q) {
    return q.inner.begin <= name.begin && name.end <= q.inner.end;
  });
}

const title_held* first_held(const person& who, std::optional<std::chrono::year_month_day> date) {
  for (const auto& t : who.titles) {
    if (date && ((t.from && *date < *t.from) || (t.to && *date > *t.to))) continue;
    return &t;
  }
  return nullptr;
}

// The articles for and against one title of a person.
struct title_votes {
  std::set<std::uint32_t> support;
  std::map<std::uint32_t, const titled_mention*> against;  // first contradicting mention
};

}  // namespace

// Messages:
//   <name> is called '<title>' here but '<other>' in <files>
//   <name> is called '<title>' here, but the gazetteer has '<title>' (since <date>) on <date>
//   <name> is called '<title>' here, but the gazetteer lists no such title on <date>
//   (the first message ends with "; the gazetteer has ..." when both disagree)
void role_conflict_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  const name_index& names = *corpus.names;
  std::map<std::string, std::vector<titled_mention>> by_person;
  for (std::uint32_t ai = 0; ai < corpus.articles.size(); ++ai) {
    const auto& a = corpus.articles[ai];
    for (std::uint32_t ni = 0; ni < a.names.size(); ++ni) {
      const auto& n = a.names[ni];
      if (n.title.empty() || past_title(a.text(), n.title_span) || quoted(a, n.span)) continue;
      if (title_core(n.title).empty()) continue;
      by_person[names.person_key(ai, n.span.of(a.text()))].push_back({ai, ni, n.title});
    }
  }
  for (const auto& [key, mentions] : by_person) {
    // Per title as written: the articles that support it and the first mention of each
    // article that contradicts it. Titles of one person are few, so this is linear in the
    // mentions, where comparing every mention with every other was quadratic.
    std::map<std::string, title_votes> votes;
    for (const auto& m : mentions) votes.try_emplace(m.title);
    // Which titles agree, once per pair of distinct titles (titles_compatible reads both
    // titles' words: calling it per title and mention cost titles x mentions of that work).
    std::vector<const std::string*> titles;
    for (const auto& [title, v] : votes) titles.push_back(&title);
    std::vector<std::size_t> title_of;
    title_of.reserve(mentions.size());
    for (const auto& m : mentions) {
      title_of.push_back(
          static_cast<std::size_t>(std::distance(votes.begin(), votes.find(m.title))));
    }
    const std::size_t distinct = titles.size();
    std::vector<bool> compatible(distinct * distinct);
    for (std::size_t i = 0; i < distinct; ++i) {
      for (std::size_t j = i; j < distinct; ++j) {
        compatible[i * distinct + j] = compatible[j * distinct + i] =
            titles_compatible(*titles[i], *titles[j]);
      }
    }
    std::size_t row = 0;
    for (auto& [title, v] : votes) {
      for (std::size_t k = 0; k < mentions.size(); ++k) {
        const auto& other = mentions[k];
        if (compatible[row * distinct + title_of[k]]) {
          v.support.insert(other.article);
        } else {
          v.against.try_emplace(other.article, &other);
        }
      }
      ++row;
    }
    for (const auto& m : mentions) {
      const auto& a = corpus.articles[m.article];
      const auto& n = a.names[m.index];
      const std::string written(n.span.of(a.text()));
      const title_votes& v = votes.at(m.title);
      // This article supports its own title, and does not count against it.
      const std::size_t support = v.support.size() + (v.support.contains(m.article) ? 0 : 1);
      const std::size_t against = v.against.size() - (v.against.contains(m.article) ? 1 : 0);
      const person* who = names.known().find_person(names.corrected(written));
      const auto date = a.reference;  // titles are checked as of the article's date
      // An office not yet taken ("President-elect", "minister-designate") is not in the
      // gazetteer's dates; only the other sources can contradict it.
      const std::string lower_title = to_lower_ascii(m.title);
      const bool incoming = lower_title.find("elect") != std::string::npos ||
                            lower_title.find("designate") != std::string::npos;
      const bool gazetteer_conflict =
          who != nullptr && !incoming && !held_title(*who, m.title, date);
      const bool corpus_conflict = against > support;
      if (!gazetteer_conflict && !corpus_conflict) continue;

      finding f;
      f.where = locate(a, {n.title_span.begin, n.span.end});
      const std::string name = names.corrected(written);
      std::vector<std::uint32_t> files;
      const titled_mention* first = nullptr;
      for (const auto& [article, other] : v.against) {
        if (article == m.article) continue;
        if (first == nullptr) first = other;
        if (files.size() == max_related) break;
        const auto& oa = corpus.articles[article];
        const auto& on = oa.names[other->index];
        f.related.push_back(locate(oa, {on.title_span.begin, on.span.end}));
        files.push_back(article);
      }
      if (corpus_conflict) {
        f.message = fmt::format("{} is called '{}' here but '{}' in {}", name, m.title,
                                first->title, list_files(corpus, files, against));
        f.suggestion = first->title;
      }
      if (gazetteer_conflict) {
        const std::string held = held_titles(*who, date);
        const std::string when =
            date ? fmt::format("on {}", iso_date(*date)) : std::string("at any time");
        if (corpus_conflict) {
          if (!held.empty()) f.message += fmt::format("; the gazetteer has {}", held);
        } else if (held.empty()) {
          f.message =
              fmt::format("{} is called '{}' here, but the gazetteer lists no such title {}", name,
                          m.title, when);
        } else {
          f.message = fmt::format("{} is called '{}' here, but the gazetteer has {} {}", name,
                                  m.title, held, when);
        }
        if (const auto* t = first_held(*who, date); t != nullptr && !corpus_conflict)
          f.suggestion = t->title;
      }
      if (f.suggestion && f.suggestion->empty()) f.suggestion.reset();
      f.context = bounded_context(a, n.span);
      sink.report(std::move(f));
    }
  }
}

}  // namespace factcheck::checker::rules
