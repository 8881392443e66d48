#include <algorithm>
#include <cctype>
#include <cmath>
#include <unordered_set>

#include "checker/analysis/claim_text.hpp"
#include "text/ascii.hpp"
#include "checker/analysis/pipeline.hpp"
#include "checker/analysis/frames.hpp"
#include "checker/model/event_dates.hpp"

// Claims: one per figure and one per dated event of every article (SPEC step 6).
namespace factcheck::checker {
namespace {

bool is_year_like(const grammar::quantity& q, std::string_view written) {
  if (q.kind != grammar::quantity_kind::count || q.range || q.hedge_kind != grammar::hedge::none) {
    return false;
  }
  const double v = q.value;
  if (v < 1000 || v > 2200 || v != std::floor(v)) return false;
  // "1,500" is a figure, "1500" or "2014" is most likely a year.
  return written.find(',') == std::string_view::npos && written.size() == 4;
}

// Ids, clock times and dates that slipped through: a figure has digits and at most separators.
bool looks_like_figure(std::string_view written) {
  int letters = 0;
  int digits = 0;
  for (char c : written) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isdigit(u) != 0) ++digits;
    if (c == ':' || c == '/') return false;
    if (std::isalpha(u) != 0) ++letters;
  }
  // "61f2..." mixes letters into a digit run; number words have no digits and are fine.
  if (digits > 0 && letters > 0) {
    for (std::size_t i = 1; i < written.size(); ++i) {
      const auto a = static_cast<unsigned char>(written[i - 1]);
      const auto b = static_cast<unsigned char>(written[i]);
      if ((std::isdigit(a) != 0 && std::isalpha(b) != 0) ||
          (std::isalpha(a) != 0 && std::isdigit(b) != 0)) {
        return false;
      }
    }
  }
  return true;
}

bool datable(const grammar::time_expression& t) {
  return t.type == grammar::timex_type::date && t.kind != grammar::timex_kind::duration &&
         t.kind != grammar::timex_kind::set;
}

// The article's reference date (its dateline, or --reference-date).
std::optional<std::chrono::sys_days> dateline_day(const analyzed_article& a) {
  if (!a.reference) return std::nullopt;
  return std::chrono::sys_days{*a.reference};
}

// The explicit time a figure holds at: the closest dated expression of its sentence that is
// not in the future of the article (a forecast date says when something may happen, not when
// the figure was true). Unresolved expressions count too, so that inference can use them.
std::optional<std::uint32_t> time_of_figure(const analyzed_article& a, text::byte_span sentence,
                                            text::byte_span figure) {
  const auto dateline = dateline_day(a);
  std::optional<std::uint32_t> best;
  std::uint32_t best_distance = 0;
  // Times are sorted by position: look at the few on either side of the figure, not at all of
  // them (an article can hold thousands).
  constexpr std::uint32_t reach = 8;
  const auto first_after = static_cast<std::uint32_t>(
      std::lower_bound(
          a.times.begin(), a.times.end(), figure.begin,
          [](const grammar::time_expression& t, std::uint32_t at) { return t.span.begin < at; }) -
      a.times.begin());
  const std::uint32_t from = first_after > reach ? first_after - reach : 0;
  const auto to =
      static_cast<std::uint32_t>(std::min<std::size_t>(a.times.size(), first_after + reach));
  for (std::uint32_t i = from; i < to; ++i) {
    const auto& t = a.times[i];
    if (!sentence.contains(t.span) || !datable(t)) continue;
    if (t.start && dateline && *t.start > *dateline + std::chrono::days{1}) continue;
    if (!t.start && t.kind != grammar::timex_kind::relative) continue;
    const std::uint32_t distance =
        t.span.end <= figure.begin ? figure.begin - t.span.end : t.span.begin - figure.end;
    if (!best || distance < best_distance) {
      best = i;
      best_distance = distance;
    }
  }
  return best;
}

// The part of a sentence a claim is read from: the sentence, but at most `radius` bytes either
// side of the claim, so that a pathological 10 MB "sentence" costs linear time overall.
text::byte_span around(text::byte_span sentence, text::byte_span span) {
  constexpr std::uint32_t radius = 400;
  const std::uint32_t begin =
      span.begin > sentence.begin + radius ? span.begin - radius : sentence.begin;
  const std::uint32_t end = sentence.end > span.end + radius ? span.end + radius : sentence.end;
  return {begin, end};
}

