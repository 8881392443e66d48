#include "checker/model/gazetteer.hpp"
#include "text/ascii.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <set>

using factcheck::text::to_lower_ascii;

namespace factcheck::checker {
namespace {

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

template <std::size_t N>
bool in_list(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// Endings that make another word from the same stem: plurals, demonyms, adjectives.
constexpr std::string_view inflections[] = {"",    "s",   "es", "n",  "an", "ian", "ns",  "ans",
                                            "ese", "ish", "i",  "is", "ic", "ics", "er",  "ers",
                                            "ed",  "ing", "e",  "a",  "ern", "ans", "ain", "ia",
                                            "y",   "ey"};

// Countries with demonyms and adjectives that are not their name plus an ending (a demonym is
// not a misspelling of its country: "Germans"/"Germany", "Danes"/"Denmark", "Swiss"/"Sweden" is
// not in one group, so it stays comparable). Lower-case; a word belongs to the group of any
// entry it equals or that it extends by "s".
constexpr std::array<std::array<std::string_view, 4>, 40> nations = {{
    {"germany", "german", "germans", ""},      {"france", "french", "frenchman", "frenchmen"},
    {"spain", "spanish", "spaniard", "spaniards"}, {"poland", "polish", "pole", "poles"},
    {"denmark", "danish", "dane", "danes"},     {"sweden", "swedish", "swede", "swedes"},
    {"finland", "finnish", "finn", "finns"},    {"norway", "norwegian", "norwegians", ""},
    {"netherlands", "dutch", "dutchman", ""},   {"britain", "british", "briton", "britons"},
    {"england", "english", "englishman", ""},   {"scotland", "scottish", "scot", "scots"},
    {"ireland", "irish", "irishman", ""},       {"wales", "welsh", "welshman", ""},
    {"greece", "greek", "greeks", ""},          {"turkey", "turkish", "turk", "turks"},
    {"hungary", "hungarian", "hungarians", ""}, {"italy", "italian", "italians", ""},
    {"portugal", "portuguese", "", ""},         {"switzerland", "swiss", "", ""},
    {"belgium", "belgian", "belgians", ""},     {"austria", "austrian", "austrians", ""},
    {"china", "chinese", "", ""},               {"japan", "japanese", "", ""},
    {"vietnam", "vietnamese", "", ""},          {"thailand", "thai", "thais", ""},
    {"philippines", "filipino", "filipinos", "philippine"}, {"iraq", "iraqi", "iraqis", ""},
    {"israel", "israeli", "israelis", ""},      {"yemen", "yemeni", "yemenis", ""},
    {"kuwait", "kuwaiti", "kuwaitis", ""},      {"pakistan", "pakistani", "pakistanis", ""},
    {"afghanistan", "afghan", "afghans", ""},   {"kazakhstan", "kazakh", "kazakhs", ""},
    {"uzbekistan", "uzbek", "uzbeks", ""},      {"turkmenistan", "turkmen", "", ""},
    {"peru", "peruvian", "peruvians", ""},      {"cyprus", "cypriot", "cypriots", ""},
    {"malta", "maltese", "", ""},               {"lebanon", "lebanese", "", ""},
}};

int nation_of(std::string_view w) {
  for (std::size_t g = 0; g < nations.size(); ++g) {
    for (auto form : nations[g]) {
      if (form.empty()) continue;
      if (w == form || (w.size() == form.size() + 1 && w.starts_with(form) && w.back() == 's')) {
        return static_cast<int>(g);
      }
    }
  }
  return -1;
}

bool ends_with(std::string_view w, std::string_view tail) { return w.size() > tail.size() + 1 && w.ends_with(tail); }

// British and American spellings of one word meet: -isation/-ization, -ise/-ize, -our/-or,
// -tre/-ter, -ence/-ense (defence), -ogue/-og, -lled/-led. Lower-case in, lower-case out.
std::string fold_british_american(std::string w) {
  auto replace_tail = [&](std::string_view from, std::string_view to) {
    if (!ends_with(w, from)) return false;
    w.replace(w.size() - from.size(), from.size(), to);
    return true;
  };
  const bool plural = w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's';
  if (plural) w.pop_back();
  (void)(replace_tail("isation", "ization") || replace_tail("ise", "ize") || replace_tail("ised", "ized") ||
         replace_tail("ising", "izing") || replace_tail("yse", "yze") || replace_tail("our", "or") ||
         replace_tail("tre", "ter") || replace_tail("fence", "fense") || replace_tail("ogue", "og") ||
         replace_tail("lled", "led") || replace_tail("lling", "ling"));
  if (plural) w += 's';
  return w;
}

// Title vocabulary shared with the name scanner's lists (grammar/entities.cpp), lower-case.
constexpr std::string_view title_words[] = {
    "president", "minister", "secretary", "chancellor", "spokesman", "ambassador", "senator",
    "governor", "mayor", "king", "queen", "prince", "princess", "pope", "chairman", "chair",
    "director", "envoy", "commander", "admiral", "colonel", "captain", "sergeant", "adviser",
    "aide", "representative", "attorney", "judge", "premier", "speaker", "leader", "chief",
    "head", "commissioner", "general", "foreign", "defense", "prime", "vice", "deputy",
    "assistant", "interior", "finance", "home", "economy", "trade", "health", "justice",
    "treasury", "energy", "security", "national", "high", "press", "acting", "under",
    "lieutenant", "president-elect", "state"};

// Words that change the office when added: a vice president is not the president.
constexpr std::string_view rank_words[] = {"vice",    "deputy", "assistant", "under",
                                           "prime",   "general", "acting",  "lieutenant",
                                           "president-elect"};

constexpr std::string_view wildcard_titles[] = {"chief", "leader", "head"};

std::string synonym(std::string w) {
  if (w == "defence") return "defense";
  if (w == "spokeswoman" || w == "spokesperson") return "spokesman";
  if (w == "advisor") return "adviser";
  if (w == "chairwoman" || w == "chairperson") return "chairman";
  if (w == "mr" || w == "mrs" || w == "ms" || w == "dr") return "";
  return w;
}

std::string person_surname(std::string_view name) {
  const auto space = name.rfind(' ');
  return to_lower_ascii(space == std::string_view::npos ? name : name.substr(space + 1));
}

}  // namespace


int edit_distance(std::string_view a, std::string_view b, int limit) {
  const auto n = a.size();
  const auto m = b.size();
  const auto length_gap = n > m ? n - m : m - n;
  if (length_gap > static_cast<std::size_t>(limit)) return limit + 1;
  // Three rows: two back for transpositions.
  std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
  for (std::size_t j = 0; j <= m; ++j) previous[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = static_cast<int>(i);
    int row_min = current[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int v = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, before[j - 2] + 1);
      current[j] = v;
      row_min = std::min(row_min, v);
    }
    if (row_min > limit) return limit + 1;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[m], limit + 1);
}

int allowed_distance(std::size_t length, int configured) {
  int allowed = length <= 3 ? 0 : length <= 8 ? 1 : 2;
  return std::min(allowed, std::max(configured, 0));
}

std::string convention_key(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '.' || c == '\'') continue;
    const char l = c == '-' ? ' ' : to_lower_ascii(c);
    if (l == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += l;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  std::string result;
  std::size_t i = 0;
  while (i <= out.size()) {
    const std::size_t j = std::min(out.find(' ', i), out.size());
    result += fold_british_american(out.substr(i, j - i));
    if (j < out.size()) result += ' ';
    i = j + 1;
  }
  return result;
}

std::string fold_transliteration(std::string_view name) {
  const std::string s = to_lower_ascii(name);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const char next = i + 1 < s.size() ? s[i + 1] : '\0';
    const bool word_start = i == 0 || s[i - 1] == ' ' || s[i - 1] == '-';
    if (c == '.' || c == '\'') continue;
    if (c == 'k' && next == 'h') { out += 'h'; ++i; continue; }
    if (c == 'p' && next == 'h') { out += 'f'; ++i; continue; }
    if (c == 'c' && next == 'k') { out += 'k'; ++i; continue; }
    if (c == 'x') { out += "ks"; continue; }
    if (c == 'w') { out += 'v'; continue; }
    if ((c == 'y' || c == 'j') && word_start && is_vowel(next) && next != 'y') continue;  // Yevgeny
    // Greek "Gi" before a vowel is "Y" in other systems: Giannis, Yiannis and Iannis meet.
    if (c == 'g' && word_start && next == 'i' && i + 2 < s.size() && is_vowel(s[i + 2])) continue;
    out += c == 'y' ? 'i' : c;
  }
  // "ss" -> "s" (Donbass, Odessa) and "ii" -> "i" (Zelenskyy after y -> i, Oleksii). Other
  // doubled letters stay: Brennick/Brenick is a slip, not a transliteration.
  std::string single;
  single.reserve(out.size());
  for (char c : out) {
    if (!single.empty() && single.back() == c && (c == 's' || c == 'i')) continue;
    single += c;
  }
  // "ie" at a word end -> "i" (Dmitrie is rare, but Aleksie/Aleksi meet).
  std::string folded;
  for (std::size_t i = 0; i < single.size(); ++i) {
    const bool end = i + 2 >= single.size() || single[i + 2] == ' ';
    if (single[i] == 'i' && i + 1 < single.size() && single[i + 1] == 'e' && end) {
      folded += 'i';
      ++i;
      continue;
    }
    folded += single[i];
  }
  // Word by word: British and American spellings (Organisation/Organization, Centre/Center).
  std::string result;
  std::size_t i = 0;
  while (i <= folded.size()) {
    const std::size_t j = std::min(folded.find(' ', i), folded.size());
    result += fold_british_american(folded.substr(i, j - i));
    if (j < folded.size()) result += ' ';
    i = j + 1;
  }
  return result;
}

