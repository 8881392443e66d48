#include "checker/model/sorted_set.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using factcheck::checker::shared_count;
using strings = std::vector<std::string>;

TEST(SortedSet, SharedCountCountsCommonElements) {
  EXPECT_EQ(
      shared_count(strings{"Kyiv", "Moscow", "Ukraine"}, strings{"Kyiv", "Ukraine", "Warsaw"}), 2U);
}

TEST(SortedSet, SharedCountIsZeroForDisjointOrEmptySets) {
  EXPECT_EQ(shared_count(strings{"Athens", "Greece"}, strings{"Lisbon", "Portugal"}), 0U);
  EXPECT_EQ(shared_count(strings{}, strings{"Lisbon"}), 0U);
  EXPECT_EQ(shared_count(strings{"Lisbon"}, strings{}), 0U);
}

TEST(SortedSet, SharedCountIsSymmetricAndCountsASubsetWhole) {
  const strings small{"Oslo"};
  const strings large{"Bergen", "Norway", "Oslo", "Trondheim"};
  EXPECT_EQ(shared_count(small, large), 1U);
  EXPECT_EQ(shared_count(large, small), 1U);
  EXPECT_EQ(shared_count(large, large), 4U);
}

TEST(SortedSet, SharedCountWorksOnNumbers) {
  EXPECT_EQ(shared_count(std::vector<int>{1, 3, 5, 7, 9}, std::vector<int>{2, 3, 4, 9, 10}), 2U);
}

}  // namespace
