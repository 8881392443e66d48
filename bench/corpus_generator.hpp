#pragma once
// Deterministic generator of news corpora for the checker benchmark: N articles about M events,
// each event a place (an invented town in an invented region), a counted figure announced on
// one day, and a scheduled event with a date. Some articles carry planted errors: a figure far
// from the true one on the same day (numeric-conflict), an event date two weeks off
// (date-conflict). Some events get an update a month later with a new figure, which makes the
// earlier figures stale (stale-figure). The generator records what it planted, so that the
// benchmark can score the checker's recall and precision.

#include <fmt/format.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "text/article.hpp"
#include "text/ingest.hpp"

namespace factcheck::bench {

struct planted {
  std::set<std::string> numeric;  // paths whose figure is a planted numeric conflict
  std::set<std::string> dates;    // paths whose event date is a planted date conflict
  std::set<std::string> stale;    // paths whose figure a later update supersedes
};

struct generated_corpus {
  std::vector<text::article> articles;
  planted truth;
};

namespace detail {

inline const std::array<const char*, 12>& month_names() {
  static const std::array<const char*, 12> names = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return names;
}

inline std::string weekday_name(std::chrono::sys_days d) {
  static const std::array<const char*, 7> names = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                   "Thursday", "Friday", "Saturday"};
  return names[std::chrono::weekday{d}.c_encoding()];
}

inline std::string long_date(std::chrono::sys_days d) {
  const std::chrono::year_month_day ymd{d};
  return fmt::format("{} {}, {}", month_names()[static_cast<unsigned>(ymd.month()) - 1],
                     static_cast<unsigned>(ymd.day()), static_cast<int>(ymd.year()));
}

// Pronounceable invented names from syllables: unique per index, never a real place.
inline std::string invented_name(std::uint64_t index, std::uint64_t salt) {
  static const std::array<const char*, 16> first = {"Var",  "Kes", "Dor",  "Mil", "Tal", "Bren",
                                                    "Os",   "Hal", "Quen", "Zor", "Lun", "Fen",
                                                    "Gart", "Ire", "Yal",  "Wex"};
  static const std::array<const char*, 16> middle = {"an", "el", "or", "iv", "ub", "am",
                                                     "et", "ol", "ir", "ad", "un", "os",
                                                     "ek", "al", "im", "er"};
  static const std::array<const char*, 16> last = {"holt", "wick", "mere", "stad", "grad", "ford",
                                                   "dale", "mont", "burg", "vik",  "tor",  "by",
                                                   "ness", "gate", "ley",  "ton"};
  std::uint64_t x = index * 2654435761ULL + salt * 40503ULL;
  std::string name = first[x % 16];
  x /= 16;
  name += middle[x % 16];
  x /= 16;
  name += last[x % 16];
  x /= 16;
  // Further syllables keep names unique for large indexes.
  while (x > 0) {
    name += middle[x % 16];
    x /= 16;
  }
  return name;
}

inline std::string with_commas(std::uint64_t v) {
  std::string digits = std::to_string(v);
  std::string out;
  const std::size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out = digits.substr(0, lead);
  for (std::size_t i = lead; i < digits.size(); i += 3) out += "," + digits.substr(i, 3);
  return out;
}

}  // namespace detail

