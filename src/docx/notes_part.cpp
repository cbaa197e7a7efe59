// word/footnotes.xml or word/endnotes.xml (ECMA-376 Part 1 §17.11): the text of each <note>,
// numbered as in the model, after the separator notes Word expects at ids -1 and 0 (§17.11.23,
// and settings.xml points at them).
#include "docx/parts.hpp"

namespace handout::docx {

std::string write_notes_part(DocxContext& ctx, Relationships& rels) {
  const bool endnotes = ctx.tmpl.notes == style::NotePlacement::Endnotes;
  const char* const note = endnotes ? "w:endnote" : "w:footnote";
  std::string out;
  out.reserve(2048 + ctx.resolved.notes.size() * 512);
  XmlWriter w(out);
  w.set_source(ctx.doc.path, SourceLoc{});
  w.declaration();
  w.open(endnotes ? "w:endnotes" : "w:footnotes").attr("xmlns:w", kNsW).attr("xmlns:r", kNsR);
  for (const int id : {-1, 0}) {
    w.open(note).attr("w:type", id < 0 ? "separator" : "continuationSeparator").attr("w:id", id);
    w.open("w:p");
    w.open("w:pPr");
    w.open("w:spacing").attr("w:after", 0).attr("w:line", 240).attr("w:lineRule", "auto");
    w.close();
    w.close();
    w.open("w:r");
    w.empty(id < 0 ? "w:separator" : "w:continuationSeparator");
    w.close();
    w.close();
    w.close();
  }
  InlineWriter inlines(ctx, w, rels);
  // Notes stand outside the blocks that refer to them and follow the document's direction, as in
  // the PDF and HTML: an Urdu leaflet's notes are right-to-left paragraphs (§17.3.1.6 bidi).
  RunProps text;
  text.rtl = ctx.resolved.root_style().direction == resolve::Direction::Rtl;
  for (const resolve::ResolvedNote& resolved : ctx.resolved.notes) {
    const model::Inline* n = resolved.note;
    w.set_loc(n->loc);
    w.open(note).attr("w:id", resolved.number);  // the body's references use the same number
    w.open("w:p");
    w.open("w:pPr");
    w.empty("w:pStyle", "w:val", endnotes ? "EndnoteText" : "FootnoteText");
    if (text.rtl) w.empty("w:bidi");
    w.close();
    // §17.11.13 footnoteRef / endnoteRef: the note's own number, in the reference style.
    w.open("w:r");
    RunProps ref;
    ref.char_style = endnotes ? "EndnoteReference" : "FootnoteReference";
    ref.rtl = text.rtl;
    inlines.run_properties(ref);
    w.empty(endnotes ? "w:endnoteRef" : "w:footnoteRef");
    w.close();
    inlines.run_text(" ", text);
    inlines.write(n->children, text);
    w.close();
    w.close();
  }
  w.close();
  return out;
}

}  // namespace handout::docx
