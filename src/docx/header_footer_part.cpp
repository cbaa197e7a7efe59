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

// The letterhead's picture in a paragraph of its own, aligned as the template says, at its width.
void letterhead(DocxContext& ctx, XmlWriter& w, Relationships& rels) {
  const style::Letterhead& lh = *ctx.tmpl.letterhead;
  MediaFile m;
  m.key = lh.source;
  m.bytes = *lh.bytes;
  m.format = lh.jpeg ? model::ImageFormat::Jpeg : model::ImageFormat::Png;
  m.pixel_width = lh.pixel_width;
  m.pixel_height = lh.pixel_height;
  m.part_name = "word/media/image" + std::to_string(ctx.media.size() + 1) + (lh.jpeg ? ".jpeg" : ".png");
  const std::string rel_id = rels.add("image", m.part_name.substr(5));
  const std::string file_name = m.part_name.substr(11);
  ctx.media.push_back(std::move(m));
  constexpr double kEmuPerMm = 36000;
  const auto cx = static_cast<std::int64_t>(lh.width_mm * kEmuPerMm + 0.5);
  const auto cy = static_cast<std::int64_t>(lh.height_mm() * kEmuPerMm + 0.5);
  w.open("w:p");
  w.open("w:pPr");
  w.empty("w:pStyle", "w:val", "Header");
  w.open("w:spacing").attr("w:after", twips_from_mm(lh.space_after_mm));
  w.close();
  const char* jc = lh.align == style::LetterheadAlign::Centre ? "center"
                   : lh.align == style::LetterheadAlign::Right ? "end" : "start";
  w.empty("w:jc", "w:val", jc);
  w.close();
  write_picture_run(w, {rel_id, file_name, cx, cy, ctx.next_drawing_id++, lh.decorative ? nullptr : &lh.alt, lh.decorative});
  w.close();
}

}  // namespace

std::string write_header_footer_part(DocxContext& ctx, const style::RunningText& text, bool header,
                                     Relationships* logo_rels) {
  std::string out;
  XmlWriter w(out);
  w.set_source(ctx.tmpl.path, SourceLoc{});
  w.declaration();
  w.open(header ? "w:hdr" : "w:ftr").attr("xmlns:w", kNsW).attr("xmlns:r", kNsR);
  if (logo_rels && ctx.tmpl.letterhead) {
    w.attr("xmlns:wp", kNsWp).attr("xmlns:a", kNsA).attr("xmlns:pic", kNsPic);
    letterhead(ctx, w, *logo_rels);
  }
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
