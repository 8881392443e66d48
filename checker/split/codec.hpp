#pragma once
// A lossless, generic JSON encoding of the model's value types, for the map/reduce split
// (docs/scale-out.md). Aggregates (every struct of grammar/, text/ spans and blocks, claims,
// the configuration) are encoded field by field with Boost.PFR, as JSON arrays in declaration
// order: a field added to a frame or a quantity is carried without touching this file. The
// map and the reduce run the same binary (records carry the format version and the field
// count of each aggregate is checked on decoding), so positional arrays are enough.
//
// Doubles keep every bit: finite values are written with the shortest representation that
// reads back to the same double (nlohmann's), infinities and NaN as the strings "inf", "-inf"
// and "nan" (JSON has no literal for them). Dates are day counts since 1970-01-01.
//
// Only for checker/ .cpp files and tests: it includes nlohmann/json and Boost.PFR.

#include <boost/pfr.hpp>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace factcheck::checker::split {

using json = nlohmann::json;

// Thrown by decode() on a value of the wrong shape; the reader turns it into a message.
struct codec_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

template <class T>
json encode(const T& value);
template <class T>
void decode(const json& in, T& value);

namespace detail {

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class T>
struct is_vector : std::false_type {};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};
template <class T>
struct is_map : std::false_type {};
template <class K, class V, class C, class A>
struct is_map<std::map<K, V, C, A>> : std::true_type {};
template <class T>
struct is_pair : std::false_type {};
template <class A, class B>
struct is_pair<std::pair<A, B>> : std::true_type {};
template <class T>
struct is_set : std::false_type {};
template <class K, class C, class A>
struct is_set<std::set<K, C, A>> : std::true_type {};
template <class T>
struct is_array : std::false_type {};
template <class T, std::size_t N>
struct is_array<std::array<T, N>> : std::true_type {};
template <class T>
struct is_duration : std::false_type {};
template <class R, class P>
struct is_duration<std::chrono::duration<R, P>> : std::true_type {};

inline json encode_double(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  return d;
}

inline double decode_double(const json& in) {
  if (in.is_string()) {
    const auto& s = in.get_ref<const std::string&>();
    if (s == "inf") return std::numeric_limits<double>::infinity();
    if (s == "-inf") return -std::numeric_limits<double>::infinity();
    if (s == "nan") return std::numeric_limits<double>::quiet_NaN();
    throw codec_error("expected a number, got \"" + s + "\"");
  }
  if (!in.is_number()) throw codec_error("expected a number");
  return in.get<double>();
}

inline void expect(bool ok, const char* what) {
  if (!ok) throw codec_error(std::string("expected ") + what);
}

}  // namespace detail

template <class T>
json encode(const T& value) {
  using namespace std::chrono;
  if constexpr (std::is_same_v<T, bool>) {
    return value;
  } else if constexpr (std::is_floating_point_v<T>) {
    return detail::encode_double(static_cast<double>(value));
  } else if constexpr (std::is_integral_v<T>) {
    return value;
  } else if constexpr (std::is_enum_v<T>) {
    return static_cast<std::underlying_type_t<T>>(value);
  } else if constexpr (std::is_same_v<T, std::string>) {
    return value;
  } else if constexpr (std::is_same_v<T, year_month_day>) {
    return sys_days{value}.time_since_epoch().count();
  } else if constexpr (std::is_same_v<T, sys_days>) {
    return value.time_since_epoch().count();
  } else if constexpr (std::is_same_v<T, month_day>) {
    return json::array({static_cast<unsigned>(value.month()), static_cast<unsigned>(value.day())});
  } else if constexpr (std::is_same_v<T, weekday>) {
    return value.c_encoding();
  } else if constexpr (detail::is_duration<T>::value) {
    return value.count();
  } else if constexpr (detail::is_optional<T>::value) {
    return value ? encode(*value) : json(nullptr);
  } else if constexpr (detail::is_pair<T>::value) {
    return json::array({encode(value.first), encode(value.second)});
  } else if constexpr (detail::is_vector<T>::value || detail::is_set<T>::value ||
                       detail::is_array<T>::value) {
    json out = json::array();
    for (const auto& v : value) out.push_back(encode(v));
    return out;
  } else if constexpr (detail::is_map<T>::value) {
    json out = json::array();
    for (const auto& [k, v] : value) out.push_back(json::array({encode(k), encode(v)}));
    return out;
  } else if constexpr (std::is_pointer_v<T>) {
    return nullptr;  // pointers into other structures are rebuilt by the reader, not encoded
  } else {
    static_assert(std::is_aggregate_v<T>, "split::encode: add an overload for this type");
    json out = json::array();
    boost::pfr::for_each_field(value, [&](const auto& field) { out.push_back(encode(field)); });
    return out;
  }
}

