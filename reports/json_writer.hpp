#pragma once
// A streaming JSON writer: values go to the output as they are produced, so that a report's
// memory is that of one item, not a document of the whole run (issue 11). The text is byte for
// byte what nlohmann::json::dump(indent, ' ', false, error_handler_t::replace) gives for the
// same document: the same indentation, empty containers as {} and [], the same string escapes
// (control characters as \u00XX, UTF-8 kept, invalid UTF-8 replaced by U+FFFD) and the same
// shortest round-trip doubles (non-finite doubles are null). The golden tests hold it to that.
//
//   json_writer w(out);
//   w.begin_object();
//   w.key("version").value(1);
//   w.key("items").begin_array(); ... w.end_array();
//   w.end_object();
//   w.finish();  // writes the final line break and flushes
//
// Output is buffered (64 KiB) and flushed to the stream as it fills. Misuse (a value without a
// key inside an object, unbalanced ends) is a programming error and is not diagnosed.

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace factcheck::reports {

class json_writer {
 public:
  explicit json_writer(std::ostream& out, int indent = 2);
  json_writer(const json_writer&) = delete;
  json_writer& operator=(const json_writer&) = delete;
  ~json_writer();

  json_writer& begin_object();
  json_writer& end_object();
  json_writer& begin_array();
  json_writer& end_array();
  // Inside an object: the next value's key.
  json_writer& key(std::string_view k);

  json_writer& value(std::string_view s);
  json_writer& value(const char* s) { return value(std::string_view(s)); }
  json_writer& value(const std::string& s) { return value(std::string_view(s)); }
  json_writer& value(bool b);
  json_writer& value(std::int64_t v);
  json_writer& value(std::uint64_t v);
  json_writer& value(int v) { return value(static_cast<std::int64_t>(v)); }
  json_writer& value(unsigned v) { return value(static_cast<std::uint64_t>(v)); }
  json_writer& value(long long v) { return value(static_cast<std::int64_t>(v)); }
  json_writer& value(unsigned long long v) { return value(static_cast<std::uint64_t>(v)); }
  json_writer& value(double v);
  json_writer& null();

  // Ends the document with a line break and flushes to the stream.
  void finish();
  // Sends the buffered text to the stream.
  void flush();

 private:
  void element();  // separator and indentation before a value or key
  void open(char c);
  void close(char c);
  void write_string(std::string_view s);
  void maybe_flush() {
    if (buffer_.size() >= flush_at) flush();
  }

  static constexpr std::size_t flush_at = 64 * 1024;
  std::ostream& out_;
  std::string buffer_;
  int indent_;
  std::vector<std::uint32_t> counts_;  // elements written so far, per open container
  bool after_key_ = false;
};

}  // namespace factcheck::reports
