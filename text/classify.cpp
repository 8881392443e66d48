// Block classification in two passes. The first looks at each block alone (phrases of page
// furniture, relative timestamps, counters, ids, addresses, datelines, bylines, captions);
// the second at structure (the headline among the blocks before the first paragraph of
// prose, residue after the last one, runs of menu items, lists under a "Related:" label,
// short lines repeated across the corpus). See docs/decisions/0003-block-classification.md.
#include "text/classify.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>
#include <unordered_map>

#include "text/chars.hpp"
#include "text/ascii.hpp"

using factcheck::text::to_lower_ascii;

namespace factcheck::text {
namespace {

using detail::is_ascii_alpha;
using detail::is_ascii_digit;

// A sentence of two words or more is copy, not furniture ("Reuters." is not; "Varn waits." is).
constexpr std::size_t prose_min_words = 2;
constexpr std::size_t headline_max_words = 30;
constexpr std::size_t residue_max_words = 30;
constexpr std::size_t repeated_max_words = 12;
// Counting stops here: every word-count threshold above is smaller.
constexpr std::size_t long_block_words = 100;

// Page furniture that is a block on its own (compared without a trailing ':' '.' or count).
constexpr std::string_view furniture[] = {"add a comment",
                                          "advertisement",
                                          "advertising",
                                          "archives",
                                          "back to top",
                                          "categories",
                                          "category",
                                          "close",
                                          "comment",
                                          "comments",
                                          "e-mail",
                                          "email",
                                          "facebook",
                                          "home",
                                          "latest",
                                          "latest news",
                                          "leave a comment",
                                          "leave a reply",
                                          "linkedin",
                                          "listen",
                                          "live",
                                          "load more",
                                          "loading",
                                          "log in",
                                          "login",
                                          "menu",
                                          "more",
                                          "more stories",
                                          "most popular",
                                          "most read",
                                          "newsletter",
                                          "next",
                                          "no comments",
                                          "photos",
                                          "pinterest",
                                          "popular",
                                          "post a comment",
                                          "previous",
                                          "print",
                                          "read more",
                                          "recommended",
                                          "reddit",
                                          "register",
                                          "related",
                                          "related articles",
                                          "related posts",
                                          "related stories",
                                          "search",
                                          "see all",
                                          "see more",
                                          "share",
                                          "show less",
                                          "show more",
                                          "sign in",
                                          "sign up",
                                          "skip to content",
                                          "skip to main content",
                                          "sponsored",
                                          "subscribe",
                                          "tags",
                                          "telegram",
                                          "top stories",
                                          "trending",
                                          "twitter",
                                          "video",
                                          "whatsapp"};

// Openings of page furniture that carries more words after it.
constexpr std::string_view furniture_openings[] = {
    "(c) ",
    "accept all cookies",
    "all rights reserved",
    "also read",
    "back to top",
    "by continuing to use",
    "by using this site",
    "click here",
    "comments are closed",
    "continue reading",
    "copyright",
    "download our app",
    "download the app",
    "email this",
    "filed under",
    "follow us",
    "get the app",
    "join the conversation",
    "leave a comment",
    "leave a reply",
    "loading",
    "log in to",
    "more from",
    "more on this",
    "more stories",
    "next article",
    "next post",
    "no comments",
    "post a comment",
    "posted in",
    "previous article",
    "previous post",
    "print this",
    "read also",
    "read more",
    "recommended for you",
    "related articles",
    "related coverage",
    "related posts",
    "related stories",
    "related:",
    "report an error",
    "see also",
    "share on",
    "share this",
    "share with",
    "show more",
    "sign in to",
    "sign up for",
    "skip to",
    "subscribe for",
    "subscribe to",
    "tags:",
    "this site uses cookies",
    "this website uses cookies",
    "we use cookies",
    "you may also like",
    "you might also like",
    "your email address will not be published",
    "this article is more than",
    "sign up to our",
    "cookie settings",
    "cookie policy",
    "privacy policy",
    "terms of use",
    "terms of service",
    "story continues",
    "listen to this article",
    "editor's picks",
    "editors' picks",
    "most viewed",
    "trending now",
    "topics:",
    "our standards",
    "sign up here",
    "click to expand",
    "read the full story",
    "read full article",
    "watch:",
    "watch live",
    "reading time",
};

// Furniture that introduces a list of links: the short lines after it are residue too.
constexpr std::string_view list_labels[] = {
    "also read", "latest news", "more from",   "more stories", "most popular", "most read",
    "read also", "read more",   "recommended", "related",      "see also",     "you may also like"};

constexpr std::string_view share_networks[] = {
    "facebook", "flipboard", "linkedin", "mail",    "messenger", "pinterest", "pocket",   "reddit",
    "telegram", "tumblr",    "tweet",    "twitter", "viber",     "vk",        "whatsapp", "x"};
constexpr std::string_view share_words[] = {"article", "copy",  "e-mail", "email", "link", "on",
                                            "print",   "share", "story",  "the",   "this", "via"};

constexpr std::string_view months[] = {
    "january",   "february", "march",    "april",    "may",  "june", "july", "august",
    "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
    "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};
constexpr std::string_view weekdays[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday",    "saturday", "sunday",
    "mon",    "tue",     "tues",      "wed",      "thu",       "thur",     "thurs",
    "fri",    "sat",     "sun",       "today",    "yesterday", "tonight",  "tomorrow"};
constexpr std::string_view date_fillers[] = {
    "a.m",   "am",     "at",     "bst",       "cest", "cet", "created", "date",
    "dated", "edited", "edt",    "eest",      "eet",  "est", "et",      "first",
    "gmt",   "ist",    "last",   "modified",  "msk",  "of",  "on",      "p.m",
    "pdt",   "pm",     "posted", "published", "pst",  "the", "updated", "utc"};
constexpr std::string_view time_units[] = {
    "sec", "secs", "second", "seconds", "min",  "mins", "minute", "minutes", "hr",
    "hrs", "hour", "hours",  "day",     "days", "week", "weeks",  "month",   "months"};

enum class date_token { full_date, strong, weak, other };

template <std::size_t N>
bool one_of(const std::string_view (&set)[N], std::string_view s) {
  return std::find(std::begin(set), std::end(set), s) != std::end(set);
}

// Words separated by spaces or line breaks, with punctuation trimmed from both ends; at
// most `limit` of them (every signal here is about short blocks, so a long block's words
// past the limit do not matter and are not collected).
std::vector<std::string_view> words_of(std::string_view s, std::size_t limit = 1000000000) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size() && out.size() < limit) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n')) ++i;
    const std::size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\n') ++i;
    std::string_view w = s.substr(b, i - b);
    while (!w.empty() && detail::punctuation_length(w, 0) > 0) {
      w.remove_prefix(detail::punctuation_length(w, 0));
    }
    while (!w.empty()) {
      std::size_t n = 0;
      for (std::size_t k = 1; k <= 3 && k <= w.size(); ++k) {
        if (detail::punctuation_length(w, w.size() - k) == k) n = k;
      }
      if (n == 0) break;
      w.remove_suffix(n);
    }
    if (!w.empty()) out.push_back(w);
  }
  return out;
}

