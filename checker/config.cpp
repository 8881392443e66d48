#include "checker/config.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include <toml++/toml.h>

#include "checker/rules/registry.hpp"
#include "grammar/units.hpp"

namespace factcheck::checker {

namespace detail {
extern const std::string_view default_config_toml;
extern const std::string_view claim_lexicon_toml;
}  // namespace detail

namespace {

// Thrown inside this file only; parse_config turns it into a config_error value.
struct config_failure {
  config_error error;
};

// Walks a parsed TOML document and applies it to a configuration, validating every key as it
// goes: an unknown key, a wrong type or a bad value stops at the first problem, naming the
// file, the line and the dotted key, because that is what a user needs to fix the file.
class reader {
 public:
  reader(std::string path, config& into, bool is_default)
      : path_(std::move(path)), out_(into), is_default_(is_default) {}

  void apply(const toml::table& root) {
    for (auto&& [key, node] : root) {
      const std::string name(key.str());
      if (name == "rules") {
        read_rules(table_of(node, name));
      } else if (name == "numeric") {
        read_numeric(table_of(node, name));
      } else if (name == "limits") {
        read_limits(table_of(node, name));
      } else if (name == "names") {
        read_names(table_of(node, name));
      } else if (name == "dates") {
        read_dates(table_of(node, name));
      } else if (name == "alignment") {
        read_alignment(table_of(node, name));
      } else if (name == "claim_class") {
        for_each_table(node, name,
                       [&](const toml::table& t, const std::string& at) { read_claim_class(t, at); });
      } else if (name == "claim_anchors") {
        read_list_section(table_of(node, name), name, "words", out_.claim_anchors);
      } else if (name == "person") {
        for_each_table(node, name, [&](const toml::table& t, const std::string& at) { read_person(t, at); });
      } else if (name == "entity") {
        for_each_table(node, name, [&](const toml::table& t, const std::string& at) { read_entity(t, at); });
      } else if (name == "confusable") {
        for_each_table(node, name,
                       [&](const toml::table& t, const std::string& at) { read_confusable(t, at); });
      } else if (name == "house_style") {
        read_house_style(table_of(node, name));
      } else if (name == "boilerplate") {
        read_list_section(table_of(node, name), name, "patterns", out_.boilerplate_patterns);
      } else if (name == "ignore") {
        read_list_section(table_of(node, name), name, "paths", out_.ignore);
      } else if (name == "unit") {
        // [[unit]] tables are read by the unit lexicon's own parser (grammar/units.hpp).
      } else {
        unknown(key.source(), name);
      }
    }
  }

 private:
  [[noreturn]] void fail(const toml::source_region& where, const std::string& key,
                         std::string_view what) const {
    config_error e;
    e.path = path_;
    e.line = where.begin.line;
    e.key = key;
    e.message = fmt::format("{}:{}: key '{}': {}", path_, e.line, key, what);
    throw config_failure{std::move(e)};
  }

  [[noreturn]] void unknown(const toml::source_region& where, const std::string& key) const {
    fail(where, key, "unknown key");
  }

  static std::string join(const std::string& parent, std::string_view child) {
    return parent.empty() ? std::string(child) : fmt::format("{}.{}", parent, child);
  }

  static std::string_view type_name(const toml::node& node) {
    switch (node.type()) {
      case toml::node_type::table: return "a table";
      case toml::node_type::array: return "an array";
      case toml::node_type::string: return "a string";
      case toml::node_type::integer: return "an integer";
      case toml::node_type::floating_point: return "a number";
      case toml::node_type::boolean: return "a boolean";
      case toml::node_type::date: return "a date";
      case toml::node_type::time: return "a time";
      case toml::node_type::date_time: return "a date-time";
      default: return "nothing";
    }
  }

  [[noreturn]] void wrong_type(const toml::node& node, const std::string& key,
                               std::string_view expected) const {
    fail(node.source(), key, fmt::format("expected {}, found {}", expected, type_name(node)));
  }