bool plausible_slip(std::string_view written, std::string_view intended, bool short_rule) {
  const std::string a = to_lower_ascii(written);
  const std::string b = to_lower_ascii(intended);
  if (a == b) return false;
  if (a.starts_with(b) || b.starts_with(a)) return false;  // Russia / Russian
  if (const int n = nation_of(a); n >= 0 && n == nation_of(b)) return false;  // Danes / Denmark
  std::size_t p = 0;
  while (p < a.size() && p < b.size() && a[p] == b[p]) ++p;
  const std::string_view ta = std::string_view(a).substr(p);
  const std::string_view tb = std::string_view(b).substr(p);
  if (p >= 3 && in_list(inflections, ta) && in_list(inflections, tb)) return false;  // Sweden / Swedes
  if (std::max(a.size(), b.size()) > 5 || !short_rule) return true;
  // Short names: only a vowel slip, a transposition or a doubled letter.
  if (a.size() == b.size()) {
    std::vector<std::size_t> diff;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (a[i] != b[i]) diff.push_back(i);
    }
    if (diff.size() == 1) return is_vowel(a[diff[0]]) && is_vowel(b[diff[0]]);
    if (diff.size() == 2 && diff[1] == diff[0] + 1) return a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]];
    return false;
  }
  const std::string& longer = a.size() > b.size() ? a : b;
  const std::string& shorter = a.size() > b.size() ? b : a;
  std::size_t i = 0;
  while (i < shorter.size() && shorter[i] == longer[i]) ++i;
  const char extra = longer[i];
  return is_vowel(extra) || (i > 0 && longer[i - 1] == extra);
}

