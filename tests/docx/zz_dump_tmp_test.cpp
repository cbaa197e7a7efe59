#include "docx/docx_test_support.hpp"
#include "parse/content_reader.hpp"
#include "parse/template_reader.hpp"
#include "support/process.hpp"
#include "support/test_support.hpp"
#include <filesystem>
using namespace handout;
TEST_CASE("tmp dump", "[.dump]") {
  auto doc = test::read_docx_fixture("every-element.xml");
  test::write_file("/tmp/bd/leaflet.docx", docx::write_docx(doc, parse::load_template("parent-leaflet"), {1700000000}));
  test::write_file("/tmp/bd/handout.docx", docx::write_docx(doc, parse::load_template("staff-handout"), {0}));
  for (auto& e : std::filesystem::directory_iterator("/work/main/content")) {
    if (e.path().extension() != ".xml") continue;
    model::Document d;
    try { d = parse::read_content_file(e.path().string()); } catch (...) { continue; }
    auto t = parse::load_template(d.template_name.value_or("staff-handout"));
    test::write_file("/tmp/bd/seed-" + e.path().stem().string() + ".docx", docx::write_docx(d, t, {0}));
  }
}
#include <chrono>
#include <cstdio>
#include <sstream>
#include <sys/resource.h>
#include "parse/template_reader.hpp"
TEST_CASE("tmp time", "[.time]") {
  const std::string path = "/work/main/content/parent-leaflet-attachment-difficulties.xml";
  auto t0 = std::chrono::steady_clock::now();
  std::size_t total = 0;
  for (int i = 0; i < 100; ++i) {
    auto d = parse::read_content_file(path);
    auto t = parse::load_template("parent-leaflet");
    total += docx::write_docx(d, t, {0}).size();
  }
  auto t1 = std::chrono::steady_clock::now();
  auto d = parse::read_content_file(path);
  auto t = parse::load_template("parent-leaflet");
  auto t2 = std::chrono::steady_clock::now();
  for (int i = 0; i < 100; ++i) total += docx::write_docx(d, t, {0}).size();
  auto t3 = std::chrono::steady_clock::now();
  rusage ru; getrusage(RUSAGE_SELF, &ru);
  std::printf("%s\n", (std::ostringstream() << "parse+template+write: " << std::chrono::duration<double, std::milli>(t1 - t0).count() / 100 << " ms; write only: "
       << std::chrono::duration<double, std::milli>(t3 - t2).count() / 100 << " ms; maxrss KiB " << ru.ru_maxrss << " " << total).str().c_str());
}
