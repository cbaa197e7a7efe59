#include "job/output_formats.hpp"

#include <fstream>
#include <iterator>
#include <sstream>

#include "core/error.hpp"
#include "docx/docx_writer.hpp"
#include "html/html_writer.hpp"
#include "job/render_pdf.hpp"

namespace handout::job {
namespace {

std::vector<RenderedFile> render_pdf_file(const RenderRequest& r) {
  std::vector<RenderedFile> files;
  files.push_back({r.stem + ".pdf", render_pdf(r.resolved, PdfOptions{r.timestamp, r.lint_clean})});
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
