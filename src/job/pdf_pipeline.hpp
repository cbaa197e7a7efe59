// The PDF pipeline itself: fonts (pdf::FontSet) → layout → tagged PDF. It is the only code that
// needs HarfBuzz, hb-subset, fontconfig, libharu, libunibreak and libdeflate. The handout
// executable loads it on first use from the handout-pdf module (render_pdf_module.cpp), so that
// `handout lint` and `handout build --docx` start without loading those libraries; the tests,
// fuzzers and benchmarks link it directly (render_pdf_direct.cpp).
#pragma once
#include <string>

#include "job/render_pdf.hpp"

namespace handout::job {

std::string run_pdf_pipeline(const resolve::ResolvedDocument& resolved, const PdfOptions& options);

// The signature the module exports, as `handout_pdf_pipeline`.
using PdfPipeline = std::string (*)(const resolve::ResolvedDocument&, const PdfOptions&);

}  // namespace handout::job
