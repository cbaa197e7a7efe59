// The faulty fixture tests/cases/defects.xml (one defect a line) through all four report formats:
// exact (line, rule) expectations, golden files for every format, SARIF validated against the
// SARIF 2.1.0 schema. Regenerate goldens with HANDOUT_ACCEPT=1 and review the diff like code.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <regex>
#include <set>

#include "rules/rule.hpp"
#include "support/process.hpp"

using handout::test::read_file;
using handout::test::run_handout;
using handout::test::run_process;
using handout::test::TempDir;
using handout::test::write_file;

namespace {

const std::string kFixture = "tests/cases/defects.xml";

void check_golden(const std::string& name, const std::string& actual) {
  const std::string path = std::string(HANDOUT_TEST_DIR) + "/golden/" + name;
  const char* accept = std::getenv("HANDOUT_ACCEPT");
  if (accept && *accept == '1') write_file(path, actual);
  INFO("golden " << path << " (HANDOUT_ACCEPT=1 rewrites it)");
  REQUIRE(std::filesystem::exists(path));
  CHECK(read_file(path) == actual);
}

}  // namespace

TEST_CASE("report: defects fixture gives the expected errors and warnings by line", "[cli][report]") {
  auto r = run_handout({"lint", kFixture});
  CHECK(r.exit_code == 1);
  std::set<std::pair<int, std::string>> found;
  const std::regex line_re(R"(^tests/cases/defects\.xml:(\d+):\d+: (error|warning): .* \[([a-z0-9-]+)\]$)");
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (std::regex_match(line, m, line_re)) found.insert({std::stoi(m[1]), m[3]});
  }
  const std::set<std::pair<int, std::string>> expected = {
      {3, "document-title-generic"}, {8, "heading-increment"}, {9, "link-text-generic"},
      {10, "link-text-is-url"},      {11, "bare-url-in-text"}, {12, "color-contrast"},
      {13, "image-alt-meaningless"}, {14, "empty-heading"},    {15, "abbr-unexpanded"},
      {16, "table-header-missing"},  {17, "inline-lang-valid"}, {18, "note-empty"},
      {19, "link-href-invalid"},
  };
  CHECK(found == expected);
}

TEST_CASE("report: text, JSON, SARIF and GitHub output match their goldens", "[cli][report]") {
  for (const char* format : {"text", "json", "sarif", "github"}) {
    auto r = run_handout({"lint", "--format", format, kFixture});
    CHECK(r.exit_code == 1);
    CHECK(r.err.empty());
    check_golden(std::string("defects.") + format, r.out);
  }
}

TEST_CASE("report: SARIF validates against the SARIF 2.1.0 schema", "[cli][report][sarif]") {
  TempDir dir;
  const std::string sarif = dir.file("defects.sarif");
  auto r = run_handout({"lint", "--format", "sarif", "--rules-url", "https://example.org/handout/rules.md",
                        "--output", sarif, kFixture});
  CHECK(r.exit_code == 1);
  const std::string schema = std::string(HANDOUT_SOURCE_DIR) + "/tests/schemas/sarif-schema-2.1.0.json";
  REQUIRE(std::filesystem::exists(schema));
  auto check = run_process({"python3", "-c",
                            "import json,sys,jsonschema\n"
                            "schema=json.load(open(sys.argv[1])); doc=json.load(open(sys.argv[2]))\n"
                            "jsonschema.validate(doc, schema)\n"
                            "r=doc['runs'][0]; print(len(r['results']), len(r['tool']['driver']['rules']))\n",
                            schema, sarif});
  INFO(check.err);
  CHECK(check.exit_code == 0);
  CHECK(check.out.find(" " + std::to_string(handout::rules::all_rules().size()) + "\n") != std::string::npos);
  const std::string text = read_file(sarif);
  CHECK(text.find("\"helpUri\":\"https://example.org/handout/rules.md#heading-increment\"") != std::string::npos);
  CHECK(text.find("\"startLine\":8") != std::string::npos);
}

TEST_CASE("report: GitHub annotations escape newlines, commas and colons", "[cli][report]") {
  auto r = run_handout({"lint", "--format", "github", kFixture});
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    INFO(line);
    CHECK(std::regex_match(line, std::regex(R"(^::(error|warning|notice) file=tests/cases/defects\.xml(,line=\d+,col=\d+)?,title=[a-z0-9-]+::.+$)")));
  }
  CHECK(r.out.find("::error file=tests/cases/defects.xml,line=8,col=5,title=heading-increment::") != std::string::npos);
}
