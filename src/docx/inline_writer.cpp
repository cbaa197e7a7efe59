// Inline content → runs (ECMA-376 Part 1 §17.3.2 run, §17.16.22 hyperlink, §17.11 notes).
#include <string>

#include "core/error.hpp"
#include "docx/parts.hpp"
#include "model/query.hpp"

namespace handout::docx {

using model::Inline;
using model::InlineKind;

void InlineWriter::run_properties(const RunProps& p) {
  const bool any = p.char_style || p.code || p.bold || p.italic || p.color || p.shading || p.lang || p.rtl ||
                   p.vert_align;
  if (!any) return;
  // EG_RPrBase order as Word writes it (§17.3.2.28), although Transitional allows any order.
  w_.open("w:rPr");
  // Code takes the "Verbatim Char" style (the name pandoc's reader maps back to Code); inside a
  // link, whose run already has the Hyperlink style, the monospace font is set directly.
  const bool code_style = p.code && !p.char_style;
  if (p.char_style || code_style) w_.empty("w:rStyle", "w:val", code_style ? "VerbatimChar" : p.char_style);
  const bool direct_code = p.code && !code_style;
  if (direct_code) {
    const std::string& mono = ctx_.tmpl.monospace.family;
    w_.open("w:rFonts").attr("w:ascii", mono).attr("w:hAnsi", mono).attr("w:cs", mono);
    w_.close();
  } else if (p.lang) {
    // A span in another language: its script's font in the slot Word draws that script with.
    const ScriptFonts fonts = script_fonts_for(ctx_.tmpl, *p.lang);
    if (!fonts.complex.empty() || !fonts.east_asia.empty()) {
      w_.open("w:rFonts");
      if (!fonts.east_asia.empty()) w_.attr("w:eastAsia", fonts.east_asia);
      if (!fonts.complex.empty()) w_.attr("w:cs", fonts.complex);
      w_.close();
    }
  }
  if (p.bold) {
    w_.empty("w:b");
    w_.empty("w:bCs");
  }
  if (p.italic) {
    w_.empty("w:i");
    w_.empty("w:iCs");
  }
  if (p.color) w_.empty("w:color", "w:val", hex_colour(*p.color));
  if (direct_code) {
    w_.empty("w:sz", "w:val", half_points(ctx_.tmpl.monospace.size_pt));
    w_.empty("w:szCs", "w:val", half_points(ctx_.tmpl.monospace.size_pt));
  }
  if (p.shading) {
    w_.open("w:shd").attr("w:val", "clear").attr("w:color", "auto").attr("w:fill", hex_colour(*p.shading));
    w_.close();
  }
  if (p.vert_align) w_.empty("w:vertAlign", "w:val", p.vert_align);
  if (p.rtl) w_.empty("w:rtl");
  // §17.3.2.20 lang: the span's language, so spell-checkers and screen readers switch (WCAG 3.1.2).
  if (p.lang) write_language(w_, *p.lang);
  w_.close();
}

void InlineWriter::run_text(std::string_view text, const RunProps& props) {
  if (text.empty()) return;
  w_.open("w:r");
  run_properties(props);
  w_.open("w:t");
  // §17.3.3.31: without xml:space="preserve" consumers strip leading/trailing spaces of a w:t.
  if (text.front() == ' ' || text.back() == ' ') w_.attr("xml:space", "preserve");
  w_.text(text);
  w_.close();
  w_.close();
}

void InlineWriter::write(const model::Inlines& inlines, const RunProps& props) {
  for (const Inline& in : inlines) write_one(in, props);
}

void InlineWriter::write_one(const Inline& in, const RunProps& props) {
  if (in.loc.known()) w_.set_loc(in.loc);
  RunProps p = props;
  switch (in.kind) {
    case InlineKind::Text: run_text(ctx_.resolved.text_of(in), props); return;
    case InlineKind::Emphasis:
      (ctx_.tmpl.emphasis == style::EmphasisStyle::Bold ? p.bold : p.italic) = true;
      break;
    case InlineKind::Strong: p.bold = true; break;
    case InlineKind::Code: p.code = true; break;
    // Word sizes and shifts the text itself, as HTML's sub and sup do.
    case InlineKind::Subscript: p.vert_align = "subscript"; break;
    case InlineKind::Superscript: p.vert_align = "superscript"; break;
    case InlineKind::Link:
      // A link inside a link cannot be followed separately: keep the outer one.
      if (in.href && !(props.char_style && std::string_view(props.char_style) == "Hyperlink")) {
        if (in.href->size() > 1 && in.href->front() == '#')  // to a block's bookmark (format 1.1)
          w_.open("w:hyperlink").attr("w:anchor", bookmark_name(in.href->substr(1))).attr("w:history", "1");
        else
          w_.open("w:hyperlink").attr("r:id", rels_.add_hyperlink(*in.href)).attr("w:history", "1");
        p.char_style = "Hyperlink";
        write(in.children, p);
        w_.close();
        return;
      }
      break;
    case InlineKind::Abbr:
      if (const std::string* expansion = ctx_.resolved.expansion_printed_at(in)) {
        // "expansion (ABBR)" at first use: WCAG 2.2 SC 3.1.4, GOV.UK style guide.
        run_text(*expansion + " (", props);
        write(in.children, props);
        w_.set_loc(in.loc);
        run_text(")", props);
        return;
      }
      break;
    case InlineKind::Span: {
      const resolve::TextStyle& style = ctx_.resolved.style_of(in);
      if (style.lang_changes) p.lang = &*in.lang;
      p.rtl = style.direction == resolve::Direction::Rtl;
      if (style.paints_foreground) p.color = style.foreground;
      if (style.paints_background) p.shading = style.background;
      if (style.direction_changes) {
        // A passage in the other direction is a bidi isolate (UAX #9 LRI/RLI … PDI), as HTML's
        // dir makes it: "020 7946 0000" inside Urdu keeps its order, and the words around it
        // theirs, in Word and LibreOffice alike.
        run_text(p.rtl ? "\u2067" : "\u2066", p);
        write(in.children, p);
        run_text("\u2069", p);
        return;
      }
      break;
    }
    case InlineKind::LineBreak:
      w_.open("w:r");
      w_.empty("w:br");
      w_.close();
      return;
    case InlineKind::Note: {
      const bool endnotes = ctx_.tmpl.notes == style::NotePlacement::Endnotes;
      const int id = ctx_.resolved.note(in).number;
      w_.open("w:r");
      RunProps ref;
      ref.char_style = endnotes ? "EndnoteReference" : "FootnoteReference";
      run_properties(ref);
      w_.empty(endnotes ? "w:endnoteReference" : "w:footnoteReference", "w:id", id);
      w_.close();
      return;
    }
  }
  write(in.children, p);
}

}  // namespace handout::docx
