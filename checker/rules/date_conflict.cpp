#include "checker/rules/date_conflict.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "checker/analysis/claim_text.hpp"
#include "checker/analysis/dates_consensus.hpp"
#include "checker/analysis/event_lexicon.hpp"
#include "checker/analysis/similarity.hpp"
#include "checker/check.hpp"
#include "checker/model/claim_report.hpp"
#include "checker/model/consensus.hpp"
#include "checker/model/dates.hpp"
#include "checker/model/event_dates.hpp"
#include "checker/model/sorted_set.hpp"
#include "text/ascii.hpp"

// The same event placed on incompatible dates.
//  1. Across sources: event claims of one fact group (same event class, shared entities) whose
//     resolved intervals are disjoint by more than a day ("early 2022" and "late January 2022"
//     overlap, so they agree). The claim contradicted by more sources than support it is
//     flagged; when the contradicting side comes from an article whose dateline is stale, only
//     that side is flagged, since its dates were resolved against the wrong day.
//  2. Within an article whose dateline contradicts its content (see dates_consensus.hpp): a
//     relative event date ("talks next month") read against the dateline lands elsewhere than
//     read against the date the content points to.
namespace factcheck::checker::rules {
namespace {

using std::chrono::sys_days;

std::string describe_interval(sys_days start, sys_days end) {
  const int days = days_between(start, end);
  if (days <= 1) return format_day(start);
  const std::chrono::year_month_day s{start};
  const std::chrono::year_month_day e{end - std::chrono::days{1}};
  if (s.year() == e.year() && s.month() == e.month()) {
    if (static_cast<unsigned>(s.day()) == 1 &&
        (s.year() / s.month() / std::chrono::last).day() == e.day()) {
      return describe_month(start);
    }
    return describe_month_part(start + std::chrono::days{days / 2});
  }
  return fmt::format("{} to {}", format_day(start), format_day(end - std::chrono::days{1}));
}

struct event_view {
  std::vector<std::string> sentence_entities;
  const std::vector<std::string>* story = nullptr;
  std::vector<std::string> theme;  // what the verb is done to (event_theme), may be empty
};

struct dated_event {
  std::uint32_t claim;
  event_date_fields date;
  event_view view;
};

std::string strip_apostrophe_s(std::string_view w) {
  std::string s(w);
  if (s.size() > 2 && s.ends_with("'s")) s.resize(s.size() - 2);
  if (s.size() > 4 && s.ends_with("\xE2\x80\x99s")) s.resize(s.size() - 4);
  return s;
}

// "on 2008-12-09", "in December 2008", "on a Friday", "in January": what the date says.
std::string describe(const event_date_fields& d);
// "at 2008-12-09" / "on a Friday" / "in January".
std::string at_phrase(const event_date_fields& d) {
  if (d.start || d.year || d.month) return "at " + describe(d);
  return "on " + describe(d);
}

std::string describe(const event_date_fields& d) {
  static constexpr std::array<std::string_view, 7> weekdays = {
      "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  static constexpr std::array<std::string_view, 12> months = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  if (d.start && d.end) return describe_interval(*d.start, *d.end);
  if (d.month && d.day) return fmt::format("{} {}", months[*d.month - 1], *d.day);
  if (d.month && d.year) return fmt::format("{} {}", months[*d.month - 1], *d.year);
  if (d.month) return std::string(months[*d.month - 1]);
  if (d.weekday) return fmt::format("a {}", weekdays[*d.weekday]);
  if (d.year) return std::to_string(*d.year);
  return "another date";
}

// Words that name one occurrence among several ("the next meeting", "the second round of
// talks", "last year's summit"): two such claims may be about different occurrences.
constexpr std::array<std::string_view, 16> occurrence_words = {
    "next",    "last", "previous", "first", "second",   "third",  "final", "latest",
    "another", "new",  "earlier",  "later", "upcoming", "recent", "past",  "annual"};

// Whether the words just before the event word (or "again" just after it) single out one
// occurrence: "the next meeting", "the second round of talks", "was arrested again". A word
// elsewhere in the sentence ("launched a new fashion line") says nothing about the event.
// Before a verb stands its subject, not a modifier of the event ("betting on the next Doctor
// suspended on Friday"): only an event noun's words are read.
bool names_an_occurrence(std::string_view text, text::byte_span sentence, text::byte_span head,
                         bool verb) {
  const auto words = words_in(text, sentence);
  std::size_t at = 0;
  while (at < words.size() && words[at].span.begin < head.begin) ++at;
  constexpr std::size_t reach = 4;
  for (std::size_t k = at > reach ? at - reach : 0; k < at && !verb; ++k) {
    if (std::isupper(static_cast<unsigned char>(words[k].text.front())) != 0)
      continue;  // New Orleans
    const std::string w = text::to_lower_ascii(strip_apostrophe_s(words[k].text));
    if (std::find(occurrence_words.begin(), occurrence_words.end(), w) != occurrence_words.end())
      return true;
  }
  for (std::size_t k = at + 1; k < words.size() && k <= at + 3; ++k) {
    if (text::to_lower_ascii(words[k].text) == "again") return true;
  }
  return false;
}

// Confidently the same event (the claims are already one fact of one event class): the people
// and bodies named next to the event word are the same ones. When both name some, they share
// one ("picked up Wynn on Monday" and "re-signed Wynn on Tuesday"; not "signed Bell on
// Wednesday"). When one names nobody ("That conviction was overturned in 2007"), the other's
// participants include the main entity of the first's story, or their sentences share two
// entities; when neither names anybody, their stories share two key entities.

bool same_event(const claim& x, const claim& y, const event_view& vx, const event_view& vy) {
  // "signed an executive order" and "a bill signed by": two things signed, two events.
  if (!vx.theme.empty() && !vy.theme.empty() && !themes_meet(vx.theme, vy.theme)) return false;
  if (!x.entities.empty() && !y.entities.empty()) {
    // Both name participants: they share two (the team and the player signed, the suspects
    // arrested), or all of the fewer one names when that is one.
    const std::size_t need = std::min<std::size_t>({2, x.entities.size(), y.entities.size()});
    return shared_count(x.entities, y.entities) >= need;
  }
  if (shared_count(vx.sentence_entities, vy.sentence_entities) >= 2) return true;
  if (x.entities.empty() && y.entities.empty()) return shared_count(*vx.story, *vy.story) >= 2;
  const claim& named = x.entities.empty() ? y : x;
  const event_view& unnamed = x.entities.empty() ? vx : vy;
  return shared_count(named.entities, *unnamed.story) > 0;
}

// Events whose identity the lexicons know: an event noun ("summit", "election") or a class of
// the event lexicon ("arrest": arrested, detained...). A verb outside the lexicon is its own
// lemma, too loose to say two sentences speak of one event.
bool known_event(const claim& c) {
  return !c.subject.starts_with("v:") || is_event_class(std::string_view(c.subject).substr(2));
}

// A relative date ("on Friday", "next month") is only as good as the dateline it was read
// against: one guessed (inferred, or an ambiguous numeric date read by the default order) is no
// ground for an error.
bool trusted_time(const aligned_corpus& corpus, const claim& c) {
  const auto& t = time_of(corpus, c);
  const auto& a = article_of(corpus, c);
  const bool relative = t.kind == grammar::timex_kind::relative || !t.has_year;
  if (!relative) return true;
  return a.dateline.date && a.dateline.source != grammar::dateline_source::inferred &&
         !a.dateline_guessed;
}

// "the summit", or for an event named by its verb ("v:arrest") "the arrest".
std::string event_name(const claim& c) {
  return c.subject.starts_with("v:") ? c.subject.substr(2) : c.subject;
}

// Events of one fact that the comparison cannot tell apart (see run()).
struct event_group {
  std::size_t first = 0;                                       // a member (index into events)
  std::vector<std::size_t> members;                            // indexes into events, in order
  std::unordered_map<std::uint32_t, std::size_t> per_article;  // members per article
};

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& e : v) {
    out += e;
    out += '\x1f';
  }
  return out;
}

// Everything same_event() and compare_dates() read of an event, as one string.
std::string class_key(const dated_event& e, const claim& c, bool stale) {
  const auto& d = e.date;
  auto num = [](const auto& o) { return o ? static_cast<long long>(*o) : -1LL; };
  auto day = [](const std::optional<sys_days>& o) {
    return o ? static_cast<long long>(o->time_since_epoch().count()) : -1LL;
  };
  return fmt::format("{}|{}|{}|{}|{}|{}|{}\x1e{}\x1e{}\x1e{}\x1e{}", day(d.start), day(d.end),
                     num(d.year), num(d.month), num(d.day), num(d.weekday), stale ? 1 : 0,
                     joined(c.entities), joined(e.view.theme), joined(e.view.sentence_entities),
                     joined(*e.view.story));
}

}  // namespace

