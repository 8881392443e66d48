#pragma once
// The words the time grammar can read (every letter run of three letters or more in a string
// literal of grammar/time_rules_def.hpp), lower-case and sorted. times.cpp uses them as a gate:
// after a frequent determiner ("the", "a", "an", "that", "this") the grammar is tried only when
// the next word is one of these (or short, or not a plain word), because a failed parse at a
// determiner costs more than any other miss and most determiners precede ordinary nouns.
// tests/grammar/time_gate_test.cpp re-reads time_rules_def.hpp and fails when a word is missing:
// after adding a phrase to the grammar, add its new words here. No X3 here.

#include <array>
#include <string_view>

namespace factcheck::grammar::detail {

inline constexpr std::array<std::string_view, 344> time_grammar_words = {
    "about",        "after",         "afternoon",  "afternoons",   "ago",        "all",
    "almost",       "anaphoric",     "and",        "another",      "any",        "approximately",
    "apr",          "april",         "around",     "ascension",    "ash",        "ast",
    "aug",          "august",        "autumn",     "bare",         "before",     "beginning",
    "black",        "boxing",        "bst",        "cdt",          "centuries",  "century",
    "cest",         "cet",           "christmas",  "cinco",        "clock",      "close",
    "colon",        "columbus",      "coming",     "compound",     "config",     "count",
    "couple",       "cst",           "current",    "currently",    "cyber",      "daily",
    "date",         "day",           "days",       "dec",          "decade",     "decades",
    "december",     "decimal",       "deictic",    "direction",    "dmy",        "dotted",
    "dozen",        "dozens",        "duration",   "each",         "earlier",    "early",
    "earth",        "easter",        "edt",        "eet",          "eight",      "eighteen",
    "eighteenth",   "eighth",        "eighty",     "eleven",       "eleventh",   "end",
    "ended",        "ending",        "est",        "estimated",    "eve",        "evening",
    "evenings",     "every",         "expression", "fall",         "father",     "feb",
    "february",     "few",           "fewer",      "fifteen",      "fifteenth",  "fifth",
    "fifty",        "first",         "fiscal",     "five",         "focus",      "following",
    "fortnight",    "fortnights",    "forty",      "four",         "fourteen",   "fourteenth",
    "fourth",       "fraction",      "fri",        "friday",       "fridays",    "from",
    "full",         "future",        "fuzzy",      "gmt",          "good",       "grammar",
    "groundhog",    "half",          "halloween",  "hence",        "holiday",    "hour",
    "hourly",       "hours",         "hpp",        "hrs",          "hundred",    "hundreds",
    "independence", "international", "into",       "ish",          "iso",        "ist",
    "jan",          "january",       "jst",        "jul",          "july",       "jun",
    "june",         "juneteenth",    "just",       "king",         "labor",      "labour",
    "last",         "late",          "lately",     "later",        "latest",     "least",
    "less",         "longer",        "loose",      "luther",       "many",       "mar",
    "march",        "martin",        "may",        "mayo",         "mdt",        "mdy",
    "memorial",     "meridiem",      "mid",        "middle",       "midnight",   "min",
    "mins",         "minute",        "minutes",    "mlk",          "modal",      "moment",
    "mon",          "monday",        "mondays",    "month",        "monthly",    "months",
    "more",         "morning",       "mornings",   "most",         "mother",     "msk",
    "mst",          "nearly",        "new",        "next",         "night",      "nightly",
    "nights",       "nine",          "nineteen",   "nineteenth",   "ninety",     "ninth",
    "noon",         "not",           "nov",        "november",     "now",        "nowadays",
    "number",       "numeric",       "oclock",     "oct",          "october",    "old",
    "one",          "only",          "other",      "over",         "overnight",  "palm",
    "part",         "past",          "patrick",    "pdt",          "pentecost",  "period",
    "plural",       "preceding",     "present",    "presently",    "presidents", "previous",
    "prior",        "pst",           "quarter",    "quarters",     "recent",     "recently",
    "ref",          "rel",           "right",      "roughly",      "rules",      "run",
    "saint",        "saints",        "same",       "sat",          "saturday",   "saturdays",
    "season",       "sec",           "second",     "seconds",      "secs",       "sep",
    "sept",         "september",     "set",        "seven",        "seventeen",  "seventeenth",
    "seventh",      "seventy",       "several",    "since",        "six",        "sixteen",
    "sixteenth",    "sixth",         "sixty",      "some",         "spring",     "start",
    "summer",       "sun",           "sunday",     "sundays",      "tail",       "target",
    "ten",          "tenth",         "than",       "thanksgiving", "that",       "the",
    "third",        "thirteen",      "thirteenth", "thirtieth",    "thirty",     "this",
    "thousand",     "three",         "thu",        "thur",         "thurs",      "thursday",
    "thursdays",    "till",          "time",       "today",        "tomorrow",   "tonight",
    "tue",          "tues",          "tuesday",    "tuesdays",     "twelfth",    "twelve",
    "twentieth",    "twenty",        "two",        "under",        "unit",       "upcoming",
    "upwards",      "utc",           "valentine",  "veterans",     "wed",        "wednesday",
    "wednesdays",   "week",          "weekday",    "weekend",      "weekends",   "weekly",
    "weeks",        "whit",          "winter",     "word",         "words",      "workers",
    "xbd",          "xmas",          "year",       "yearly",       "years",      "yesterday",
    "yrs",          "zero",
};

}  // namespace factcheck::grammar::detail