// The participants of a dated event: the sentence's entities named near the event word and its
// date, within its clause: a few words before the first (not past another date of the
// sentence), a few after the last (not past a comma, "and", "but" or another date), so that
// "signed Wynn on Tuesday and Bell today" gives Tuesday to Wynn and today to Bell. Names and
// light words do not count toward the reach.
std::vector<std::string> participants(std::string_view text, text::byte_span sentence,
                                      text::byte_span head, text::byte_span time,
                                      const std::vector<grammar::time_expression>& times,
                                      std::vector<std::string> entities, const config& settings) {
  constexpr std::size_t words_before = 8;
  constexpr std::size_t words_after = 6;
  const std::uint32_t from = std::min(head.begin, time.begin);
  const std::uint32_t to = std::max(head.end, time.end);
  std::uint32_t low = sentence.begin;
  std::uint32_t high = sentence.end;
  // Times are sorted by position: only those of the sentence are looked at.
  auto it = std::lower_bound(
      times.begin(), times.end(), sentence.begin,
      [](const grammar::time_expression& t, std::uint32_t at) { return t.span.begin < at; });
  for (; it != times.end() && it->span.begin < sentence.end; ++it) {
    const auto& t = *it;
    if (!sentence.contains(t.span) || t.span.begin == time.begin) continue;
    if (t.span.end <= from) low = std::max(low, t.span.end);
    if (t.span.begin >= to) high = std::min(high, t.span.begin);
  }
  const auto words = words_in(text, {low, high});
  auto counts = [](std::string_view w) {
    return !w.empty() && std::islower(static_cast<unsigned char>(w.front())) != 0 && w != "the" &&
           w != "a" && w != "an" && w != "of" && w != "on" && w != "in" && w != "to";
  };
  std::size_t first = 0;
  while (first < words.size() && words[first].span.end <= from) ++first;
  std::size_t last = first;
  while (last < words.size() && words[last].span.begin < to) ++last;
  for (std::size_t n = 0; first > 0 && n < words_before;) {
    --first;
    if (counts(words[first].text)) ++n;
  }
  for (std::size_t n = 0; last < words.size() && n < words_after; ++last) {
    const auto w = words[last].text;
    if (w == "and" || w == "but") break;
    if (last > 0) {
      const auto gap_begin = words[last - 1].span.end;
      const auto gap = text.substr(gap_begin, words[last].span.begin - gap_begin);
      if (gap.find_first_of(",;:") != std::string_view::npos) break;
    }
    if (counts(w)) ++n;
  }
  if (first >= last) return {};
  // A name opening the sentence is its subject when a verb follows ("Cheeks was fired March
  // 2", "Reid checked herself in"); sentence_entities leaves a lone capitalized first word out.
  if (first == 0 && words.size() > 1 && words[0].span.begin == sentence.begin) {
    static const std::unordered_set<std::string_view> verbs = {"was", "were", "had", "has", "is",
                                                                "will", "would", "did"};
    static const std::unordered_set<std::string_view> not_names = {
        "he", "she", "it", "they", "we", "i", "you", "this", "that", "there", "these", "those",
        "the", "a", "an", "his", "her", "their", "its", "police", "officials", "authorities"};
    const auto w0 = words[0].text;
    const auto next = text::to_lower_ascii(words[1].text);
    const bool verb_follows = verbs.contains(next) || (next.size() > 4 && next.ends_with("ed"));
    if (!w0.empty() && std::isupper(static_cast<unsigned char>(w0.front())) != 0 && verb_follows &&
        !not_names.contains(text::to_lower_ascii(w0))) {
      entities.push_back(canonical_entity(w0, settings));
      std::sort(entities.begin(), entities.end());
      entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
    }
  }
  // Generic heads of organization names ("Promises Treatment Center" and "Betty Ford Center"
  // both come out as "Center") say nothing about which body it is.
  static const std::unordered_set<std::string_view> generic = {
      "Center", "Centre", "Court", "Church", "Department", "Ministry", "Council", "Service",
      "House", "Party", "University", "College", "School", "Hospital", "Clinic", "Club",
      "Company", "Agency", "Office", "Committee", "Association", "Society", "Institute",
      "Board", "Commission", "Bureau", "Act", "Reserve", "Coach", "Supreme", "Police"};
  std::erase_if(entities, [&](const std::string& e) { return generic.contains(e); });
  const std::string_view window =
      text.substr(words[first].span.begin, words[last - 1].span.end - words[first].span.begin);
  // Kept: the names written in the window, and those read in it under another name (a capital
  // or a demonym for its country: "talks in Vilnius" name Lithuania).
  const auto in_window = sentence_entities(
      text, {words[first].span.begin, words[last - 1].span.end}, settings);
  std::erase_if(entities, [&](const std::string& e) {
    return window.find(e) == std::string_view::npos &&
           !std::binary_search(in_window.begin(), in_window.end(), e);
  });
  return entities;
}