// --- gazetteer --------------------------------------------------------------------------------

gazetteer::gazetteer(const config& settings) {
  const config& defaults = default_config();
  const bool drop_defaults = !settings.use_default_gazetteer && &settings != &defaults;
  auto is_default_person = [&](const person& p) {
    return std::any_of(defaults.people.begin(), defaults.people.end(),
                       [&](const person& d) { return d.name == p.name; });
  };
  auto is_default_entity = [&](const named_entity& e) {
    return std::any_of(defaults.entities.begin(), defaults.entities.end(),
                       [&](const named_entity& d) { return d.name == e.name; });
  };
  const bool all_off = !settings.use_default_gazetteer && &settings == &defaults;
  if (all_off) return;
  for (const auto& p : settings.people) {
    if (drop_defaults && is_default_person(p)) continue;
    entries_.push_back({p.name, known_kind::person, &p});
  }
  for (const auto& e : settings.entities) {
    if (drop_defaults && is_default_entity(e)) continue;
    entries_.push_back({e.name, e.kind == "organization" ? known_kind::organization : known_kind::place, nullptr});
  }
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    add(entries_[i].canonical, i);
    if (entries_[i].who != nullptr) {
      for (const auto& v : entries_[i].who->variants) add(v, i);
      by_surname_[person_surname(entries_[i].canonical)].push_back(i);
    }
  }
  for (const auto& e : settings.entities) {
    if (drop_defaults && is_default_entity(e)) continue;
    auto it = by_lower_.find(to_lower_ascii(e.name));
    if (it == by_lower_.end()) continue;
    for (const auto& v : e.variants) add(v, it->second);
  }
  for (const auto& [variant, preferred] : settings.house_style) {
    if (drop_defaults) {
      auto d = defaults.house_style.find(variant);
      if (d != defaults.house_style.end() && d->second == preferred) continue;
    }
    house_style_[to_lower_ascii(variant)] = preferred;
    std::size_t entry = 0;
    if (auto it = by_lower_.find(to_lower_ascii(preferred)); it != by_lower_.end()) {
      entry = it->second;
    } else {
      entries_.push_back({preferred, known_kind::place, nullptr});
      entry = entries_.size() - 1;
      add(preferred, entry);
    }
    add(variant, entry);
  }
}

