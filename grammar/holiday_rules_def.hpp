#pragma once
// holiday_rules_def: named holidays ("Christmas", "last Easter", "Labor Day weekend"). Included by
// grammar/holiday_rules.cpp only.
//
// Phrases: the "holiday" rows of the table in grammar/time_rules_def.hpp;
// tests: tests/grammar/time_rules_test.cpp. Dates of holidays: grammar/holidays.cpp.
//
#include "grammar/holiday_rules.hpp"
#include "grammar/time_actions.hpp"
#include "grammar/time_lexicon.hpp"

namespace factcheck::grammar {
namespace time_rules {

// Holidays, each with a date rule (decoded by holiday_date in time_normalize.cpp):
//   m * 100 + d                      a fixed date (Christmas 1225)
//   10000 + m * 100 + n * 10 + wd    the n-th weekday wd of month m, n 5 = the last (Labor Day)
//   20500 + k                        k days after Easter Sunday (Good Friday: 20498)
//   30000 + k                        k days after Thanksgiving (Black Friday: 30001)
struct holiday_symbols : x3::symbols<int> {
  holiday_symbols() {
    const std::pair<const char*, int> table[] = {{"christmas", 1225},
                                                 {"christmas day", 1225},
                                                 {"xmas", 1225},
                                                 {"christmas eve", 1224},
                                                 {"new year's day", 101},
                                                 {"new year day", 101},
                                                 {"new year's eve", 1231},
                                                 {"independence day", 704},
                                                 {"halloween", 1031},
                                                 {"valentine's day", 214},
                                                 {"valentine day", 214},
                                                 {"boxing day", 1226},
                                                 {"st. patrick's day", 317},
                                                 {"st patrick's day", 317},
                                                 {"saint patrick's day", 317},
                                                 {"saint patrick", 317},
                                                 {"earth day", 422},
                                                 {"juneteenth", 619},
                                                 {"veterans day", 1111},
                                                 {"veterans' day", 1111},
                                                 {"all saints' day", 1101},
                                                 {"groundhog day", 202},
                                                 {"cinco de mayo", 505},
                                                 {"international workers' day", 501},
                                                 {"thanksgiving", 11144},
                                                 {"thanksgiving day", 11144},
                                                 {"labor day", 10911},
                                                 {"labour day", 10911},
                                                 {"memorial day", 10551},
                                                 {"martin luther king day", 10131},
                                                 {"martin luther king jr. day", 10131},
                                                 {"mlk day", 10131},
                                                 {"presidents' day", 10231},
                                                 {"presidents day", 10231},
                                                 {"columbus day", 11021},
                                                 {"mother's day", 10520},
                                                 {"father's day", 10630},
                                                 {"easter", 20500},
                                                 {"easter sunday", 20500},
                                                 {"easter day", 20500},
                                                 {"easter monday", 20501},
                                                 {"good friday", 20498},
                                                 {"palm sunday", 20493},
                                                 {"ash wednesday", 20454},
                                                 {"pentecost", 20549},
                                                 {"whit sunday", 20549},
                                                 {"ascension day", 20539},
                                                 {"black friday", 30001},
                                                 {"cyber monday", 30004}};
    for (const auto& [name, code] : table) {
      add(name, code);
      // the same name with a typographic apostrophe, or none ("mothers day")
      std::string n = name;
      const auto q = n.find('\'');
      if (q == std::string::npos) continue;
      add(n.substr(0, q) + "\xE2\x80\x99" + n.substr(q + 1), code);
      add(n.substr(0, q) + n.substr(q + 1), code);
    }
  }
};
inline const holiday_symbols holiday_sym;

// "Christmas", "easter 2018", "last Easter", "the following easter", "independence day of this
// year", "Thanksgiving of 2023": a holiday of a stated or nearest year.
const auto holiday_r_def = -the >> -(dir_w[set_dir] >> gap) >> word(holiday_sym)[set_holiday] >>
                           -((gap >> -(kw("of") >> gap) >> year4[set_<&time_ast::year>]) |
                             (gap >> kw("of") >> gap >> dir_w[set_dir] >> gap >> kw("year"))) >>
                           // "Easter week", "Labor Day weekend": the week or weekend of the holiday
                           -(gap >> (kw("week")[put_<&time_ast::unit, time_unit::week>] |
                                     kw("weekend")[put_<&time_ast::unit, time_unit::weekend>])) >>
                           x3::eps[put_<&time_ast::form, time_form::holiday>];

BOOST_SPIRIT_DEFINE(holiday_r)

}  // namespace time_rules
}  // namespace factcheck::grammar
