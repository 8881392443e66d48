#pragma once
// quantity_actions: the semantic actions of the quantity grammar's X3 rules (they fill the
// ast:: structs of grammar/quantity_ast.hpp). Included by the quantity grammar's *_def.hpp files
// only.

#include <boost/fusion/include/at_c.hpp>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>
#include <system_error>

#include "grammar/quantity_ast.hpp"
#include "grammar/units.hpp"
#include "grammar/x3_config.hpp"

namespace factcheck::grammar {
namespace quantity_parser {

// ---- semantic actions -----------------------------------------------------------------------

namespace actions {

// Reads "94,300", "1.25", "0.5" (the raw lexeme) into an ast::number.
inline void read_digits(ast::number& n, const char* first, const char* last) {
  char buffer[64] = {};
  std::size_t size = 0;
  int decimals = -1;
  int trailing_zeros = 0;
  bool exponent = false;
  n = ast::number{};
  n.leading_zero = (last - first) > 1 && *first == '0' && first[1] >= '0' && first[1] <= '9';
  for (const char* p = first; p != last; ++p) {
    const char c = *p;
    if (c == 'e' || c == 'E') {
      exponent = true;
      n.decimal = true;  // 1.3e6 is stated exactly
    } else if (exponent) {
      // exponent digits and sign: copied below
    } else if (c == '.') {
      decimals = 0;
      n.decimal = true;
    } else if (c < '0' || c > '9') {
      n.grouped = true;  // a separator: comma, space, NBSP, thin space
      n.spaced = n.spaced || c == ' ';
      continue;
    } else if (decimals >= 0) {
      ++decimals;
    } else {
      if (n.int_digits < 255) ++n.int_digits;
      trailing_zeros = c == '0' ? trailing_zeros + 1 : 0;
    }
    if (size + 1 < sizeof buffer) buffer[size++] = c;
  }
  // Over-long digit runs are ids, not figures; the caller rejects int_digits > 15.
  double value = 0;
  std::from_chars(buffer, buffer + size, value);
  n.value = value;
  if (decimals > 0) {
    n.unit = std::pow(10.0, -decimals);
  } else {
    n.unit = n.value == 0 ? 1 : std::pow(10.0, trailing_zeros);
  }
}

inline constexpr auto digits = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  read_digits(x3::_val(ctx), range.begin(), range.end());
};
inline constexpr auto assign = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
inline constexpr auto add = [](auto& ctx) { x3::_val(ctx) += x3::_attr(ctx); };
inline constexpr auto set_one = [](auto& ctx) { x3::_val(ctx) = 1.0; };
inline constexpr auto add_two = [](auto& ctx) { x3::_val(ctx) += 2.0; };
inline constexpr auto times_hundred = [](auto& ctx) { x3::_val(ctx) *= 100.0; };

inline constexpr auto fold_start = [](auto& ctx) {
  x3::_val(ctx).total = 0;
  x3::_val(ctx).cur = x3::_attr(ctx);
};
inline constexpr auto fold_one = [](auto& ctx) {
  x3::_val(ctx).total = 0;
  x3::_val(ctx).cur = 1;
};
inline constexpr auto fold_scale = [](auto& ctx) {
  auto& f = x3::_val(ctx);
  const double scale = x3::_attr(ctx);
  // "one thousand million": a scale after a scale multiplies what is already there.
  if (f.cur == 0) {
    f.total *= scale;
  } else {
    f.total += f.cur * scale;
    f.cur = 0;
  }
};
inline constexpr auto fold_add = [](auto& ctx) { x3::_val(ctx).cur = x3::_attr(ctx); };
inline constexpr auto fold_done = [](auto& ctx) {
  const auto& f = x3::_attr(ctx);
  auto& n = x3::_val(ctx);
  n = ast::number{};
  n.words = true;
  n.value = f.total + f.cur;
  n.unit = 1;
};

inline constexpr auto fraction_numerator = [](auto& ctx) { x3::_val(ctx).value = x3::_attr(ctx); };
inline constexpr auto fraction_one = [](auto& ctx) { x3::_val(ctx).value = 1; };
inline constexpr auto add_hundred = [](auto& ctx) { x3::_val(ctx) += 100.0; };
inline constexpr auto fraction_denominator = [](auto& ctx) {
  auto& n = x3::_val(ctx);
  n.value /= x3::_attr(ctx);
  n.words = true;
  n.decimal = true;
  n.unit = 1e-9;  // a fraction is exact as stated
};

// "one third", "a fifth": a singular denominator reads as a fraction only over one.
inline constexpr auto fraction_denominator_singular = [](auto& ctx) {
  auto& n = x3::_val(ctx);
  if (n.value != 1) {
    x3::_pass(ctx) = false;
    return;
  }
  fraction_denominator(ctx);
};

// The same two, for a spelled numerator read by the amount rule ("three fifths").
inline constexpr auto amount_denominator = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  n.value /= x3::_attr(ctx);
  n.words = true;
  n.decimal = true;
  n.unit = 1e-9;
};
inline constexpr auto amount_denominator_singular = [](auto& ctx) {
  if (x3::_val(ctx).num.value != 1) {
    x3::_pass(ctx) = false;
    return;
  }
  amount_denominator(ctx);
};

inline constexpr auto point_start = [](auto& ctx) { x3::_val(ctx) = ast::word_fold{}; };
// "point seventy-one" appends 71: total holds the digits so far, cur their count.
inline constexpr auto point_append = [](auto& ctx) {
  auto& f = x3::_val(ctx);
  const double v = x3::_attr(ctx);
  const double places = v >= 10 ? 2 : 1;
  f.total = f.total * std::pow(10.0, places) + v;
  f.cur += places;
};
inline constexpr auto number_point = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  const auto& f = x3::_attr(ctx);
  n.value += f.total / std::pow(10.0, f.cur);
  n.decimal = true;
  n.unit = std::pow(10.0, -f.cur);
};
// "two and a half" adds 0.5; "three million and a half" adds half a million: the fraction is
// of the largest power of a thousand that divides the whole part.
inline constexpr auto number_and_fraction = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  double of = 1;
  if (n.value >= 1000 && n.value == std::floor(n.value)) {
    while (of < 1e12 && std::fmod(n.value, of * 1000) == 0) of *= 1000;
  }
  n.value += x3::_attr(ctx).value * of;
  n.decimal = of == 1;
};
// "one billion and a half million": a scaled fraction smaller than the figure adds to it. When
// it is not smaller ("two and a half million") the tail fails and the fraction scales the whole.
inline constexpr auto number_and_scaled = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  const double part = x3::_attr(ctx).value;
  if (part >= n.value) {
    x3::_pass(ctx) = false;
    return;
  }
  n.value += part;
};
inline constexpr auto number_vulgar = [](auto& ctx) {
  x3::_val(ctx).num.value += x3::_attr(ctx);
  x3::_val(ctx).num.decimal = true;
};
inline constexpr auto vulgar_number = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  n = ast::number{};
  n.value = x3::_attr(ctx);
  n.decimal = true;
};
// "1.1^23", "2.5^-1", "1.1^--23": a power; each '-' flips the exponent's sign.
inline void apply_power(ast::number& n, const char* first, const char* last) {
  double sign = 1;
  double exponent = 0;
  for (const char* p = first; p != last; ++p) {
    if (*p == '-') sign = -sign;
    if (*p >= '0' && *p <= '9') exponent = exponent * 10 + (*p - '0');
  }
  // Huge exponents would overflow to inf; the figure is then kept unscaled rather than wrong.
  if (exponent > 300) return;
  n.value = std::pow(n.value, sign * exponent);
  n.decimal = true;
  n.unit = 1e-9;
}
inline constexpr auto number_power = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  apply_power(x3::_val(ctx).num, range.begin(), range.end());
};
// "1.3x10^6", "6.23 x 10^-4": scientific notation written with a multiplication sign.
inline constexpr auto number_times_ten = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  ast::number ten;
  ten.value = 10;
  apply_power(ten, range.begin(), range.end());
  x3::_val(ctx).num.value *= ten.value;
  x3::_val(ctx).num.decimal = true;
  x3::_val(ctx).num.unit = 1e-9;
};
// Slashed fractions are read only when proper and over a denominator that measures things
// (halves to fifths, eighths, tenths, sixteenths, hundredths): "9/11" and "24/7" are names,
// "5/17" a date.
inline bool common_fraction(double numerator, double denominator) {
  const bool common = denominator == 2 || denominator == 3 || denominator == 4 ||
                      denominator == 5 || denominator == 8 || denominator == 10 ||
                      denominator == 16 || denominator == 100;
  return common && numerator >= 1 && numerator < denominator && numerator == std::floor(numerator);
}
// Reads "3/4" (or the "/4" tail) as numerator and denominator.
inline bool read_slash(const char* first, const char* last, double& numerator,
                       double& denominator) {
  numerator = 0;
  denominator = 0;
  double* into = &numerator;
  for (const char* p = first; p != last; ++p) {
    if (*p == '/') {
      into = &denominator;
    } else if (*p >= '0' && *p <= '9') {
      *into = *into * 10 + (*p - '0');
    }
  }
  return denominator > 0;
}
// "3/4" after digit_number read the "3": the tail "/4" divides it.
inline constexpr auto number_slash = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  const auto& range = x3::_attr(ctx);
  double unused = 0;
  double denominator = 0;
  read_slash(range.begin(), range.end(), unused, denominator);
  if (n.grouped || n.decimal || !common_fraction(n.value, denominator)) {
    x3::_pass(ctx) = false;
    return;
  }
  n.value /= denominator;
  n.decimal = true;
  n.unit = 1e-9;
};
// "2 1/4": a whole number and a proper fraction.
inline constexpr auto number_mixed = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  const auto& range = x3::_attr(ctx);
  double numerator = 0;
  double denominator = 0;
  read_slash(range.begin(), range.end(), numerator, denominator);
  if (n.grouped || n.decimal || !common_fraction(numerator, denominator)) {
    x3::_pass(ctx) = false;
    return;
  }
  n.value += numerator / denominator;
  n.decimal = true;
  n.unit = 1e-9;
};
// "4 thousand 3 hundred and 21": digits with spelled scales. total is the running sum, cur the
// last scale (each further group must use a smaller one).
inline constexpr auto compound_start = [](auto& ctx) {
  x3::_val(ctx).total = 0;
  x3::_val(ctx).cur = x3::_attr(ctx).value;
};
inline constexpr auto compound_scale = [](auto& ctx) {
  auto& f = x3::_val(ctx);
  const double scale = x3::_attr(ctx);
  f.total = f.cur * scale;
  f.cur = scale;
};
inline constexpr auto compound_more = [](auto& ctx) {
  auto& f = x3::_val(ctx);
  const double value = boost::fusion::at_c<0>(x3::_attr(ctx)).value;
  const double scale = boost::fusion::at_c<1>(x3::_attr(ctx));
  if (scale >= f.cur || value >= 1000) {
    x3::_pass(ctx) = false;
    return;
  }
  f.total += value * scale;
  f.cur = scale;
};
// The "and 21" tail only after "hundred": "5 million and 20 people" is two figures in news.
inline void compound_rest(ast::word_fold& f, double value, bool& pass) {
  if (f.cur != 100 || value <= 0 || value >= 100 || value != std::floor(value)) {
    pass = false;
    return;
  }
  f.total += value;
  f.cur = 1;
}
inline constexpr auto compound_rest_digits = [](auto& ctx) {
  bool pass = true;
  compound_rest(x3::_val(ctx), x3::_attr(ctx).value, pass);
  x3::_pass(ctx) = pass;
};
inline constexpr auto compound_rest_words = [](auto& ctx) {
  bool pass = true;
  compound_rest(x3::_val(ctx), x3::_attr(ctx), pass);
  x3::_pass(ctx) = pass;
};
inline constexpr auto amount_compound = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  n = ast::number{};
  n.words = true;
  n.value = x3::_attr(ctx).total;
};
// "one over three", "2000 over 3": the figure is a ratio.
inline constexpr auto number_over = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  const double d = x3::_attr(ctx).value;
  if (d == 0) {
    x3::_pass(ctx) = false;
    return;
  }
  n.value /= d;
  n.decimal = true;
  n.unit = 1e-9;
};
// "two out of five" is a part of a whole; a part larger than its whole ("12 out of 10") is two
// separate figures, so the tail fails and the divisor stands alone.
inline constexpr auto number_out_of = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  const double d = x3::_attr(ctx).value;
  if (d == 0 || std::fabs(n.value) > d) {
    x3::_pass(ctx) = false;
    return;
  }
  n.value /= d;
  n.decimal = true;
  n.unit = 1e-9;
};
// "one in five": a part of a whole, like "out of"; a year is never the whole ("3 in 2019").
inline constexpr auto number_in = [](auto& ctx) {
  const ast::number& d = x3::_attr(ctx);
  const bool year = !d.words && !d.grouped && !d.decimal && d.int_digits == 4;
  if (year) {
    x3::_pass(ctx) = false;
    return;
  }
  number_out_of(ctx);
};
inline constexpr auto amount_negative = [](auto& ctx) { x3::_val(ctx).negative = true; };
inline constexpr auto set_half = [](auto& ctx) {
  x3::_val(ctx) = ast::number{};
  x3::_val(ctx).value = 0.5;
  x3::_val(ctx).words = true;
};
inline constexpr auto set_quarter = [](auto& ctx) {
  x3::_val(ctx) = ast::number{};
  x3::_val(ctx).value = 0.25;
  x3::_val(ctx).words = true;
};
inline constexpr auto fraction_scale = [](auto& ctx) {
  x3::_val(ctx).value *= x3::_attr(ctx);
  x3::_val(ctx).decimal = false;
  x3::_val(ctx).unit = 1;
};
inline constexpr auto amount_reset = [](auto& ctx) {
  x3::_val(ctx) = ast::amount{};
  x3::_val(ctx).begin = x3::_where(ctx).begin();
};
inline constexpr auto amount_half_alone = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  n = ast::number{};
  n.words = true;
  n.decimal = true;
  n.value = 0.5;
};
inline constexpr auto amount_half = [](auto& ctx) {
  auto& n = x3::_val(ctx).num;
  n = ast::number{};
  n.words = true;
  n.value = 0.5 * x3::_attr(ctx);
};
inline constexpr auto amount_number = [](auto& ctx) { x3::_val(ctx).num = x3::_attr(ctx); };
inline constexpr auto amount_scale = [](auto& ctx) { x3::_val(ctx).scale = x3::_attr(ctx); };
// "1MM": finance's thousand thousands (upper case only: "10mm" is millimetres).
inline constexpr auto amount_million = [](auto& ctx) { x3::_val(ctx).scale = 1e6; };
inline constexpr auto amount_currency = [](auto& ctx) { x3::_val(ctx).currency = x3::_attr(ctx); };
inline constexpr auto amount_percent = [](auto& ctx) { x3::_val(ctx).percent = true; };
// "per cent" (1) or "percentage points" (2).
inline constexpr auto amount_percent_word = [](auto& ctx) {
  x3::_val(ctx).percent = true;
  x3::_val(ctx).percentage_points = x3::_attr(ctx) == 2;
};
inline constexpr auto amount_unit = [](auto& ctx) { x3::_val(ctx).unit = x3::_attr(ctx); };
// "5 ft 2 in", "6-foot-3", "3 lb 4 oz": the smaller part of a compound, added to the figure in
// the larger unit (the unit's `part` in the lexicon). Only whole figures below one larger unit.
inline constexpr auto part_figure = [](auto& ctx) {
  const ast::number& n = x3::_attr(ctx);
  x3::_val(ctx).part_figure = n.decimal || n.grouped ? -1 : n.value;
};
inline void add_part(ast::amount& a, int part_index, bool& pass) {
  const units::unit* u = units::at(a.unit);
  const units::unit* part = units::at(part_index);
  pass = u != nullptr && part != nullptr && !u->part.empty() && u->part == part->id &&
         a.scale == 1 && !a.num.decimal && !a.is_vague && a.part_figure >= 0 &&
         a.part_figure < u->factor / part->factor;
  if (!pass) return;
  a.num.value += a.part_figure * part->factor / u->factor;  // the sign applies to the whole
  a.num.decimal = true;
  a.num.unit = part->factor / u->factor;  // rounded to the smaller unit
}
inline constexpr auto amount_part = [](auto& ctx) {
  bool pass = true;
  add_part(x3::_val(ctx), x3::_attr(ctx), pass);
  x3::_pass(ctx) = pass;
};
// "6-foot-3": the smaller part without its unit, after a unit name and a hyphen.
inline constexpr auto amount_implied_part = [](auto& ctx) {
  auto& a = x3::_val(ctx);
  const units::unit* u = units::at(a.unit);
  bool pass = u != nullptr && !u->part.empty();
  if (pass) add_part(a, units::find(u->part), pass);
  x3::_pass(ctx) = pass;
};
inline constexpr auto amount_per_unit = [](auto& ctx) { x3::_val(ctx).per_unit = x3::_attr(ctx); };
inline constexpr auto amount_per_person = [](auto& ctx) { x3::_val(ctx).per_person = true; };
inline constexpr auto amount_age = [](auto& ctx) {
  x3::_val(ctx).unit = x3::_attr(ctx);
  x3::_val(ctx).age = true;
};
inline constexpr auto amount_age_years = [](auto& ctx) {
  x3::_val(ctx).unit = units::find("year");
  x3::_val(ctx).age = true;
};
// "aged 20", "ages 5 to 11": the phrase's figures are ages in years (unless a unit was read).
inline constexpr auto phrase_age = [](auto& ctx) {
  auto& p = x3::_val(ctx);
  for (ast::amount* a : {&p.first, &p.second}) {
    a->age = true;
    if (a->unit < 0) a->unit = units::find("year");
  }
};
// "magnitude 7.8", "magnitude-6 quake": the figure on the magnitude scale.
inline constexpr auto phrase_magnitude = [](auto& ctx) {
  auto& p = x3::_val(ctx);
  for (ast::amount* a : {&p.first, &p.second}) {
    if (a->unit < 0) a->unit = units::find("magnitude");
  }
};
inline constexpr auto amount_currency_million = [](auto& ctx) {
  x3::_val(ctx).currency = x3::_attr(ctx);
  x3::_val(ctx).scale = 1e6;
};
inline constexpr auto no_currency_yet = [](auto& ctx) {
  x3::_pass(ctx) = x3::_val(ctx).currency.empty();
};
// Whole cents (1-99) of an unscaled sum: "15 dollars 50" is 15.50.
inline void add_cents(ast::amount& a, double cents, bool& pass) {
  if (a.scale != 1 || a.num.decimal || cents < 1 || cents > 99 || cents != std::floor(cents)) {
    pass = false;
    return;
  }
  a.num.value += cents / 100;
  a.num.decimal = true;
  a.num.unit = 0.01;
}
inline constexpr auto add_cents_digits = [](auto& ctx) {
  bool pass = true;
  const auto& n = x3::_attr(ctx);
  add_cents(x3::_val(ctx), n.decimal || n.grouped ? 0 : n.value, pass);
  x3::_pass(ctx) = pass;
};
inline constexpr auto add_cents_words = [](auto& ctx) {
  bool pass = true;
  add_cents(x3::_val(ctx), x3::_attr(ctx), pass);
  x3::_pass(ctx) = pass;
};
inline constexpr auto amount_dollar = [](auto& ctx) { x3::_val(ctx).currency = "USD"; };
inline constexpr auto amount_subunit = [](auto& ctx) {
  x3::_val(ctx).currency = x3::_attr(ctx);
  x3::_val(ctx).scale *= 0.01;
};
inline constexpr auto amount_vague = [](auto& ctx) {
  x3::_val(ctx).is_vague = true;
  x3::_val(ctx).range = x3::_attr(ctx);
};
inline constexpr auto amount_end = [](auto& ctx) { x3::_val(ctx).end = x3::_where(ctx).begin(); };

