#pragma once
// compose_detail: what the files of the period composer share (grammar/time_compose.cpp, which
// holds the phrase table and the three passes' driver, and grammar/compose_*.cpp, one concern
// each). Internal to grammar/; no X3.

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "grammar/calendar.hpp"
#include "grammar/extract.hpp"
#include "text/char_class.hpp"

namespace factcheck::grammar::compose {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

using calendar::add_months;
using calendar::day_of;
using calendar::monday_of;
using calendar::month_names;
using calendar::month_of;
using calendar::year_of;
using text::equals_lower;
using text::one_of;

constexpr bool is_digit(char c) { return text::is_ascii_digit(c); }
constexpr bool is_word(char c) { return text::is_word_byte(c); }
constexpr bool is_blank(char c) { return text::is_blank(c); }

// The few tokens of text[b, e), or nothing when the stretch is long or holds anything but words,
// blanks, commas and range dashes (a full stop, a bracket, a paragraph break): periods never span
// those.
constexpr std::size_t max_gap_tokens = 3;
constexpr std::size_t max_gap_bytes = 40;

constexpr std::array<std::string_view, 8> range_words = {"to",      "till", "til", "until",
                                                         "through", "thru", "and", "-"};

constexpr std::array<std::string_view, 26> clock_words = {
    "a", "am", "p", "pm", "m", "noon", "midnight", "o", "clock", "oclock", "h", "gmt", "utc", "et",
    "est", "edt", "pt", "pst", "pdt",
    // the part of the day that sets the half: "6:00 in the evening", "9 at night"
    "in", "the", "at", "morning", "afternoon", "evening", "night"};

constexpr std::array<std::string_view, 6> which_words = {"this",   "next",     "last",
                                                         "coming", "previous", "following"};

constexpr std::array<std::string_view, 24> weekday_words = {
    "monday",   "tuesday",    "wednesday", "thursday", "friday",    "saturday",
    "sunday",   "mon",        "tue",       "tues",     "wed",       "thu",
    "thur",     "thurs",      "fri",       "sat",      "sun",       "mondays",
    "tuesdays", "wednesdays", "thursdays", "fridays",  "saturdays", "sundays"};

constexpr std::array<std::string_view, 6> merge_words = {",", "at", "on", "of", "around", "from"};

constexpr std::array<std::string_view, 5> ordinals = {"first", "second", "third", "fourth", "last"};

constexpr std::array<std::string_view, 5> forward_words = {"next", "coming", "following",
                                                           "upcoming", "forthcoming"};
constexpr std::array<std::string_view, 4> backward_words = {"past", "last", "previous",
                                                            "preceding"};

// A token of the short stretch of text between two atoms: a word, or one punctuation mark.
// En and em dashes read as "-".
struct token {
  std::string_view text;
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct gap_tokens {
  std::array<token, max_gap_tokens> items{};
  std::size_t size = 0;
  bool ok = false;
};

enum class grain : std::uint8_t { other, day, month, quarter, year };

// A time of day: hour and minute, whether the minutes and the meridiem were written.
struct clock {
  int hour = -1;
  int minute = 0;
  bool minutes_written = false;
  bool meridiem_known = false;
};

// One expression on its way out, with what composition needs to know of it.
struct piece {
  time_expression t;
  clock from;  // clock pieces: the (first) time of day
  clock to;    // clock ranges: the second
  bool clock_range = false;
  bool clock_only = false;  // a time of day with no date stated
  bool no_year = false;     // a month or day written without its year
  bool weekday = false;     // a weekday named alone: its week follows the other end of a range
};

// The words that open a period before an expression, and what they make of it.
struct bound {
  int kind =
      0;  // 0 none, 1 from the start on, 2 after the end, 3 before the start, 4 up to the end
  const char* mod = "";
  std::size_t begin = 0;
};

// "P3D" -> {3, 'D'}; quarters come as P3M multiples. Nothing for vague or compound durations.
struct amount {
  int count = 0;
  char unit = 0;
};

// A moment: a day and the seconds after its midnight (kept within [0, 86400)).
struct moment {
  sys_days day;
  long seconds = 0;
};

bool contains_lower(std::string_view text, std::string_view needle);
std::size_t dash_length(std::string_view text, std::size_t i);
gap_tokens read_gap(std::string_view text, std::size_t b, std::size_t e);
token word_before(std::string_view text, std::size_t floor, std::size_t pos);
bool range_connector(std::string_view t);
std::string iso(sys_days d);
sys_days add_units(sys_days d, int n, char unit);
bool digits_at(std::string_view s, std::size_t at, std::size_t n);
bool weekday_value(std::string_view v);
grain grain_of(const time_expression& t);
bool dated(const time_expression& t);
bool starts_like_clock(std::string_view s);
bool only_clock_words(std::string_view written);
clock clock_of_atom(const time_expression& t, std::string_view text);
clock bare_clock(std::string_view s);
int bare_day(std::string_view s);
std::string clock_text(const clock& c);
std::string clock_distance(const clock& a, const clock& b);
bool has_four_digits(std::string_view s);
bool says_which_year(std::string_view written);
bool year_unwritten(const time_expression& t, std::string_view text);
std::string as_written(const time_expression& t, bool no_year);
std::string point_value(const time_expression& t, bool no_year);
std::string date_distance(const time_expression& a, const time_expression& b);
bool bare_weekday(const time_expression& t, std::string_view text);
std::string day_part(const time_expression& t, bool no_year, std::string_view text);
int part_of_day(const time_expression& t);
time_expression point_at(const time_expression& base, sys_days d, std::size_t begin,
                         std::size_t end);
bool settle_clocks(clock& a, clock& b, int day_part);
piece clock_range_piece(const clock& a, const clock& b, const time_expression& day_source,
                        std::size_t begin, std::size_t end);
std::pair<sys_days, sys_days> whole_period(const time_expression& t);
std::optional<sys_days> fuzzy_point(const time_expression& t);
void shift_years(time_expression& t, int n);
std::optional<piece> date_range(const piece& first, const piece& second, std::size_t begin,
                                std::size_t end);
std::size_t range_begin(std::string_view text, std::size_t floor, std::size_t first, bool& between);
std::optional<token> connector(const gap_tokens& g);
piece atom_piece(const time_expression& t, std::string_view text);
token number_before(std::string_view text, std::size_t floor, std::size_t pos);
clock leading_clock(const time_expression& t, std::string_view text, std::string& date);
std::optional<piece> leading_number_range(std::string_view text, std::size_t floor,
                                          const piece& right);
std::optional<token> connector_before(std::string_view text, std::size_t floor, std::size_t at);
std::optional<piece> leading_day_range(std::string_view text, std::size_t floor,
                                       const piece& right);
std::optional<piece> trailing_day_range(std::string_view text, std::size_t floor, std::size_t limit,
                                        const piece& left);
std::optional<piece> trailing_month_range(std::string_view text, std::size_t floor,
                                          std::size_t limit, const piece& left);
std::optional<piece> weekday_with_day(std::string_view text, std::size_t limit, const piece& left,
                                      const time_context& context);
std::optional<piece> trailing_clock_range(std::string_view text, std::size_t floor,
                                          std::size_t limit, const piece& left);
std::optional<piece> atom_range(std::string_view text, std::size_t floor, const piece& a,
                                const piece& b);
piece year_piece(int y, std::size_t begin, std::size_t end);
int four_digits(std::string_view s, std::size_t at);
void year_ranges(std::string_view text, std::size_t b, std::size_t e, std::vector<piece>& out);
std::vector<piece> attach_years(std::string_view text, std::span<const time_expression> atoms);
std::vector<piece> compose_ranges(std::string_view text, std::vector<piece> in,
                                  const time_context& context);
bound bound_before(std::string_view text, std::size_t floor, std::size_t at);
bool merge_gap(const gap_tokens& g);
std::optional<piece> day_and_clock(std::string_view text, const piece& day, const piece& clk,
                                   std::size_t begin, std::size_t end);
int weekday_of(const time_expression& t);
std::optional<piece> weekday_in_period(std::string_view text, std::size_t floor, const piece& day,
                                       const piece& period, bool day_first);
std::optional<piece> week_of(std::string_view text, const piece& week, const piece& target);
std::vector<piece> compose_days(std::string_view text, std::vector<piece> in);
std::optional<amount> amount_of(const time_expression& t, bool bounded = false);
std::optional<piece> anchored(std::string_view text, std::size_t floor, const piece& dur,
                              const piece& anchor);
sys_days unit_boundary(sys_days d, char unit);
std::string_view first_word(std::string_view written);
bool rolling_window(piece& p, std::string_view text, sys_days ref, bool within);
std::optional<piece> window_of(std::string_view text, std::size_t floor, const piece& dur,
                               const piece& period);
bool superlative_before(std::string_view w);
bool open_period(piece& p, std::string_view text, std::size_t floor,
                 const std::optional<sys_days>& ref);
std::optional<long> subday_seconds(const time_expression& t);
moment moment_after(moment m, long seconds);
std::string moment_text(moment m);
time_expression moment_expression(const time_expression& base, moment from,
                                  std::optional<moment> to, std::size_t begin, std::size_t end);
token word_at(std::string_view text, std::size_t pos);
std::optional<time_expression> moment_from_now(std::string_view text, std::size_t floor,
                                               const piece& p, moment now, std::size_t limit);
time_expression clock_span(const time_expression& dur, clock from, long secs, std::size_t begin,
                           std::size_t end, const std::optional<sys_days>& day);
std::optional<piece> clock_with_length(std::string_view text, std::size_t floor, const piece& dur,
                                       const piece* next, const std::optional<sys_days>& ref);
std::optional<piece> clock_then_length(std::string_view text, std::size_t floor, const piece& clk,
                                       const piece& dur);
int small_count(std::string_view w);
char plural_unit(std::string_view w);
std::optional<time_expression> count_first_window(std::string_view text, std::size_t at,
                                                  sys_days ref,
                                                  const std::optional<std::chrono::seconds>& now);
void add_count_first_windows(std::string_view text, std::vector<time_expression>& out,
                             const time_context& context);

}  // namespace factcheck::grammar::compose
