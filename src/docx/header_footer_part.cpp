// word/header1.xml and word/footer1.xml (ECMA-376 Part 1 §17.10): the template's running text,
// left / centre / right separated by the tab stops of the Header and Footer styles, with
// {page} and {pages} as PAGE and NUMPAGES fields (§17.16.5) that Word updates as it paginates.
#include "docx/parts.hpp"

namespace handout::docx {
namespace {

void field(XmlWriter& w, std::string_view instruction, std::string_view placeholder) {
  // A complex field (§17.16.18 fldChar) rather than fldSimple: every consumer updates it.
  w.open("w:r");
  w.empty("w:fldChar", "w:fldCharType", "begin");
  w.close();
  w.open("w:r");
  w.open("w:instrText").attr("xml:space", "preserve");
  w.text(instruction);
  w.close();
  w.close();
  w.open("w:r");
  w.empty("w:fldChar", "w:fldCharType", "separate");
  w.close();
  w.open("w:r");
  w.open("w:t");
  w.text(placeholder);
  w.close();
  w.close();
  w.open("w:r");
  w.empty("w:fldChar", "w:fldCharType", "end");
  w.close();
}

// The resolved pattern: text as runs, {page} and {pages} as fields.
void pattern(DocxContext& ctx, XmlWriter& w, InlineWriter& runs, const std::string& text) {
  RunProps props;
  props.rtl = ctx.resolved.root_style().direction == resolve::Direction::Rtl;
  // The table's English words in a document of another language are marked English.
  if (resolve::only_page_of_pages(text) && !ctx.resolved.generated.words_lang.empty())
    props.lang = &ctx.resolved.generated.words_lang;
  for (const resolve::RunningPiece& piece : ctx.resolved.running_pieces(text)) {
    switch (piece.kind) {
      case resolve::RunningPiece::Kind::Text: runs.run_text(piece.text, props); break;
      case resolve::RunningPiece::Kind::PageNumber: field(w, " PAGE ", "1"); break;
      case resolve::RunningPiece::Kind::PageCount: field(w, " NUMPAGES ", "1"); break;
    }
  }
}

}  // namespace

std::string write_header_footer_part(DocxContext& ctx, const style::RunningText& text, bool header) {
  std::string out;
  XmlWriter w(out);
  w.set_source(ctx.tmpl.path, SourceLoc{});
  w.declaration();
  w.open(header ? "w:hdr" : "w:ftr").attr("xmlns:w", kNsW).attr("xmlns:r", kNsR);
  w.open("w:p");
  w.open("w:pPr");
  w.empty("w:pStyle", "w:val", header ? "Header" : "Footer");
  // A right-to-left document's running text reads right to left too: "صفحہ 1 از 2" in order,
  // and its left part on the right, where a reader of the page starts.
  if (ctx.resolved.root_style().direction == resolve::Direction::Rtl) w.empty("w:bidi");
  w.close();
  Relationships unused;
  InlineWriter runs(ctx, w, unused);
  auto tab = [&] {
    w.open("w:r");
    w.empty("w:tab");
    w.close();
  };
  pattern(ctx, w, runs, text.left);
  if (!text.centre.empty() || !text.right.empty()) {
    tab();
    pattern(ctx, w, runs, text.centre);
  }
  if (!text.right.empty()) {
    tab();
    pattern(ctx, w, runs, text.right);
  }
  w.close();
  w.close();
  return out;
}

}  // namespace handout::docx