// A wire dateline opening a paragraph, whether or not it was taken as the article's dateline:
// "BAKUTIFE, May 23 (Daily Courier) - ...", "Lima, March 3 - ...".
bool wire_dateline_at(std::string_view text, text::byte_span time) {
  std::size_t i = time.end;
  auto spaces = [&] {
    while (i < text.size() && text[i] == ' ') ++i;
  };
  spaces();
  if (i < text.size() && text[i] == '(') {
    const auto close = text.find(')', i);
    if (close == std::string_view::npos || close - i > 60) return false;
    i = close + 1;
    spaces();
  }
  const auto rest = text.substr(i);
  const bool dash = rest.starts_with("- ") || rest.starts_with("\xE2\x80\x93") ||  // en dash
                    rest.starts_with("\xE2\x80\x94");                             // em dash
  if (!dash) return false;
  // The paragraph starts just before: a place name and a comma.
  const auto line_start = text.rfind('\n', time.begin);
  const std::size_t from = line_start == std::string_view::npos ? 0 : line_start + 1;
  return time.begin - from <= 40 && text.substr(from, time.begin - from).find(',') != std::string_view::npos;
}

// A date that premodifies a noun ("a 2008 conviction", "the 2007 convictions", "his 2004
// firing", "a 2001 Bush policy") classifies the noun; it does not date the event of the sentence.
bool modifies_a_noun(std::string_view text, text::byte_span sentence, text::byte_span time) {
  static const std::unordered_set<std::string_view> determiners = {
      "a", "an", "the", "his", "her", "its", "their", "that", "this", "our", "my", "your"};
  const auto before = words_in(text, {sentence.begin, time.begin});
  const auto after = words_in(text, {time.end, sentence.end});
  if (before.empty() || after.empty()) return false;
  if (!determiners.contains(text::to_lower_ascii(before.back().text))) return false;
  if (after.front().span.begin != time.end + 1 || text[time.end] != ' ') return false;
  const auto next = after.front().text;
  static const std::unordered_set<std::string_view> joiners = {
      "and", "or", "to", "in", "on", "at", "of", "for", "by", "from", "when", "after", "before"};
  return std::isalpha(static_cast<unsigned char>(next.front())) != 0 && !joiners.contains(next);
}

// "Easter Sunday, April 8, 2012": a date restated at once, with its year, by the next
// expression; the restatement dates the event.
bool restated_after(std::string_view text, const grammar::time_expression& t,
                    const grammar::time_expression& next) {
  if (t.has_year && t.kind != grammar::timex_kind::relative) return false;
  if (!next.has_year || next.kind == grammar::timex_kind::relative) return false;
  if (next.span.begin < t.span.end || next.span.begin > t.span.end + 3) return false;
  const auto gap = text.substr(t.span.end, next.span.begin - t.span.end);
  return gap.find(',') != std::string_view::npos;
}

}  // namespace

std::vector<claim> build_claims(const std::vector<analyzed_article>& articles,
                                const config& settings) {
  std::vector<std::uint32_t> all(articles.size());
  for (std::uint32_t ai = 0; ai < articles.size(); ++ai) all[ai] = ai;
  return build_claims(articles, settings, all);
}