  const toml::table& table_of(const toml::node& node, const std::string& key) const {
    if (const auto* t = node.as_table()) return *t;
    wrong_type(node, key, "a table");
  }

  template <typename F>
  void for_each_table(const toml::node& node, const std::string& key, F&& each) const {
    const auto* list = node.as_array();
    if (list == nullptr) wrong_type(node, key, "an array of tables ([[" + key + "]])");
    for (std::size_t i = 0; i < list->size(); ++i) {
      const toml::node& item = *list->get(i);
      const std::string at = fmt::format("{}[{}]", key, i);
      if (const auto* t = item.as_table()) {
        each(*t, at);
      } else {
        wrong_type(item, at, "a table");
      }
    }
  }

  bool boolean(const toml::node& node, const std::string& key) const {
    if (const auto* v = node.as_boolean()) return v->get();
    wrong_type(node, key, "a boolean (true or false)");
  }

  std::string string(const toml::node& node, const std::string& key) const {
    if (const auto* v = node.as_string()) return v->get();
    wrong_type(node, key, "a string");
  }

  std::string nonempty_string(const toml::node& node, const std::string& key) const {
    std::string s = string(node, key);
    if (s.empty()) fail(node.source(), key, "must not be empty");
    return s;
  }

  int integer(const toml::node& node, const std::string& key, std::int64_t low,
              std::int64_t high) const {
    const auto* v = node.as_integer();
    if (v == nullptr) wrong_type(node, key, "an integer");
    if (v->get() < low || v->get() > high) {
      fail(node.source(), key, fmt::format("must be between {} and {}, found {}", low, high, v->get()));
    }
    return static_cast<int>(v->get());
  }

  double number(const toml::node& node, const std::string& key, double low, double high) const {
    double value = 0;
    if (const auto* f = node.as_floating_point()) {
      value = f->get();
    } else if (const auto* i = node.as_integer()) {
      value = static_cast<double>(i->get());
    } else {
      wrong_type(node, key, "a number");
    }
    if (!(value >= low && value <= high)) {
      fail(node.source(), key, fmt::format("must be between {} and {}, found {}", low, high, value));
    }
    return value;
  }

  std::vector<std::string> strings(const toml::node& node, const std::string& key) const {
    const auto* list = node.as_array();
    if (list == nullptr) wrong_type(node, key, "an array of strings");
    std::vector<std::string> out;
    out.reserve(list->size());
    for (std::size_t i = 0; i < list->size(); ++i) {
      out.push_back(string(*list->get(i), fmt::format("{}[{}]", key, i)));
    }
    return out;
  }

  std::chrono::year_month_day date(const toml::node& node, const std::string& key) const {
    const auto* v = node.as_date();
    if (v == nullptr) wrong_type(node, key, "a date (YYYY-MM-DD, without quotes)");
    const toml::date d = v->get();
    const std::chrono::year_month_day ymd{std::chrono::year{d.year},
                                          std::chrono::month{static_cast<unsigned>(d.month)},
                                          std::chrono::day{static_cast<unsigned>(d.day)}};
    if (!ymd.ok()) fail(node.source(), key, "not a valid calendar date");
    return ymd;
  }

  void read_rules(const toml::table& rules) {
    for (auto&& [key, node] : rules) {
      const std::string id(key.str());
      const std::string at = join("rules", id);
      if (find_rule(id) == nullptr) {
        std::string known;
        for (const rule* r : all_rules()) {
          if (!known.empty()) known += ", ";
          known += r->id();
        }
        fail(key.source(), at, fmt::format("unknown rule '{}' (known rules: {})", id, known));
      }
      rule_settings& settings = out_.rules[id];
      for (auto&& [field, value] : table_of(node, at)) {
        const std::string name(field.str());
        const std::string field_at = join(at, name);
        if (name == "enabled") {
          settings.enabled = boolean(value, field_at);
        } else if (name == "severity") {
          const std::string text = string(value, field_at);
          auto level = parse_severity(text);
          if (!level) {
            fail(value.source(), field_at,
                 fmt::format("unknown severity '{}' (expected \"error\", \"warning\" or \"info\")", text));
          }
          settings.level = level;
        } else {
          unknown(field.source(), field_at);
        }
      }
    }
  }

