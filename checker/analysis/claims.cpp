#include <algorithm>
#include <cctype>
#include <cmath>

#include "checker/analysis/claim_text.hpp"
#include "checker/analysis/pipeline.hpp"
#include "checker/analysis/frames.hpp"

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
      if (!datable(t) || t.kind == grammar::timex_kind::anchored) continue;
      const auto sentence = around(a.sentence_at(t.span.begin), t.span);
      if (sentence.empty()) continue;
      const auto head = event_near(text, sentence, t.span);
      if (!head) continue;
      claim c;
      c.kind = claim_kind::event_date;
      c.article = ai;
      c.index = ti;
      c.subject = head->subject;
      c.entities = sentence_entities(text, sentence, settings);
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
