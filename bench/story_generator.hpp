#pragma once
// Deterministic generator of full-length news articles (about 3.5 KB each) for the scale
// benchmarks: each story is an invented disaster in an invented town, told by many outlets
// with perturbed figures, dates, quotations, names and titles.
//
// Two corpus shapes:
// - distinct: about `articles / 8` stories, so each fact is shared by a handful of sources
//   (a day of wire copy about many events);
// - same: a fixed few stories (5 by default) told over and over, so every fact is shared by
//   thousands of sources: the worst case for anything that grows with the square of the
//   sources that share a fact.
//
// Every article is a pure function of (kind, seed, index), so a corpus can be written one
// article at a time (bench/gen_corpus) without holding it in memory. All wording is ours.

#include <fmt/format.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "bench/corpus_generator.hpp"

namespace factcheck::bench {

enum class story_shape { distinct, same };

struct story_corpus_options {
  story_shape shape = story_shape::same;
  std::size_t articles = 1000;
  std::size_t same_stories = 5;  // stories of the `same` shape
  std::uint64_t seed = 42;
};

namespace story_detail {

struct person_spec {
  std::string first, first_variant, surname, title, other_title;
};

struct story {
  std::string town, region, river, agency, company;
  int disaster = 0;  // index into disasters()
  std::chrono::sys_days struck;
  std::uint64_t killed = 0, injured = 0, evacuated = 0, damage_millions = 0;
  std::chrono::sys_days hearing;
  std::array<person_spec, 3> people;
};

struct disaster_kind {
  const char* headline;  // "{town}" placeholder
  const char* event;     // "the flood"
  const char* cause;     // clause for the lead
};

inline const std::array<disaster_kind, 6>& disasters() {
  static const std::array<disaster_kind, 6> kinds = {{
      {"Flood waters swamp {}", "the flood", "after the river burst its banks overnight"},
      {"Fire guts warehouse district in {}", "the fire", "when a fire spread through a row of warehouses"},
      {"Ferry capsizes off {}", "the capsizing", "when a crowded ferry overturned near the harbour"},
      {"Hillside gives way above {}", "the landslide", "after a rain-soaked hillside collapsed onto homes"},
      {"Storm flattens homes in {}", "the storm", "when a storm tore roofs from houses along the coast"},
      {"Bridge collapse in {}", "the collapse", "when a road bridge fell into the gorge during rush hour"},
  }};
  return kinds;
}

// First names with a common transliteration variant, so that name-variant has work to do.
inline const std::array<std::pair<const char*, const char*>, 8>& first_names() {
  static const std::array<std::pair<const char*, const char*>, 8> names = {{
      {"Aleksei", "Alexei"}, {"Yuliya", "Yulia"}, {"Dmitriy", "Dmitry"}, {"Natalya", "Natalia"},
      {"Sergei", "Sergey"},  {"Olena", "Elena"},  {"Mykola", "Nikolai"}, {"Andriy", "Andrei"},
  }};
  return names;
}

inline const std::array<std::pair<const char*, const char*>, 6>& titles() {
  static const std::array<std::pair<const char*, const char*>, 6> t = {{
      {"Mayor", "Deputy Mayor"},
      {"Governor", "Lieutenant Governor"},
      {"Police Chief", "Fire Chief"},
      {"Health Minister", "Interior Minister"},
      {"Coast Guard Commander", "Harbour Master"},
      {"Relief Coordinator", "Regional Coordinator"},
  }};
  return t;
}

// Quotation templates: {0} event, {1} town. Each person says one of them in every article.
inline const std::array<const char*, 6>& quotes() {
  static const std::array<const char*, 6> q = {
      "We are doing everything we can to reach the families who are still cut off, and we will "
      "not stop until every street of {1} has been searched",
      "Nobody in {1} has seen anything like {0} in living memory, and the people here need help "
      "from the whole country right now",
      "The crews have worked through the night in terrible conditions and I want to thank every "
      "one of them for what they have done",
      "There will be a full and independent inquiry into {0}, and anyone found responsible will "
      "be held to account without exception",
      "Our first duty is to the injured and to the families who lost someone, and the money to "
      "rebuild {1} will follow as quickly as we can release it",
      "We warned for years that the defences around {1} were not strong enough, and today we are "
      "paying the price for that delay",
  };
  return q;
}

// Background paragraphs: {0} event, {1} town, {2} region, {3} river, {4} company.
inline const std::array<const char*, 24>& fillers() {
  static const std::array<const char*, 24> f = {
      "Rescue teams from across {2} arrived in {1} before dawn, bringing pumps, boats and dogs "
      "trained to search collapsed buildings.",
      "Volunteers set up a kitchen in the school gymnasium and served hot meals to anyone who "
      "came through the doors, neighbours said.",
      "The main road into {1} was closed in both directions while engineers checked whether the "
      "surface could carry heavy vehicles.",
      "Power was cut to large parts of the town, and the regional grid operator said repairs "
      "could take several days in the worst-hit streets.",
      "Hospitals in neighbouring towns cancelled routine operations to make room for the "
      "patients brought in by ambulance and helicopter.",
      "Residents described hearing a deep rumble shortly before {0}, followed by shouting in the "
      "streets and the sound of sirens.",
      "The {3} has risen several times in recent decades, and local historians recall a similar "
      "disaster that struck the valley two generations ago.",
      "Insurance assessors began visiting damaged properties on the edge of {1}, although many "
      "owners said they had never been able to afford cover.",
      "Shopkeepers on the market square swept mud and broken glass from their floors and said "
      "they hoped to reopen within the week.",
      "A spokesperson for {4} said the company was cooperating fully with investigators and had "
      "suspended work at its sites in {2}.",
      "Aid agencies appealed for blankets, bottled water and baby formula, and asked the public "
      "not to send used clothing.",
      "Television pictures showed cars piled against the railings of the promenade and a "
      "playground buried under a layer of debris.",
      "Teachers said classes would move to a sports hall on the other side of {1} until the "
      "damaged school buildings had been inspected.",
      "Farmers on the plain below the town reported losing livestock and said their fields "
      "would be unusable for the rest of the season.",
      "The regional council held an emergency session and voted to release funds from its "
      "reserve for temporary housing.",
      "Several families spent the night in their cars on high ground above the {3}, unwilling to "
      "leave their pets in the shelters.",
      "Opposition politicians called for an explanation of why warnings issued earlier in the "
      "week had not led to an evacuation of the low-lying districts.",
      "Church bells in {1} rang at noon in memory of the victims, and a book of condolence was "
      "opened at the town hall.",
      "Mobile phone networks struggled with the volume of calls as relatives tried to reach "
      "people living near the scene.",
      "Geologists said the ground in parts of {2} had been weakened by weeks of heavy rain and "
      "would need to be monitored closely.",
      "The national weather service issued a further warning for the coast, predicting strong "
      "winds and more rain over the weekend.",
      "Trains between {1} and the regional capital were suspended, and the rail operator "
      "arranged buses for stranded passengers.",
      "Local businesses started a fund for the families affected, and a football club offered "
      "its stadium as a collection point for donations.",
      "Officials urged residents not to return to their homes until structural engineers had "
      "declared the buildings safe to enter.",
  };
  return f;
}

inline const std::array<const char*, 8>& agencies() {
  static const std::array<const char*, 8> a = {"Northern Wire", "Coastal Press",   "Valley Herald",
                                               "Daily Courier", "Evening Ledger",  "Morning Post",
                                               "Radio Mercury", "Regional Bulletin"};
  return a;
}

// Invented names ("Tavenorika"): consonant-vowel syllables drawn from a hash of (index, salt).
// Real names are sparse among all letter strings, so two stories' names are rarely within the
// edit distance of a slip; syllable tables would make every name a near-miss of another.
inline std::string coined_name(std::uint64_t index, std::uint64_t salt, int syllables) {
  static constexpr std::string_view consonants = "bdfgklmnprstvzh";
  static constexpr std::string_view vowels = "aeiou";
  std::uint64_t x = (index + 1) * 0x9E3779B97F4A7C15ULL ^ (salt + 1) * 0xC2B2AE3D27D4EB4FULL;
  x ^= x >> 29;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 32;
  std::string name;
  for (int k = 0; k < syllables; ++k) {
    name += consonants[x % consonants.size()];
    x /= consonants.size();
    name += vowels[x % vowels.size()];
    x /= vowels.size();
  }
  name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

inline story make_story(std::size_t index, std::uint64_t seed) {
  using namespace std::chrono;
  std::mt19937_64 rng(seed * 1000003ULL + index);
  story s;
  s.town = coined_name(index, 3, 4);
  s.region = coined_name(index, 11, 4) + " Province";
  s.river = "River " + coined_name(index, 17, 3);
  s.company = coined_name(index, 23, 3) + " Holdings";
  s.disaster = static_cast<int>(index % disasters().size());
  s.struck = sys_days{year{2032} / January / 5} + days{static_cast<int>(rng() % 700)};
  s.killed = 20 + rng() % 400;
  s.injured = s.killed * 2 + rng() % 300;
  s.evacuated = 1000 + rng() % 40000;
  s.damage_millions = 30 + rng() % 900;
  s.hearing = s.struck + days{14 + static_cast<int>(rng() % 40)};
  for (std::size_t p = 0; p < s.people.size(); ++p) {
    const auto& [first, variant] = first_names()[(index * 3 + p) % first_names().size()];
    const auto& [title, other] = titles()[(index + p * 2) % titles().size()];
    s.people[p] = {first, variant, coined_name(index * 3 + p, 29, 4), title, other};
  }
  return s;
}

// One letter doubled or dropped: a slip an editor would catch.
inline std::string misspell(const std::string& name, std::uint64_t r) {
  if (name.size() < 5) return name;
  const std::size_t at = 2 + r % (name.size() - 3);
  std::string out = name;
  if (r % 2 == 0) {
    out.insert(at, 1, out[at]);
  } else {
    out.erase(at, 1);
  }
  return out;
}

// A quotation as one outlet reports it: usually verbatim, sometimes with a word dropped or
// replaced (a misquote), sometimes cut short.
inline std::string render_quote(const std::string& full, std::mt19937_64& rng) {
  const std::uint64_t r = rng() % 100;
  if (r >= 12) return full;
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < full.size()) {
    const std::size_t j = std::min(full.find(' ', i), full.size());
    words.push_back(full.substr(i, j - i));
    i = j + 1;
  }
  const std::size_t at = 3 + rng() % (words.size() - 6);
  if (r < 5) {
    words.erase(words.begin() + static_cast<std::ptrdiff_t>(at));
  } else if (r < 9) {
    static const std::array<const char*, 6> swaps = {"really", "truly", "all", "simply", "now", "also"};
    words[at] = swaps[rng() % swaps.size()];
  } else {
    words.resize(words.size() * 2 / 3);
  }
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

}  // namespace story_detail

// The number of stories a corpus of `articles` articles tells.
inline std::size_t story_count(const story_corpus_options& o) {
  if (o.shape == story_shape::same) return std::max<std::size_t>(1, o.same_stories);
  return std::max<std::size_t>(5, o.articles / 8);
}

// Article `i` of the corpus: its relative path and its text.
inline std::pair<std::string, std::string> story_article(const story_corpus_options& o,
                                                         std::size_t i) {
  using namespace std::chrono;
  using namespace story_detail;
  const std::size_t stories = story_count(o);
  const std::size_t si = i % stories;
  const story s = make_story(si, o.seed);
  std::mt19937_64 rng(o.seed * 7919ULL + i * 104729ULL + 1);
  auto chance = [&](int percent) { return static_cast<int>(rng() % 100) < percent; };
  const disaster_kind& kind = disasters()[static_cast<std::size_t>(s.disaster)];
  const std::string event = kind.event;

  // Coverage runs for three weeks; the toll rises as bodies are found, so older figures are
  // superseded by newer ones (stale-figure), and a few outlets get a figure wrong.
  const int day = static_cast<int>(rng() % 21);
  const sys_days dated = s.struck + days{day};
  std::uint64_t killed = s.killed + s.killed * static_cast<std::uint64_t>(day / 7) / 4;
  if (chance(3)) killed = killed * 2 + 7;  // a wrong figure
  std::uint64_t injured = s.injured;
  if (chance(3)) injured = injured / 2 + 3;
  const std::uint64_t evacuated = s.evacuated;
  sys_days hearing = s.hearing;
  if (chance(3)) hearing += days{7};  // a wrong date

  const std::string agency = agencies()[rng() % agencies().size()];
  const year_month_day ymd{dated};
  std::string text = fmt::format(fmt::runtime(kind.headline), s.town) + "\n\n";
  // Half the outlets give the year in the dateline; the others leave it to the corpus.
  const std::string year_text = chance(50) ? fmt::format(", {}", int(ymd.year())) : "";
  text += fmt::format("{}, {} {}{} ({}) - ", s.town, detail::month_names()[unsigned(ymd.month()) - 1],
                      unsigned(ymd.day()), year_text, agency);
  std::string killed_text = detail::with_commas(killed);
  if (chance(15)) killed_text = "at least " + killed_text;
  text += fmt::format(
      "{} people were killed and {} injured {} in {} on {}, officials said.\n\n", killed_text,
      detail::with_commas(injured), kind.cause, s.town, detail::long_date(s.struck));

  auto person_name = [&](const person_spec& p, bool titled) {
    std::string first = chance(10) ? p.first_variant : p.first;
    std::string surname = chance(2) ? misspell(p.surname, rng()) : p.surname;
    std::string title = chance(3) ? p.other_title : p.title;
    return titled ? fmt::format("{} {} {}", title, first, surname) : first + " " + surname;
  };
  const auto& lead = s.people[0];
  text += fmt::format(
      "About {} residents were evacuated from the low-lying districts of {}, {} said.\n\n",
      detail::with_commas(evacuated), s.region, person_name(lead, true));

  std::size_t filler_at = rng() % fillers().size();
  auto filler = [&]() {
    const char* f = fillers()[filler_at++ % fillers().size()];
    return fmt::format(fmt::runtime(f), event, s.town, s.region, s.river, s.company) + "\n\n";
  };
  for (std::size_t p = 0; p < s.people.size(); ++p) {
    const auto& who = s.people[p];
    const std::string said =
        fmt::format(fmt::runtime(quotes()[(si + p) % quotes().size()]), event, s.town);
    text += fmt::format("\"{},\" {} told reporters.\n\n", render_quote(said, rng),
                        person_name(who, true));
    text += filler();
    text += filler();
    text += filler();
  }
  text += fmt::format(
      "The damage was put at {} million dollars, and {} said the inquiry into {} would open "
      "its first hearing on {}.\n\n",
      s.damage_millions, person_name(s.people[1], false), event, detail::long_date(hearing));
  text += filler();
  text += filler();
  if (chance(4)) {
    // A paragraph pasted twice by an editing slip.
    const std::string again = filler();
    text += again + again;
  }
  text += filler();
  text += fmt::format("This report was last updated on {}, {}.\n", detail::weekday_name(dated),
                      detail::long_date(dated));
  return {fmt::format("{:06}.txt", i), std::move(text)};
}

// The whole corpus in memory, ingested like files (for checker_bench and tests).
inline std::vector<text::article> generate_story_corpus(const story_corpus_options& o) {
  std::vector<text::article> out;
  out.reserve(o.articles);
  for (std::size_t i = 0; i < o.articles; ++i) {
    auto [path, text] = story_article(o, i);
    auto ingested = text::ingest_bytes("gen/" + path, std::move(text));
    for (auto& a : ingested.articles) out.push_back(std::move(a));
  }
  return out;
}

}  // namespace factcheck::bench