  void read_numeric(const toml::table& t) {
    for (auto&& [field, value] : t) {
      const std::string name(field.str());
      const std::string at = join("numeric", name);
      if (name == "tolerance") {
        out_.numeric_tolerance = number(value, at, 0.0, 1.0);
      } else if (name == "same_time_window_days") {
        out_.same_time_window_days = integer(value, at, 0, 3660);
      } else if (name == "stale_after_days") {
        out_.stale_after_days = integer(value, at, 0, 3660);
      } else if (name == "related_limit") {
        out_.related_limit = integer(value, at, 1, 1000);
      } else {
        unknown(field.source(), at);
      }
    }
  }

  void read_limits(const toml::table& t) {
    for (auto&& [field, value] : t) {
      const std::string name(field.str());
      const std::string at = join("limits", name);
      if (name == "max_file_mb") {
        out_.limits.max_file_mb = integer(value, at, 1, 1 << 20);
      } else if (name == "max_articles") {
        out_.limits.max_articles = integer(value, at, 1, 100000000);
      } else if (name == "memory_budget_mb") {
        out_.limits.memory_budget_mb = integer(value, at, 64, 1 << 24);
      } else {
        unknown(field.source(), at);
      }
    }
  }

  void read_alignment(const toml::table& t) {
    auto& w = out_.alignment;
    const std::pair<std::string_view, double*> weights[] = {
        {"story", &w.story},         {"entities", &w.entities},
        {"predicate", &w.predicate}, {"predicate_mismatch", &w.predicate_mismatch},
        {"time", &w.time},           {"anchor", &w.anchor},
        {"anchor_mismatch", &w.anchor_mismatch}, {"scope_mismatch", &w.scope_mismatch},
        {"threshold", &w.threshold}};
    for (auto&& [field, value] : t) {
      const std::string name(field.str());
      const std::string at = join("alignment", name);
      if (name == "max_candidates") {
        w.max_candidates = integer(value, at, 1, 100000);
        continue;
      }
      const auto it = std::find_if(std::begin(weights), std::end(weights),
                                   [&](const auto& p) { return p.first == name; });
      if (it == std::end(weights)) unknown(field.source(), at);
      *it->second = number(value, at, 0.0, 100.0);
    }
  }

  // A [[claim_class]] with a known name adds its words to that class; a new name adds a class.
  void read_claim_class(const toml::table& t, const std::string& at) {
    claim_class c;
    bool has_name = false;
    std::vector<std::pair<std::string, bool>> flags;
    for (auto&& [field, value] : t) {
      const std::string name(field.str());
      const std::string field_at = join(at, name);
      if (name == "name") {
        c.name = nonempty_string(value, field_at);
        has_name = true;
      } else if (name == "nouns") {
        c.nouns = strings(value, field_at);
      } else if (name == "predicates") {
        c.predicates = strings(value, field_at);
      } else if (name == "outcome" || name == "persons" || name == "salient" ||
                 name == "cumulative" || name == "zero") {
        flags.emplace_back(name, boolean(value, field_at));
      } else {
        unknown(field.source(), field_at);
      }
    }
    if (!has_name) fail(t.source(), join(at, "name"), "missing (every [[claim_class]] needs a name)");
    auto& list = out_.claim_classes;
    auto it = std::find_if(list.begin(), list.end(), [&](const claim_class& k) { return k.name == c.name; });
    if (it == list.end()) it = list.insert(list.end(), claim_class{c.name, {}, {}, false, false, false, false, false});
    it->nouns.insert(it->nouns.end(), c.nouns.begin(), c.nouns.end());
    it->predicates.insert(it->predicates.end(), c.predicates.begin(), c.predicates.end());
    for (const auto& [flag, on] : flags) {
      if (flag == "outcome") it->outcome = on;
      if (flag == "persons") it->persons = on;
      if (flag == "salient") it->salient = on;
      if (flag == "cumulative") it->cumulative = on;
      if (flag == "zero") it->zero = on;
    }
  }

