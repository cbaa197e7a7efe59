// Helpers shared by tests: documents from XML literals (pugixml's TEST_XML habit), running one
// rule, default templates.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "model/document.hpp"
#include "rules/lint_config.hpp"
#include "style/template.hpp"

namespace handout::test {

// Parses a content-format literal as "test.xml" without image checks.
model::Document parse_for_test(std::string_view xml);
// A content file read as `handout build` reads it: with its handout.toml's shared image folder.
model::Document read_as_built(const std::string& path);

// Parses a document whose body is `body`, opened on a new line after
// <handout lang="en-GB"><meta><title>T</title></meta><body> (so the body's first line is line 2).
model::Document doc_with(const std::string& body);

// A template with the built-in defaults (A4, 12pt Liberation Sans, left aligned, 1.5 spacing).
style::Template default_template();

// Runs the single rule `id` (with default config unless given) and returns its findings, sorted.
std::vector<Diagnostic> run_rule(std::string_view id, const model::Document& doc);
std::vector<Diagnostic> run_rule(std::string_view id, const model::Document& doc, const style::Template& tmpl);
std::vector<Diagnostic> run_rule(std::string_view id, const model::Document& doc, const style::Template& tmpl,
                                 const rules::LintConfig& config);

// A parent leaflet that builds with no lint errors, for tests of `handout build`.
inline const std::string kCleanLeaflet = R"(<handout lang="en-GB" template="parent-leaflet"><meta><title>Clean leaflet</title>
<audience>parents</audience></meta><body><h1>Clean leaflet</h1><p>We can help. Ask us.</p></body></handout>
)";

// Absolute path of a file under tests/ (e.g. "fixtures/bad/empty.xml").
std::string test_path(std::string_view relative);

}  // namespace handout::test

// Lets Catch print SourceLoc values in failed assertions as line:col.
#include <catch2/catch.hpp>
namespace Catch {
template <>
struct StringMaker<handout::SourceLoc> {
  static std::string convert(const handout::SourceLoc& loc) {
    return std::to_string(loc.line) + ":" + std::to_string(loc.col);
  }
};
}  // namespace Catch
