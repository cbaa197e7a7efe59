// End-to-end tests of `handout lint` and the informational commands: the real binary, its stdout,
// stderr and exit status (pandoc's test/command habit).
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <map>
#include <set>

#include "support/process.hpp"

using handout::test::read_file;
using handout::test::run_handout;
using handout::test::run_process;
using handout::test::TempDir;
using handout::test::write_file;

namespace {

// The public rule ids, in the order of docs/spec/lint-rules.md. Never change one.
const std::vector<std::string> kSpecRuleIds = {
    "heading-increment", "first-heading-h1", "single-h1", "empty-heading", "duplicate-heading",
    "emphasis-as-heading", "image-alt", "image-alt-meaningless", "image-alt-redundant", "image-alt-too-long",
    "decorative-with-alt", "color-contrast", "color-contrast-enhanced", "callout-boundary-contrast",
    "contrast-fix-suggestion", "color-only-meaning", "document-lang", "inline-lang-valid", "link-text-generic",
    "link-text-is-url", "bare-url-in-text", "link-empty", "link-href-invalid", "identical-links-same-purpose",
    "abbr-unexpanded", "abbr-first-use", "abbr-title-empty", "list-structure", "manual-list-markers", "run-in-list",
    "table-header-missing", "th-scope", "th-has-data-cells", "table-empty-cells", "table-caption-redundant",
    "layout-table", "document-title", "document-title-generic", "all-caps-text", "long-italic-run",
    "blank-spacing", "sentence-length", "reading-level", "audience-reading-target", "passive-voice",
    "paragraph-length", "repeated-word", "wordy-phrase", "note-empty", "template-min-font-size",
    "template-justified-text", "template-line-spacing", "template-serif-body-font", "lang-script-mismatch",
    "dir-contradicts-lang", "script-font-missing", "link-target-missing", "form-field-label", "tick-box-sensory",
    "reply-slip-return-to"};

const std::string kMinimal = R"(<handout lang="en-GB"><meta><title>Minimal handout</title></meta>
<body><h1>Minimal handout</h1><p>Short and clear.</p></body></handout>
)";

}  // namespace