  void read_names(const toml::table& t) {
    for (auto&& [field, value] : t) {
      const std::string name(field.str());
      const std::string at = join("names", name);
      if (name == "max_edit_distance") {
        out_.max_edit_distance = integer(value, at, 0, 10);
      } else if (name == "use_default_gazetteer") {
        out_.use_default_gazetteer = boolean(value, at);
      } else {
        unknown(field.source(), at);
      }
    }
  }

  void read_dates(const toml::table& t) {
    for (auto&& [field, value] : t) {
      const std::string name(field.str());
      const std::string at = join("dates", name);
      if (name == "day_first") {
        // true, false, or "auto": settled per article by the evidence, day first without any
        // (docs/decisions/0043-numeric-date-order-and-year.md)
        if (const auto* s = value.as_string(); s != nullptr && s->get() == "auto") {
          out_.auto_date_order = true;
          out_.day_first_dates = true;
        } else if (value.as_boolean() != nullptr) {
          out_.auto_date_order = false;
          out_.day_first_dates = boolean(value, at);
        } else {
          wrong_type(value, at, "true, false or \"auto\"");
        }
      } else {
        unknown(field.source(), at);
      }
    }
  }

  title_held read_title(const toml::table& t, const std::string& at) const {
    title_held held;
    bool has_title = false;
    for (auto&& [field, value] : t) {
      const std::string name(field.str());
      const std::string field_at = join(at, name);
      if (name == "title") {
        held.title = nonempty_string(value, field_at);
        has_title = true;
      } else if (name == "from") {
        held.from = date(value, field_at);
      } else if (name == "to") {
        held.to = date(value, field_at);
      } else {
        unknown(field.source(), field_at);
      }
    }
    if (!has_title) fail(t.source(), join(at, "title"), "missing (every title needs a title)");
    if (held.from && held.to && std::chrono::sys_days{*held.to} < std::chrono::sys_days{*held.from}) {
      fail(t.source(), join(at, "to"), "the end date is before the start date ('from')");
    }
    return held;
  }

  void read_person(const toml::table& t, const std::string& at) {
    person p;
    bool has_name = false;
    for (auto&& [field, value] : t) {
      const std::string name(field.str());
      const std::string field_at = join(at, name);
      if (name == "name") {
        p.name = nonempty_string(value, field_at);
        has_name = true;
      } else if (name == "variants") {
        p.variants = strings(value, field_at);
      } else if (name == "titles") {
        for_each_table(value, field_at, [&](const toml::table& title, const std::string& title_at) {
          p.titles.push_back(read_title(title, title_at));
        });
      } else {
        unknown(field.source(), field_at);
      }
    }
    if (!has_name) fail(t.source(), join(at, "name"), "missing (every [[person]] needs a name)");
    add_replacing(out_.people, std::move(p), out_.from_default.people);
  }

  // Adds a gazetteer entry; one of the same name already there (the default's, or an earlier
  // one of this file) is replaced. `from_default` counts the leading entries of the default.
  template <class Entry>
  void add_replacing(std::vector<Entry>& entries, Entry entry, std::size_t& from_default) {
    auto same = std::find_if(entries.begin(), entries.end(),
                             [&](const Entry& q) { return q.name == entry.name; });
    if (same != entries.end()) {
      if (static_cast<std::size_t>(same - entries.begin()) < from_default) --from_default;
      entries.erase(same);
    }
    entries.push_back(std::move(entry));
    if (is_default_) from_default = entries.size();
  }