bool starts_with_phrase(std::string_view text, std::string_view phrase) {
  if (!text.starts_with(phrase)) return false;
  if (text.size() == phrase.size()) return true;
  const char next = text[phrase.size()];
  return !is_ascii_alpha(phrase.back()) || !is_ascii_alpha(next);
}

// Ends with . ? ! (possibly followed by closing quotes or brackets).
bool ends_with_terminal(std::string_view s) {
  std::size_t e = s.size();
  while (e > 0) {
    const std::size_t n = detail::closing_mark_before(s, e);
    if (n == 0) break;
    e -= n;
  }
  if (e == 0) return false;
  const char c = s[e - 1];
  return c == '.' || c == '?' || c == '!' || detail::ends_with_ellipsis(s.substr(0, e));
}

bool is_number_word(std::string_view w) {
  if (w.empty() || !is_ascii_digit(w[0])) return false;
  return std::all_of(w.begin(), w.end(),
                     [](char c) { return is_ascii_digit(c) || c == ',' || c == '.'; });
}

bool capitalized(std::string_view w) {
  return !w.empty() && (detail::is_ascii_upper(w[0]) || static_cast<unsigned char>(w[0]) >= 0x80 ||
                        is_ascii_digit(w[0]));
}

struct facts {
  std::string_view text;
  std::string low;  // lower-case text
  std::vector<std::string_view> words;
  bool terminal = false;
};

