// The unit lexicon: parsed from TOML with toml++ (the only TOML reader of the grammar layer).
#include "grammar/units.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "text/ascii.hpp"

namespace factcheck::grammar::units {
namespace detail {
extern const std::string_view default_units_toml;
}  // namespace detail

namespace {

std::string where(std::string_view source, const toml::node& n) {
  return fmt::format("{}:{}", source, n.source().begin.line);
}

// Reads an array of strings; false when the key holds anything else.
bool read_strings(const toml::table& t, std::string_view key, bool lower,
                  std::vector<std::string>& out) {
  const toml::node* n = t.get(key);
  if (n == nullptr) return true;
  const toml::array* a = n->as_array();
  if (a == nullptr) return false;
  for (const auto& e : *a) {
    const auto s = e.value<std::string>();
    if (!s || s->empty()) return false;
    out.push_back(lower ? text::to_lower_ascii(*s) : *s);
  }
  return true;
}

std::optional<double> read_number(const toml::table& t, std::string_view key) {
  const toml::node* n = t.get(key);
  if (n == nullptr) return std::nullopt;
  if (auto d = n->value<double>()) return d;
  return std::nullopt;
}

}  // namespace

std::optional<std::string> parse(std::string_view toml_text, std::string_view source,
                                 std::vector<unit>& out) {
  toml::table doc;
  try {
    doc = toml::parse(toml_text, source);
  } catch (const toml::parse_error& e) {
    return fmt::format("{}:{}: {}", source, e.source().begin.line, e.description());
  }
  const toml::node* list = doc.get("unit");
  if (list == nullptr) return std::nullopt;
  const toml::array* units = list->as_array();
  if (units == nullptr) return fmt::format("{}: 'unit' must be an array of tables", source);
  for (const auto& node : *units) {
    const toml::table* t = node.as_table();
    if (t == nullptr) return fmt::format("{}: each [[unit]] must be a table", where(source, node));
    for (const auto& [key, value] : *t) {
      const std::string_view k = key.str();
      if (k != "id" && k != "dimension" && k != "factor" && k != "offset" && k != "names" &&
          k != "plurals" && k != "symbols" && k != "codes" && k != "subunits" && k != "part" && k != "part_symbols") {
        return fmt::format("{}: unknown key '{}' in [[unit]]", where(source, value), k);
      }
    }
    unit u;
    u.id = t->get("id") ? t->get("id")->value_or(std::string()) : std::string();
    if (u.id.empty()) return fmt::format("{}: [[unit]] needs an 'id'", where(source, node));
    u.dimension = t->get("dimension") ? t->get("dimension")->value_or(std::string()) : "";
    if (u.dimension.empty()) {
      return fmt::format("{}: unit '{}' needs a 'dimension'", where(source, node), u.id);
    }
    const bool currency = u.dimension == currency_dimension;
    const auto factor = currency && t->get("factor") == nullptr ? 1.0 : read_number(*t, "factor");
    if (!factor || !(*factor > 0) || !std::isfinite(*factor)) {
      return fmt::format("{}: unit '{}': 'factor' must be a positive number", where(source, node),
                         u.id);
    }
    u.factor = *factor;
    if (t->get("offset")) {
      const auto offset = read_number(*t, "offset");
      if (!offset || !std::isfinite(*offset)) {
        return fmt::format("{}: unit '{}': 'offset' must be a number", where(source, node), u.id);
      }
      u.offset = *offset;
    }
    if (!read_strings(*t, "names", true, u.names) || !read_strings(*t, "plurals", true, u.names) ||
        !read_strings(*t, "symbols", false, u.symbols) || !read_strings(*t, "codes", true, u.codes) ||
        !read_strings(*t, "subunits", true, u.subunits)) {
      return fmt::format("{}: unit '{}': names, plurals, symbols, codes and subunits are lists of strings",
                         where(source, node), u.id);
    }
    if (const toml::node* part = t->get("part")) {
      u.part = part->value_or(std::string());
      if (u.part.empty()) {
        return fmt::format("{}: unit '{}': 'part' must be a unit id", where(source, node), u.id);
      }
    }
    if (!read_strings(*t, "part_symbols", false, u.part_symbols)) {
      return fmt::format("{}: unit '{}': part_symbols is a list of strings", where(source, node),
                         u.id);
    }
    if (!currency && (!u.codes.empty() || !u.subunits.empty())) {
      return fmt::format("{}: unit '{}': only a currency has codes and subunits", where(source, node),
                         u.id);
    }
    out.push_back(std::move(u));
  }
  return std::nullopt;
}

namespace {
std::vector<unit>& mutable_lexicon() {
  static std::vector<unit> units = [] {
    std::vector<unit> v;
    if (auto error = parse(detail::default_units_toml, "units.default.toml", v)) {
      // The built-in lexicon is tested (tests/grammar/units_test.cpp); this is a build defect.
      std::fprintf(stderr, "factcheck: %s\n", error->c_str());
      std::abort();
    }
    return v;
  }();
  return units;
}

void add_new(std::vector<std::string>& into, const std::vector<std::string>& more) {
  for (const auto& s : more) {
    if (std::find(into.begin(), into.end(), s) == into.end()) into.push_back(s);
  }
}
}  // namespace

const std::vector<unit>& lexicon() { return mutable_lexicon(); }

std::vector<int> extend(const std::vector<unit>& more) {
  auto& all = mutable_lexicon();
  std::vector<int> touched;
  for (const auto& u : more) {
    int index = find(u.id);
    if (index < 0) {
      all.push_back(u);
      index = static_cast<int>(all.size() - 1);
    } else {
      auto& known = all[static_cast<std::size_t>(index)];
      known.dimension = u.dimension;
      known.factor = u.factor;
      known.offset = u.offset;
      add_new(known.names, u.names);
      add_new(known.symbols, u.symbols);
      add_new(known.codes, u.codes);
      add_new(known.subunits, u.subunits);
      add_new(known.part_symbols, u.part_symbols);
      if (!u.part.empty()) known.part = u.part;
    }
    touched.push_back(index);
  }
  return touched;
}

const unit* at(int index) {
  const auto& l = lexicon();
  return index >= 0 && static_cast<std::size_t>(index) < l.size()
             ? &l[static_cast<std::size_t>(index)]
             : nullptr;
}

int find(std::string_view id) {
  const auto& l = lexicon();
  for (std::size_t i = 0; i < l.size(); ++i) {
    if (l[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace factcheck::grammar::units
