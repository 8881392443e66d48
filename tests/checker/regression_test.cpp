// Regressions found by fuzzing; each reads its reproducer from fixtures/regressions/<name>/.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "checker/check.hpp"
#include "text/ingest.hpp"

namespace {

// Sanitizer builds (ASan+UBSan, Debug) run about ten times slower: the box widens with them.
#if defined(__SANITIZE_ADDRESS__)
constexpr int sanitizer_factor = 10;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int sanitizer_factor = 10;
#else
constexpr int sanitizer_factor = 1;
#endif
#else
constexpr int sanitizer_factor = 1;
#endif

// Two articles, each one long capitalized token: the misspelling index used to store every
// two-letter deletion of the token (cubic memory; 4.5 GB for 64 KiB).
TEST(Regression, EntityDeletionKeysStayBoundedOnLongTokens) {
  std::string token = "Ab";
  while (token.size() < 20000) token += "ab";
  std::vector<factcheck::text::article> articles;
  for (const char* name : {"a.txt", "b.txt"}) {
    auto r = factcheck::text::ingest_bytes(name, token + (name[0] == 'a' ? "x" : "y") + "\n");
    for (auto& a : r.articles) articles.push_back(std::move(a));
  }
  const auto start = std::chrono::steady_clock::now();
  const auto corpus =
      factcheck::checker::analyze(articles, factcheck::checker::default_config());
  const auto findings = factcheck::checker::run_rules(corpus);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  for (const auto& f : findings) EXPECT_NE(f.rule, "entity-misspelling") << f.message;
  EXPECT_LT(elapsed, std::chrono::seconds(30) * sanitizer_factor);
}

}  // namespace
