#include "checker/split/claims_jsonl.hpp"

#include <fmt/format.h>

#include <istream>
#include <memory>
#include <ostream>

#include "checker/split/codec.hpp"
#include "grammar/dateline.hpp"
#include "text/ascii.hpp"

namespace factcheck::checker::split {
namespace {

// A key is one field of a tab-separated line: no tabs, no line breaks.
std::string key_safe(std::string key) {
  for (char& ch : key) {
    if (ch == '\t' || ch == '\n' || ch == '\r') ch = ' ';
  }
  return key;
}

bool ends_with_jsonl(std::string_view s) {
  const std::string lower = text::to_lower_ascii(s);
  return lower.ends_with(".jsonl") || lower.ends_with(".ndjson");
}

// The input file an article was read from: its path, or for a JSON Lines record
// ("corpus.jsonl#id") the part before the record id.
std::string file_of(const text::article& a) {
  if (a.format != text::source_format::jsonl) return a.path;
  for (std::size_t at = a.path.find('#'); at != std::string::npos; at = a.path.find('#', at + 1)) {
    if (ends_with_jsonl(std::string_view(a.path).substr(0, at))) return a.path.substr(0, at);
  }
  return a.path;
}

bool valid_utf8(const std::string& s) {
  try {
    (void)json(s).dump();
    return true;
  } catch (const json::exception&) {
    return false;
  }
}

std::string to_hex(std::string_view bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (const char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    out.push_back(digits[b >> 4U]);
    out.push_back(digits[b & 15U]);
  }
  return out;
}

std::string from_hex(const std::string& hex) {
  if (hex.size() % 2 != 0) throw codec_error("odd number of hex digits");
  auto nibble = [](char ch) -> unsigned {
    if (ch >= '0' && ch <= '9') return static_cast<unsigned>(ch - '0');
    if (ch >= 'a' && ch <= 'f') return static_cast<unsigned>(ch - 'a' + 10);
    throw codec_error("not a hex digit");
  };
  std::string out(hex.size() / 2, '\0');
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i] = static_cast<char>((nibble(hex[2 * i]) << 4U) | nibble(hex[2 * i + 1]));
  }
  return out;
}

json article_record(const analyzed_article& a, const std::string& file, std::uint32_t n,
                    std::size_t claims, std::uint64_t digest) {
  const text::article& src = *a.source;
  json r;
  r["t"] = "article";
  r["v"] = format_version;
  r["file"] = file;
  r["n"] = n;
  r["path"] = src.path;
  r["format"] = encode(src.format);
  const std::string& original = src.original ? *src.original : src.text;
  if (valid_utf8(original)) {
    r["original"] = original;
  } else {
    r["original_hex"] = to_hex(original);
  }
  r["text"] = src.text;
  r["runs"] = encode(src.map.runs());
  r["first"] = json::array({src.map.first_line(), src.map.first_column()});
  r["stated_date"] = encode(src.stated_date);
  r["settings"] = fmt::format("{:016x}", digest);
  r["claims"] = claims;
  // For readers and engines (the reduce reads `state`): the article-level facts.
  r["dateline"] = a.dateline.date ? json(text::iso_date(*a.dateline.date)) : json(nullptr);
  r["dateline_source"] = std::string(grammar::to_string(a.dateline.source));
  std::map<std::string, int> names;
  for (const auto& m : a.names) ++names[std::string(m.span.of(src.text))];
  r["names"] = names;
  r["state"] = encode(a);
  return r;
}

json claim_record(const analyzed_article& a, const claim& c, const std::string& file,
                  std::uint32_t n, std::uint32_t index) {
  const auto where = a.source->locate(c.span.begin);
  json r;
  r["t"] = "claim";
  r["v"] = format_version;
  r["file"] = file;
  r["n"] = n;
  r["i"] = index;
  r["path"] = a.path();
  r["line"] = where.line;
  r["column"] = where.column;
  r["sentence"] = std::string(c.sentence.of(a.text()));
  r["claim"] = encode(c);
  return r;
}

void write_line(std::ostream& out, const std::string& key, const json& record) {
  out << key_safe(key) << '\t' << record.dump() << '\n';
}

// Throws codec_error when the record is not a v1 record of kind `t`.
void check_record(const json& r, std::string_view t) {
  if (!r.is_object() || !r.contains("t") || !r.contains("v")) throw codec_error("not a record");
  if (r["v"] != format_version) {
    throw codec_error(
        fmt::format("record version {} (this factcheck reads {})", r["v"].dump(), format_version));
  }
  if (r["t"] != t) throw codec_error(fmt::format("expected a {} record", t));
}

