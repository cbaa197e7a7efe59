// handout.toml → LintConfig: parsing, errors with their line, the upward search and the cache.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/error.hpp"
#include "job/config_file.hpp"
#include "support/test_support.hpp"

namespace {

namespace fs = std::filesystem;
using handout::InputError;
using handout::Severity;
using handout::SourceLoc;
using handout::job::parse_config;

handout::Diagnostic config_error(const std::string& toml) {
  try {
    parse_config(toml, "handout.toml");
  } catch (const InputError& e) {
    return e.diagnostic();
  }
  FAIL("no InputError for:\n" << toml);
  return {};
}

// A fresh folder tree under the system temp folder, removed afterwards.
struct TempTree {
  fs::path root;
  TempTree() {
    static int counter = 0;
    root = fs::temp_directory_path() /
           ("handout-config-test-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    fs::create_directories(root);
  }
  ~TempTree() { fs::remove_all(root); }
  void write(const fs::path& relative, const std::string& text) const {
    fs::create_directories((root / relative).parent_path());
    std::ofstream(root / relative) << text;
  }
};

}  // namespace

TEST_CASE("config: rule switches, severities and audience targets are read", "[config]") {
  auto c = parse_config(R"(# project settings
[rules]
sentence-length = "off"
passive-voice = "warning"
heading-increment = "on"
single-h1 = "error"

[audience.parents]
max_grade = 5
min_reading_ease = 75

[audience.governors]
max_sentence_words = 20

[default_audience]
max_grade = 9
)",
                        "proj/handout.toml");
  CHECK(c.path == "proj/handout.toml");
  CHECK_FALSE(c.enabled("sentence-length"));
  CHECK(c.enabled("passive-voice"));
  CHECK(c.rules.at("passive-voice").severity == Severity::Warning);
  CHECK(c.enabled("heading-increment"));
  CHECK_FALSE(c.rules.at("heading-increment").severity.has_value());
  CHECK(c.rules.at("single-h1").severity == Severity::Error);
  CHECK(c.enabled("image-alt"));  // not mentioned: untouched

  const auto& parents = c.targets_for(std::string("parents"));
  CHECK(parents.max_grade == 5);
  CHECK(parents.min_reading_ease == 75);
  CHECK(parents.max_sentence_words == 25);  // kept from the built-in parents targets

  CHECK(c.targets_for(std::string("staff")).max_grade == 10);  // built-in, untouched
  CHECK(c.default_audience.max_grade == 9);
  // A new audience starts from [default_audience], even when that table comes later in the file.
  const auto& governors = c.targets_for(std::string("governors"));
  CHECK(governors.max_sentence_words == 20);
  CHECK(governors.max_grade == 9);
  CHECK(governors.min_reading_ease == 60);
}

TEST_CASE("config: an empty file gives the built-in defaults", "[config]") {
  auto c = parse_config("", "handout.toml");
  auto d = handout::rules::LintConfig::defaults();
  CHECK(c.rules.empty());
  CHECK(c.targets_for(std::string("parents")).max_grade == d.targets_for(std::string("parents")).max_grade);
  CHECK(c.default_audience.max_grade == d.default_audience.max_grade);
}

TEST_CASE("config: an unknown rule id is config-invalid at its line with a suggestion", "[config]") {
  auto d = config_error("[rules]\nsentence-length = \"off\"\nheading-incremnt = \"off\"\n");
  CHECK(d.code == "config-invalid");
  CHECK(d.file == "handout.toml");
  CHECK(d.loc == SourceLoc{3, 1});
  CHECK(d.message == "unknown rule id 'heading-incremnt'");
  CHECK(d.hint.find("did you mean 'heading-increment'?") != std::string::npos);
}

TEST_CASE("config: an unknown value, key or table is config-invalid", "[config]") {
  auto d = config_error("[rules]\npassive-voice = \"loud\"\n");
  CHECK(d.code == "config-invalid");
  CHECK(d.loc == SourceLoc{2, 17});
  CHECK(d.message == "rule 'passive-voice' is set to \"loud\"");
  CHECK(d.hint.find("\"off\"") != std::string::npos);

  CHECK(config_error("[rules]\npassive-voice = false\n").message == "rule 'passive-voice' is set to a boolean");
  CHECK(config_error("[audience.parents]\nmax_grades = 6\n").loc == SourceLoc{2, 1});
  CHECK(config_error("[audience.parents]\nmax_grade = 60\n").message ==
        "max_grade is 60, outside the range 0 to 20");
  CHECK(config_error("[audience.parents]\nmax_sentence_words = 20.5\n").code == "config-invalid");
  CHECK(config_error("\n[rule]\n").loc.line == 2);
  CHECK(config_error("[rules]\nx = = 1\n").message.rfind("TOML syntax error: ", 0) == 0);
}

