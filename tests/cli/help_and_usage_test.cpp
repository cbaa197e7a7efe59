// End-to-end tests of the command line's own words: per-command help in Handout's layout, the
// man page naming every option, unknown options, `help COMMAND`, `explain` by number, the rules
// table's alignment, explain's wrapping, the lint summary under --min-severity, and the order of
// --force's warning. The real binary, its stdout, stderr and exit status.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "rules/rule.hpp"
#include "support/process.hpp"

using handout::test::read_file;
using handout::test::run_handout;
using handout::test::TempDir;
using handout::test::write_file;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Code points, not bytes: what a terminal shows.
std::size_t columns(const std::string& text) {
  std::size_t n = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

// The long options a help page lists ("--format" from "  -f, --format FORMAT  …").
std::vector<std::string> long_options(const std::string& help) {
  std::vector<std::string> names;
  for (const std::string& line : lines_of(help)) {
    const std::size_t at = line.find("--");
    if (at == std::string::npos || (line.rfind("  -", 0) != 0 && line.rfind("      --", 0) != 0)) continue;
    const std::size_t end = line.find_first_of(" =", at);
    names.push_back(line.substr(at, end == std::string::npos ? std::string::npos : end - at));
  }
  return names;
}

const std::string kWarningOnly = R"(<handout lang="en-GB"><meta><title>Two titles</title></meta>
<body><h1>One</h1><p>Text here.</p><h1>Two</h1><p>More text here.</p></body></handout>)";
const std::string kLintError = R"(<handout lang="en-GB"><meta><title>Skip</title></meta>
<body><h1>One</h1><h3>Three</h3><p>Text.</p></body></handout>)";

}  // namespace