text::article rebuild_article(const json& r) {
  text::article a;
  decode(r.at("path"), a.path);
  decode(r.at("format"), a.format);
  std::string original;
  if (r.contains("original_hex")) {
    original = from_hex(r.at("original_hex").get<std::string>());
  } else {
    decode(r.at("original"), original);
  }
  a.original = std::make_unique<const std::string>(std::move(original));
  decode(r.at("text"), a.text);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> runs;
  decode(r.at("runs"), runs);
  for (const auto& [normalized, at] : runs) a.map.add_run(normalized, at);
  std::pair<std::uint32_t, std::uint32_t> first;
  decode(r.at("first"), first);
  a.map.set_original(*a.original, first.first, first.second);
  decode(r.at("stated_date"), a.stated_date);
  return a;
}

}  // namespace

std::string claim_key(const claim& c) {
  return key_safe(fmt::format("{}|{}", c.kind == claim_kind::figure ? 'f' : 'e', c.subject));
}

void write_claims_jsonl(const aligned_corpus& corpus, std::ostream& out) {
  const std::uint64_t digest = settings_digest(*corpus.settings);
  // Claims are stored by article, in order (claims.cpp): one pass hands each article its own.
  std::size_t next_claim = 0;
  for (std::uint32_t ai = 0; ai < corpus.articles.size(); ++ai) {
    const auto& a = corpus.articles[ai];
    const std::size_t first_claim = next_claim;
    while (next_claim < corpus.claims.size() && corpus.claims[next_claim].article == ai) {
      ++next_claim;
    }
    if (a.source == nullptr) continue;
    const std::string file = file_of(*a.source);
    // A JSON Lines record's line in its file orders it among the file's records, whichever
    // shard holds the others; a file of another format is one article.
    const std::uint32_t n =
        a.source->format == text::source_format::jsonl ? a.source->map.first_line() : 0;
    write_line(out, fmt::format("@{}#{}", file, n),
               article_record(a, file, n, next_claim - first_claim, digest));
    for (std::size_t k = first_claim; k < next_claim; ++k) {
      const claim& c = corpus.claims[k];
      write_line(out, claim_key(c),
                 claim_record(a, c, file, n, static_cast<std::uint32_t>(k - first_claim)));
    }
  }
}

std::optional<std::string> claims_reader::add(std::istream& in, std::string_view name) {
  std::string line;
  std::uint64_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const std::string where = fmt::format("{}:{}", name, line_no);
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) {
      return fmt::format("{}: not a claims-jsonl line (KEY<TAB>{{json}})", where);
    }
    try {
      const json r = json::parse(std::string_view(line).substr(tab + 1));
      const bool is_article = r.is_object() && r.value("t", "") == "article";
      check_record(r, is_article ? "article" : "claim");
      auto file = r.at("file").get<std::string>();
      const auto n = r.at("n").get<std::uint32_t>();
      if (is_article) {
        auto [it, inserted] = articles_.try_emplace({std::move(file), n});
        if (!inserted) {
          return fmt::format("{}: article {} was already given at {}", where,
                             r.at("path").get<std::string>(), it->second.where);
        }
        pending_article& p = it->second;
        p.where = where;
        p.article = rebuild_article(r);
        p.cached.present = true;
        decode(r.at("state"), p.cached.state);
        p.cached.settings_digest = std::stoull(r.at("settings").get<std::string>(), nullptr, 16);
        p.claims = r.at("claims").get<std::size_t>();
      } else {
        pending_claim c;
        c.where = where;
        c.index = r.at("i").get<std::uint32_t>();
        decode(r.at("claim"), c.value);
        claims_[{std::move(file), n}].push_back(std::move(c));
      }
    } catch (const std::exception& e) {
      return fmt::format("{}: bad claims-jsonl record: {}", where, e.what());
    }
  }
  if (in.bad()) return fmt::format("{}: read error", name);
  return std::nullopt;
}

std::variant<claims_corpus, std::string> claims_reader::finish() {
  claims_corpus out;
  out.articles.reserve(articles_.size());
  out.cache.reserve(articles_.size());
  for (auto& [id, pending] : articles_) {
    std::vector<pending_claim> lines;
    if (auto found = claims_.find(id); found != claims_.end()) {
      lines = std::move(found->second);
      claims_.erase(found);
    }
    if (lines.size() != pending.claims) {
      return fmt::format("{}: article {} has {} claims, {} claim lines were given", pending.where,
                         pending.article.path, pending.claims, lines.size());
    }
    pending.cached.claims.resize(pending.claims);
    std::vector<bool> seen(pending.claims, false);
    for (auto& c : lines) {
      if (c.index >= pending.claims || seen[c.index]) {
        return fmt::format("{}: claim {} of {} is out of range or given twice", c.where, c.index,
                           pending.article.path);
      }
      seen[c.index] = true;
      pending.cached.claims[c.index] = std::move(c.value);
    }
    out.articles.push_back(std::move(pending.article));
    out.cache.push_back(std::move(pending.cached));
  }
  articles_.clear();
  if (!claims_.empty()) {
    const auto& [id, lines] = *claims_.begin();
    return fmt::format("{}: claim of {}#{}, whose article record was not given",
                       lines.front().where, id.first, id.second);
  }
  return out;
}

}  // namespace factcheck::checker::split