  void read_entity(const toml::table& t, const std::string& at) {
    named_entity e;
    bool has_name = false;
    for (auto&& [field, value] : t) {
      const std::string name(field.str());
      const std::string field_at = join(at, name);
      if (name == "name") {
        e.name = nonempty_string(value, field_at);
        has_name = true;
      } else if (name == "kind") {
        e.kind = string(value, field_at);
        if (e.kind != "place" && e.kind != "organization") {
          fail(value.source(), field_at,
               fmt::format("unknown kind '{}' (expected \"place\" or \"organization\")", e.kind));
        }
      } else if (name == "variants") {
        e.variants = strings(value, field_at);
      } else {
        unknown(field.source(), field_at);
      }
    }
    if (!has_name) fail(t.source(), join(at, "name"), "missing (every [[entity]] needs a name)");
    if (e.kind.empty()) e.kind = "place";
    add_replacing(out_.entities, std::move(e), out_.from_default.entities);
  }

  void read_confusable(const toml::table& t, const std::string& at) {
    confusable c;
    bool has_word = false;
    bool has_suggestion = false;
    for (auto&& [field, value] : t) {
      const std::string name(field.str());
      const std::string field_at = join(at, name);
      if (name == "word") {
        c.word = nonempty_string(value, field_at);
        has_word = true;
      } else if (name == "suggestion") {
        c.suggestion = nonempty_string(value, field_at);
        has_suggestion = true;
      } else if (name == "context") {
        c.context = strings(value, field_at);
      } else if (name == "window") {
        c.window = integer(value, field_at, 1, 20);
      } else if (name == "position") {
        const std::string side = string(value, field_at);
        if (side == "any") {
          c.position = confusable::side::any;
        } else if (side == "before") {
          c.position = confusable::side::before;
        } else if (side == "after") {
          c.position = confusable::side::after;
        } else {
          fail(value.source(), field_at,
               fmt::format("unknown position '{}' (expected \"any\", \"before\" or \"after\")", side));
        }
      } else {
        unknown(field.source(), field_at);
      }
    }
    if (!has_word) fail(t.source(), join(at, "word"), "missing (every [[confusable]] needs a word)");
    if (!has_suggestion) {
      fail(t.source(), join(at, "suggestion"), "missing (every [[confusable]] needs a suggestion)");
    }
    auto& list = out_.confusables;
    std::erase_if(list, [&](const confusable& q) { return q.word == c.word; });
    list.push_back(std::move(c));
  }

  void read_house_style(const toml::table& t) {
    for (auto&& [field, value] : t) {
      const std::string variant(field.str());
      const std::string at = join("house_style", variant);
      out_.house_style[variant] = nonempty_string(value, at);
      auto& keys = out_.from_default.house_style;
      if (is_default_) {
        keys.push_back(variant);
      } else {
        std::erase(keys, variant);  // the user's own entry now
      }
    }
  }

  void read_list_section(const toml::table& t, const std::string& section, std::string_view list_key,
                         std::vector<std::string>& into) {
    for (auto&& [field, value] : t) {
      const std::string name(field.str());
      const std::string at = join(section, name);
      if (name != list_key) unknown(field.source(), at);
      for (auto& item : strings(value, at)) {
        if (std::find(into.begin(), into.end(), item) == into.end()) into.push_back(std::move(item));
      }
    }
  }

