// Internal to the html module: the state shared while one page is written, and one function per
// part of it. Nothing here is used outside src/html/.
#pragma once
#include <string>
#include <vector>

#include "html/html_writer.hpp"
#include "model/document.hpp"
#include "resolve/resolved_document.hpp"

namespace handout::html {

// Everything the parts share while one page is written. All output is appended to `out`, one
// string reserved up front, so writing a leaflet costs a handful of allocations.
struct HtmlContext {
  const resolve::ResolvedDocument& resolved;  // every decision about meaning is read from here
  const HtmlOptions& options;
  std::string& out;
  std::vector<ImageCopy>& images;
};

// The words Handout itself writes into the page (skip link, backlink labels) come from the words
// table; when it lacks the page's language they are English and carry lang="en" so that screen
// readers pronounce them right (WCAG 2.2 SC 3.1.2). Returns ` lang="en"` (and dir) or nothing.
const char* english_marker(const resolve::ResolvedDocument& resolved);

// "#rrggbb".
void append_colour(std::string& out, Colour c);

// stylesheet.cpp: the contents of the page's one <style> element.
void write_stylesheet(HtmlContext& ctx);

// block_writer.cpp: the copy of `source` the page refers to, added on first use.
const ImageCopy& image_copy_of(HtmlContext& ctx, std::string source, SourceLoc loc);

// block_writer.cpp: body blocks, in document order.
void write_blocks(HtmlContext& ctx, const std::vector<model::Block>& blocks);

// reply_slip.cpp: a reply slip as a fieldset of labelled inputs.
void write_reply_slip(HtmlContext& ctx, const model::ReplySlip& slip);

// inline_writer.cpp: inline content. `in_link` is true inside an <a>, where another link or a
// note reference cannot be a link of its own.
void write_inlines(HtmlContext& ctx, const model::Inlines& inlines, bool in_link = false);
// contents.cpp: the table of contents under the title block (or opening <main> when there is no
// title heading): a <nav> labelled by its heading, with a list of links to the headings.
void write_contents(HtmlContext& ctx);
// The endnotes section that ends <main> (nothing when the document has no notes).
void write_notes(HtmlContext& ctx);

}  // namespace handout::html
