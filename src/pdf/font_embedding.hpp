// Embedding the faces a laid-out document uses, as subsets, into a libharu document.
#pragma once

#include <hpdf.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "layout/paged_document.hpp"
#include "pdf/font_set.hpp"

namespace handout::pdf {

// For one face: the glyph id the content shows (the subset's id, or a CFF font's CID) for each
// glyph id the layout placed.
using GlyphIds = std::unordered_map<std::uint32_t, std::uint32_t>;

// Embeds a subset of every face placed on `pd`'s pages and names it in each page's font
// resources as font_resource_name(face). Returns, by face, the ids the content must show.
std::vector<GlyphIds> embed_fonts(HPDF_Doc doc, const std::vector<HPDF_Page>& pages, const layout::PagedDocument& pd,
                                  FontSet& fonts);

// The resource name of a face's font on every page ("F0", "F1", ...).
std::string font_resource_name(layout::Face face);

}  // namespace handout::pdf
