// Extraction speed: MB/s of extract_quantities (and extract_times) on a generated, deterministic
// news-like corpus of about 20 MB, beside a plain word count over the same bytes in the same run,
// and the ratio. The word count is the floor any per-word scan pays; the ratio says how much the
// grammar costs on top of it.
//
//   extract_bench [MEGABYTES]      (default 20)

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "grammar/extract.hpp"

namespace {

// A small deterministic generator (no <random> distributions: their output differs by library).
struct lcg {
  std::uint64_t state;
  std::uint32_t next() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(state >> 33);
  }
  std::uint32_t below(std::uint32_t n) { return next() % n; }
};

// Invented vocabulary: plain prose words, nouns that figures count, and the grammar's own cues.
constexpr std::string_view prose[] = {
    "the",      "officials", "said",     "on",       "in",        "a",        "report",
    "council",  "border",    "region",   "ministry", "according", "to",       "statement",
    "while",    "analysts",  "warned",   "that",     "its",       "talks",    "would",
    "continue", "after",     "weeks",    "of",       "pressure",  "from",     "northern",
    "Valdoria", "Kestrel",   "governor", "Amsel",    "Orlan",     "harbour",  "and",
    "was",      "described", "as",       "stable",   "by",        "local",    "sources"};
constexpr std::string_view nouns[] = {"troops",  "people",   "homes",    "refugees", "vehicles",
                                      "tonnes",  "hectares", "soldiers", "voters",   "workers"};
constexpr std::string_view hedges[] = {"over", "about", "nearly", "at least", "up to", "some",
                                       "more than", "fewer than", "roughly", "almost"};
constexpr std::string_view months[] = {"January", "March", "June", "September", "December"};
constexpr std::string_view weekdays[] = {"Monday", "Friday", "Saturday"};

std::string figure(lcg& rng) {
  const std::uint32_t n = rng.below(120000);
  std::string digits = std::to_string(n);
  std::string out;
  const auto len = digits.size();
  for (std::size_t i = 0; i < len; ++i) {
    out += digits[i];
    if ((len - i - 1) % 3 == 0 && i + 1 < len) out += ',';
  }
  return out;
}

void append_sentence(lcg& rng, std::string& out) {
  const std::uint32_t words = 8 + rng.below(14);
  for (std::uint32_t w = 0; w < words; ++w) {
    if (w > 0) out += ' ';
    const std::uint32_t kind = rng.below(40);
    if (kind == 0) {
      out += hedges[rng.below(std::size(hedges))];
      out += ' ';
      out += figure(rng);
      out += ' ';
      out += nouns[rng.below(std::size(nouns))];
    } else if (kind == 1) {
      out += "$";
      out += std::to_string(1 + rng.below(90));
      out += '.';
      out += std::to_string(rng.below(10));
      out += rng.below(2) == 0 ? "bn" : " million";
    } else if (kind == 2) {
      out += std::to_string(rng.below(100));
      out += rng.below(2) == 0 ? "%" : " per cent";
    } else if (kind == 3) {
      out += months[rng.below(std::size(months))];
      out += ' ';
      out += std::to_string(1 + rng.below(28));
      out += ", ";
      out += std::to_string(2015 + rng.below(10));
    } else if (kind == 4) {
      out += "on ";
      out += weekdays[rng.below(std::size(weekdays))];
      out += " at ";
      out += std::to_string(rng.below(24));
      out += ':';
      out += std::to_string(10 + rng.below(50));
    } else if (kind == 5) {
      out += "tens of thousands of ";
      out += nouns[rng.below(std::size(nouns))];
    } else {
      out += prose[rng.below(std::size(prose))];
    }
  }
  out += ". ";
}

std::string make_corpus(std::size_t bytes) {
  lcg rng{20240601};
  std::string out;
  out.reserve(bytes + 512);
  std::uint32_t sentences = 0;
  while (out.size() < bytes) {
    append_sentence(rng, out);
    if (++sentences % 6 == 0) out += "\n\n";
  }
  return out;
}

constexpr bool is_word_byte(unsigned char b) {
  return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80;
}

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool w = is_word_byte(static_cast<unsigned char>(c));
    words += static_cast<std::size_t>(w && !in_word);
    in_word = w;
  }
  return words;
}

template <typename F>
double seconds(F&& f) {
  const auto start = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  const long megabytes = argc > 1 ? std::max(1L, std::strtol(argv[1], nullptr, 10)) : 20;
  const std::string corpus = make_corpus(static_cast<std::size_t>(megabytes) << 20);
  const double mb = static_cast<double>(corpus.size()) / 1e6;

  std::size_t words = 0;
  const double scan = seconds([&] { words = count_words(corpus); });
  std::size_t quantities = 0;
  const double quant = seconds([&] { quantities = factcheck::grammar::extract_quantities(corpus).size(); });
  std::size_t times = 0;
  const double time = seconds([&] {
    times = factcheck::grammar::extract_times(corpus, factcheck::grammar::time_context{}).size();
  });

  std::printf("corpus: %.1f MB, %zu words (deterministic, generated)\n", mb, words);
  std::printf("word scan:          %9.1f MB/s\n", mb / scan);
  std::printf("extract_quantities: %9.1f MB/s  (%zu quantities)  ratio to word scan: %.1fx slower\n",
              mb / quant, quantities, quant / scan);
  std::printf("extract_times:      %9.1f MB/s  (%zu expressions)  ratio to word scan: %.1fx slower\n",
              mb / time, times, time / scan);
  return 0;
}