std::vector<claim> build_claims(const std::vector<analyzed_article>& articles,
                                const config& settings, std::span<const std::uint32_t> which) {
  std::vector<claim> out;
  const claim_lexicon lexicon(settings);
  for (const std::uint32_t ai : which) {
    const auto& a = articles[ai];
    if (a.source == nullptr) continue;
    const std::string_view text = a.text();
    const auto dateline = dateline_day(a);
    // The headline and the first paragraph of the body: where an article's headline figures are.
    std::uint32_t lead_end = 0;
    {
      int body_blocks = 0;
      for (const auto& b : a.blocks) {
        if (b.kind == text::block_kind::boilerplate || b.kind == text::block_kind::dateline)
          continue;
        lead_end = b.span.end;
        if (b.kind == text::block_kind::body && ++body_blocks == 1) break;
      }
    }
    auto dated = [&](claim& c, text::byte_span sentence) {
      c.lead = c.span.begin < lead_end;
      c.entities = sentence_entities(text, sentence, settings);
      c.time_index = time_of_figure(a, sentence, c.span);
      c.as_of = c.time_index ? a.times[*c.time_index].start : dateline;
      c.asserted_by = speaker_of(text, sentence);
      c.anchor = anchor_near(text, sentence, c.span, lexicon);
      c.sentence = sentence;
    };

    for (std::uint32_t qi = 0; qi < a.quantities.size(); ++qi) {
      const auto& q = a.quantities[qi];
      const std::string_view written = q.span.of(text);
      if (!looks_like_figure(written) || is_year_like(q, written)) continue;
      const auto sentence = around(a.sentence_at(q.span.begin), q.span);
      if (sentence.empty()) continue;
      auto frame = read_figure_frame(text, sentence, q, lexicon);
      if (!frame) continue;  // nothing says what is counted, or not a count: not a claim
      claim c;
      c.kind = claim_kind::figure;
      c.article = ai;
      c.index = qi;
      c.subject = figure_subject(*frame);
      c.measure = std::move(frame->measure);
      c.head = std::move(frame->head);
      c.predicate = std::move(frame->predicate);
      c.scope = frame->scope;
      c.value = interval_of(q);
      c.span = q.span;
      dated(c, sentence);
      out.push_back(std::move(c));
    }

    // Negated counts: "no casualties", "no one was killed" (a count of 0).
    for (const auto& b : a.blocks) {
      if (b.kind == text::block_kind::boilerplate || b.kind == text::block_kind::dateline) continue;
      for (const auto& s : b.sentences) {
        for (auto& z : zero_counts(text, s.span, lexicon)) {
          const auto sentence = around(s.span, z.span);
          claim c;
          c.kind = claim_kind::figure;
          c.article = ai;
          c.index = no_quantity;
          c.zero = true;
          c.measure = z.measure;
          c.predicate = z.predicate;
          c.subject = figure_subject({c.measure, "", c.predicate, "", claim_scope::total});
          c.value = {0, 0, false, false};
          c.span = z.span;
          dated(c, sentence);
          out.push_back(std::move(c));
        }
      }
    }

    for (std::uint32_t ti = 0; ti < a.times.size(); ++ti) {
      const auto& t = a.times[ti];
      const bool dated_time =
          t.type == grammar::timex_type::time && names_a_day(t.span.of(text));  // "April 9 at 3 am"
      if ((!datable(t) && !dated_time) || t.kind == grammar::timex_kind::anchored) continue;
      const auto sentence = around(a.sentence_at(t.span.begin), t.span);
      if (sentence.empty()) continue;
      if (t.value == "PRESENT_REF" || t.value == "PAST_REF") continue;  // "now", "recently"
      // The dateline ("Bakutife, May 23 (Daily Courier) - 259 people were killed") dates the
      // article, not the event after it.
      if ((!a.dateline.span.empty() && t.span.begin < a.dateline.span.end &&
           a.dateline.span.begin < t.span.end) ||
          wire_dateline_at(text, t.span))
        continue;
      if (modifies_a_noun(text, sentence, t.span)) continue;
      if (ti + 1 < a.times.size() && restated_after(text, t, a.times[ti + 1])) continue;
      const auto head = event_near(text, sentence, t.span, previous_time_end(a.times, sentence, t.span));
      if (!head) continue;
      claim c;
      c.kind = claim_kind::event_date;
      c.article = ai;
      c.index = ti;
      c.subject = head->subject;
      c.entities = participants(text, sentence, head->span, t.span, a.times,
                                sentence_entities(text, sentence, settings), settings);
      c.time_index = ti;
      c.as_of = t.start;
      c.asserted_by = speaker_of(text, sentence);
      c.span = t.span;
      c.sentence = sentence;
      out.push_back(std::move(c));
    }
  }
  return out;
}

}  // namespace factcheck::checker