TEST_CASE("config: handout.toml is found in the content folder or the nearest folder above", "[config]") {
  TempTree tree;
  tree.write("project/handout.toml", "[rules]\nsentence-length = \"off\"\n");
  tree.write("project/leaflets/deep/a.xml", "<handout/>");
  tree.write("project/leaflets/deep/handout.toml.bak", "");
  tree.write("project/staff/handout.toml", "[rules]\npassive-voice = \"off\"\n");
  tree.write("project/staff/b.xml", "<handout/>");
  tree.write("elsewhere/c.xml", "<handout/>");

  auto a = handout::job::find_config_file((tree.root / "project/leaflets/deep/a.xml").string());
  REQUIRE(a.has_value());
  CHECK(fs::path(*a) == tree.root / "project/handout.toml");

  auto b = handout::job::find_config_file((tree.root / "project/staff/b.xml").string());
  REQUIRE(b.has_value());
  CHECK(fs::path(*b) == tree.root / "project/staff/handout.toml");  // the first found wins

  // Nothing between the temp folder and the root normally holds a handout.toml.
  auto c = handout::job::find_config_file((tree.root / "elsewhere/c.xml").string());
  if (c) CHECK_FALSE(fs::path(*c).string().rfind(tree.root.string(), 0) == 0);
}

TEST_CASE("config: a relative content path gives a relative config path", "[config]") {
  TempTree tree;
  tree.write("p/handout.toml", "");
  tree.write("p/docs/a.xml", "<handout/>");
  fs::path old = fs::current_path();
  fs::current_path(tree.root);
  auto found = handout::job::find_config_file("p/docs/a.xml");
  fs::current_path(old);
  REQUIRE(found.has_value());
  CHECK(*found == "p/handout.toml");
}

TEST_CASE("config: the cache reads each handout.toml once for many files", "[config]") {
  TempTree tree;
  tree.write("p/handout.toml", "[rules]\nsentence-length = \"off\"\n");
  tree.write("q/x.xml", "<handout/>");
  handout::job::ConfigCache cache;
  const handout::rules::LintConfig* first = nullptr;
  for (int i = 0; i < 50; ++i) {
    const auto& c = cache.for_content((tree.root / "p" / ("doc" + std::to_string(i) + ".xml")).string());
    if (!first) first = &c;
    CHECK(&c == first);
  }
  CHECK_FALSE(first->enabled("sentence-length"));
  const auto& in_sub = cache.for_content((tree.root / "p/sub/d.xml").string());
  CHECK(&in_sub == first);
  CHECK(cache.files_read() == 1);

  const auto& none = cache.for_content((tree.root / "q/x.xml").string());
  CHECK(none.enabled("sentence-length"));
}

TEST_CASE("config: a broken handout.toml fails every file under it", "[config]") {
  TempTree tree;
  tree.write("p/handout.toml", "[rules]\nno-such-rule = \"off\"\n");
  handout::job::ConfigCache cache;
  for (int i = 0; i < 2; ++i) {
    try {
      cache.for_content((tree.root / "p/a.xml").string());
      FAIL("expected config-invalid");
    } catch (const InputError& e) {
      CHECK(e.diagnostic().code == "config-invalid");
      CHECK(e.diagnostic().loc.line == 2);
    }
  }
  CHECK(cache.files_read() == 1);
}

TEST_CASE("config: the example content/handout.toml restates the built-in targets", "[config]") {
  auto c = handout::job::read_config_file(HANDOUT_SOURCE_DIR "/content/handout.toml");
  auto d = handout::rules::LintConfig::defaults();
  for (const char* audience : {"parents", "staff"}) {
    const auto& got = c.targets_for(std::string(audience));
    const auto& want = d.targets_for(std::string(audience));
    CHECK(got.max_grade == want.max_grade);
    CHECK(got.min_reading_ease == want.min_reading_ease);
    CHECK(got.max_sentence_words == want.max_sentence_words);
  }
  CHECK(c.enabled("passive-voice"));
  CHECK(handout::job::find_config_file(HANDOUT_SOURCE_DIR "/content/staff-module-attachment.xml") ==
        std::string(HANDOUT_SOURCE_DIR "/content/handout.toml"));
}
