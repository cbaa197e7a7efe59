// The PDF path of the pipeline: fonts (pdf::FontSet, the real FontMetrics) → layout → PDF bytes.
#include "job/pdf_pipeline.hpp"

#include <cstdio>
#include <optional>

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "model/query.hpp"
#include "handout/version.hpp"
#include "layout/layout_engine.hpp"
#include "pdf/font_set.hpp"
#include "pdf/pdf_writer.hpp"

namespace handout::job {
namespace {

bool contains_code_point(std::string_view text, char32_t wanted) {
  for (std::size_t pos = 0; pos < text.size();)
    if (next_code_point(text, pos) == wanted) return true;
  return false;
}

// Where the content first uses `c`: the text node (or <title>, which the running header prints).
SourceLoc first_use(const model::Document& doc, char32_t c) {
  std::optional<SourceLoc> found;
  model::for_each_block(doc, [&](const model::Block& block, model::BlockPath) {
    if (found) return;
    model::for_each_inline_run(block, [&](const model::Inlines& run) {
      model::for_each_inline(run, [&](const model::Inline& in, const std::vector<const model::Inline*>&) {
        const bool printed = in.kind == model::InlineKind::Text || (in.kind == model::InlineKind::Abbr && in.title);
        const std::string_view text = in.kind == model::InlineKind::Text ? std::string_view(in.text)
                                      : in.title                         ? std::string_view(*in.title)
                                                                         : std::string_view();
        if (!found && printed && contains_code_point(text, c)) found = in.loc;
      });
    });
    if (!found && block.caption && contains_code_point(model::plain_text(*block.caption), c)) found = block.caption_loc;
  });
  if (!found && contains_code_point(doc.meta.title.text, c)) found = doc.meta.title.loc;
  return found.value_or(doc.root_loc);
}

std::string describe(char32_t c) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
  std::string utf8;
  if (c >= 0x20 && c != 0x7F) append_utf8(utf8, c);  // the character itself, to find it in the file
  return utf8.empty() ? std::string(code) : "'" + utf8 + "' (" + code + ")";
}

}  // namespace

std::string run_pdf_pipeline(const resolve::ResolvedDocument& resolved, const PdfOptions& options) {
  const model::Document& doc = resolved.doc;
  const style::Template& tmpl = resolved.tmpl;
  pdf::FontSet fonts(tmpl);
  const layout::PagedDocument pages = layout::layout_document(resolved, fonts);
  if (!fonts.missing().empty()) {
    // A character no font can show would print as an empty box and extract as nothing.
    const std::vector<char32_t>& missing = fonts.missing();
    std::string others;
    for (std::size_t i = 1; i < missing.size() && i <= 5; ++i) others += (others.empty() ? "" : ", ") + describe(missing[i]);
    if (missing.size() > 6) others += ", …";
    throw InputError("glyph-missing", doc.path, first_use(doc, missing.front()),
                     "no installed font (the template's " + tmpl.body.font.family + " nor any fallback) has a glyph for " +
                         describe(missing.front()) + (others.empty() ? std::string() : "; nor for " + others),
                     "install a font that covers these characters and name it in the template's [fonts] table, "
                     "or write them another way");
  }
  pdf::PdfMetadata meta;
  meta.title = doc.meta.title.text;
  for (const model::MetaText& a : doc.meta.authors) meta.authors.push_back(a.text);
  if (doc.meta.subtitle) meta.subject = doc.meta.subtitle->text;
  if (doc.meta.description) meta.description = doc.meta.description->text;
  if (doc.meta.keywords) meta.keywords = doc.meta.keywords->text;
  meta.lang = doc.lang;
  meta.timestamp = options.timestamp;
  meta.claim_pdfua = options.claim_pdfua;
  meta.producer = std::string("Handout ") + kVersion;
  return pdf::write_pdf(pages, fonts, meta);
}

}  // namespace handout::job
