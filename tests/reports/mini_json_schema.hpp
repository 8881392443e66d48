#pragma once
// A small JSON Schema validator for the subset our schema files use (no validator library is
// installed): type (one or a list), const, enum, required, properties, additionalProperties
// (false or a schema), items, minimum, minLength, pattern, and $ref to "#/$defs/...".
// Returns every violation as "json/pointer: what", so a failing test says where.

#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

namespace factcheck::testing {

class mini_json_schema {
 public:
  explicit mini_json_schema(nlohmann::json schema) : root_(std::move(schema)) {}

  [[nodiscard]] std::vector<std::string> validate(const nlohmann::json& doc) const {
    std::vector<std::string> errors;
    check(root_, doc, "", errors);
    return errors;
  }

 private:
  static bool has_type(const nlohmann::json& v, const std::string& type) {
    if (type == "object") return v.is_object();
    if (type == "array") return v.is_array();
    if (type == "string") return v.is_string();
    if (type == "integer") return v.is_number_integer();
    if (type == "number") return v.is_number();
    if (type == "boolean") return v.is_boolean();
    if (type == "null") return v.is_null();
    return false;
  }

  const nlohmann::json& resolve(const nlohmann::json& schema) const {
    if (!schema.contains("$ref")) return schema;
    const std::string ref = schema["$ref"].get<std::string>();
    const std::string prefix = "#/$defs/";
    if (ref.rfind(prefix, 0) != 0) throw std::runtime_error("unsupported $ref " + ref);
    return root_["$defs"].at(ref.substr(prefix.size()));
  }

  void check(const nlohmann::json& raw_schema, const nlohmann::json& v, const std::string& at,
             std::vector<std::string>& errors) const {
    const nlohmann::json& s = resolve(raw_schema);
    const std::string where = at.empty() ? "/" : at;
    if (s.contains("type")) {
      bool ok = false;
      if (s["type"].is_array()) {
        for (const auto& t : s["type"]) ok = ok || has_type(v, t.get<std::string>());
      } else {
        ok = has_type(v, s["type"].get<std::string>());
      }
      if (!ok) {
        errors.push_back(where + ": expected type " + s["type"].dump() + ", got " + v.dump());
        return;
      }
    }
    if (s.contains("const") && v != s["const"])
      errors.push_back(where + ": expected " + s["const"].dump());
    if (s.contains("enum")) {
      bool found = false;
      for (const auto& e : s["enum"]) found = found || e == v;
      if (!found) errors.push_back(where + ": " + v.dump() + " not in " + s["enum"].dump());
    }
    if (v.is_number() && s.contains("minimum") && v.get<double>() < s["minimum"].get<double>()) {
      errors.push_back(where + ": below minimum");
    }
    if (v.is_string()) {
      const auto text = v.get<std::string>();
      if (s.contains("minLength") && text.size() < s["minLength"].get<std::size_t>()) {
        errors.push_back(where + ": shorter than minLength");
      }
      if (s.contains("pattern") &&
          !std::regex_search(text, std::regex(s["pattern"].get<std::string>()))) {
        errors.push_back(where + ": " + v.dump() + " does not match " +
                         s["pattern"].get<std::string>());
      }
    }
    if (v.is_object()) {
      if (s.contains("required")) {
        for (const auto& r : s["required"]) {
          if (!v.contains(r.get<std::string>()))
            errors.push_back(where + ": missing " + r.get<std::string>());
        }
      }
      const nlohmann::json empty = nlohmann::json::object();
      const auto& props = s.contains("properties") ? s["properties"] : empty;
      for (const auto& [key, value] : v.items()) {
        if (props.contains(key)) {
          check(props[key], value, at + "/" + key, errors);
        } else if (s.contains("additionalProperties")) {
          const auto& extra = s["additionalProperties"];
          if (extra.is_boolean() && !extra.get<bool>()) {
            errors.push_back(where + ": unexpected property " + key);
          } else if (extra.is_object()) {
            check(extra, value, at + "/" + key, errors);
          }
        }
      }
    }
    if (v.is_array() && s.contains("items")) {
      for (std::size_t i = 0; i < v.size(); ++i)
        check(s["items"], v[i], at + "/" + std::to_string(i), errors);
    }
  }

  nlohmann::json root_;
};

}  // namespace factcheck::testing
