#include "text/ingest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <system_error>

#include "text/traced_text.hpp"
#include "text/ascii.hpp"

using factcheck::text::to_lower_ascii;

namespace factcheck::text {
namespace {

namespace fs = std::filesystem;

// A file whose first 8 KiB hold a NUL byte is binary (the heuristic of git and grep).
constexpr std::size_t binary_probe = 8192;

std::string extension_of(std::string_view path) {
  // "file.jsonl#id" is never a file name here: paths come from the file system or the user.
  const std::size_t slash = path.find_last_of('/');
  const std::size_t dot = path.find_last_of('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  return to_lower_ascii(path.substr(dot + 1));
}

std::optional<source_format> format_of_extension(std::string_view ext) {
  if (ext == "txt" || ext == "text") return source_format::txt;
  if (ext == "md" || ext == "markdown") return source_format::markdown;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return source_format::html;
  if (ext == "jsonl" || ext == "ndjson") return source_format::jsonl;
  return std::nullopt;
}

source_format format_of(std::string_view path) {
  return format_of_extension(extension_of(path)).value_or(source_format::txt);
}

std::uint32_t line_of_offset(std::string_view bytes, std::uint32_t offset) {
  return 1 + static_cast<std::uint32_t>(std::count(
                 bytes.begin(), bytes.begin() + std::min<std::size_t>(offset, bytes.size()), '\n'));
}

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view s);

// Runs the text stages over `trace` (whose origins index `original`) and fills `a`.
void finish_article(article& a, detail::traced_text trace) {
  // A page's publication-date meta tag or a Markdown file's front matter "date:" is its
  // stated date (used when the copy shows none).
  std::string published;
  if (a.format == source_format::markdown) trace = detail::strip_markdown(trace, &published);
  if (a.format == source_format::html) trace = detail::strip_html(trace, &published);
  if (!published.empty()) a.stated_date = parse_iso_date(published);
  detail::normalize_into_map(trace, a.text, a.map);
}

// --- JSON Lines ---------------------------------------------------------------------------

// Finds the top-level member "text" of the JSON object on `line` and decodes its string
// value, tracing every decoded byte to the line offset of the character (or escape) it came
// from. Returns false when the member is not a plain string (the caller falls back).
bool trace_text_member(std::string_view line, detail::traced_text& out) {
  int depth = 0;
  bool expect_value_of_text = false;
  std::size_t i = 0;
  auto hex4 = [&](std::size_t at, char32_t& v) {
    if (at + 4 > line.size()) return false;
    v = 0;
    for (std::size_t k = at; k < at + 4; ++k) {
      const int c = std::tolower(static_cast<unsigned char>(line[k]));
      if (std::isxdigit(c) == 0) return false;
      v = v * 16 + static_cast<char32_t>(c >= 'a' ? c - 'a' + 10 : c - '0');
    }
    return true;
  };
  while (i < line.size()) {
    const char c = line[i];
    if (c == '{' || c == '[') {
      ++depth;
      ++i;
      expect_value_of_text = false;
      continue;
    }
    if (c == '}' || c == ']') {
      --depth;
      ++i;
      continue;
    }
    if (c != '"') {
      ++i;
      continue;
    }
    // A string: decode it.
    detail::traced_text value;
    std::size_t k = i + 1;
    while (k < line.size() && line[k] != '"') {
      const auto at = static_cast<std::uint32_t>(k);
      if (line[k] != '\\') {
        value.push(line[k], at);
        ++k;
        continue;
      }
      if (k + 1 >= line.size()) return false;
      const char e = line[k + 1];
      char simple = '\0';
      switch (e) {
        case 'n':
          simple = '\n';
          break;
        case 't':
          simple = '\t';
          break;
        case 'r':
          simple = '\r';
          break;
        case 'b':
          simple = '\b';
          break;
        case 'f':
          simple = '\f';
          break;
        case '/':
          simple = '/';
          break;
        case '\\':
          simple = '\\';
          break;
        case '"':
          simple = '"';
          break;
        default:
          break;
      }
      if (simple != '\0') {
        value.push(simple, at);
        k += 2;
        continue;
      }
      if (e != 'u') return false;
      char32_t cp = 0;
      if (!hex4(k + 2, cp)) return false;
      std::size_t used = 6;
      if (cp >= 0xD800 && cp <= 0xDBFF && k + 12 <= line.size() && line[k + 6] == '\\' &&
          line[k + 7] == 'u') {
        char32_t low = 0;
        if (hex4(k + 8, low) && low >= 0xDC00 && low <= 0xDFFF) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          used = 12;
        }
      }
      std::string encoded;
      detail::utf8_append(encoded, cp);
      value.append_at(encoded, at);
      k += used;
    }
    if (k >= line.size()) return false;
    i = k + 1;
    std::size_t next = i;
    while (next < line.size() && std::isspace(static_cast<unsigned char>(line[next])) != 0) ++next;
    const bool is_key = depth == 1 && next < line.size() && line[next] == ':';
    if (expect_value_of_text && depth == 1 && !is_key) {
      out = std::move(value);
      return true;
    }
    expect_value_of_text = is_key && value.bytes == "text";
  }
  return false;
}

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto digits = [&](std::size_t b, std::size_t n, int& v) {
    v = 0;
    for (std::size_t k = b; k < b + n; ++k) {
      if (std::isdigit(static_cast<unsigned char>(s[k])) == 0) return false;
      v = v * 10 + (s[k] - '0');
    }
    return true;
  };
  int y = 0, m = 0, d = 0;
  if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d)) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{y},
                                        std::chrono::month{static_cast<unsigned>(m)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

void ingest_jsonl(const std::string& path, std::string_view bytes, ingest_result& result) {
  std::uint32_t line_no = 0;
  // A byte order mark is not JSON; editors on Windows add one.
  std::size_t start = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (start < bytes.size()) {
    ++line_no;
    std::size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view raw = bytes.substr(start, end - start);
    start = end + 1;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (raw.find_first_not_of(" \t") == std::string_view::npos) continue;

    auto bad = [&](std::string message) {
      result.diagnostics.push_back({diagnostic::level::error, path, line_no, std::move(message)});
    };
    detail::utf8_repair repair;
    const detail::traced_text line = detail::repair_utf8(detail::trace_identity(raw), repair);
    const auto record = nlohmann::json::parse(line.bytes, nullptr, false);
    if (record.is_discarded()) {
      bad("not a valid JSON value; expected {\"id\", \"text\", \"date\"}");
      continue;
    }
    if (!record.is_object()) {
      bad("a JSON Lines record must be an object with \"id\", \"text\" and \"date\"");
      continue;
    }
    const auto text_it = record.find("text");
    if (text_it == record.end() || !text_it->is_string()) {
      bad("the record has no string member \"text\"");
      continue;
    }
    std::string id = fmt::format("{}", line_no);
    if (const auto id_it = record.find("id"); id_it != record.end()) {
      if (id_it->is_string()) {
        id = id_it->get<std::string>();
      } else if (id_it->is_number_integer()) {
        id = id_it->dump();
      } else {
        bad("the member \"id\" must be a string or an integer");
        continue;
      }
    }
    if (repair.invalid_sequences > 0) {
      result.diagnostics.push_back(
          {diagnostic::level::warning, path, line_no,
           fmt::format("invalid UTF-8 at byte {} of the line; replaced with U+FFFD",
                       repair.first_invalid)});
    }

    article a;
    a.path = fmt::format("{}#{}", path, id);
    a.format = source_format::jsonl;
    if (const auto date_it = record.find("date"); date_it != record.end() && !date_it->is_null()) {
      const auto parsed = date_it->is_string()
                              ? parse_iso_date(date_it->get_ref<const std::string&>())
                              : std::nullopt;
      if (parsed) {
        a.stated_date = parsed;
      } else {
        result.diagnostics.push_back({diagnostic::level::warning, path, line_no,
                                      "the member \"date\" is not a YYYY-MM-DD date; ignored"});
      }
    }
    // Positions refer to the record's own line: the original is that line, starting at
    // `line_no`, and every decoded character maps to the column of its source character or
    // escape (a "\n" inside the text stays on the same file line).
    a.original = std::make_unique<const std::string>(raw);
    a.map.set_original(*a.original, line_no, 1);
    detail::traced_text trace;
    if (trace_text_member(line.bytes, trace)) {
      for (auto& o : trace.origin) o = line.origin[o];
    } else {
      trace.bytes = text_it->get<std::string>();
      trace.origin.assign(trace.bytes.size(), 0);
    }
    finish_article(a, std::move(trace));
    result.articles.push_back(std::move(a));
  }
}

// --- one file's bytes ---------------------------------------------------------------------

void ingest_one(const std::string& path, std::string bytes, source_format format,
                ingest_result& result) {
  const std::string_view probe = std::string_view(bytes).substr(0, binary_probe);
  if (probe.find('\0') != std::string_view::npos) {
    result.diagnostics.push_back(
        {diagnostic::level::warning, path, 0,
         fmt::format("binary file (NUL byte at offset {}); skipped", probe.find('\0'))});
    return;
  }
  if (format == source_format::jsonl) {
    ingest_jsonl(path, bytes, result);
    return;
  }
  article a;
  a.path = path;
  a.format = format;
  a.original = std::make_unique<const std::string>(std::move(bytes));
  a.map.set_original(*a.original);
  // Valid UTF-8 plain text, the common case, is normalized straight from the file's bytes:
  // no copy with a per-byte origin (issue 11).
  if (format == source_format::txt && detail::is_valid_utf8(*a.original)) {
    detail::normalize_into_map(*a.original, a.text, a.map);
    if (a.text.empty()) {
      result.diagnostics.push_back({diagnostic::level::warning, path, 0, "empty file (no text)"});
    }
    result.articles.push_back(std::move(a));
    return;
  }
  detail::utf8_repair repair;
  detail::traced_text trace = detail::repair_utf8(detail::trace_identity(*a.original), repair);
  if (repair.invalid_sequences > 0) {
    result.diagnostics.push_back(
        {diagnostic::level::warning, path, line_of_offset(*a.original, repair.first_invalid),
         fmt::format("invalid UTF-8 at byte offset {} ({} invalid byte{} replaced with U+FFFD)",
                     repair.first_invalid, repair.invalid_sequences,
                     repair.invalid_sequences == 1 ? "" : "s")});
  }
  finish_article(a, std::move(trace));
  // An empty article is kept (so that the file is accounted for) but reported, since an
  // editor who passes an empty file most likely passed the wrong one.
  if (a.text.empty()) {
    result.diagnostics.push_back({diagnostic::level::warning, path, 0, "empty file (no text)"});
  }
  result.articles.push_back(std::move(a));
}

// --- paths --------------------------------------------------------------------------------

// Glob with '*' (not crossing '/'), '**' (crossing '/') and '?'. Iterative with one
// backtracking point per star kind, so it is linear-ish and never exponential.
bool glob_match(std::string_view pattern, std::string_view s) {
  std::size_t p = 0, i = 0;
  std::size_t star_p = std::string_view::npos, star_i = 0;
  bool star_crosses = false;
  while (i < s.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star_crosses = p + 1 < pattern.size() && pattern[p + 1] == '*';
      p += star_crosses ? 2 : 1;
      if (star_crosses && p < pattern.size() && pattern[p] == '/') ++p;
      star_p = p;
      star_i = i;
      continue;
    }
    if (p < pattern.size() && (pattern[p] == '?' ? s[i] != '/' : pattern[p] == s[i])) {
      ++p;
      ++i;
      continue;
    }
    if (star_p != std::string_view::npos && (star_crosses || s[star_i] != '/')) {
      p = star_p;
      i = ++star_i;
      continue;
    }
    return false;
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

// A glob matches the path as given, the file name, or the path relative to the directory
// being walked (`root`), so "drafts/**" works whichever folder is passed on the command line.
bool ignored(const std::string& path, const ingest_options& options, std::string_view root = {}) {
  if (options.ignore_globs.empty()) return false;
  const std::string name = fs::path(path).filename().string();
  std::string_view relative = path;
  if (relative.starts_with("./")) relative.remove_prefix(2);
  std::string_view below_root;
  if (!root.empty() && path.size() > root.size() && std::string_view(path).starts_with(root)) {
    below_root = std::string_view(path).substr(root.size());
    while (below_root.starts_with('/')) below_root.remove_prefix(1);
  }
  for (const auto& g : options.ignore_globs) {
    if (glob_match(g, path) || glob_match(g, name) || glob_match(g, relative)) return true;
    if (!below_root.empty() && glob_match(g, below_root)) return true;
  }
  return false;
}

bool hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

// In a directory walk only article formats are read, and a README (the corpus's own
// documentation) is not an article. A file named explicitly is always read.
bool walkable(const fs::path& p) {
  if (!format_of_extension(extension_of(p.string()))) return false;
  return to_lower_ascii(p.stem().string()) != "readme";
}

// The whole file in one read when its size is known (a regular file), else stream by stream.
bool read_bytes(std::ifstream& in, std::string& bytes) {
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size > 0) {
    bytes.resize(static_cast<std::size_t>(size));
    in.seekg(0);
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    // A file that shrank since the size was taken: keep what was read.
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (in.fail() && !in.eof()) return false;
    // Anything appended since the size was taken.
    in.clear();
    bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
  }
  in.clear();
  in.seekg(0);
  bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

// Whether `value` is over `limit` (0: no limit).
bool over(std::uint64_t limit, std::uint64_t value) { return limit != 0 && value > limit; }

// Takes the article count after a file was read; true when reading must stop.
bool check_articles(const std::string& path, const ingest_options& options, ingest_result& result) {
  if (!over(options.max_articles, result.articles.size())) return false;
  result.limit = {limit_reached::which::articles, path, result.articles.size()};
  return true;
}

// The size limits, before a file is read (when its size is known) and after (when it was not).
bool check_size(const std::string& path, std::uint64_t size, const ingest_options& options,
                ingest_result& result) {
  if (over(options.max_file_bytes, size)) {
    result.limit = {limit_reached::which::file_bytes, path, size};
    return true;
  }
  if (over(options.max_total_bytes, result.bytes_read + size)) {
    result.limit = {limit_reached::which::total_bytes, path, result.bytes_read + size};
    return true;
  }
  return false;
}

void read_file(const std::string& path, const ingest_options& options, ingest_result& result) {
  std::error_code size_ec;
  const std::uint64_t known_size =
      fs::is_regular_file(path, size_ec) ? fs::file_size(path, size_ec) : 0;
  if (!size_ec && check_size(path, known_size, options, result)) return;
  std::ifstream in(path, std::ios::binary);
  std::string bytes;
  if (!in || !read_bytes(in, bytes)) {
    std::error_code ec;
    const bool exists = fs::exists(path, ec);
    result.diagnostics.push_back(
        {diagnostic::level::error, path, 0, exists ? "cannot read file" : "no such file"});
    return;
  }
  if (bytes.size() > known_size && check_size(path, bytes.size(), options, result)) return;
  result.bytes_read += bytes.size();
  ingest_one(path, std::move(bytes), format_of(path), result);
  check_articles(path, options, result);
}

// Standard input, read in blocks so that an endless stream stops at the file size limit.
void read_stdin(const ingest_options& options, ingest_result& result) {
  std::string bytes;
  std::array<char, 1 << 16> block{};
  while (std::cin.read(block.data(), block.size()) || std::cin.gcount() > 0) {
    bytes.append(block.data(), static_cast<std::size_t>(std::cin.gcount()));
    if (check_size("-", bytes.size(), options, result)) return;
  }
  result.bytes_read += bytes.size();
  ingest_one("-", std::move(bytes), source_format::txt, result);
  check_articles("-", options, result);
}

void walk_directory(const std::string& root, const ingest_options& options, ingest_result& result) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    result.diagnostics.push_back({diagnostic::level::error, root, 0,
                                  fmt::format("cannot read directory: {}", ec.message())});
    return;
  }
  for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      result.diagnostics.push_back({diagnostic::level::error, it->path().string(), 0,
                                    fmt::format("cannot read directory: {}", ec.message())});
      ec.clear();
      continue;
    }
    const fs::path& p = it->path();
    if (hidden(p)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && walkable(p)) files.push_back(p.generic_string());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    if (result.limit) return;
    if (!ignored(f, options, root)) read_file(f, options, result);
  }
}

}  // namespace

bool ingest_result::has_errors() const {
  for (const auto& d : diagnostics) {
    if (d.severity == diagnostic::level::error) return true;
  }
  return false;
}

ingest_result ingest_bytes(std::string path, std::string bytes, source_format format) {
  ingest_result result;
  ingest_one(path, std::move(bytes), format, result);
  return result;
}

ingest_result ingest_bytes(std::string path, std::string bytes) {
  const source_format format = format_of(path);
  return ingest_bytes(std::move(path), std::move(bytes), format);
}

ingest_result ingest(const std::vector<std::string>& paths, const ingest_options& options) {
  ingest_result result;
  for (const auto& p : paths) {
    if (result.limit) break;
    if (p == "-") {
      read_stdin(options, result);
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      walk_directory(p, options, result);
    } else if (!ignored(p, options)) {
      read_file(p, options, result);
    }
  }
  return result;
}

}  // namespace factcheck::text
