// word_scan: the floor of any per-word tool, measured over the same bytes as the whole-process
// runs of bench/run.sh. Reads each file (a file, or every file of a directory), counts words
// (runs of ASCII letters and digits or bytes >= 0x80) with one pass of plain C++, and prints
//   MB/s words
// Reading is counted in the time, as it is for the whole process.
//
//   word_scan PATH...

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

constexpr std::array<bool, 256> word_bytes = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[static_cast<std::size_t>(c)] =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
  }
  return t;
}();

std::uint64_t count_words(const std::string& bytes) {
  std::uint64_t words = 0;
  bool in_word = false;
  for (const char c : bytes) {
    const bool w = word_bytes[static_cast<unsigned char>(c)];
    words += static_cast<std::uint64_t>(w && !in_word);
    in_word = w;
  }
  return words;
}

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::error_code ec;
    if (fs::is_directory(argv[i], ec)) {
      for (const auto& e : fs::recursive_directory_iterator(argv[i])) {
        if (e.is_regular_file()) files.push_back(e.path().string());
      }
    } else {
      files.emplace_back(argv[i]);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: word_scan PATH...\n");
    return 2;
  }
  std::sort(files.begin(), files.end());
  const auto start = std::chrono::steady_clock::now();
  std::uint64_t bytes = 0, words = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary | std::ios::ate);
    std::string content(static_cast<std::size_t>(std::max<std::streamoff>(0, in.tellg())), '\0');
    in.seekg(0);
    in.read(content.data(), static_cast<std::streamsize>(content.size()));
    bytes += content.size();
    words += count_words(content);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%.2f %llu\n", static_cast<double>(bytes) / 1e6 / seconds,
              static_cast<unsigned long long>(words));
  return 0;
}