// "Show More", "Comments (12)", "Tags:", "Loading data..."
// Phrases grouped by their first byte, so that a block is compared with the few phrases
// that can match it rather than with the whole list.
class phrase_index {
 public:
  template <std::size_t N>
  explicit phrase_index(const std::string_view (&phrases)[N]) {
    for (auto p : phrases) by_first_[static_cast<unsigned char>(p.front())].push_back(p);
  }
  [[nodiscard]] const std::vector<std::string_view>& candidates(std::string_view text) const {
    return by_first_[text.empty() ? 0 : static_cast<unsigned char>(text.front())];
  }

 private:
  std::vector<std::string_view> by_first_[256];
};

const phrase_index& furniture_index() {
  static const phrase_index index(furniture);
  return index;
}

const phrase_index& opening_index() {
  static const phrase_index index(furniture_openings);
  return index;
}

bool is_furniture(const facts& f, const std::vector<std::string>& extra) {
  std::string_view core = f.low;
  while (!core.empty() &&
         (core.back() == ':' || core.back() == '.' || core.back() == ' ' || core.back() == ')' ||
          is_ascii_digit(core.back()) || core.back() == '(')) {
    core.remove_suffix(1);
  }
  if (detail::ends_with_ellipsis(core)) core.remove_suffix(core.ends_with("...") ? 3 : 3);
  for (auto p : furniture_index().candidates(core)) {
    if (p == core) return true;
  }
  if (f.words.size() > 40) return false;
  for (auto p : opening_index().candidates(f.low)) {
    if (starts_with_phrase(f.low, p)) return true;
  }
  if (f.low.starts_with("\u00A9")) return true;  // ©
  for (const auto& p : extra) {
    if (!p.empty() && starts_with_phrase(f.low, p)) return true;
  }
  return false;
}

bool is_list_label(const facts& f) {
  std::string_view core = f.low;
  while (!core.empty() && (core.back() == ':' || core.back() == ' ')) core.remove_suffix(1);
  return one_of(list_labels, core) && f.words.size() <= 4;
}

// "3 hours ago", "Updated 5 mins ago", "just now"
bool is_relative_timestamp(const facts& f) {
  const auto& w = f.words;
  if (w.empty() || w.size() > 6) return false;
  if (!f.low.ends_with("ago") && !f.low.ends_with("now")) return false;
  std::size_t i = 0;
  while (i < w.size() && one_of(date_fillers, to_lower_ascii(w[i]))) ++i;
  if (i + 2 == w.size() && to_lower_ascii(w[i]) == "just" && to_lower_ascii(w[i + 1]) == "now") return true;
  if (i < w.size() && to_lower_ascii(w[i]) == "about") ++i;
  std::string n, unit;
  if (i + 3 == w.size() && to_lower_ascii(w[i + 2]) == "ago") {
    n = to_lower_ascii(w[i]);
    unit = to_lower_ascii(w[i + 1]);
  } else if (i + 2 == w.size() && to_lower_ascii(w[i + 1]) == "ago") {
    // "3h ago", "5mins ago"
    const std::string glued = to_lower_ascii(w[i]);
    const std::size_t digits = glued.find_first_not_of("0123456789");
    if (digits == 0 || digits == std::string::npos) return false;
    n = glued.substr(0, digits);
    unit = glued.substr(digits);
  } else {
    return false;
  }
  const bool amount = is_number_word(n) || n == "a" || n == "an" || n == "one" || n == "few";
  return amount && (one_of(time_units, unit) || unit == "year" || unit == "years" || unit == "h" ||
                    unit == "m" || unit == "d" || unit == "w" || unit == "y");
}