void date_conflict_rule::run(const aligned_corpus& corpus, finding_sink& sink) const {
  const auto& assessments = corpus.datelines;
  std::set<std::uint32_t> flagged;

  std::vector<std::optional<std::vector<std::string>>> stories(corpus.articles.size());
  auto story = [&](std::uint32_t a) -> const std::vector<std::string>& {
    if (!stories[a]) stories[a] = story_keys(corpus.articles[a], *corpus.settings);
    return *stories[a];
  };

  for (const auto& group : corpus.facts) {
    std::vector<dated_event> events;
    for (std::uint32_t i : group.claims) {
      const claim& c = corpus.claims[i];
      if (c.kind != claim_kind::event_date || !known_event(c)) continue;
      const auto& a = article_of(corpus, c);
      const auto& t = time_of(corpus, c);
      if (t.value.ends_with("_REF")) continue;  // "now", "recently", "in the past"
      const auto head =
          event_near(a.text(), c.sentence, c.span, previous_time_end(a.times, c.sentence, c.span));
      const bool verb_head =
          head && c.subject.starts_with("v:") && !event_noun_class(head->span.of(a.text()));
      if (head && names_an_occurrence(a.text(), c.sentence, head->span, verb_head)) continue;
      // In an article whose dateline its content contradicts, a relative date says only what
      // its words say (see stale-dateline and the second part below).
      const bool trusted =
          trusted_time(corpus, c) && (!assessments[c.article].stale ||
                                      (t.kind != grammar::timex_kind::relative && t.has_year));
      // A past event ("was fired on June 8") resolved after its article's date is from an
      // earlier year than the dateline gave it: most likely an earlier occurrence ("fired on
      // June 8" last year, "fired on Monday" this week), and its year is unknown. Silent.
      const bool past_verb = c.subject.starts_with("v:");
      const bool after_dateline =
          a.reference && t.start && *t.start > sys_days{*a.reference} + std::chrono::days{1};
      const bool read_dateline =
          a.dateline.source != grammar::dateline_source::inferred && !a.dateline_guessed;
      if (past_verb && after_dateline && read_dateline && !t.has_year) continue;
      auto fields = date_fields(t, c.span.of(a.text()), trusted);
      if (!fields.start && !fields.year && !fields.month && !fields.weekday) continue;
      std::vector<std::string> theme;
      if (verb_head) theme = event_theme(a.text(), c.sentence, head->span);
      events.push_back({i,
                        fields,
                        {sentence_entities(a.text(), c.sentence, *corpus.settings),
                         &story(c.article), std::move(theme)}});
    }
    if (events.size() < 2) continue;
    // Events that same_event() and compare_dates() cannot tell apart (same date fields, same
    // participants, theme, sentence and story entities, same dateline assessment) form a class;
    // classes are compared, not every pair of events (a story that thousands of sources tell
    // has few classes). A claim's tally: the other sources' claims of the same event that agree
    // with it and those that contradict it.
    std::vector<event_group> classes;
    std::vector<std::size_t> class_of(events.size());
    {
      std::map<std::string, std::size_t> index;
      for (std::size_t k = 0; k < events.size(); ++k) {
        const claim& c = corpus.claims[events[k].claim];
        auto [it, added] = index.try_emplace(class_key(events[k], c, assessments[c.article].stale),
                                             classes.size());
        if (added) classes.push_back({k, {}, {}});
        classes[it->second].members.push_back(k);
        ++classes[it->second].per_article[c.article];
        class_of[k] = it->second;
      }
    }
    std::vector<std::vector<date_agreement>> relations(classes.size());
    auto row_of = [&](std::size_t x) -> const std::vector<date_agreement>& {
      auto& row = relations[class_of[x]];
      if (row.empty()) {
        row.resize(classes.size(), date_agreement::unknown);
        const claim& c = corpus.claims[events[x].claim];
        for (std::size_t k = 0; k < classes.size(); ++k) {
          const auto& o = events[classes[k].first];
          if (!same_event(c, corpus.claims[o.claim], events[x].view, o.view)) continue;
          row[k] = compare_dates(events[x].date, o.date);
        }
      }
      return row;
    };
    struct tally {
      std::size_t support = 0;
      std::size_t against = 0;
      bool against_trusted = false;
      std::vector<std::uint32_t> shown;  // contradicting claims (first of each class, by class)
    };
    auto tally_of = [&](std::size_t x) {
      tally t;
      const auto& row = row_of(x);
      const std::uint32_t article = corpus.claims[events[x].claim].article;
      for (std::size_t k = 0; k < classes.size(); ++k) {
        if (row[k] == date_agreement::unknown) continue;
        const auto& cls = classes[k];
        const auto mine = cls.per_article.find(article);
        const std::size_t others =
            cls.members.size() - (mine == cls.per_article.end() ? 0 : mine->second);
        if (others == 0) continue;
        if (row[k] == date_agreement::agree) {
          t.support += others;
          continue;
        }
        t.against += others;
        for (std::size_t y : cls.members) {
          const claim& o = corpus.claims[events[y].claim];
          if (o.article == article) continue;
          t.against_trusted = t.against_trusted || !assessments[o.article].stale;
          t.shown.push_back(events[y].claim);
        }
      }
      return t;
    };
    for (std::size_t x = 0; x < events.size(); ++x) {
      const claim& c = corpus.claims[events[x].claim];
      const bool self_stale = assessments[c.article].stale;
      const auto mine = tally_of(x);
      if (mine.against == 0 || mine.support >= mine.against) continue;
      // Two sources alone disagreeing, no third on either side: one finding for the pair, on
      // the later claim.
      const std::uint32_t partner_claim = mine.shown.front();
      if (mine.against == 1 && mine.support == 0 && partner_claim > events[x].claim) {
        std::size_t partner = 0;
        while (events[partner].claim != partner_claim) ++partner;
        const auto theirs = tally_of(partner);
        if (theirs.against == 1 && theirs.support == 0) continue;
      }
      if (!self_stale && !mine.against_trusted) continue;  // the other side's dateline is wrong
      std::size_t partner = 0;
      while (events[partner].claim != partner_claim) ++partner;
      const claim& other = corpus.claims[partner_claim];
      finding f = finding_at(corpus, c, group);
      f.message = fmt::format("'{}' puts the {} {}; {} puts it {} ('{}')", claim_text(corpus, c),
                              event_name(c), at_phrase(events[x].date),
                              short_name(article_of(corpus, other).path()),
                              at_phrase(events[partner].date), claim_text(corpus, other));
      if (self_stale)
        f.message += "; this article's dateline is itself contradicted (see stale-dateline)";
      add_related(corpus, f, mine.shown);
      explain_into(corpus, f, events[x].claim, mine.shown);
      sink.report(std::move(f));
      flagged.insert(events[x].claim);
    }
  }

  // Relative event dates in articles whose dateline contradicts their content.
  for (std::uint32_t gi = 0; gi < corpus.facts.size(); ++gi) {
    const auto& group = corpus.facts[gi];
    for (std::uint32_t i : group.claims) {
      const claim& c = corpus.claims[i];
      if (c.kind != claim_kind::event_date || flagged.contains(i) || c.subject.starts_with("v:"))
        continue;
      const auto& assessment = assessments[c.article];
      const auto& a = article_of(corpus, c);
      if (!assessment.stale || !assessment.content_date || !a.dateline.date) continue;
      // Only when the relative dates were resolved against the stale dateline itself.
      if (a.reference != a.dateline.date) continue;
      const auto& t = time_of(corpus, c);
      // Only relative dates move with the dateline: a date without a year ("October 28") names
      // its day whatever the dateline, only its year was taken from it.
      if (t.kind != grammar::timex_kind::relative || !t.start) continue;
      // A past relative date ("yesterday", "on Monday") in a stale article is the stale
      // dateline's finding; a future one ("talks next month") misplaces an event to come.
      if (*t.start <= sys_days{*a.dateline.date}) continue;
      const sys_days dated{*a.dateline.date};
      const sys_days moved = reanchor(t, dated, *assessment.content_date);
      const bool month_grain = t.value.size() == 7;
      const auto show = [&](sys_days d) { return month_grain ? describe_month(d) : format_day(d); };
      finding f = finding_at(corpus, c, group);
      const std::string_view at = month_grain ? "in" : "on";
      f.message = fmt::format(
          "read against the dateline ({}) the {} land{} {} {}; the other sources date this story "
          "to about {}, which puts {} {} {}",
          format_day(dated), c.subject, c.subject.ends_with('s') ? "" : "s", at, show(*t.start),
          format_day(*assessment.content_date), c.subject.ends_with('s') ? "them" : "it", at,
          show(moved));
      f.suggestion = fmt::format("give the date explicitly ({})", show(moved));
      for (std::size_t k = 0; k < assessment.related_articles.size() && k < 3; ++k) {
        const auto& other = corpus.articles[assessment.related_articles[k]];
        f.related.push_back(locate(other, other.dateline.span));
      }
      sink.report(std::move(f));
    }
  }
}

}  // namespace factcheck::checker::rules
