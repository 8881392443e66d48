// gen_corpus: writes a generated corpus (bench/story_generator.hpp) to a directory, one
// article per file, for running the real binary on it (bench/scale.sh, the scale test).
//
// Usage: gen_corpus --shape same|distinct (--articles N | --mb X) [--stories K] [--seed S] DIR
// Prints the number of articles and bytes written. Exit 2 on bad usage or a write error.

#include <fmt/format.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "bench/story_generator.hpp"

namespace {

int usage(std::string_view why) {
  fmt::print(stderr,
             "gen_corpus: {}\nusage: gen_corpus --shape same|distinct (--articles N | --mb X) "
             "[--stories K] [--seed S] DIR\n",
             why);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace factcheck::bench;
  story_corpus_options options;
  options.articles = 0;
  double megabytes = 0;
  std::string dir;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    if (arg == "--shape") {
      const char* v = value();
      if (v == nullptr) return usage("--shape needs a value");
      if (std::string_view(v) == "same") {
        options.shape = story_shape::same;
      } else if (std::string_view(v) == "distinct") {
        options.shape = story_shape::distinct;
      } else {
        return usage(fmt::format("unknown shape '{}'", v));
      }
    } else if (arg == "--articles" || arg == "--mb" || arg == "--stories" || arg == "--seed") {
      const char* v = value();
      if (v == nullptr) return usage(fmt::format("{} needs a value", arg));
      char* end = nullptr;
      if (arg == "--mb") {
        megabytes = std::strtod(v, &end);
      } else {
        const auto n = std::strtoull(v, &end, 10);
        if (arg == "--articles") options.articles = n;
        if (arg == "--stories") options.same_stories = n;
        if (arg == "--seed") options.seed = n;
      }
      if (end == v || *end != '\0') return usage(fmt::format("bad number '{}'", v));
    } else if (!arg.empty() && arg[0] != '-' && dir.empty()) {
      dir = arg;
    } else {
      return usage(fmt::format("unexpected argument '{}'", arg));
    }
  }
  if (dir.empty()) return usage("no output directory");
  if ((options.articles == 0) == (megabytes <= 0)) return usage("give one of --articles, --mb");

  const auto limit = static_cast<std::uint64_t>(megabytes * 1024 * 1024);
  if (options.articles == 0) {
    // The story count of the distinct shape depends on the article count: estimate it from
    // the mean article size, then write exactly that many.
    std::uint64_t sample = 0;
    options.articles = 200;
    for (std::size_t i = 0; i < 200; ++i) sample += story_article(options, i).second.size();
    options.articles = std::max<std::size_t>(1, static_cast<std::size_t>(limit * 200 / sample));
  }
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return usage(fmt::format("cannot create {}: {}", dir, ec.message()));
  std::uint64_t bytes = 0;
  for (std::size_t i = 0; i < options.articles; ++i) {
    auto [path, text] = story_article(options, i);
    std::ofstream out(std::filesystem::path(dir) / path, std::ios::binary);
    out << text;
    if (!out) {
      fmt::print(stderr, "gen_corpus: cannot write {}/{}\n", dir, path);
      return 2;
    }
    bytes += text.size();
  }
  fmt::print("{} articles, {} bytes, {} stories\n", options.articles, bytes, story_count(options));
  return 0;
}