// "3 min read", "5 minute read"
bool is_reading_time(const facts& f) {
  const auto& w = f.words;
  if (w.size() != 3 || !is_number_word(w[0])) return false;
  const std::string unit = to_lower_ascii(w[1]);
  return (unit == "min" || unit == "mins" || unit == "minute" || unit == "minutes") &&
         to_lower_ascii(w[2]) == "read";
}

// "430", "1.2K views", "12 comments"
bool is_counter(const facts& f) {
  const auto& w = f.words;
  if (w.empty() || w.size() > 2 || !is_ascii_digit(w[0][0])) return false;
  std::string n = to_lower_ascii(w[0]);
  if (!n.empty() && (n.back() == 'k' || n.back() == 'm')) n.pop_back();
  if (!is_number_word(n)) return false;
  if (w.size() == 1) return true;
  const std::string unit = to_lower_ascii(w[1]);
  return unit == "views" || unit == "view" || unit == "reads" || unit == "comments" ||
         unit == "comment" || unit == "shares" || unit == "likes" || unit == "k" || unit == "m";
}

// A page or tracking id: 8+ hex digits mixing digits and letters (hyphens allowed).
bool is_hex_id(std::string_view w) {
  std::size_t hex = 0;
  bool digit = false, letter = false;
  for (char c : w) {
    if (is_ascii_digit(c)) {
      digit = true;
      ++hex;
    } else if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
      letter = true;
      ++hex;
    } else if (c != '-') {
      return false;
    }
  }
  return hex >= 8 && digit && letter;
}

bool is_address(std::string_view w) {
  const std::string l = to_lower_ascii(w);
  if (l.starts_with("http://") || l.starts_with("https://") || l.starts_with("www.")) return true;
  // A bare domain such as "example.co.uk": letters, digits, dots and hyphens, a dot before a
  // final label of 2-6 letters.
  const std::size_t dot = l.rfind('.');
  if (dot == std::string::npos || dot == 0 || l.size() - dot - 1 < 2 || l.size() - dot - 1 > 6) {
    return false;
  }
  for (std::size_t i = dot + 1; i < l.size(); ++i) {
    if (!is_ascii_alpha(l[i])) return false;
  }
  std::size_t labels = 0;
  for (std::size_t i = 0; i < dot; ++i) {
    const char c = l[i];
    if (c == '.') {
      if (i == 0 || l[i - 1] == '.') return false;
      continue;
    }
    if (!is_ascii_alpha(c) && !is_ascii_digit(c) && c != '-') return false;
    ++labels;
  }
  // "U.S" and "e.g" are single letters joined by dots, not domains.
  return labels >= 2 && !(dot == 1 && l.size() == 3);
}

bool is_address_line(const facts& f) {
  if (f.words.empty() || f.words.size() > 3) return false;
  return std::all_of(f.words.begin(), f.words.end(),
                     [](std::string_view w) { return is_address(w); });
}

bool is_share_line(const facts& f) {
  if (f.words.size() < 2 || f.words.size() > 12) return false;
  bool network = false;
  for (auto w : f.words) {
    const std::string l = to_lower_ascii(w);
    if (one_of(share_networks, l)) {
      network = true;
    } else if (!one_of(share_words, l)) {
      return false;
    }
  }
  return network;
}