TEST_CASE("cli: --version names the version and the libraries", "[cli]") {
  auto r = run_handout({"--version"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind("handout 0.", 0) == 0);
  CHECK(r.out.find("libharu") != std::string::npos);
  CHECK(r.out.find("pugixml") != std::string::npos);
}

TEST_CASE("cli: --help lists the commands, no command is a usage error", "[cli]") {
  auto help = run_handout({"--help"});
  CHECK(help.exit_code == 0);
  for (const char* cmd : {"lint", "build", "rules", "explain"}) CHECK(help.out.find(cmd) != std::string::npos);
  CHECK(run_handout({}).exit_code == 2);
  auto unknown = run_handout({"frobnicate"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("unknown command 'frobnicate'") != std::string::npos);
  auto lint_help = run_handout({"lint", "--help"});
  CHECK(lint_help.exit_code == 0);
  CHECK(lint_help.out.find("--format") != std::string::npos);
  auto bad_option = run_handout({"lint", "--frobnicate", "content/"});
  CHECK(bad_option.exit_code == 2);
  CHECK(bad_option.err.find("frobnicate") != std::string::npos);
}

TEST_CASE("cli: rules lists exactly the spec rules, each documented", "[cli]") {
  auto r = run_handout({"rules", "--format", "json"});
  REQUIRE(r.exit_code == 0);
  std::vector<std::string> ids;
  std::size_t pos = 0;
  while ((pos = r.out.find("\"id\": \"", pos)) != std::string::npos) {
    pos += 7;
    ids.push_back(r.out.substr(pos, r.out.find('"', pos) - pos));
  }
  CHECK(ids == kSpecRuleIds);
  CHECK(r.out.find("TODO") == std::string::npos);
  auto text = run_handout({"rules"});
  CHECK(text.exit_code == 0);
  for (const std::string& id : kSpecRuleIds) CHECK(text.out.find(id) != std::string::npos);
}

TEST_CASE("cli: explain shows a rule's documentation and suggests near misses", "[cli]") {
  auto r = run_handout({"explain", "heading-increment"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind("heading-increment (rule 1, error, WCAG", 0) == 0);
  CHECK(r.out.size() > 200);
  auto typo = run_handout({"explain", "heading-incremnt"});
  CHECK(typo.exit_code == 2);
  CHECK(typo.err.find("did you mean 'heading-increment'?") != std::string::npos);
}

TEST_CASE("cli: lint exit codes follow errors, --strict and --max-warnings", "[cli]") {
  TempDir dir;
  write_file(dir.file("ok.xml"), kMinimal);
  // A warning only: single-h1.
  write_file(dir.file("warn.xml"), R"(<handout lang="en-GB"><meta><title>Two titles</title></meta>
<body><h1>One</h1><p>Text here.</p><h1>Two</h1><p>More text here.</p></body></handout>)");
  write_file(dir.file("err.xml"), R"(<handout lang="en-GB"><meta><title>Skip</title></meta>
<body><h1>One</h1><h3>Three</h3><p>Text.</p></body></handout>)");
  CHECK(run_handout({"lint", dir.file("ok.xml")}).exit_code == 0);
  CHECK(run_handout({"lint", dir.file("warn.xml")}).exit_code == 0);
  CHECK(run_handout({"lint", "--strict", dir.file("warn.xml")}).exit_code == 1);
  CHECK(run_handout({"lint", "--max-warnings", "0", dir.file("warn.xml")}).exit_code == 1);
  CHECK(run_handout({"lint", "--max-warnings", "5", dir.file("warn.xml")}).exit_code == 0);
  auto err = run_handout({"lint", dir.file("err.xml")});
  CHECK(err.exit_code == 1);
  CHECK(err.out.find(dir.file("err.xml") + ":2:19: error: ") != std::string::npos);
  CHECK(err.out.find("[heading-increment]") != std::string::npos);
}

TEST_CASE("cli: colour only when asked for or on a terminal, never with NO_COLOR", "[cli]") {
  TempDir dir;
  write_file(dir.file("err.xml"), R"(<handout lang="en-GB"><meta><title>Skip</title></meta>
<body><h1>One</h1><h3>Three</h3><p>Text.</p></body></handout>)");
  CHECK(run_handout({"lint", dir.file("err.xml")}).out.find('\x1b') == std::string::npos);
  CHECK(run_handout({"lint", "--color", "always", dir.file("err.xml")}).out.find('\x1b') != std::string::npos);
  CHECK(run_handout({"lint", "--color", "always", dir.file("err.xml")}, {"NO_COLOR=1"}).out.find('\x1b') ==
        std::string::npos);
}

TEST_CASE("cli: inline suppressions need a reason and a known rule", "[cli]") {
  TempDir dir;
  write_file(dir.file("s.xml"), R"(<handout lang="en-GB"><meta><title>Skip</title></meta>
<body><h1>One</h1>
<?handout-ignore heading-increment reason="level three mirrors the printed original"?>
<h3>Three</h3><p>Text.</p></body></handout>)");
  auto ok = run_handout({"lint", dir.file("s.xml")});
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.find("heading-increment") == std::string::npos);
  write_file(dir.file("u.xml"), R"(<handout lang="en-GB"><meta><title>Skip</title></meta>
<body><h1>One</h1>
<?handout-ignore heading-incremnt reason="typo in the id"?>
<h3>Three</h3><p>Text.</p></body></handout>)");
  auto unknown = run_handout({"lint", dir.file("u.xml")});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.out.find(dir.file("u.xml") + ":3:1: error: handout-ignore names unknown rule 'heading-incremnt'") !=
        std::string::npos);
}

TEST_CASE("cli: project config in handout.toml switches rules off and is validated", "[cli][config]") {
  TempDir dir;
  std::filesystem::create_directories(dir.file("docs/leaflets"));
  write_file(dir.file("docs/leaflets/warn.xml"), R"(<handout lang="en-GB"><meta><title>Two titles</title></meta>
<body><h1>One</h1><p>Text here.</p><h1>Two</h1><p>More text here.</p></body></handout>)");
  CHECK(run_handout({"lint", "--strict", dir.file("docs/leaflets/warn.xml")}).exit_code == 1);
  write_file(dir.file("docs/handout.toml"), "[rules]\nsingle-h1 = \"off\"\n");
  CHECK(run_handout({"lint", "--strict", dir.file("docs/leaflets/warn.xml")}).exit_code == 0);
  CHECK(run_handout({"lint", "--strict", "--no-config", dir.file("docs/leaflets/warn.xml")}).exit_code == 1);
  write_file(dir.file("docs/handout.toml"), "[rules]\n\nsingle-h2 = \"off\"\n");
  auto bad = run_handout({"lint", dir.file("docs/leaflets/warn.xml")});
  CHECK(bad.exit_code == 2);
  CHECK(bad.out.find(dir.file("docs/handout.toml") + ":3:") != std::string::npos);
  CHECK(bad.out.find("single-h2") != std::string::npos);
}

TEST_CASE("cli: bad input gives one clear message with file and line, exit 2, and the rest is still linted",
          "[cli][input-errors]") {
  TempDir dir;
  const std::string good = dir.file("good.xml");
  write_file(good, kMinimal);
  struct Bad {
    std::string name, bytes, code, where;  // where: expected "file:line" prefix ("" = file only)
  };
  std::string deep = "<handout lang='en'><meta><title>T</title></meta><body>";
  for (int i = 0; i < 100000; ++i) deep += "<section>";
  for (int i = 0; i < 100000; ++i) deep += "</section>";
  deep += "</body></handout>";
  std::string laughs = "<?xml version='1.0'?>\n<!DOCTYPE lolz [\n<!ENTITY lol 'lol'>\n";
  for (int i = 1; i < 10; ++i)
    laughs += "<!ENTITY lol" + std::to_string(i) + " '&lol" + std::to_string(i - 1) + ";&lol" + std::to_string(i - 1) + ";'>\n";
  laughs += "]>\n<handout lang='en'>&lol9;</handout>\n";
  const std::vector<Bad> cases = {
      {"malformed.xml", "<handout lang='en'>\n<meta><title>T</title></meta>\n<body><p>x</body></handout>",
       "xml-not-well-formed", ":3:"},
      {"utf8.xml", "<handout lang='en'>\n\xc3\x28</handout>", "xml-encoding", ":2:"},
      {"empty.xml", "", "xml-encoding", ""},
      {"laughs.xml", laughs, "xml-dtd-forbidden", ":2:"},
      {"attribute.xml", "<handout lang='en'><meta><title>T</title></meta><body>\n<p><span lang='" +
                            std::string(10u << 20, 'x') + "'>x</span></p></body></handout>",
       "limit-exceeded", ":2:"},
      {"deep.xml", deep, "limit-exceeded", ":1:"},
      {"unknown.xml", "<handout lang='en'><meta><title>T</title></meta><body>\n\n<marquee>x</marquee></body></handout>",
       "schema-unknown-element", ":3:"},
  };
  std::vector<std::string> args{"lint"};
  for (const Bad& b : cases) {
    write_file(dir.file(b.name), b.bytes);
    args.push_back(dir.file(b.name));
  }
  args.push_back(good);
  args.push_back(dir.file("missing.xml"));
  const auto start = std::chrono::steady_clock::now();
  auto r = run_handout(args);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(r.exit_code == 2);
  CHECK(seconds < 5.0);  // generous: the whole batch, including a 10 MB file; each is well under a second
  for (const Bad& b : cases) {
    INFO(b.name);
    const std::string prefix = dir.file(b.name) + b.where;
    const std::size_t at = r.out.find(prefix);
    REQUIRE(at != std::string::npos);
    const std::string line = r.out.substr(at, r.out.find('\n', at) - at);
    CHECK(line.find(" error: ") != std::string::npos);
    CHECK(line.find("[" + b.code + "]") != std::string::npos);
  }
  CHECK(r.out.find(dir.file("missing.xml") + ": error: no such file or folder [file-not-readable]") != std::string::npos);
  // The good file was linted too, and has nothing worse than advice.
  CHECK(r.out.find(good + ":1:23: info: ") != std::string::npos);
  CHECK(r.out.find(good + ":2:") == std::string::npos);
  CHECK(r.out.find("in 8 files") != std::string::npos);  // 7 broken + 1 good; the missing path is no file

  TempDir empty;
  auto no_xml = run_handout({"lint", empty.path()});
  CHECK(no_xml.exit_code == 2);
  CHECK(no_xml.out.find(empty.path() + ": error: folder holds no .xml content files [no-input-files]") !=
        std::string::npos);
}

TEST_CASE("cli: the bundled content lints with no errors", "[cli][content]") {
  auto r = run_handout({"lint", "content/"});
  INFO(r.out);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find(": error: ") == std::string::npos);
  CHECK(r.out.find("in 4 files") != std::string::npos);
}

