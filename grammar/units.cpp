// The unit lexicon: parsed from TOML with toml++ (the only TOML reader of the grammar layer).
#include "grammar/units.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

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
          k != "plurals" && k != "symbols") {
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
    const auto factor = read_number(*t, "factor");
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
        !read_strings(*t, "symbols", false, u.symbols)) {
      return fmt::format("{}: unit '{}': names, plurals and symbols are lists of strings",
                         where(source, node), u.id);
    }
    out.push_back(std::move(u));
  }
  return std::nullopt;
}

const std::vector<unit>& lexicon() {
  static const std::vector<unit> units = [] {
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