// Breadcrumbs and feed footers: "Regions - Latest - Feed Reader", "Home › World › Europe".
bool is_breadcrumb(const facts& f) {
  if (f.terminal || f.words.size() > 10) return false;
  std::size_t separators = 0;
  for (std::string_view sep : {" - ", " | ", " \u2013 ", " \u203A ", " \u00BB ", " > ", " / "}) {
    for (std::size_t at = f.text.find(sep); at != std::string_view::npos;
         at = f.text.find(sep, at + 1)) {
      ++separators;
    }
  }
  if (separators == 0) return false;
  return std::all_of(f.words.begin(), f.words.end(),
                     [](std::string_view w) { return capitalized(w) && !is_ascii_digit(w[0]); });
}

// "Source: X" and "Get ... news ... on X" lines that feeds and aggregators append.
bool is_feed_footer(const facts& f) {
  if (f.terminal) return false;
  if (f.low.starts_with("source:") && f.words.size() <= 6) return true;
  return f.low.starts_with("get ") && f.words.size() <= 25 &&
         f.low.find("news") != std::string::npos && f.low.find(" on ") != std::string::npos;
}

// Month, weekday and filler words by first letter (every block with a digit is looked up).
class date_lexicon {
 public:
  date_lexicon() {
    for (auto m : months) add(m, date_token::strong);
    for (auto d : weekdays) add(d, date_token::weak);
    for (auto f : date_fillers) add(f, date_token::weak);
  }
  [[nodiscard]] std::optional<date_token> find(std::string_view lower_word) const {
    if (lower_word.empty()) return std::nullopt;
    for (const auto& [word, kind] : by_first_[static_cast<unsigned char>(lower_word.front())]) {
      if (word == lower_word) return kind;
    }
    return std::nullopt;
  }

 private:
  void add(std::string_view word, date_token kind) {
    by_first_[static_cast<unsigned char>(word.front())].emplace_back(word, kind);
  }
  std::vector<std::pair<std::string_view, date_token>> by_first_[256];
};

date_token classify_date_word(std::string_view w) {
  static const date_lexicon lexicon;
  const std::string l = to_lower_ascii(w);
  std::string_view core = l;
  if (core.ends_with(".")) core.remove_suffix(1);
  if (const auto known = lexicon.find(core)) return *known;
  // Numeric dates: 2021-12-04, 27.01.22, 12/04/2021.
  std::size_t digits = 0, seps = 0;
  char sep = '\0';
  bool clean = true;
  for (char c : core) {
    if (is_ascii_digit(c)) {
      ++digits;
    } else if (c == '-' || c == '.' || c == '/') {
      if (sep != '\0' && c != sep) clean = false;
      sep = c;
      ++seps;
    } else {
      clean = false;
    }
  }
  if (clean && seps == 2 && digits >= 4 && digits <= 8) return date_token::full_date;
  if (clean && seps == 0 && digits >= 1 && digits <= 4) return date_token::weak;  // 4, 2021
  // Ordinals (4th), clock times (10:45, 10:45AM, 10.45pm) and ISO timestamps.
  if (core.size() >= 3 && is_ascii_digit(core[0])) {
    const std::size_t digits_end = core.find_first_not_of("0123456789");
    const std::string_view tail =
        digits_end == std::string_view::npos ? std::string_view{} : core.substr(digits_end);
    if (tail == "st" || tail == "nd" || tail == "rd" || tail == "th") return date_token::weak;
    std::size_t i = 0;
    while (i < core.size() && is_ascii_digit(core[i])) ++i;
    if (i >= 1 && i <= 2 && i < core.size() && core[i] == ':') {
      std::size_t j = i + 1;
      while (j < core.size() && (is_ascii_digit(core[j]) || core[j] == ':')) ++j;
      const std::string_view rest = core.substr(j);
      if (j > i + 1 && (rest.empty() || rest == "am" || rest == "pm" || rest == "a.m" ||
                        rest == "p.m" || rest == "h" || rest == "hrs")) {
        return date_token::weak;
      }
    }
    if (core.size() >= 10 && core[4] == '-' && core[7] == '-' && core.find('t') == 10) {
      return date_token::full_date;
    }
  }
  return date_token::other;
}

