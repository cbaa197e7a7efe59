// Inputs and outputs the PDF and DOCX read-back tests share: `handout build` run with a fixed
// SOURCE_DATE_EPOCH, and the long handbook of the scaling benchmark.
#pragma once
#include <string>
#include <vector>

#include "support/process.hpp"

namespace handout::test {

// `handout build --pdf` of `input` into `dir`; fails the test unless it succeeds. The PDF's path.
std::string build_pdf(const TempDir& dir, const std::string& input, const std::vector<std::string>& extra = {});

// The 60-page handbook of bench/scaling.py (20 sections of 40-row tables, with notes), written
// by the benchmark's own generator to `dir`/handbook.xml. Its path.
std::string write_bench_handbook(const TempDir& dir);

}  // namespace handout::test
