// The table of output formats `handout build` dispatches through (job/output_formats.hpp).
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "job/output_formats.hpp"
#include "resolve/resolved_document.hpp"
#include "support/test_support.hpp"

using namespace handout;

TEST_CASE("output formats: one row each, found by name, PDF and DOCX by default, HTML on request", "[job][html]") {
  std::set<std::string> names;
  for (const job::OutputFormat& f : job::output_formats()) {
    CHECK(names.insert(f.name).second);
    CHECK(std::string(f.extension) == std::string(".") + f.name);
    CHECK(job::find_output_format(f.name) == &f);
  }
  CHECK(names == std::set<std::string>{"pdf", "docx", "html"});
  CHECK(job::find_output_format("pdf")->by_default);
  CHECK(job::find_output_format("docx")->by_default);
  CHECK_FALSE(job::find_output_format("html")->by_default);
  CHECK(job::find_output_format("odt") == nullptr);
}

TEST_CASE("output formats: the HTML row renders the page named after the stem", "[job][html]") {
  const model::Document doc = test::doc_with("<h1>T</h1><p>x</p>");
  const style::Template tmpl = test::default_template();
  const resolve::ResolvedDocument resolved = resolve::resolve_document(doc, tmpl);
  const auto files = job::find_output_format("html")->render(job::RenderRequest{resolved, 0, true, "leaflet"});
  REQUIRE(files.size() == 1);
  CHECK(files[0].name == "leaflet.html");
  CHECK(files[0].bytes.rfind("<!DOCTYPE html>", 0) == 0);
}