// A short block that is mostly a date or time: "Saturday, December 9, 2023",
// "27.01.22 11:30", "Published 12:04 GMT, 6 March 2024", "Kyiv, March 6, 2024".
bool is_dateline(const facts& f) {
  if (f.words.empty() || f.words.size() > 12) return false;
  // Every dateline has a day or a year in digits.
  if (std::none_of(f.text.begin(), f.text.end(), is_ascii_digit)) return false;
  std::size_t strong = 0, weak = 0, other = 0;
  bool full_date = false;
  bool other_capitalized = true;
  for (auto w : f.words) {
    switch (classify_date_word(w)) {
      case date_token::full_date:
        full_date = true;
        ++strong;
        break;
      case date_token::strong:
        ++strong;
        break;
      case date_token::weak:
        ++weak;
        break;
      case date_token::other:
        ++other;
        other_capitalized = other_capitalized && capitalized(w);
        // A sentence: stop early, most blocks end here.
        if (!other_capitalized || other > 2) return false;
        break;
    }
  }
  if (strong == 0 || (strong + weak < 2 && !full_date)) return false;
  // A place name before the date is part of a dateline; anything more is a sentence.
  return other == 0 || (other <= 2 && other_capitalized && !f.terminal);
}

// "By A. Writer | March 6, 2024", "Reporting by ...; Editing by ..."
bool is_byline(const facts& f) {
  if (f.words.size() < 2 || f.words.size() > 20) return false;
  // Wire credits often come in parentheses: "(Reporting by ...; Editing by ...)".
  const std::string_view low = std::string_view(f.low).substr(f.low.starts_with("(") ? 1 : 0);
  for (std::string_view p :
       {"written by ", "reporting by ", "reported by ", "story by ", "words by ", "posted by ",
        "author: ", "authors: ", "additional reporting by ", "editing by "}) {
    if (low.starts_with(p)) return true;
  }
  // "March 6, 2024 | By A. Writer": a byline after a date.
  for (std::string_view sep : {"| by ", "\u00B7 by ", "\u2022 by ", "- by ", "\u2014 by "}) {
    const std::size_t at = f.low.find(sep);
    if (at != std::string::npos && f.words.size() <= 15 && !f.terminal) {
      const std::string_view after = f.text.substr(at + sep.size());
      if (!after.empty() && capitalized(after)) return true;
    }
  }
  if (!f.low.starts_with("by ") || f.terminal) return false;
  const std::string_view first = f.words[1];
  if (!capitalized(first) || is_ascii_digit(first[0])) return false;
  const date_token kind = classify_date_word(first);
  return kind == date_token::other;  // "By Friday, ..." is a sentence
}

// "Image: Reuters", "Photo by J. Doe", "... Image from The Daily Courier"
bool is_caption(const facts& f) {
  if (f.words.empty() || f.words.size() > 60) return false;
  constexpr std::string_view cues[] = {"photo",    "image", "pictur",  "credit", "caption",
                                       "courtesy", "getty", "reuters", "afp",    "illustration"};
  if (std::none_of(std::begin(cues), std::end(cues),
                   [&](std::string_view c) { return f.low.find(c) != std::string::npos; })) {
    return false;
  }
  for (std::string_view p : {"image:", "images:", "photo:", "photos:", "picture:", "photograph:",
                             "caption:", "credit:", "image credit", "photo credit", "file photo",
                             "(photo", "[photo", "(image", "pictured:", "illustration:"}) {
    if (f.low.starts_with(p)) return true;
  }
  for (std::string_view m : {"image from ",  "images from ", "photo from ",    "photo by ",
                             "image by ",    "picture by ",  "photo courtesy", "image courtesy",
                             "courtesy of ", "photo: ",      "image: ",        "(photo",
                             "(image",       "getty images", "ap photo",       "afp photo",
                             "/reuters",     "reuters/",     "/afp",           "afp/"}) {
    const std::size_t at = f.low.rfind(m);
    if (at == std::string::npos) continue;
    const std::string_view tail = std::string_view(f.low).substr(at + m.size());
    // The credit is the end of the block: a few words and no further sentence.
    if (words_of(tail).size() <= 8 && tail.find(". ") == std::string_view::npos) return true;
  }
  return false;
}

