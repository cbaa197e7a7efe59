// Turns a model::Document plus its template into pages of positioned items and the structure
// tree they belong to (layout/paged_document.hpp). Text is measured through FontMetrics; lines
// break at Unicode (UAX #14) opportunities, ragged right, never hyphenated.
#pragma once
#include "layout/font_metrics.hpp"
#include "layout/paged_document.hpp"
#include "resolve/resolved_document.hpp"

namespace handout::layout {

PagedDocument layout_document(const resolve::ResolvedDocument& resolved, FontMetrics& metrics);

}  // namespace handout::layout