// "tens" [20, 99] of "thousands" (1000) -> [20000, 99999].
inline constexpr auto vague_of = [](auto& ctx) {
  auto& v = x3::_val(ctx);
  const double base = x3::_attr(ctx);
  v.low *= base;
  v.high = (v.high + 1) * base - 1;
};

inline constexpr auto phrase_reset = [](auto& ctx) { x3::_val(ctx) = ast::phrase{}; };
inline constexpr auto phrase_hedge = [](auto& ctx) { x3::_val(ctx).hedge_kind = x3::_attr(ctx); };
inline constexpr auto phrase_first = [](auto& ctx) { x3::_val(ctx).first = x3::_attr(ctx); };
// Keeps the hedge already read in front of the range.
inline constexpr auto phrase_range = [](auto& ctx) {
  x3::_val(ctx).first = x3::_attr(ctx).first;
  x3::_val(ctx).second = x3::_attr(ctx).second;
  x3::_val(ctx).range = true;
};
inline constexpr auto phrase_second = [](auto& ctx) {
  x3::_val(ctx).second = x3::_attr(ctx);
  x3::_val(ctx).range = true;
};
inline constexpr auto phrase_single = [](auto& ctx) {
  x3::_val(ctx).first = x3::_attr(ctx);
  x3::_val(ctx).range = false;
};
inline constexpr auto bounded_low = [](auto& ctx) { x3::_val(ctx).low_hedge = x3::_attr(ctx); };
inline constexpr auto bounded_high = [](auto& ctx) { x3::_val(ctx).high_hedge = x3::_attr(ctx); };
inline constexpr auto bounded_done = [](auto& ctx) {
  x3::_val(ctx).second = x3::_attr(ctx);
  x3::_val(ctx).range = true;
  x3::_val(ctx).bounded = true;
};
inline constexpr auto phrase_bounded = [](auto& ctx) {
  const auto& b = x3::_attr(ctx);
  auto& p = x3::_val(ctx);
  p.first = b.first;
  p.second = b.second;
  p.range = true;
  p.bounded = true;
  p.low_hedge = b.low_hedge;
  p.high_hedge = b.high_hedge;
};
// A bound after the figure wins over an approximation before it: "about 500 or more" is
// [500, inf).
inline constexpr auto phrase_post_hedge = [](auto& ctx) {
  auto& h = x3::_val(ctx).hedge_kind;
  const hedge post = x3::_attr(ctx);
  if (h == hedge::none || (h == hedge::approx && post != hedge::approx)) h = post;
};

}  // namespace actions

}  // namespace quantity_parser
}  // namespace factcheck::grammar