template <class T>
void decode(const json& in, T& value) {
  using namespace std::chrono;
  if constexpr (std::is_same_v<T, bool>) {
    detail::expect(in.is_boolean(), "a boolean");
    value = in.get<bool>();
  } else if constexpr (std::is_floating_point_v<T>) {
    value = static_cast<T>(detail::decode_double(in));
  } else if constexpr (std::is_integral_v<T>) {
    detail::expect(in.is_number_integer(), "an integer");
    value = in.get<T>();
  } else if constexpr (std::is_enum_v<T>) {
    detail::expect(in.is_number_integer(), "an enumerator");
    value = static_cast<T>(in.get<std::underlying_type_t<T>>());
  } else if constexpr (std::is_same_v<T, std::string>) {
    detail::expect(in.is_string(), "a string");
    value = in.get<std::string>();
  } else if constexpr (std::is_same_v<T, year_month_day>) {
    detail::expect(in.is_number_integer(), "a day number");
    value = year_month_day{sys_days{days{in.get<std::int64_t>()}}};
  } else if constexpr (std::is_same_v<T, sys_days>) {
    detail::expect(in.is_number_integer(), "a day number");
    value = sys_days{days{in.get<std::int64_t>()}};
  } else if constexpr (std::is_same_v<T, month_day>) {
    detail::expect(in.is_array() && in.size() == 2, "a month and a day");
    value = month_day{month{in[0].get<unsigned>()}, day{in[1].get<unsigned>()}};
  } else if constexpr (std::is_same_v<T, weekday>) {
    detail::expect(in.is_number_integer(), "a weekday");
    value = weekday{in.get<unsigned>()};
  } else if constexpr (detail::is_duration<T>::value) {
    detail::expect(in.is_number(), "a duration");
    value = T{in.get<typename T::rep>()};
  } else if constexpr (detail::is_optional<T>::value) {
    if (in.is_null()) {
      value.reset();
    } else {
      value.emplace();
      decode(in, *value);
    }
  } else if constexpr (detail::is_pair<T>::value) {
    detail::expect(in.is_array() && in.size() == 2, "a pair");
    decode(in[0], value.first);
    decode(in[1], value.second);
  } else if constexpr (detail::is_vector<T>::value) {
    detail::expect(in.is_array(), "an array");
    value.clear();
    value.resize(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) decode(in[i], value[i]);
  } else if constexpr (detail::is_set<T>::value) {
    detail::expect(in.is_array(), "an array");
    value.clear();
    for (const auto& item : in) {
      typename T::key_type k;
      decode(item, k);
      value.insert(std::move(k));
    }
  } else if constexpr (detail::is_array<T>::value) {
    detail::expect(in.is_array() && in.size() == value.size(), "a fixed-size array");
    for (std::size_t i = 0; i < value.size(); ++i) decode(in[i], value[i]);
  } else if constexpr (detail::is_map<T>::value) {
    detail::expect(in.is_array(), "an array of pairs");
    value.clear();
    for (const auto& kv : in) {
      detail::expect(kv.is_array() && kv.size() == 2, "a key and a value");
      typename T::key_type k;
      typename T::mapped_type v;
      decode(kv[0], k);
      decode(kv[1], v);
      value.emplace(std::move(k), std::move(v));
    }
  } else if constexpr (std::is_pointer_v<T>) {
    value = nullptr;
  } else {
    static_assert(std::is_aggregate_v<T>, "split::decode: add an overload for this type");
    constexpr std::size_t fields = boost::pfr::tuple_size_v<T>;
    if (!in.is_array() || in.size() != fields) {
      throw codec_error("expected a record of " + std::to_string(fields) +
                        " fields (written by another version of factcheck?)");
    }
    std::size_t i = 0;
    boost::pfr::for_each_field(value, [&](auto& field) { decode(in[i++], field); });
  }
}

}  // namespace factcheck::checker::split
