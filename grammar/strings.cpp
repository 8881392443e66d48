#include "grammar/dateline.hpp"
#include "grammar/quantity.hpp"
#include "grammar/timex.hpp"

namespace factcheck::grammar {

std::string_view to_string(quantity_kind k) {
  switch (k) {
    case quantity_kind::count: return "count";
    case quantity_kind::percent: return "percent";
    case quantity_kind::money: return "money";
    case quantity_kind::measure: return "measure";
    case quantity_kind::age: return "age";
  }
  return "count";
}

std::string_view to_string(hedge h) {
  switch (h) {
    case hedge::none: return "none";
    case hedge::over: return "over";
    case hedge::at_least: return "at_least";
    case hedge::under: return "under";
    case hedge::at_most: return "at_most";
    case hedge::nearly: return "nearly";
    case hedge::approx: return "approx";
  }
  return "none";
}

std::string_view to_string(timex_type t) {
  switch (t) {
    case timex_type::date: return "DATE";
    case timex_type::time: return "TIME";
    case timex_type::duration: return "DURATION";
    case timex_type::set: return "SET";
  }
  return "DATE";
}

std::string_view to_string(dateline_source s) {
  switch (s) {
    case dateline_source::header: return "header";
    case dateline_source::footer: return "footer";
    case dateline_source::byline: return "byline";
    case dateline_source::inferred: return "inferred";
    case dateline_source::none: return "none";
  }
  return "none";
}

}  // namespace factcheck::grammar
