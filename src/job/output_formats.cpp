#include "job/output_formats.hpp"

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "core/error.hpp"
#include "docx/docx_writer.hpp"
#include "html/html_writer.hpp"
#include "impose/booklet.hpp"
#include "job/render_pdf.hpp"

namespace handout::job {
namespace {

// A booklet folds A4 sheets in half: its pages must be A5, or they would be scaled on the sheet.
void require_a5_pages(const RenderRequest& r) {
  const style::PageSetup& page = r.resolved.tmpl.page;
  if (page.width_mm == 148 && page.height_mm == 210) return;
  std::ostringstream size;
  size << page.width_mm << " x " << page.height_mm << " mm";
  throw InputError("impose-not-a5", r.resolved.doc.path, r.resolved.doc.root_loc,
                   "--impose booklet needs A5 pages (148 x 210 mm), but template '" + r.resolved.tmpl.name +
                       "' sets " + (page.size_name == "custom" ? size.str() : page.size_name + " (" + size.str() + ")"),
                   "build with an A5 template, e.g. --template parent-leaflet, or leave out --impose");
}

// A panelled leaflet (a tri-fold) is folded in three, not in half: booklet pages would cut its
// panels apart and print them out of order.
void refuse_panels(const RenderRequest& r) {
  const style::Template& t = r.resolved.tmpl;
  if (t.layout.panels < 2) return;
  throw InputError("impose-panels", r.resolved.doc.path, r.resolved.doc.root_loc,
                   "--impose booklet cannot fold template '" + t.name + "': its pages hold " +
                       std::to_string(t.layout.panels) + " panels side by side (a tri-fold is folded in three, not in half)",
                   "print the PDF as it is, on both sides of the sheet, and fold it; leave out --impose");
}

// The tagged A5 PDF, and under --impose booklet its print copy (impose/booklet.hpp) beside it.
std::vector<RenderedFile> render_pdf_file(const RenderRequest& r) {
  if (r.booklet) refuse_panels(r);
  if (r.booklet) require_a5_pages(r);
  std::vector<RenderedFile> files;
  files.push_back({r.stem + ".pdf", render_pdf(r.resolved, PdfOptions{r.timestamp, r.lint_clean})});
  if (r.booklet) {
    const model::Document& doc = r.resolved.doc;
    files.push_back({r.stem + ".booklet.pdf", impose::impose_booklet(files.front().bytes, {doc.meta.title.text, doc.lang})});
  }
  return files;
}

std::vector<RenderedFile> render_docx_file(const RenderRequest& r) {
  std::vector<RenderedFile> files;
  files.push_back({r.stem + ".docx", docx::write_docx(r.resolved, docx::DocxOptions{r.timestamp})});
  return files;
}

// The page, and each picture it shows copied into <stem>_files/ beside it. Every picture is read
// here, before anything is written, so a missing one leaves no page behind.
std::vector<RenderedFile> render_html_files(const RenderRequest& r) {
  const std::string files_dir = r.stem + "_files";
  html::HtmlOutput page = html::write_html(r.resolved, html::HtmlOptions{files_dir});
  std::vector<RenderedFile> files;
  files.reserve(page.images.size() + 1);
  for (const html::ImageCopy& image : page.images) {
    std::ifstream in(image.source, std::ios::binary);
    std::ostringstream bytes;
    if (in) bytes << in.rdbuf();
    if (!in || in.bad()) {
      throw InputError("image-not-found", r.resolved.doc.path, image.loc, "image \"" + image.source + "\" cannot be read",
                       "check that the file exists and is readable");
    }
    files.push_back({files_dir + "/" + image.name, std::move(bytes).str()});
  }
  // The page last: its pictures are in place before it is.
  files.push_back({r.stem + ".html", std::move(page.html)});
  return files;
}

constexpr OutputFormat kFormats[] = {
    {"pdf", ".pdf", render_pdf_file, "write tagged PDF (PDF/UA-1)", true},
    {"docx", ".docx", render_docx_file, "write DOCX", true},
    {"html", ".html", render_html_files, "write accessible HTML (pictures copied into NAME_files/)", false},
};

}  // namespace

std::span<const OutputFormat> output_formats() { return kFormats; }

const OutputFormat* find_output_format(std::string_view name) {
  for (const OutputFormat& f : kFormats)
    if (name == f.name) return &f;
  return nullptr;
}

}  // namespace handout::job
