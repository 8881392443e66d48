// factcheck.toml: the built-in default, merging, and every error path (file, line and key).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "checker/config.hpp"
#include "checker/rules/registry.hpp"

namespace {

namespace fc = factcheck::checker;

fc::config parse_ok(std::string_view text) {
  auto parsed = fc::parse_config(text, "site.toml");
  if (auto* error = std::get_if<fc::config_error>(&parsed)) {
    ADD_FAILURE() << "unexpected error: " << error->message;
    return fc::default_config();
  }
  return std::get<fc::config>(std::move(parsed));
}

fc::config_error parse_error(std::string_view text) {
  auto parsed = fc::parse_config(text, "site.toml");
  if (auto* error = std::get_if<fc::config_error>(&parsed)) return *error;
  ADD_FAILURE() << "expected a configuration error for:\n" << text;
  return {};
}

bool has_person(const fc::config& c, std::string_view name) {
  return std::any_of(c.people.begin(), c.people.end(), [&](const fc::person& p) { return p.name == name; });
}

TEST(ConfigDefault, ParsesAndCarriesAGazetteer) {
  const auto& c = fc::default_config();
  EXPECT_EQ(c.source, "<built-in>");
  EXPECT_GE(c.people.size(), 12U);
  EXPECT_GE(c.entities.size(), 12U);
  EXPECT_EQ(c.house_style.at("Kiev"), "Kyiv");
  EXPECT_EQ(c.house_style.at("Odessa"), "Odesa");
  EXPECT_TRUE(c.use_default_gazetteer);
  EXPECT_EQ(c.from_default.people, c.people.size());
  EXPECT_EQ(c.from_default.entities, c.entities.size());
  EXPECT_EQ(c.from_default.house_style.size(), c.house_style.size());
  EXPECT_FALSE(c.boilerplate_patterns.empty());
  EXPECT_TRUE(c.ignore.empty());
  const auto draught = std::find_if(c.confusables.begin(), c.confusables.end(),
                                    [](const fc::confusable& x) { return x.word == "draught"; });
  ASSERT_NE(draught, c.confusables.end());
  EXPECT_EQ(draught->suggestion, "draft");
  EXPECT_NE(std::find(draught->context.begin(), draught->context.end(), "documents"), draught->context.end());
}

TEST(ConfigDefault, EveryConfusableIsWellFormed) {
  for (const auto& c : fc::default_config().confusables) {
    EXPECT_FALSE(c.word.empty());
    EXPECT_NE(c.word, c.suggestion);
    EXPECT_GE(c.window, 1);
    for (const auto& w : c.context) {
      // Context words are compared lower-cased.
      EXPECT_EQ(w, [&] {
        std::string lower = w;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
        return lower;
      }()) << c.word;
    }
  }
}

TEST(ConfigDefault, TitlesHaveOrderedDates) {
  for (const auto& p : fc::default_config().people) {
    EXPECT_FALSE(p.titles.empty()) << p.name;
    for (const auto& t : p.titles) {
      ASSERT_TRUE(t.from.has_value()) << p.name;
      EXPECT_TRUE(t.from->ok());
      if (t.to) {
        EXPECT_LT(std::chrono::sys_days{*t.from}, std::chrono::sys_days{*t.to}) << p.name;
      }
    }
  }
}

TEST(ConfigDefault, RuleSeveritiesMatchTheRegistry) {
  const auto& c = fc::default_config();
  EXPECT_EQ(c.rules.size(), fc::all_rules().size());
  for (const auto* r : fc::all_rules()) {
    EXPECT_TRUE(c.enabled(r->id())) << r->id();
    EXPECT_EQ(c.level_of(r->id(), fc::severity::error), r->default_severity()) << r->id();
  }
}

TEST(ConfigDefault, TextIsTheShippedFile) {
  std::ifstream in(std::string(FACTCHECK_SOURCE_DIR) + "/docs/factcheck.default.toml", std::ios::binary);
  std::string shipped((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(fc::default_config_text(), shipped);
}

TEST(ConfigMerge, ScalarsOverrideAndRulesMergeFieldByField) {
  const auto c = parse_ok(
      "[numeric]\n"
      "tolerance = 0.1\n"
      "same_time_window_days = 7\n"
      "[names]\n"
      "max_edit_distance = 1\n"
      "[dates]\n"
      "day_first = false\n"
      "[rules.wrong-word]\n"
      "severity = \"error\"\n"
      "[rules.duplicate-text]\n"
      "enabled = false\n");
  EXPECT_EQ(c.source, "site.toml");
  EXPECT_DOUBLE_EQ(c.numeric_tolerance, 0.1);
  EXPECT_EQ(c.same_time_window_days, 7);
  EXPECT_EQ(c.stale_after_days, fc::default_config().stale_after_days);
  EXPECT_EQ(c.max_edit_distance, 1);
  EXPECT_FALSE(c.day_first_dates);
  EXPECT_TRUE(c.enabled("wrong-word"));
  EXPECT_EQ(c.level_of("wrong-word", fc::severity::info), fc::severity::error);
  EXPECT_FALSE(c.enabled("duplicate-text"));
  EXPECT_EQ(c.level_of("duplicate-text", fc::severity::info), fc::severity::warning);
}

TEST(ConfigMerge, IntegerToleranceIsANumber) {
  EXPECT_DOUBLE_EQ(parse_ok("[numeric]\ntolerance = 0\n").numeric_tolerance, 0.0);
}

TEST(ConfigMerge, ListsAreAppendedAndSameNamesReplaced) {
  const auto& base = fc::default_config();
  const auto c = parse_ok(
      "[[person]]\n"
      "name = \"Maria Okonkwo-Hale\"\n"
      "variants = [\"Maria Okonkwo\"]\n"
      "titles = [{ title = \"Harbour Commissioner\", from = 2019-03-01 }]\n"
      "[[entity]]\n"
      "name = \"Port Alder\"\n"
      "kind = \"place\"\n"
      "variants = [\"Alder Harbour\"]\n"
      "[house_style]\n"
      "\"Alderport\" = \"Port Alder\"\n"
      "[[confusable]]\n"
      "word = \"draught\"\n"
      "suggestion = \"draft\"\n"
      "context = [\"memo\"]\n"
      "[[confusable]]\n"
      "word = \"birth\"\n"
      "suggestion = \"berth\"\n"
      "context = [\"ship\", \"vessel\"]\n"
      "window = 4\n"
      "position = \"before\"\n"
      "[boilerplate]\n"
      "patterns = [\"Harbour Live Ticker\"]\n"
      "[ignore]\n"
      "paths = [\"drafts/**\"]\n");
  EXPECT_EQ(c.people.size(), base.people.size() + 1);
  EXPECT_EQ(c.people.back().name, "Maria Okonkwo-Hale");
  ASSERT_EQ(c.people.back().titles.size(), 1U);
  EXPECT_EQ(*c.people.back().titles[0].from,
            std::chrono::year_month_day(std::chrono::year{2019}, std::chrono::March, std::chrono::day{1}));
  EXPECT_FALSE(c.people.back().titles[0].to.has_value());
  EXPECT_EQ(c.entities.size(), base.entities.size() + 1);
  EXPECT_EQ(c.house_style.at("Alderport"), "Port Alder");
  EXPECT_EQ(c.house_style.at("Kiev"), "Kyiv");
  EXPECT_EQ(c.confusables.size(), base.confusables.size() + 1);  // draught replaced, birth added
  const auto draught = std::find_if(c.confusables.begin(), c.confusables.end(),
                                    [](const fc::confusable& x) { return x.word == "draught"; });
  ASSERT_NE(draught, c.confusables.end());
  EXPECT_EQ(draught->context, std::vector<std::string>{"memo"});
  EXPECT_EQ(c.confusables.back().window, 4);
  EXPECT_EQ(c.confusables.back().position, fc::confusable::side::before);
  EXPECT_EQ(c.boilerplate_patterns.size(), base.boilerplate_patterns.size() + 1);
  EXPECT_EQ(c.ignore, std::vector<std::string>{"drafts/**"});
}

TEST(ConfigMerge, UserPersonReplacesTheDefaultEntry) {
  const auto& base = fc::default_config();
  ASSERT_TRUE(has_person(base, "Jens Stoltenberg"));
  const auto c = parse_ok(
      "[[person]]\nname = \"Jens Stoltenberg\"\nvariants = []\n"
      "titles = [{ title = \"Prime Minister\", from = 2005-10-17, to = 2013-10-16 }]\n");
  EXPECT_EQ(c.people.size(), base.people.size());
  EXPECT_EQ(c.people.back().titles[0].title, "Prime Minister");
  EXPECT_EQ(c.from_default.people, base.people.size() - 1);
  // Dropping the default keeps the user's own entry.
  auto dropped = c;
  fc::drop_default_gazetteer(dropped);
  ASSERT_EQ(dropped.people.size(), 1U);
  EXPECT_EQ(dropped.people[0].titles[0].title, "Prime Minister");
}

TEST(ConfigMerge, NoDefaultGazetteerKeepsOnlyTheUsersEntries) {
  const auto c = parse_ok(
      "[names]\nuse_default_gazetteer = false\n"
      "[[person]]\nname = \"Maria Okonkwo-Hale\"\n"
      "[house_style]\n\"Alderport\" = \"Port Alder\"\n");
  EXPECT_FALSE(c.use_default_gazetteer);
  ASSERT_EQ(c.people.size(), 1U);
  EXPECT_EQ(c.people[0].name, "Maria Okonkwo-Hale");
  EXPECT_TRUE(c.entities.empty());
  EXPECT_EQ(c.house_style.size(), 1U);
  // Copy-quality lists are not part of the gazetteer.
  EXPECT_EQ(c.confusables.size(), fc::default_config().confusables.size());
  EXPECT_EQ(c.boilerplate_patterns.size(), fc::default_config().boilerplate_patterns.size());
}

TEST(ConfigMerge, DropDefaultGazetteerOnTheDefault) {
  auto c = fc::default_config();
  fc::drop_default_gazetteer(c);
  EXPECT_FALSE(c.use_default_gazetteer);
  EXPECT_TRUE(c.people.empty());
  EXPECT_TRUE(c.entities.empty());
  EXPECT_TRUE(c.house_style.empty());
  EXPECT_FALSE(c.confusables.empty());
}

TEST(ConfigMerge, EmptyFileIsTheDefault) {
  const auto c = parse_ok("# nothing to change\n");
  EXPECT_EQ(c.people.size(), fc::default_config().people.size());
  EXPECT_EQ(c.confusables.size(), fc::default_config().confusables.size());
}

struct error_case {
  const char* name;
  const char* toml;
  std::uint32_t line;
  const char* key;
  const char* what;  // a part of the message
};

class ConfigErrors : public ::testing::TestWithParam<error_case> {};

TEST_P(ConfigErrors, NameFileLineAndKey) {
  const auto& param = GetParam();
  const auto e = parse_error(param.toml);
  EXPECT_EQ(e.path, "site.toml");
  EXPECT_EQ(e.line, param.line) << e.message;
  EXPECT_EQ(e.key, param.key) << e.message;
  const std::string prefix = std::string("site.toml:") + std::to_string(param.line) + ": ";
  EXPECT_EQ(e.message.rfind(prefix, 0), 0U) << e.message;
  if (*param.key != '\0') {
    EXPECT_NE(e.message.find(std::string("key '") + param.key + "'"), std::string::npos) << e.message;
  }
  EXPECT_NE(e.message.find(param.what), std::string::npos) << e.message;
}

INSTANTIATE_TEST_SUITE_P(
    Config, ConfigErrors,
    ::testing::Values(
        error_case{"UnknownTopLevelKey", "# site\ncolour = \"blue\"\n", 2, "colour", "unknown key"},
        error_case{"UnknownTopLevelTable", "[output]\nformat = \"json\"\n", 1, "output", "unknown key"},
        error_case{"UnknownKeyInNumeric", "[numeric]\ntolerance = 0.05\ntolerence = 0.1\n", 3,
                   "numeric.tolerence", "unknown key"},
        error_case{"UnknownKeyInNames", "[names]\nmax_distance = 3\n", 2, "names.max_distance", "unknown key"},
        error_case{"UnknownKeyInDates", "[dates]\nmonth_first = true\n", 2, "dates.month_first", "unknown key"},
        error_case{"UnknownKeyInRule", "[rules.wrong-word]\nenabled = true\nlevel = \"info\"\n", 3,
                   "rules.wrong-word.level", "unknown key"},
        error_case{"UnknownKeyInPerson", "[[person]]\nname = \"A B\"\nnickname = \"AB\"\n", 3,
                   "person[0].nickname", "unknown key"},
        error_case{"UnknownKeyInTitle",
                   "[[person]]\nname = \"A B\"\ntitles = [{ title = \"Mayor\", since = 2020-01-01 }]\n", 3,
                   "person[0].titles[0].since", "unknown key"},
        error_case{"UnknownKeyInEntity", "[[entity]]\nname = \"X\"\ntype = \"place\"\n", 3, "entity[0].type",
                   "unknown key"},
        error_case{"UnknownKeyInConfusable",
                   "[[confusable]]\nword = \"a\"\nsuggestion = \"b\"\nwindoe = 2\n", 4,
                   "confusable[0].windoe", "unknown key"},
        error_case{"UnknownKeyInBoilerplate", "[boilerplate]\nphrases = [\"x\"]\n", 2, "boilerplate.phrases",
                   "unknown key"},
        error_case{"UnknownKeyInIgnore", "[ignore]\nfiles = [\"x\"]\n", 2, "ignore.files", "unknown key"},
        error_case{"UnknownRule", "\n[rules.spelling]\nenabled = false\n", 2, "rules.spelling",
                   "unknown rule 'spelling'"},
        error_case{"BadSeverity", "[rules.misquote]\nseverity = \"fatal\"\n", 2, "rules.misquote.severity",
                   "unknown severity 'fatal'"},
        error_case{"SeverityNotAString", "[rules.misquote]\nseverity = 2\n", 2, "rules.misquote.severity",
                   "expected a string, found an integer"},
        error_case{"EnabledNotABoolean", "[rules.misquote]\nenabled = \"no\"\n", 2, "rules.misquote.enabled",
                   "expected a boolean"},
        error_case{"RuleNotATable", "[rules]\nmisquote = false\n", 2, "rules.misquote", "expected a table"},
        error_case{"ToleranceNotANumber", "[numeric]\ntolerance = \"2%\"\n", 2, "numeric.tolerance",
                   "expected a number, found a string"},
        error_case{"ToleranceOutOfRange", "[numeric]\ntolerance = 3.5\n", 2, "numeric.tolerance",
                   "must be between"},
        error_case{"WindowNotAnInteger", "[numeric]\nsame_time_window_days = 2.5\n", 2,
                   "numeric.same_time_window_days", "expected an integer"},
        error_case{"NegativeWindow", "[numeric]\nstale_after_days = -1\n", 2, "numeric.stale_after_days",
                   "must be between"},
        error_case{"SectionNotATable", "numeric = 0.5\n", 1, "numeric", "expected a table"},
        error_case{"PersonNotAnArray", "[person]\nname = \"A B\"\n", 1, "person", "expected an array of tables"},
        error_case{"PersonWithoutName", "[[person]]\nvariants = [\"A\"]\n", 1, "person[0].name", "missing"},
        error_case{"VariantsNotStrings", "[[person]]\nname = \"A B\"\nvariants = [\"A\", 3]\n", 3,
                   "person[0].variants[1]", "expected a string"},
        error_case{"DateAsString",
                   "[[person]]\nname = \"A B\"\ntitles = [{ title = \"Mayor\", from = \"2020-01-01\" }]\n", 3,
                   "person[0].titles[0].from", "expected a date"},
        error_case{"DateRangeReversed",
                   "[[person]]\nname = \"A B\"\n\ntitles = [\n  { title = \"Mayor\", from = 2020-01-01, to = 2019-01-01 },\n]\n",
                   5, "person[0].titles[0].to", "before the start date"},
        error_case{"ImpossibleDate",
                   "[[person]]\nname = \"A B\"\ntitles = [{ title = \"Mayor\", from = 2021-02-30 }]\n", 3, "",
                   "TOML syntax error"},
        error_case{"TitleWithoutTitle", "[[person]]\nname = \"A B\"\ntitles = [{ from = 2020-01-01 }]\n", 3,
                   "person[0].titles[0].title", "missing"},
        error_case{"BadEntityKind", "[[entity]]\nname = \"X\"\nkind = \"river\"\n", 3, "entity[0].kind",
                   "unknown kind 'river'"},
        error_case{"ConfusableWithoutSuggestion", "[[confusable]]\nword = \"a\"\n", 1,
                   "confusable[0].suggestion", "missing"},
        error_case{"BadPosition", "[[confusable]]\nword = \"a\"\nsuggestion = \"b\"\nposition = \"near\"\n", 4,
                   "confusable[0].position", "unknown position 'near'"},
        error_case{"HouseStyleNotAString", "[house_style]\n\"Alderport\" = 1\n", 2, "house_style.Alderport",
                   "expected a string"},
        error_case{"PatternsNotAnArray", "[boilerplate]\npatterns = \"Show More\"\n", 2, "boilerplate.patterns",
                   "expected an array of strings"},
        error_case{"SyntaxErrorUnclosedTable", "[numeric]\ntolerance = 0.1\n[names\n", 3, "",
                   "TOML syntax error"},
        error_case{"SyntaxErrorDuplicateKey", "[numeric]\ntolerance = 0.1\ntolerance = 0.2\n", 3, "",
                   "TOML syntax error"}),
    [](const ::testing::TestParamInfo<error_case>& param_info) { return std::string(param_info.param.name); });

class ConfigSearch : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = std::filesystem::temp_directory_path() /
            ("factcheck_config_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(root_);
    std::filesystem::create_directories(root_ / "desk" / "politics" / "today");
  }
  void TearDown() override { std::filesystem::remove_all(root_); }

  void write(const std::filesystem::path& file, std::string_view text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
  }

  std::filesystem::path root_;
};

TEST_F(ConfigSearch, FindsTheFileInAParentDirectory) {
  write(root_ / "desk" / "factcheck.toml", "[numeric]\nstale_after_days = 30\n");
  auto loaded = fc::load_config(std::nullopt, root_ / "desk" / "politics" / "today");
  ASSERT_TRUE(std::holds_alternative<fc::config>(loaded));
  const auto& c = std::get<fc::config>(loaded);
  EXPECT_EQ(c.stale_after_days, 30);
  EXPECT_EQ(std::filesystem::path(c.source), std::filesystem::absolute(root_ / "desk" / "factcheck.toml"));
}

TEST_F(ConfigSearch, TheNearestFileWins) {
  write(root_ / "desk" / "factcheck.toml", "[numeric]\nstale_after_days = 30\n");
  write(root_ / "desk" / "politics" / "factcheck.toml", "[numeric]\nstale_after_days = 9\n");
  auto loaded = fc::load_config(std::nullopt, root_ / "desk" / "politics" / "today");
  ASSERT_TRUE(std::holds_alternative<fc::config>(loaded));
  EXPECT_EQ(std::get<fc::config>(loaded).stale_after_days, 9);
}

TEST_F(ConfigSearch, NoFileMeansTheDefault) {
  auto loaded = fc::load_config(std::nullopt, root_ / "desk");
  ASSERT_TRUE(std::holds_alternative<fc::config>(loaded));
  EXPECT_EQ(std::get<fc::config>(loaded).source, "<built-in>");
}

TEST_F(ConfigSearch, ExplicitPathWinsOverTheSearch) {
  write(root_ / "desk" / "factcheck.toml", "[numeric]\nstale_after_days = 30\n");
  write(root_ / "other.toml", "[numeric]\nstale_after_days = 2\n");
  auto loaded = fc::load_config(root_ / "other.toml", root_ / "desk");
  ASSERT_TRUE(std::holds_alternative<fc::config>(loaded));
  EXPECT_EQ(std::get<fc::config>(loaded).stale_after_days, 2);
}

TEST_F(ConfigSearch, MissingExplicitFileIsAnError) {
  auto loaded = fc::load_config(root_ / "absent.toml", root_);
  ASSERT_TRUE(std::holds_alternative<fc::config_error>(loaded));
  EXPECT_NE(std::get<fc::config_error>(loaded).message.find("absent.toml"), std::string::npos);
}

TEST_F(ConfigSearch, ErrorsNameTheFoundFile) {
  const auto file = root_ / "desk" / "factcheck.toml";
  write(file, "[numeric]\n\nwindow = 3\n");
  auto loaded = fc::load_config(std::nullopt, root_ / "desk" / "politics");
  ASSERT_TRUE(std::holds_alternative<fc::config_error>(loaded));
  const auto& e = std::get<fc::config_error>(loaded);
  EXPECT_EQ(e.message, std::filesystem::absolute(file).string() + ":3: key 'numeric.window': unknown key");
}

}  // namespace

namespace {

TEST(ConfigUnits, UnitTablesAreAccepted) {
  // Read into the lexicon by the caller (cli/main.cpp, grammar::extend_units); checked here.
  const auto settings = parse_ok(R"(
[[unit]]
id = "furlong"
dimension = "length"
factor = 201.168
names = ["furlong"]
plurals = ["furlongs"]

[[unit]]
id = "GHS"
dimension = "currency"
names = ["cedi"]
)");
  EXPECT_EQ(settings.source, "site.toml");
}

TEST(ConfigUnits, ABadUnitNamesFileAndLine) {
  const auto error = parse_error("# units\n\n[[unit]]\nid = \"league\"\ndimension = \"length\"\nfactor = -3.0\n");
  EXPECT_EQ(error.key, "unit");
  EXPECT_EQ(error.line, 3u);
  EXPECT_NE(error.message.find("site.toml:3:"), std::string::npos) << error.message;
  EXPECT_NE(error.message.find("league"), std::string::npos) << error.message;
}

}  // namespace