TEST_CASE("cli help: each command's help is in Handout's layout, in sections, every option listed",
          "[cli][help]") {
  const std::string man = read_file(std::string(HANDOUT_SOURCE_DIR) + "/man/handout.1");
  for (const char* command : {"lint", "build", "rules", "explain", "templates"}) {
    INFO(command);
    const auto help = run_handout({command, "--help"}, {"COLUMNS=80"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.rfind(std::string("Usage: handout ") + command, 0) == 0);
    // None of Boost's raw layout.
    CHECK(help.out.find("[ --") == std::string::npos);
    CHECK(help.out.find(" arg") == std::string::npos);
    CHECK(help.out.find("(=") == std::string::npos);
    CHECK(help.out.find("--paths") == std::string::npos);
    CHECK(help.out.find("  -h, --help") != std::string::npos);
    for (const std::string& line : lines_of(help.out)) CHECK(columns(line) <= 80);
    // Every option of the help is documented in the man page (roff writes "-" as "\-").
    for (const std::string& option : long_options(help.out)) {
      INFO(option);
      std::string roff;
      for (char c : option) roff += c == '-' ? std::string("\\-") : std::string(1, c);
      CHECK(man.find(roff) != std::string::npos);
    }
  }
  const auto lint = run_handout({"lint", "--help"}, {"COLUMNS=80"});
  CHECK(lint.out.find("\nReport:\n  -f, --format FORMAT") != std::string::npos);
  CHECK(lint.out.find("(default: text)") != std::string::npos);
  CHECK(lint.out.find("\nChecking:\n") != std::string::npos);
  CHECK(lint.out.find("      --strict ") != std::string::npos);
  for (const char* option : {"--format", "--output", "--strict", "--max-warnings", "--template", "--no-config",
                             "--shard", "--jobs", "--min-severity", "--color", "--rules-url", "--help"})
    CHECK(lint.out.find(option) != std::string::npos);
  const auto build = run_handout({"build", "--help"}, {"COLUMNS=80"});
  for (const char* option : {"--output", "--pdf", "--docx", "--html", "--force", "--quiet", "--jobs"})
    CHECK(build.out.find(option) != std::string::npos);
  CHECK(build.out.find("\nFormats:\n") != std::string::npos);
}

TEST_CASE("cli help: 'handout help COMMAND' is COMMAND --help", "[cli][help]") {
  for (const char* command : {"lint", "build", "rules", "explain", "templates"}) {
    INFO(command);
    const auto via_help = run_handout({"help", command}, {"COLUMNS=80"});
    CHECK(via_help.exit_code == 0);
    CHECK(via_help.out == run_handout({command, "--help"}, {"COLUMNS=80"}).out);
  }
  CHECK(run_handout({"help"}).out.find("Commands:") != std::string::npos);
  const auto unknown = run_handout({"help", "frobnicate"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("unknown command 'frobnicate'") != std::string::npos);
}

TEST_CASE("cli help: an unknown option is named, with the nearest known one, not the whole help",
          "[cli][help]") {
  const auto lint = run_handout({"lint", "--fromat", "json", "content/"});
  CHECK(lint.exit_code == 2);
  CHECK(lint.err.find("handout lint: error: unknown option '--fromat'; did you mean '--format'?") != std::string::npos);
  CHECK(lint.err.find("Usage:") == std::string::npos);
  CHECK(lint.out.empty());
  const auto far_off = run_handout({"build", "--xyzzy-plugh", "content/"});
  CHECK(far_off.exit_code == 2);
  CHECK(far_off.err.find("unknown option '--xyzzy-plugh'\n") != std::string::npos);
  const auto global = run_handout({"--verison"});
  CHECK(global.exit_code == 2);
  CHECK(global.err == "handout: error: unknown option '--verison'; did you mean '--version'?\nTry 'handout --help'.\n");
}

TEST_CASE("cli explain: a rule by number or by id in any case", "[cli][help]") {
  const auto by_id = run_handout({"explain", "heading-increment"});
  REQUIRE(by_id.exit_code == 0);
  CHECK(run_handout({"explain", "1"}).out == by_id.out);
  CHECK(run_handout({"explain", "Heading-INCREMENT"}).out == by_id.out);
  CHECK(run_handout({"explain", "53"}).exit_code == 0);
  const auto none = run_handout({"explain", "99"});
  CHECK(none.exit_code == 2);
  CHECK(none.err.find("no rule '99'") != std::string::npos);
}

TEST_CASE("cli explain: wraps to the terminal width and names no source file", "[cli][help]") {
  for (int number = 1; number <= 53; ++number) {
    INFO(number);
    const auto r = run_handout({"explain", std::to_string(number)}, {"COLUMNS=60"});
    REQUIRE(r.exit_code == 0);
    for (const std::string& line : lines_of(r.out)) {
      INFO(line);
      // A single word longer than the width (a URL) may overflow; nothing else does.
      CHECK((columns(line) <= 60 || line.find(' ') == std::string::npos));
    }
    for (const char* source : {".cpp", ".hpp", "src/", "docs/spec"}) CHECK(r.out.find(source) == std::string::npos);
  }
  // Without COLUMNS (and no terminal: standard output is a pipe here) the width is 80.
  const auto r = run_handout({"explain", "reading-level"}, {"COLUMNS="});
  std::size_t widest = 0;
  for (const std::string& line : lines_of(r.out)) widest = std::max(widest, columns(line));
  CHECK(widest <= 80);
  CHECK(widest > 60);
}

TEST_CASE("cli rules: the table's columns line up by characters, \"—\" included", "[cli][help]") {
  const auto r = run_handout({"rules"});
  REQUIRE(r.exit_code == 0);
  const std::vector<std::string> lines = lines_of(r.out);
  REQUIRE(lines.size() == handout::rules::all_rules().size() + 1);  // a header, then one row a rule
  const std::size_t summary_column = lines[0].find("SUMMARY");
  bool saw_dash = false;
  for (const std::string& line : lines) {
    INFO(line);
    saw_dash = saw_dash || line.find("\xE2\x80\x94") != std::string::npos;
    // The summary starts at the same character column on every row.
    std::size_t column = 0, byte = 0;
    while (byte < line.size() && column < summary_column) {
      if ((static_cast<unsigned char>(line[byte]) & 0xC0) != 0x80) ++column;
      ++byte;
      while (byte < line.size() && (static_cast<unsigned char>(line[byte]) & 0xC0) == 0x80) ++byte;
    }
    REQUIRE(byte < line.size());
    CHECK(line[byte - 1] == ' ');
    CHECK(line[byte] != ' ');
  }
  CHECK(saw_dash);
}

TEST_CASE("cli lint: the summary counts what decides the exit code, shown or not", "[cli][help]") {
  TempDir dir;
  write_file(dir.file("warn.xml"), kWarningOnly);
  const auto r = run_handout({"lint", "--strict", "--min-severity", "error", "--color", "never", dir.file("warn.xml")});
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("warning:") == std::string::npos);  // not shown…
  CHECK(r.out.find("0 errors, 1 warning, ") != std::string::npos);  // …but counted
  CHECK(r.out.find("below --min-severity not shown") != std::string::npos);
  const auto all = run_handout({"lint", "--strict", "--color", "never", dir.file("warn.xml")});
  CHECK(all.out.find("not shown") == std::string::npos);
  // build reports the same way (its default --min-severity is warning).
  const auto build = run_handout({"build", "--docx", "--strict", "--min-severity", "error", "--color", "never",
                                  dir.file("warn.xml"), "-o", dir.file("out")});
  CHECK(build.exit_code == 1);
  CHECK(build.out.find("warning:") == std::string::npos);
  CHECK(build.out.find("0 errors, 1 warning, ") != std::string::npos);
  CHECK(build.out.find("below --min-severity not shown") != std::string::npos);
}

TEST_CASE("cli build: --force's warning comes after the errors it refers to", "[cli][help]") {
  TempDir dir;
  write_file(dir.file("bad.xml"), kLintError);
  const auto r = run_handout({"build", "--pdf", "--force", "--color", "never", dir.file("bad.xml"), "-o", dir.file("out")});
  CHECK(r.exit_code == 1);
  const std::size_t error = r.out.find("[heading-increment]");
  const std::size_t warning = r.out.find("[force-not-pdfua]");
  REQUIRE(error != std::string::npos);
  REQUIRE(warning != std::string::npos);
  CHECK(error < warning);
}
