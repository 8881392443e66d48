// The map/reduce split (issue 13, docs/scale-out.md): the model survives claims-jsonl
// losslessly, the reduce reuses the map's work only when its inputs are unchanged, and lines
// from any number of shards in any order give the findings of a direct run.

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "checker/check.hpp"
#include "checker/split/claims_jsonl.hpp"
#include "checker/split/codec.hpp"
#include "text/ingest.hpp"

namespace {

using namespace factcheck;
using checker::split::encode;

// Four articles about one invented event: conflicting figures, a misspelled name, two
// wordings of a quotation, a JSON Lines record with a stated date and an undated article
// whose date is inferred from the others.
std::vector<std::pair<std::string, std::string>> sample_files() {
  return {
      {"desk/a_wire.txt",
       "Ferry capsizes off Marlow Point\n\nMarch 3, 2024\n\n"
       "At least 40 passengers were rescued on Sunday after the ferry Silver Gull capsized off "
       "Marlow Point, harbour master Edith Corran said.\n\n"
       "\"The crew acted quickly and saved lives,\" Corran said.\n"},
      {"desk/b_local.md",
       "# Silver Gull ferry accident\n\nMarch 4, 2024\n\n"
       "Rescuers pulled 25 passengers from the water on Sunday off Marlow Point, harbour "
       "master Edith Coran said.\n\n"
       "\"The crew acted very quickly and saved many lives,\" Corran said.\n"},
      {"desk/c_feed.jsonl",
       "{\"id\": \"c1\", \"text\": \"Twelve passengers remain missing after the Silver Gull "
       "capsized off Marlow Point on Sunday.\", \"date\": \"2024-03-05\"}\n"
       "{\"id\": \"c2\", \"text\": \"Divers searched the hull of the Silver Gull on Monday.\"}\n"},
      {"desk/d_undated.txt",
       "Ferry inquiry opens\n\n"
       "An inquiry into the Silver Gull disaster at Marlow Point opened yesterday, a week after "
       "41 passengers were rescued.\n"},
  };
}

std::vector<text::article> sample_articles() {
  std::vector<text::article> out;
  for (const auto& [path, bytes] : sample_files()) {
    auto r = text::ingest_bytes(path, bytes);
    for (auto& a : r.articles) out.push_back(std::move(a));
  }
  return out;
}

std::string map_lines(const std::vector<text::article>& articles) {
  const auto shard = checker::analyze(articles, checker::default_config(), {});
  std::ostringstream out;
  checker::split::write_claims_jsonl(shard, out);
  return out.str();
}

checker::split::claims_corpus reduce_input(const std::string& lines) {
  checker::split::claims_reader reader;
  std::istringstream in(lines);
  EXPECT_EQ(reader.add(in, "lines"), std::nullopt);
  auto read = reader.finish();
  if (auto* error = std::get_if<std::string>(&read)) ADD_FAILURE() << *error;
  return std::get<checker::split::claims_corpus>(std::move(read));
}

std::string findings_text(const std::vector<checker::finding>& findings) {
  std::string out;
  for (const auto& f : findings) {
    out += f.rule + " " + f.where.path + ":" + std::to_string(f.where.begin.line) + ":" +
           std::to_string(f.where.begin.column) + " " + f.message + " [" +
           std::to_string(f.related.size()) + " related] " + f.context + "\n";
  }
  return out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(SplitCodec, DoublesRoundTripBitForBit) {
  const double values[] = {0.0,
                           -0.0,
                           0.1,
                           1.0 / 3.0,
                           94300.0,
                           1e-300,
                           std::numeric_limits<double>::denorm_min(),
                           std::numeric_limits<double>::max(),
                           std::numeric_limits<double>::infinity(),
                           -std::numeric_limits<double>::infinity()};
  for (const double v : values) {
    const auto text = encode(v).dump();
    double back = 12345;
    checker::split::decode(checker::split::json::parse(text), back);
    EXPECT_EQ(std::bit_cast<std::uint64_t>(back), std::bit_cast<std::uint64_t>(v)) << text;
  }
  double nan = 0;
  checker::split::decode(encode(std::numeric_limits<double>::quiet_NaN()), nan);
  EXPECT_TRUE(std::isnan(nan));
}

// A frame field of a type added later is carried like the others.
struct probe {
  std::set<std::string> words;
  std::array<int, 2> pair{};
  std::optional<double> bound;
  std::map<std::string, int> counts;
  std::vector<std::pair<std::string, double>> weights;
};

TEST(SplitCodec, ContainersRoundTrip) {
  probe p{{"b", "a"}, {3, -4}, -std::numeric_limits<double>::infinity(), {{"k", 2}}, {{"w", 0.5}}};
  probe back;
  checker::split::decode(checker::split::json::parse(encode(p).dump()), back);
  EXPECT_EQ(back.words, p.words);
  EXPECT_EQ(back.pair, p.pair);
  EXPECT_EQ(back.bound, p.bound);
  EXPECT_EQ(back.counts, p.counts);
  EXPECT_EQ(back.weights, p.weights);
  EXPECT_EQ(encode(back), encode(p));
}

TEST(SplitCodec, ARecordOfTheWrongShapeIsAnError) {
  grammar::quantity q;
  EXPECT_THROW(checker::split::decode(checker::split::json::parse("[1, 2]"), q),
               checker::split::codec_error);
  EXPECT_THROW(checker::split::decode(checker::split::json::parse("\"x\""), q.value),
               checker::split::codec_error);
}

TEST(SplitModel, ArticlesAndClaimsRoundTripThroughClaimsJsonl) {
  const auto articles = sample_articles();
  const auto direct = checker::analyze(articles, checker::default_config(), {});
  ASSERT_FALSE(direct.claims.empty());
  const auto rebuilt = reduce_input(map_lines(articles));
  ASSERT_EQ(rebuilt.articles.size(), articles.size());
  std::size_t claim = 0;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const auto& a = articles[i];
    const auto& b = rebuilt.articles[i];
    EXPECT_EQ(b.path, a.path);
    EXPECT_EQ(b.format, a.format);
    EXPECT_EQ(b.text, a.text);
    EXPECT_EQ(*b.original, *a.original);
    EXPECT_EQ(b.stated_date, a.stated_date);
    for (std::uint32_t at = 0; at <= a.text.size(); ++at) {
      ASSERT_EQ(b.locate(at), a.locate(at)) << a.path << " offset " << at;
    }
    const auto& cached = rebuilt.cache[i];
    EXPECT_TRUE(cached.present);
    EXPECT_EQ(encode(cached.state), encode(direct.articles[i])) << a.path;
    for (const auto& c : cached.claims) {
      ASSERT_LT(claim, direct.claims.size());
      auto expected = direct.claims[claim++];
      EXPECT_EQ(expected.article, i);
      expected.article = c.article;  // rewritten by the reduce
      EXPECT_EQ(encode(c), encode(expected));
    }
  }
  EXPECT_EQ(claim, direct.claims.size());
}

TEST(SplitReduce, ShardsAndShuffledLinesGiveTheFindingsOfADirectRun) {
  const auto articles = sample_articles();
  const auto direct = checker::analyze(articles, checker::default_config(), {});
  const std::string expected = findings_text(checker::run_rules(direct));
  ASSERT_FALSE(expected.empty());

  // Two shards, each analyzed alone (the undated articles see only their shard's
  // datelines); the records of the JSON Lines file are split between them.
  std::vector<text::article> first;
  std::vector<text::article> second;
  std::size_t k = 0;
  for (const auto& [path, bytes] : sample_files()) {
    for (auto& a : text::ingest_bytes(path, bytes).articles) {
      (k++ % 2 == 0 ? second : first).push_back(std::move(a));
    }
  }
  auto lines = lines_of(map_lines(first) + map_lines(second));
  std::mt19937 random(13);
  std::shuffle(lines.begin(), lines.end(), random);
  std::string shuffled;
  for (const auto& l : lines) shuffled += l + "\n";

  const auto input = reduce_input(shuffled);
  const auto corpus = checker::analyze(input.articles, checker::default_config(), {}, input.cache);
  EXPECT_EQ(findings_text(checker::run_rules(corpus)), expected);
}

TEST(SplitReduce, ReusesTheMapExtractionOnlyWhenItsInputsAreUnchanged) {
  const auto articles = sample_articles();
  auto input = reduce_input(map_lines(articles));
  auto& state = input.cache[0].state;
  ASSERT_FALSE(state.quantities.empty());
  ASSERT_FALSE(state.times.empty());
  // Markers only the cache can have put there.
  state.quantities[0].value = 777777;
  state.times[0].value = "marker";
  auto analyzed = [&] {
    return checker::analyze(input.articles, checker::default_config(), {}, input.cache);
  };
  {
    const auto corpus = analyzed();
    EXPECT_EQ(corpus.articles[0].quantities[0].value, 777777);
    EXPECT_EQ(corpus.articles[0].times[0].value, "marker");
  }
  // Another reference date: the times are resolved again, the other extractions stand.
  state.reference = std::chrono::year{2020} / 1 / 1;
  {
    const auto corpus = analyzed();
    EXPECT_EQ(corpus.articles[0].quantities[0].value, 777777);
    EXPECT_NE(corpus.articles[0].times[0].value, "marker");
  }
  // Other blocks (another classification): everything is extracted again.
  state.blocks.back().kind = text::block_kind::boilerplate;
  const auto corpus = analyzed();
  EXPECT_NE(corpus.articles[0].quantities[0].value, 777777);
}

TEST(SplitReduce, ClaimsAreBuiltAgainUnderAnotherConfiguration) {
  const auto articles = sample_articles();
  auto input = reduce_input(map_lines(articles));
  ASSERT_FALSE(input.cache[0].claims.empty());
  input.cache[0].claims[0].subject = "marker";
  const auto reused = checker::analyze(input.articles, checker::default_config(), {}, input.cache);
  EXPECT_EQ(reused.claims[0].subject, "marker");
  input.cache[0].settings_digest ^= 1U;
  const auto rebuilt = checker::analyze(input.articles, checker::default_config(), {}, input.cache);
  EXPECT_NE(rebuilt.claims[0].subject, "marker");
}

TEST(SplitReader, BadLinesAreNamedWithTheirInputAndLine) {
  const auto lines = lines_of(map_lines(sample_articles()));
  ASSERT_GE(lines.size(), 3U);
  auto error_of = [](const std::string& text) -> std::string {
    checker::split::claims_reader reader;
    std::istringstream in(text);
    if (auto e = reader.add(in, "part-7")) return *e;
    auto done = reader.finish();
    if (auto* e = std::get_if<std::string>(&done)) return *e;
    return "";
  };
  EXPECT_NE(error_of(lines[0] + "\nno tab here\n").find("part-7:2: not a claims-jsonl line"),
            std::string::npos);
  EXPECT_NE(error_of(lines[0] + "\n" + lines[0] + "\n").find("was already given at part-7:1"),
            std::string::npos);
  EXPECT_NE(error_of("k\t{\"t\": \"claim\"}\n").find("part-7:1: bad claims-jsonl record"),
            std::string::npos);
  // The first article's record without its claim lines.
  EXPECT_NE(error_of(lines[0] + "\n").find("claim lines were given"), std::string::npos);
  // A claim line without its article.
  EXPECT_NE(error_of(lines[1] + "\n").find("whose article record was not given"),
            std::string::npos);
}

}  // namespace