void gazetteer::add(std::string_view spelling, std::size_t entry) {
  std::string key = to_lower_ascii(spelling);
  if (by_lower_.emplace(key, entry).second) spellings_.emplace_back(std::string(spelling), entry);
}

const known_name* gazetteer::find(std::string_view spelling) const {
  auto it = by_lower_.find(to_lower_ascii(spelling));
  return it == by_lower_.end() ? nullptr : &entries_[it->second];
}

std::optional<std::string> gazetteer::preferred(std::string_view spelling) const {
  auto it = house_style_.find(to_lower_ascii(spelling));
  if (it == house_style_.end()) return std::nullopt;
  return it->second;
}

const person* gazetteer::find_person(std::string_view name) const {
  if (const auto* k = find(name); k != nullptr && k->who != nullptr) return k->who;
  if (name.find(' ') == std::string_view::npos) {
    auto it = by_surname_.find(to_lower_ascii(name));
    if (it != by_surname_.end() && it->second.size() == 1) return entries_[it->second.front()].who;
  }
  return nullptr;
}

// --- titles -----------------------------------------------------------------------------------

std::vector<std::string> title_core(std::string_view title) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) words.push_back(current);
    current.clear();
  };
  for (char c : to_lower_ascii(title)) {
    if (c == ' ' || c == '-') {
      flush();
    } else if (c != '.') {
      current += c;
    }
  }
  flush();
  std::vector<std::string> core;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string w = words[i];
    if (w.ends_with("'s")) continue;  // "Ukraine's"
    if (w.size() > 4 && w.ends_with("\xE2\x80\x99s")) continue;
    if (w == "of" && i + 1 < words.size()) {
      std::size_t k = i + 1;
      if (words[k] == "the" && k + 1 < words.size()) ++k;
      core.push_back(synonym(words[k]));
      i = k;
      continue;
    }
    // "under" is a rank only in "Under Secretary"; "under President X" is a preposition.
    if (w == "under" && (i + 1 >= words.size() || (words[i + 1] != "secretary" && words[i + 1] != "secretary-general"))) continue;
    w = synonym(w);
    if (w == "elect" && !core.empty() && core.back() == "president") {
      core.back() = "president-elect";
      continue;
    }
    if (in_list(title_words, w)) core.push_back(w);
  }
  return core;
}

bool titles_compatible(std::string_view a, std::string_view b) {
  const auto ca = title_core(a);
  const auto cb = title_core(b);
  std::set<std::string> sa(ca.begin(), ca.end());
  std::set<std::string> sb(cb.begin(), cb.end());
  sa.erase("");
  sb.erase("");
  if (sa.empty() || sb.empty()) return true;
  for (auto w : wildcard_titles) {
    if (sa.count(std::string(w)) != 0 || sb.count(std::string(w)) != 0) return true;
  }
  if (sa == sb) return true;
  auto contained = [](const std::set<std::string>& small, const std::set<std::string>& big) {
    if (!std::includes(big.begin(), big.end(), small.begin(), small.end())) return false;
    for (const auto& w : big) {
      if (small.count(w) == 0 && in_list(rank_words, w)) return false;
    }
    return true;
  };
  return contained(sa, sb) || contained(sb, sa);
}

bool held_title(const person& who, std::string_view title, std::optional<std::chrono::year_month_day> date) {
  if (who.titles.empty()) return true;
  for (const auto& t : who.titles) {
    if (date) {
      if (t.from && *date < *t.from) continue;
      if (t.to && *date > *t.to) continue;
    }
    if (titles_compatible(title, t.title)) return true;
  }
  return false;
}

}  // namespace factcheck::checker
