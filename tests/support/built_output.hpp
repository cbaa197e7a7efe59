// An input the PDF and DOCX read-back tests share: the long handbook of the scaling benchmark.
#pragma once
#include <string>
#include <vector>

#include "support/process.hpp"

namespace handout::test {

// build_pdf (support/process.hpp) builds a content file; this adds the benchmark's handbook.

// The 60-page handbook of bench/scaling.py (20 sections of 40-row tables, with notes), written
// by the benchmark's own generator to `dir`/handbook.xml. Its path.
std::string write_bench_handbook(const TempDir& dir);

}  // namespace handout::test
