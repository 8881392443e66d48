// The HTML report in headless Chromium: it loads without console messages or network
// requests, shows side-by-side evidence for the seeds, and hostile article text runs nothing.
// A probe page first shows that this harness does see scripts run and requests go out.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>

#include "cli_harness.hpp"

namespace {

namespace fs = std::filesystem;
using factcheck::testing::run_factcheck;
using factcheck::testing::slurp;

constexpr const char* chromium = "/usr/bin/chromium";

struct page {
  std::string dom;     // --dump-dom
  std::string log;     // stderr with --enable-logging: console messages appear as CONSOLE lines
  std::string netlog;  // --log-net-log: every request Chromium made
};

class BrowserReport : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(chromium))
      GTEST_SKIP() << chromium << " is not installed (tools/install-deps.sh installs it)";
    dir_ = fs::path(::testing::TempDir()) /
           ("factcheck_browser_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "profile");
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }

  page load(const fs::path& html) {
    const fs::path dom = dir_ / "dom.html";
    const fs::path log = dir_ / "chromium.log";
    const fs::path net = dir_ / "net.json";
    // Every host resolves to nothing, so even a request that slipped out could not leave the
    // machine; the net log still records that it was attempted.
    const std::string cmd =
        std::string("timeout 120 ") + chromium +
        " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
        " --disable-background-networking --disable-component-update --disable-sync"
        " --host-resolver-rules='MAP * ~NOTFOUND' --enable-logging=stderr --v=0"
        " --user-data-dir='" +
        (dir_ / "profile").string() + "'" + " --log-net-log='" + net.string() + "'" +
        " --dump-dom 'file://" + html.string() + "' >'" + dom.string() + "' 2>'" + log.string() +
        "'";
    const int status = std::system(cmd.c_str());
    EXPECT_EQ(status, 0) << slurp(log.string());
    return {slurp(dom.string()), slurp(log.string()), slurp(net.string())};
  }

  // http(s) hosts in the net log other than Chromium's own background services.
  static std::set<std::string> page_hosts(const std::string& netlog) {
    static const std::regex url(R"re(https?://([A-Za-z0-9.~-]+))re");
    static const std::regex chromium_own(
        R"re((^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com|~notfound)$)re");
    std::set<std::string> hosts;
    for (auto it = std::sregex_iterator(netlog.begin(), netlog.end(), url);
         it != std::sregex_iterator(); ++it) {
      const std::string host = (*it)[1].str();
      if (!std::regex_search(host, chromium_own)) hosts.insert(host);
    }
    return hosts;
  }

  static std::size_t console_lines(const std::string& log) {
    std::size_t n = 0;
    for (auto at = log.find(":CONSOLE"); at != std::string::npos; at = log.find(":CONSOLE", at + 1))
      ++n;
    return n;
  }

  fs::path dir_;
};

TEST_F(BrowserReport, ProbeShowsTheHarnessSeesScriptsConsoleAndRequests) {
  const fs::path probe = dir_ / "probe.html";
  std::ofstream(probe)
      << "<!DOCTYPE html><html><head><title>before</title></head><body>"
         "<img src=\"http://probe.invalid/pixel.png\">"
         "<script>console.error('probe'); document.title = 'ran';</script></body></html>";
  const auto p = load(probe);
  EXPECT_NE(p.dom.find("<title>ran</title>"), std::string::npos) << p.dom;
  EXPECT_GE(console_lines(p.log), 1u);
  EXPECT_EQ(page_hosts(p.netlog).count("probe.invalid"), 1u);
}

TEST_F(BrowserReport, SeedsReportLoadsOfflineWithSideBySideEvidence) {
  const fs::path seeds = fs::path(FACTCHECK_SHARED_DIR) / "seeds";
  if (!fs::exists(seeds)) GTEST_SKIP() << "no seeds at " << seeds;
  const fs::path report = dir_ / "seeds.html";
  const auto r = run_factcheck("--report html --fail-on none -o '" + report.string() + "' seeds",
                               FACTCHECK_SHARED_DIR);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto p = load(report);
  EXPECT_NE(p.dom.find("<title>factcheck report</title>"), std::string::npos);
  EXPECT_EQ(console_lines(p.log), 0u) << p.log;
  EXPECT_TRUE(page_hosts(p.netlog).empty()) << ::testing::PrintToString(page_hosts(p.netlog));
  // A finding with the conflicting sources side by side: this one and at least one other,
  // each with its path.
  const std::regex evidence(
      R"re(<div class="sources"><div class="src this">.*?seeds/[^<]*</span>.*?</div></div><div class="src">.*?seeds/)re");
  EXPECT_TRUE(std::regex_search(p.dom, evidence)) << "no side-by-side evidence in the seeds report";
}

TEST_F(BrowserReport, HostileArticleTextExecutesNothing) {
  const fs::path input = dir_ / "input";
  fs::create_directories(input);
  for (const auto& entry :
       fs::directory_iterator(fs::path(FACTCHECK_SOURCE_DIR) / "fixtures/adversarial-html")) {
    if (entry.path().extension() != ".md")
      fs::copy_file(entry.path(), input / entry.path().filename());
  }
  // The path is article-controlled text too.
  fs::copy_file(input / "hostile.txt",
                input / "<img src=x onerror=document.title='pwned-path'>.txt");
  const fs::path report = dir_ / "hostile-report.html";
  const auto r = run_factcheck("--report html --fail-on none -o '" + report.string() + "' input",
                               dir_.string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string html = slurp(report.string());
  ASSERT_NE(html.find("&lt;script&gt;"), std::string::npos)
      << "precondition: the hostile text is in the report";
  ASSERT_NE(html.find("onerror=document.title="), std::string::npos)
      << "precondition: the hostile path is in the report";

  const auto p = load(report);
  EXPECT_NE(p.dom.find("<title>factcheck report</title>"), std::string::npos)
      << "a script changed the title";
  EXPECT_EQ(p.dom.find("<script"), std::string::npos);
  EXPECT_EQ(p.dom.find("<img"), std::string::npos);
  EXPECT_FALSE(std::regex_search(p.dom, std::regex(R"re(<[^>]*\son[a-z]+\s*=)re")))
      << "an event handler attribute";
  EXPECT_FALSE(std::regex_search(p.dom, std::regex(R"re(<[^>]*=\s*"?\s*javascript:)re")))
      << "a javascript: URL";
  EXPECT_EQ(console_lines(p.log), 0u) << p.log;
  EXPECT_TRUE(page_hosts(p.netlog).empty()) << ::testing::PrintToString(page_hosts(p.netlog));
}

}  // namespace
