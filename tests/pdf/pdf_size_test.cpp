// The size of a long tagged PDF: structure elements packed into compressed object streams
// (pdf/object_streams.cpp), with nothing lost and output still byte-reproducible.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "pdf/object_streams.hpp"
#include "support/built_output.hpp"
#include "support/process.hpp"

using handout::test::build_pdf;
using handout::test::read_file;
using handout::test::run_process;
using handout::test::TempDir;
using handout::test::write_bench_handbook;
using handout::test::write_file;
namespace fs = std::filesystem;

TEST_CASE("pdf size: the benchmark's handbook fits in 260 KB, checked by qpdf and the PDF/UA checks", "[pdf][size]") {
  TempDir dir, again;
  const std::string pdf = build_pdf(dir, write_bench_handbook(dir));
  auto info = run_process({"pdfinfo", pdf});
  INFO(info.out);
  std::smatch pages;
  REQUIRE(std::regex_search(info.out, pages, std::regex("Pages:\\s+(\\d+)")));
  CHECK(std::stoi(pages[1]) >= 50);  // a long document: some 50 to 60 pages, 3,500 structure elements
  CHECK(fs::file_size(pdf) <= 260 * 1024);
  auto qpdf = run_process({"qpdf", "--check", pdf});
  INFO(qpdf.out << qpdf.err);
  CHECK(qpdf.exit_code == 0);
  CHECK(qpdf.err.empty());
  CHECK(qpdf.out.find("No syntax or stream encoding errors found") != std::string::npos);
  auto ua = run_process({std::string(HANDOUT_TEST_DIR) + "/pdf/check_pdfua.py", pdf, "--expect-pdfua"});
  INFO(ua.out << ua.err);
  CHECK(ua.exit_code == 0);
  CHECK(ua.out.find("\"errors\": []") != std::string::npos);
  // The structure elements are in object streams, and a second build gives the same bytes.
  auto tags = run_process({"/usr/bin/python3", std::string(HANDOUT_TEST_DIR) + "/pdf/dump_tags.py", pdf});
  CHECK(tags.out.find("ObjStm: 0") == std::string::npos);
  CHECK(read_file(build_pdf(again, dir.file("handbook.xml"))) == read_file(pdf));
}

TEST_CASE("pdf size: packing into object streams keeps every object, stream and string", "[pdf][size]") {
  TempDir dir;
  const std::string packed = build_pdf(dir, "content/parent-leaflet-attachment-difficulties.xml");
  // The same objects written plainly, one at a time, as libharu writes them.
  const std::string plain = dir.file("plain.pdf");
  auto unpack = run_process({"qpdf", "--object-streams=disable", "--decode-level=none", "--compress-streams=n", packed, plain});
  INFO(unpack.out << unpack.err);
  REQUIRE(unpack.exit_code == 0);
  const std::string plain_bytes = read_file(plain);
  REQUIRE(plain_bytes.find("/ObjStm") == std::string::npos);
  const std::string repacked = handout::pdf::pack_object_streams(plain_bytes);
  CHECK(repacked.size() < plain_bytes.size());
  CHECK(repacked.find("/ObjStm") != std::string::npos);
  write_file(dir.file("repacked.pdf"), repacked);
  auto same = run_process({"/usr/bin/python3", std::string(HANDOUT_TEST_DIR) + "/pdf/same_pdf.py", plain, dir.file("repacked.pdf")});
  INFO(same.out << same.err);
  CHECK(same.exit_code == 0);
  // Broken input is an internal error, not a silent repair.
  CHECK_THROWS_AS(handout::pdf::pack_object_streams(plain_bytes.substr(0, plain_bytes.size() / 2)), std::logic_error);
}
