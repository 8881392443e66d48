#include "bench/scoring/time_gold.hpp"

#include <cstdio>

namespace factcheck::bench {
namespace {

// The value of attribute `name` in a start tag, or empty.
std::string attribute(std::string_view tag, std::string_view name) {
  std::size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string_view::npos) {
    const bool boundary = pos > 0 && (tag[pos - 1] == ' ' || tag[pos - 1] == '\t' || tag[pos - 1] == '\n');
    const std::size_t eq = pos + name.size();
    if (boundary && eq + 1 < tag.size() && tag[eq] == '=' && (tag[eq + 1] == '"' || tag[eq + 1] == '\'')) {
      const char quote = tag[eq + 1];
      const std::size_t close = tag.find(quote, eq + 2);
      if (close == std::string_view::npos) return {};
      return std::string(tag.substr(eq + 2, close - eq - 2));
    }
    pos = eq;
  }
  return {};
}

std::optional<std::chrono::year_month_day> parse_iso_day(std::string_view v) {
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  if (v.size() < 10) return std::nullopt;
  const std::string s(v.substr(0, 10));
  if (std::sscanf(s.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

void append_entity(std::string_view entity, std::string& out) {
  if (entity == "amp") {
    out += '&';
  } else if (entity == "lt") {
    out += '<';
  } else if (entity == "gt") {
    out += '>';
  } else if (entity == "quot") {
    out += '"';
  } else if (entity == "apos") {
    out += '\'';
  } else {
    out += '&';
    out += entity;
    out += ';';
  }
}

double ratio(std::size_t a, std::size_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }
double f1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

}  // namespace

timeml_document read_timeml(std::string_view xml) {
  timeml_document doc;
  const std::size_t dct = xml.find("<DCT>");
  if (dct != std::string_view::npos) {
    const std::size_t tag = xml.find("<TIMEX3", dct);
    const std::size_t tag_end = tag == std::string_view::npos ? tag : xml.find('>', tag);
    if (tag_end != std::string_view::npos) doc.dct = parse_iso_day(attribute(xml.substr(tag, tag_end - tag), "value"));
  }
  const std::size_t open = xml.find("<TEXT>");
  if (open == std::string_view::npos) return doc;
  std::size_t close = xml.find("</TEXT>", open);
  if (close == std::string_view::npos) close = xml.size();
  const std::string_view body = xml.substr(open + 6, close - open - 6);
  std::vector<gold_timex> stack;
  for (std::size_t i = 0; i < body.size();) {
    const char c = body[i];
    if (c == '<') {
      std::size_t end = body.find('>', i);
      if (end == std::string_view::npos) end = body.size() - 1;
      const std::string_view tag = body.substr(i, end - i + 1);
      if (tag.starts_with("<TIMEX3") && !tag.ends_with("/>")) {
        gold_timex g;
        g.type = attribute(tag, "type");
        g.value = attribute(tag, "value");
        g.mod = attribute(tag, "mod");
        g.span.begin = static_cast<std::uint32_t>(doc.text.size());
        stack.push_back(std::move(g));
      } else if (tag.starts_with("</TIMEX3") && !stack.empty()) {
        gold_timex g = std::move(stack.back());
        stack.pop_back();
        g.span.end = static_cast<std::uint32_t>(doc.text.size());
        if (!g.span.empty()) doc.timexes.push_back(std::move(g));
      }
      i = end + 1;
    } else if (c == '&') {
      const std::size_t semi = body.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 8) {
        append_entity(body.substr(i + 1, semi - i - 1), doc.text);
        i = semi + 1;
      } else {
        doc.text += c;
        ++i;
      }
    } else {
      doc.text += c;
      ++i;
    }
  }
  return doc;
}

void timex_score::add(const timex_score& o) {
  gold += o.gold;
  system += o.system;
  strict += o.strict;
  relaxed += o.relaxed;
  type_ok += o.type_ok;
  value_ok += o.value_ok;
}

double timex_score::strict_precision() const { return ratio(strict, system); }
double timex_score::strict_recall() const { return ratio(strict, gold); }
double timex_score::strict_f1() const { return f1(strict_precision(), strict_recall()); }
double timex_score::relaxed_precision() const { return ratio(relaxed, system); }
double timex_score::relaxed_recall() const { return ratio(relaxed, gold); }
double timex_score::relaxed_f1() const { return f1(relaxed_precision(), relaxed_recall()); }
double timex_score::type_accuracy() const { return ratio(type_ok, relaxed); }
double timex_score::value_accuracy() const { return ratio(value_ok, relaxed); }

timex_score score_timexes(const timeml_document& doc, const std::vector<time_expression>& system,
                          std::vector<timex_difference>* differences) {
  timex_score s;
  s.gold = doc.timexes.size();
  s.system = system.size();
  std::vector<bool> used(system.size(), false);
  const std::string_view text = doc.text;
  for (const auto& g : doc.timexes) {
    std::size_t match = system.size();
    for (std::size_t k = 0; k < system.size(); ++k) {
      if (!used[k] && system[k].span.overlaps(g.span)) {
        match = k;
        break;
      }
    }
    if (match == system.size()) {
      if (differences) differences->push_back(
            {timex_difference::kind::missed, std::string(g.span.of(text)), {}, g.value, {}, g.span});
      continue;
    }
    used[match] = true;
    const time_expression& t = system[match];
    ++s.relaxed;
    if (t.span == g.span) {
      ++s.strict;
    } else if (differences) {
      differences->push_back({timex_difference::kind::wrong_extent, std::string(g.span.of(text)),
                              std::string(t.span.of(text)), g.value, t.value, g.span});
    }
    const std::string type(to_string(t.type));
    if (type == g.type) {
      ++s.type_ok;
    } else if (differences) {
      differences->push_back({timex_difference::kind::wrong_type, std::string(g.span.of(text)),
                              std::string(t.span.of(text)), g.type, type, g.span});
    }
    if (t.value == g.value) {
      ++s.value_ok;
    } else if (differences) {
      differences->push_back({timex_difference::kind::wrong_value, std::string(g.span.of(text)),
                              std::string(t.span.of(text)), g.value, t.value, g.span});
    }
  }
  if (differences) {
    for (std::size_t k = 0; k < system.size(); ++k) {
      if (!used[k]) {
        differences->push_back({timex_difference::kind::spurious, std::string(system[k].span.of(text)), {}, {},
                                system[k].value, system[k].span});
      }
    }
  }
  return s;
}

}  // namespace factcheck::bench
