// Every input the fuzzers (fuzz/, scripts/fuzz.sh) ever crashed on, plus hostile seeds, is kept in
// tests/fixtures/fuzz/ and replayed here through the same pipeline as the fuzz targets: parse,
// all rules, HTML writer (whose page must parse as XML), DOCX writer, PDF (layout and writer). The contract (content_reader.hpp, docx_writer.hpp): bad input ends in
// handout::InputError; nothing else may escape, and the sanitizer build (HANDOUT_SANITIZE) turns
// memory errors into failures.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <pugixml.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/error.hpp"
#include "docx/docx_writer.hpp"
#include "html/html_writer.hpp"
#include "job/config_file.hpp"
#include "job/render_pdf.hpp"
#include "parse/content_reader.hpp"
#include "parse/template_reader.hpp"
#include "rules/lint_config.hpp"
#include "rules/rule.hpp"
#include "support/test_support.hpp"

namespace {

std::vector<std::filesystem::path> fuzz_fixtures() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(handout::test::test_path("fixtures/fuzz"))) {
    if (entry.is_regular_file() && entry.path().extension() == ".xml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// What the fuzz targets do with one input; returns the InputError code, or "" when it went through.
std::string run_pipeline(const std::string& bytes, const std::string& path) {
  handout::parse::ContentOptions options;
  options.check_images = false;  // as in the fuzz targets: the input has no folder of images
  try {
    const handout::model::Document doc = handout::parse::parse_content(bytes, path, options);
    const handout::style::Template tmpl = handout::test::default_template();
    const handout::rules::LintConfig config = handout::rules::LintConfig::defaults();
    handout::DiagnosticList sink;
    const auto resolved = handout::resolve::resolve_document(doc, tmpl);
    handout::rules::run_rules(handout::rules::RuleContext{doc, tmpl, config, resolved}, sink);
    // The page is HTML5 in XML-compatible spelling (html_writer.hpp): an XML parser must read it.
    const handout::html::HtmlOutput page = handout::html::write_html(resolved, handout::html::HtmlOptions{});
    pugi::xml_document xml;
    if (!xml.load_buffer(page.html.data(), page.html.size())) return "html-not-well-formed";
    (void)handout::docx::write_docx(handout::resolve::resolve_document(doc, tmpl), handout::docx::DocxOptions{});
    (void)handout::job::render_pdf(resolved, handout::job::PdfOptions{});
  } catch (const handout::InputError& e) {
    return e.diagnostic().code;
  }
  return {};
}

}  // namespace

TEST_CASE("fuzz regressions: every saved fuzz input ends in success or InputError only", "[fuzz]") {
  const auto files = fuzz_fixtures();
  REQUIRE_FALSE(files.empty());  // the folder is the regression corpus; empty means it went missing
  for (const auto& file : files) {
    INFO("fixture: " << file.filename().string());
    const std::string bytes = read_bytes(file);
    std::string code;
    CHECK_NOTHROW(code = run_pipeline(bytes, file.string()));
    CHECK(code != "html-not-well-formed");
    // Replaying is deterministic: a second run gives the same outcome (no hidden global state).
    CHECK(run_pipeline(bytes, file.string()) == code);
  }
}

TEST_CASE("fuzz regressions: TOML inputs the fuzzers found end in a clear template or config error", "[fuzz]") {
  // Found by fuzz_template_reader and fuzz_config_file: non-ASCII characters where toml++ looks
  // for whitespace (see the toml++ note in CMakeLists.txt).
  for (const auto& entry : std::filesystem::directory_iterator(handout::test::test_path("fixtures/fuzz"))) {
    if (entry.path().extension() != ".toml") continue;
    INFO(entry.path().filename().string());
    const std::string bytes = read_bytes(entry.path());
    std::string template_code, config_code;
    try {
      (void)handout::parse::parse_template(bytes, entry.path().string());
    } catch (const handout::InputError& e) {
      template_code = e.diagnostic().code;
    }
    try {
      (void)handout::job::parse_config(bytes, entry.path().string());
    } catch (const handout::InputError& e) {
      config_code = e.diagnostic().code;
    }
    CHECK(template_code == "template-invalid");
    CHECK(config_code == "config-invalid");
  }
}