std::optional<block_kind> classify_alone(const facts& f, const classify_options& options) {
  if (is_furniture(f, options.boilerplate_patterns) || is_relative_timestamp(f) || is_counter(f) ||
      is_reading_time(f) || is_address_line(f) || is_share_line(f)) {
    return block_kind::boilerplate;
  }
  if (f.words.size() <= 4 && std::any_of(f.words.begin(), f.words.end(),
                                         [](std::string_view w) { return is_hex_id(w); })) {
    return block_kind::boilerplate;
  }
  // Before the looser residue shapes: "By A. Writer | Radio" and "Photo: Agency / J. Doe"
  // look like breadcrumbs too.
  if (is_dateline(f)) return block_kind::dateline;
  if (is_byline(f)) return block_kind::byline;
  if (is_caption(f)) return block_kind::caption;
  if (is_breadcrumb(f) || is_feed_footer(f)) return block_kind::boilerplate;
  return std::nullopt;
}

// Sentences of prose: ends like a sentence, or holds one and ends with a short credit
// ("... separatists. - Agency").
bool prose(const facts& f) {
  if (f.words.size() < prose_min_words) return false;
  if (f.terminal) return true;
  for (std::string_view end : {". ", "? ", "! ", ".\" ", ".\u201D ", ".' ", ".\u2019 "}) {
    const std::size_t at = f.text.rfind(end);
    if (at != std::string_view::npos && words_of(f.text.substr(at), 5).size() <= 4) return true;
  }
  return false;
}

struct document_state {
  std::vector<facts> facts_of;  // dropped once the document's own signals are read
  // The lower-case text of each short unpunctuated block (empty for the others): the key of
  // the cross-corpus repetition signal, all that is kept of a document between the passes.
  std::vector<std::string> repeat_key;
  std::vector<std::optional<block_kind>> kind;
  std::vector<bool> labelled;  // boilerplate because it introduces a list
};

void classify_structure(document_state& d) {
  const std::size_t n = d.facts_of.size();
  auto open = [&](std::size_t i) { return !d.kind[i].has_value(); };
  auto is_prose = [&](std::size_t i) {
    return open(i) && (prose(d.facts_of[i]) || d.facts_of[i].words.size() > headline_max_words);
  };

  // Lists of links under a label: the short, unpunctuated blocks that follow it.
  for (std::size_t i = 0; i < n; ++i) {
    if (!d.labelled[i]) continue;
    for (std::size_t j = i + 1; j < n && open(j) && !d.facts_of[j].terminal &&
                                d.facts_of[j].words.size() <= residue_max_words;
         ++j) {
      d.kind[j] = block_kind::boilerplate;
    }
  }

  // Navigation menus: three or more consecutive short capitalized lines.
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i;
    auto menu_item = [&](std::size_t k) {
      const facts& f = d.facts_of[k];
      return (open(k) || d.kind[k] == block_kind::boilerplate) && !f.terminal && !f.words.empty() &&
             f.words.size() <= 4 && std::all_of(f.words.begin(), f.words.end(), capitalized);
    };
    while (j < n && menu_item(j)) ++j;
    if (j - i >= 3) {
      for (std::size_t k = i; k < j; ++k) d.kind[k] = block_kind::boilerplate;
    }
    i = j == i ? i + 1 : j;
  }

  std::size_t first_prose = n, last_prose = n;
  for (std::size_t i = 0; i < n; ++i) {
    if (!is_prose(i)) continue;
    if (first_prose == n) first_prose = i;
    last_prose = i;
  }

  // Before the first paragraph of prose: the first unclassified block of four words or more
  // is the headline (a masthead or menu item is shorter; failing that, the longest block);
  // a later long block is a standfirst (body), a later short one residue.
  constexpr std::size_t headline_min_words = 4;
  std::size_t headline = n;
  for (std::size_t i = 0; i < first_prose && i < n; ++i) {
    if (!open(i)) continue;
    const std::size_t words = d.facts_of[i].words.size();
    if (headline == n || (d.facts_of[headline].words.size() < headline_min_words &&
                          words > d.facts_of[headline].words.size())) {
      headline = i;
    }
  }
  for (std::size_t i = 0; i < first_prose && i < n; ++i) {
    if (!open(i)) continue;
    if (i == headline) {
      d.kind[i] = block_kind::headline;
    } else {
      d.kind[i] = d.facts_of[i].words.size() >= 5 ? block_kind::body : block_kind::boilerplate;
    }
  }

  // After the last paragraph of prose: what is left is page residue (related headlines,
  // feed titles, footers).
  if (last_prose != n) {
    for (std::size_t i = last_prose + 1; i < n; ++i) {
      if (open(i) && d.facts_of[i].words.size() <= residue_max_words) {
        d.kind[i] = block_kind::boilerplate;
      }
    }
  }
}

}  // namespace

