// json_writer streams exactly what nlohmann::json::dump(2, ' ', false, replace) prints for the
// same document (the reports' golden files and every consumer rely on that text).
#include "reports/json_writer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace {

using factcheck::reports::json_writer;
using ordered = nlohmann::ordered_json;

// Writes `doc` with json_writer by walking it, so that both printers see one document.
void walk(json_writer& w, const ordered& doc) {
  switch (doc.type()) {
    case ordered::value_t::object:
      w.begin_object();
      for (const auto& [k, v] : doc.items()) {
        w.key(k);
        walk(w, v);
      }
      w.end_object();
      break;
    case ordered::value_t::array:
      w.begin_array();
      for (const auto& v : doc) walk(w, v);
      w.end_array();
      break;
    case ordered::value_t::string:
      w.value(doc.get_ref<const std::string&>());
      break;
    case ordered::value_t::boolean:
      w.value(doc.get<bool>());
      break;
    case ordered::value_t::number_integer:
      w.value(doc.get<std::int64_t>());
      break;
    case ordered::value_t::number_unsigned:
      w.value(doc.get<std::uint64_t>());
      break;
    case ordered::value_t::number_float:
      w.value(doc.get<double>());
      break;
    default:
      w.null();
      break;
  }
}

std::string streamed(const ordered& doc) {
  std::ostringstream out;
  json_writer w(out);
  walk(w, doc);
  w.finish();
  return out.str();
}

std::string dumped(const ordered& doc) {
  return doc.dump(2, ' ', false, ordered::error_handler_t::replace) + "\n";
}

TEST(JsonWriter, NestedContainersAndEmptyOnesPrintLikeDump) {
  ordered doc;
  doc["version"] = 1;
  doc["empty_array"] = ordered::array();
  doc["empty_object"] = ordered::object();
  doc["items"] = ordered::array({ordered{{"a", 1}, {"b", ordered::array({1, 2, ordered::array()})}},
                                 ordered::object(), nullptr, true, false});
  EXPECT_EQ(streamed(doc), dumped(doc));
}

TEST(JsonWriter, StringEscapesMatchDump) {
  ordered doc;
  doc["quotes"] = "she said \"no\" \\ then left";
  doc["controls"] = std::string("tab\there\nline\rcr\bbs\fff\x01\x1f\x7f end");
  doc["utf8"] = "Kyiv \xE2\x80\x94 \xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80";
  doc["invalid"] = std::string("cut \xE2\x80 here \xFF and \xC3");
  doc["key \"quoted\"\n"] = "value";
  EXPECT_EQ(streamed(doc), dumped(doc));
}

TEST(JsonWriter, NumbersMatchDump) {
  ordered doc = ordered::array();
  for (double v : {0.0, -0.0, 0.1, 1.5, 94.3, 1e15, 1e16, 1.25e-5, 123456789.125, 1e300, -2.5}) {
    doc.push_back(v);
  }
  doc.push_back(std::numeric_limits<double>::infinity());
  doc.push_back(std::nan(""));
  doc.push_back(std::numeric_limits<std::int64_t>::min());
  doc.push_back(std::numeric_limits<std::uint64_t>::max());
  doc.push_back(0);
  EXPECT_EQ(streamed(doc), dumped(doc));
}

TEST(JsonWriter, FlushesLargeOutputInOrder) {
  ordered doc = ordered::array();
  for (int i = 0; i < 20000; ++i) doc.push_back(ordered{{"i", i}, {"text", std::string(7, 'x')}});
  EXPECT_EQ(streamed(doc), dumped(doc));
}

}  // namespace