// `articles` articles about max(10, articles / 25) events. Error rates are per article.
inline generated_corpus generate_corpus(std::size_t articles, std::uint64_t seed = 42,
                                        double numeric_rate = 0.03, double date_rate = 0.03,
                                        double update_rate = 0.2) {
  using namespace std::chrono;
  std::mt19937_64 rng(seed);
  const std::size_t events = std::max<std::size_t>(10, articles / 25);
  static const std::array<const char*, 6> nouns = {"families", "workers",    "patients",
                                                   "students", "passengers", "volunteers"};
  static const std::array<const char*, 6> outcomes = {"evacuated", "evacuated", "injured",
                                                      "rescued",   "evacuated", "rescued"};
  static const std::array<const char*, 4> event_kinds = {"talks", "summit", "vote", "hearing"};
  static const std::array<const char*, 5> titles = {"Governor", "Mayor", "Minister", "Commissioner",
                                                    "Director"};
  static const std::array<const char*, 8> first_names = {"Anna", "Tomas", "Ilse",  "Marek",
                                                         "Ruth", "Piet",  "Sanne", "Jonas"};
  static const std::array<const char*, 6> fillers = {
      "Residents described long queues at the relief centres.",
      "Roads into the valley remained closed for a second day.",
      "Aid groups asked for more blankets and drinking water.",
      "Schools in the area will stay shut until further notice.",
      "Engineers were inspecting the damaged bridge on the main road.",
      "Local radio stations broadcast updates every hour."};

  struct event_facts {
    std::string town, region, official, noun, outcome, kind;
    sys_days announced, scheduled;
    std::uint64_t figure = 0;
    bool updated = false;
    std::uint64_t new_figure = 0;
  };
  std::vector<event_facts> facts(events);
  const sys_days base = sys_days{year{2031} / March / 2};
  std::uniform_int_distribution<int> spread(0, 600);
  std::uniform_int_distribution<std::uint64_t> figure(120, 90000);
  std::bernoulli_distribution coin(0.5);
  std::bernoulli_distribution update(update_rate);
  for (std::size_t e = 0; e < events; ++e) {
    auto& f = facts[e];
    f.town = detail::invented_name(e, 1);
    f.region = detail::invented_name(e, 7) + "shire";
    f.official =
        fmt::format("{} {} {}", titles[e % titles.size()],
                    first_names[(e / 5) % first_names.size()], detail::invented_name(e, 13));
    f.noun = nouns[e % nouns.size()];
    f.outcome = outcomes[e % outcomes.size()];
    f.kind = event_kinds[e % event_kinds.size()];
    f.announced = base + days{spread(rng)};
    f.scheduled = f.announced + days{20 + static_cast<int>(e % 30)};
    f.figure = figure(rng) / 10 * 10 + 7;  // not round: no rounding interval to widen it
    f.updated = update(rng);
    f.new_figure = f.figure * 3 / 2 + 11;
  }

  generated_corpus out;
  out.articles.reserve(articles);
  std::uniform_real_distribution<double> unit(0, 1);
  std::uniform_int_distribution<int> lag(0, 2);
  for (std::size_t i = 0; i < articles; ++i) {
    const std::size_t e = i % events;
    const auto& f = facts[e];
    const std::string path = fmt::format("gen/{:06}.txt", i);
    // The last article of an updated event is the update, a month later.
    const bool is_update = f.updated && i + events >= articles;
    sys_days said = f.announced;
    std::uint64_t value = f.figure;
    if (is_update) {
      said = f.announced + days{30};
      value = f.new_figure;
    }
    const bool wrong_figure = !is_update && unit(rng) < numeric_rate;
    const bool wrong_date = unit(rng) < date_rate;
    if (wrong_figure) {
      value = f.figure * 2 + 3;
      out.truth.numeric.insert(path);
    }
    if (wrong_date) out.truth.dates.insert(path);
    if (f.updated && !is_update) out.truth.stale.insert(path);
    const sys_days dated = said + days{lag(rng)};
    const sys_days scheduled = wrong_date ? f.scheduled + days{14} : f.scheduled;

    // Varied wording: some sources round or bound the figure (still compatible), some write
    // the event date in numbers (day first, the default).
    std::string figure_text = detail::with_commas(value);
    const double style = unit(rng);
    // Rounded the way reporters round: to two or three significant digits.
    const std::uint64_t step = value < 1000 ? 10 : (value < 100000 ? 100 : 1000);
    if (!wrong_figure && style < 0.2) {
      figure_text = "about " + detail::with_commas((value + step / 2) / step * step);
    } else if (!wrong_figure && style < 0.3) {
      figure_text = "more than " + detail::with_commas(value / step * step);
    }
    const std::chrono::year_month_day when{scheduled};
    const std::string date_text =
        unit(rng) < 0.3
            ? fmt::format("{:02}/{:02}/{}", static_cast<unsigned>(when.day()),
                          static_cast<unsigned>(when.month()), static_cast<int>(when.year()))
            : detail::long_date(scheduled);

    std::string text =
        fmt::format("{}, {}\n\n", detail::weekday_name(dated), detail::long_date(dated));
    text += fmt::format("Relief efforts continue near {}\n\n", f.town);
    text +=
        fmt::format("{} said on {} that {} {} were {} in {}, {}.\n\n", f.official,
                    detail::weekday_name(said), figure_text, f.noun, f.outcome, f.town, f.region);
    text += fmt::format("{}\n\n", fillers[(i / events) % fillers.size()]);
    text += fmt::format("Officials said {} in {} will host the {} on {}.\n\n", f.town, f.region,
                        f.kind, date_text);
    text += fmt::format("{}\n", fillers[(i / events + 3) % fillers.size()]);

    auto ingested = text::ingest_bytes(path, std::move(text));
    for (auto& a : ingested.articles) {
      a.stated_date = year_month_day{dated};
      out.articles.push_back(std::move(a));
    }
  }
  return out;
}

}  // namespace factcheck::bench
