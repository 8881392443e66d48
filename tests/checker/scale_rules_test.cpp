// The name and quotation rules on a fact that many sources share: findings list a bounded
// number of related locations and name the rest by count, and a quotation repeated word for
// word by many sources is compared once per wording.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "checker/model/name_index.hpp"
#include "names_support.hpp"

namespace {

namespace fc = factcheck::checker;
using factcheck::testing::dated_text;
using factcheck::testing::make_corpus;

std::vector<dated_text> harbour_reports(int sources) {
  std::vector<dated_text> texts;
  for (int i = 0; i < sources; ++i) {
    texts.push_back({"s" + std::to_string(i),
                     "Interior Minister Tomasz Weraldi closed the north pier on Monday.\n\n"
                     "\"We will reopen the north pier once the divers have checked every pile "
                     "under the deck,\" Interior Minister Tomasz Weraldi said.\n",
                     "2031-05-06"});
  }
  return texts;
}

TEST(ScaleRules, RoleConflictListsAFewSourcesAndCountsTheRest) {
  auto texts = harbour_reports(40);
  texts.push_back({"odd",
                   "Defence Minister Tomasz Weraldi closed the north pier on Monday.\n",
                   "2031-05-06"});
  const auto c = make_corpus(texts);
  fc::finding_sink sink;
  fc::find_rule("role-conflict")->run(c.corpus, sink);
  ASSERT_EQ(sink.findings().size(), 1U);
  const auto& f = sink.findings().front();
  EXPECT_EQ(f.related.size(), fc::max_related);
  EXPECT_NE(f.message.find("and 35 more"), std::string::npos) << f.message;
}

TEST(ScaleRules, MisquoteFlagsEveryCopyOfAChangedWordingOnce) {
  auto texts = harbour_reports(30);
  for (int i = 0; i < 3; ++i) {
    texts.push_back({"changed" + std::to_string(i),
                     "\"We will reopen the north pier once the divers have inspected every pile "
                     "under the deck,\" Interior Minister Tomasz Weraldi said.\n",
                     "2031-05-06"});
  }
  const auto c = make_corpus(texts);
  const auto found = c.findings("misquote");
  ASSERT_EQ(found.size(), 3U);
  for (const auto& f : found) {
    EXPECT_EQ(f.rfind("changed", 0), 0U) << f;
    EXPECT_NE(f.find("'have inspected every' here, 'have checked every' there"), std::string::npos) << f;
  }
}

}  // namespace