void classify_corpus(const std::vector<document_blocks>& corpus, const classify_options& options) {
  std::vector<std::string> extra;
  extra.reserve(options.boilerplate_patterns.size());
  for (const auto& p : options.boilerplate_patterns) extra.push_back(to_lower_ascii(p));
  classify_options lowered;
  lowered.boilerplate_patterns = std::move(extra);

  std::vector<document_state> docs(corpus.size());
  // Short unpunctuated lines, by text, and the documents they occur in.
  std::unordered_map<std::string, std::vector<std::size_t>> short_lines;
  for (std::size_t d = 0; d < corpus.size(); ++d) {
    auto& state = docs[d];
    const auto& blocks = *corpus[d].blocks;
    state.facts_of.resize(blocks.size());
    state.kind.resize(blocks.size());
    state.labelled.assign(blocks.size(), false);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      facts& f = state.facts_of[i];
      f.text = blocks[i].span.of(corpus[d].text);
      f.words = words_of(f.text, long_block_words);
      // Phrases are matched at the start of a block; a long block needs only its start.
      f.low = to_lower_ascii(f.words.size() >= long_block_words ? f.text.substr(0, 512) : f.text);
      f.terminal = ends_with_terminal(f.text);
      state.kind[i] = classify_alone(f, lowered);
      state.labelled[i] = state.kind[i] == block_kind::boilerplate && is_list_label(f);
      if (!f.terminal && !f.words.empty() && f.words.size() <= repeated_max_words) {
        auto& seen = short_lines[f.low];
        if (seen.empty() || seen.back() != d) seen.push_back(d);
      }
    }
    classify_structure(state);
    // Only the repetition keys are needed after this: memory stays proportional to the short
    // lines of the corpus, not to its text.
    state.repeat_key.resize(blocks.size());
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      facts& f = state.facts_of[i];
      if (!f.terminal && !f.words.empty() && f.words.size() <= repeated_max_words) {
        state.repeat_key[i] = std::move(f.low);
      }
    }
    std::vector<facts>().swap(state.facts_of);
  }

  for (std::size_t d = 0; d < corpus.size(); ++d) {
    auto& state = docs[d];
    auto& blocks = *corpus[d].blocks;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      block_kind kind = state.kind[i].value_or(block_kind::body);
      if (kind == block_kind::body && !state.repeat_key[i].empty()) {
        const auto it = short_lines.find(state.repeat_key[i]);
        if (it != short_lines.end() && it->second.size() >= 2) kind = block_kind::boilerplate;
      }
      blocks[i].kind = kind;
    }
  }
}

void classify_blocks(std::string_view text, std::vector<block>& blocks,
                     const classify_options& options) {
  classify_corpus({document_blocks{text, &blocks}}, options);
}

}  // namespace factcheck::text