  std::string path_;
  config& out_;
  bool is_default_;
};

std::variant<config, config_error> parse_over(config base, std::string_view toml_text, std::string path,
                                              bool is_default) {
  base.source = path;
  try {
    toml::table root = toml::parse(toml_text, path);
    reader(path, base, is_default).apply(root);
    if (root.contains("unit")) {
      // Checked here so that a bad table fails like any other key; the caller reads them into
      // the lexicon with read_config_units.
      std::vector<grammar::units::unit> units;
      if (auto message = grammar::units::parse(toml_text, path, units)) {
        config_error error;
        error.path = path;
        error.key = "unit";
        // "path:line: ..." from the lexicon's parser.
        const std::string_view rest = std::string_view(*message).substr(
            std::min(message->size(), path.size() + 1));
        std::uint32_t line = 0;
        std::from_chars(rest.data(), rest.data() + rest.size(), line);
        error.line = line;
        error.message = *message;
        return error;
      }
    }
  } catch (const toml::parse_error& e) {
    config_error error;
    error.path = path;
    error.line = e.source().begin.line;
    error.message = fmt::format("{}:{}: TOML syntax error: {}", path, error.line, e.description());
    return error;
  } catch (const config_failure& failure) {
    return failure.error;
  }
  if (!base.use_default_gazetteer) drop_default_gazetteer(base);
  return base;
}

}  // namespace

bool config::enabled(std::string_view rule) const {
  auto it = rules.find(rule);
  return it == rules.end() || it->second.enabled;
}

severity config::level_of(std::string_view rule, severity fallback) const {
  auto it = rules.find(rule);
  return it != rules.end() && it->second.level ? *it->second.level : fallback;
}

void drop_default_gazetteer(config& settings) {
  auto& from = settings.from_default;
  const auto people = static_cast<std::ptrdiff_t>(std::min(from.people, settings.people.size()));
  settings.people.erase(settings.people.begin(), settings.people.begin() + people);
  const auto entities = static_cast<std::ptrdiff_t>(std::min(from.entities, settings.entities.size()));
  settings.entities.erase(settings.entities.begin(), settings.entities.begin() + entities);
  for (const auto& key : from.house_style) settings.house_style.erase(key);
  from = {};
  settings.use_default_gazetteer = false;
}

std::string_view default_config_text() { return detail::default_config_toml; }

const config& default_config() {
  // The default is compiled in and covered by tests; failing to parse it is a build defect.
  static const config instance = [] {
    auto lexicon = parse_over(config{}, detail::claim_lexicon_toml, "<built-in claim-lexicon.toml>", true);
    if (auto* error = std::get_if<config_error>(&lexicon)) {
      throw std::logic_error("built-in claim lexicon: " + error->message);
    }
    auto parsed = parse_over(std::get<config>(std::move(lexicon)), default_config_text(), "<built-in>", true);
    if (auto* error = std::get_if<config_error>(&parsed)) {
      throw std::logic_error("built-in configuration: " + error->message);
    }
    return std::get<config>(std::move(parsed));
  }();
  return instance;
}

std::variant<config, config_error> parse_config(std::string_view toml_text, std::string path) {
  return parse_over(default_config(), toml_text, std::move(path), false);
}

std::variant<config, config_error> load_config(const std::optional<std::filesystem::path>& explicit_path,
                                               const std::filesystem::path& start) {
  std::optional<std::filesystem::path> file = explicit_path;
  if (!file) {
    std::error_code ec;
    auto dir = std::filesystem::absolute(start, ec);
    if (ec) dir = start;
    while (!dir.empty()) {
      auto candidate = dir / "factcheck.toml";
      if (std::filesystem::is_regular_file(candidate, ec)) {
        file = candidate;
        break;
      }
      if (dir == dir.parent_path()) break;
      dir = dir.parent_path();
    }
  }
  if (!file) return default_config();

  const std::string path = file->string();
  std::ifstream in(*file, std::ios::binary);
  std::error_code ec;
  if (!in || std::filesystem::is_directory(*file, ec)) {
    config_error error;
    error.path = path;
    error.message = fmt::format("{}: cannot read the configuration file", path);
    return error;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return parse_config(bytes.str(), path);
}

}  // namespace factcheck::checker