TEST_CASE("cli: docs/rules.md is what 'handout rules --format markdown' prints", "[cli]") {
  auto r = run_handout({"rules", "--format", "markdown"});
  CHECK(r.exit_code == 0);
  INFO("regenerate with: build/handout rules --format markdown > docs/rules.md");
  CHECK(read_file(std::string(HANDOUT_SOURCE_DIR) + "/docs/rules.md") == r.out);
}

TEST_CASE("cli: lint reports the same, in file order, whatever --jobs", "[cli]") {
  // Files with different findings (and one broken file), many more than workers, so that
  // workers finish out of order: the report must still follow the sorted file list.
  TempDir dir;
  for (int i = 0; i < 60; ++i) {
    const std::string name = dir.file("doc-" + std::to_string(100 + i) + ".xml");
    std::string body = "<h1>Title " + std::to_string(i) + "</h1>";
    for (int k = 0; k < i % 7; ++k) body += "<h3>Skipped level " + std::to_string(k) + "</h3><p>Click here.</p>";
    write_file(name, i == 33 ? "<handout lang='en'><meta><title>T</title></meta><body><p>x</body></handout>"
                             : "<handout lang=\"en-GB\"><meta><title>Doc " + std::to_string(i) +
                                   "</title></meta><body>" + body + "</body></handout>");
  }
  std::map<std::string, std::string> first;  // per format: the report with --jobs 1
  for (const char* jobs : {"1", "2", "5"}) {
    for (const char* format : {"text", "json", "sarif"}) {
      auto r = run_handout({"lint", "--jobs", jobs, "--format", format, dir.path()});
      INFO("--jobs " << jobs << " --format " << format);
      CHECK(r.exit_code == 2);  // the broken file is an input error
      if (!first.count(format)) first[format] = r.out;
      CHECK(r.out == first[format]);
    }
  }
  const std::string& text = first["text"];
  // In file order: doc-100 is reported before doc-101, …, doc-159 last.
  CHECK(text.find("doc-101.xml") < text.find("doc-102.xml"));
  CHECK(text.find("doc-133.xml:1:") != std::string::npos);
  CHECK(text.find("doc-158.xml") < text.find("doc-159.xml"));
  CHECK(run_handout({"lint", "--jobs", "0", dir.path()}).exit_code == 2);
}
