// In-process cost per leaflet on one core (issue 4: "at most 3 ms per leaflet"; Typst about 6 ms
// warm): each stage timed separately over N rounds after a warm-up, median reported. Nothing is
// written to disk, so the figures are the pipeline's own cost. The resolve stage runs inside
// read-and-lint (lint reads it too); it is also timed alone, and its share of a PDF + DOCX build
// is reported (the budget is 5 %).
//
//   cmake -S . -B build -DHANDOUT_BUILD_BENCH=ON && cmake --build build --target render_in_process
//   taskset -c 0 build/bench/render_in_process content/parent-leaflet-attachment-difficulties.xml 200
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/process_setup.hpp"
#include "docx/docx_writer.hpp"
#include "html/html_writer.hpp"
#include "job/config_file.hpp"
#include "job/document_check.hpp"
#include "job/render_pdf.hpp"
#include "resolve/resolved_document.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double median_ms(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s CONTENT.xml [ROUNDS]\n", argv[0]);
    return 2;
  }
  handout::configure_process();  // as the handout executable does
  const std::string path = argv[1];
  const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 200;
  handout::job::TemplateCache templates;
  handout::job::ConfigCache configs;
  std::vector<double> check, resolve, pdf, docx, html, total;
  std::size_t pdf_bytes = 0, docx_bytes = 0, html_bytes = 0;
  for (int i = -5; i < rounds; ++i) {  // five warm-up rounds
    const auto t0 = Clock::now();
    const auto checked = handout::job::check_document(path, templates, configs, {});
    if (!checked.doc) {
      std::fprintf(stderr, "%s could not be read\n", path.c_str());
      return 1;
    }
    const auto t1 = Clock::now();
    const std::string p = handout::job::render_pdf(*checked.resolved, {1700000000, true});
    const auto t2 = Clock::now();
    const std::string d = handout::docx::write_docx(*checked.resolved, {1700000000});
    const auto t3 = Clock::now();
    // The HTML page is timed on its own and left out of total_ms, which stays the PDF + DOCX
    // figure compared with other tools (bench/compare_peers.py).
    const std::string h = handout::html::write_html(*checked.resolved, {"leaflet_files"}).html;
    const auto t4 = Clock::now();
    const auto again = handout::resolve::resolve_document(*checked.doc, *checked.tmpl);
    const auto t5 = Clock::now();
    if (again.notes.size() != checked.resolved->notes.size()) return 1;  // keeps the call from being elided
    if (i < 0) continue;
    auto ms = [](Clock::duration span) { return std::chrono::duration<double, std::milli>(span).count(); };
    check.push_back(ms(t1 - t0));
    pdf.push_back(ms(t2 - t1));
    docx.push_back(ms(t3 - t2));
    html.push_back(ms(t4 - t3));
    resolve.push_back(ms(t5 - t4));
    total.push_back(ms(t3 - t0));
    pdf_bytes = p.size();
    docx_bytes = d.size();
    html_bytes = h.size();
  }
  const double resolve_ms = median_ms(resolve);
  const double build_ms = median_ms(check) + median_ms(pdf) + median_ms(docx);
  std::printf("{\"rounds\": %d, \"read_and_lint_ms\": %.3f, \"resolve_ms\": %.4f, \"pdf_ms\": %.3f, "
              "\"docx_ms\": %.3f, \"html_ms\": %.4f, \"total_ms\": %.3f, \"resolve_share_of_build_pct\": %.2f, "
              "\"pdf_bytes\": %zu, \"docx_bytes\": %zu, \"html_bytes\": %zu}\n",
              rounds, median_ms(check), resolve_ms, median_ms(pdf), median_ms(docx), median_ms(html),
              median_ms(total), 100.0 * resolve_ms / build_ms, pdf_bytes, docx_bytes, html_bytes);
  return 0;
}
