// word/styles.xml (ECMA-376 Part 1 §17.7): real paragraph, character and table styles from the
// template, so an editor in Word keeps the structure (headings with outline levels, §17.3.1.20)
// instead of direct formatting.
#include <algorithm>
#include <cmath>

#include "docx/parts.hpp"
#include "docx/text_width.hpp"
#include "resolve/table_columns.hpp"

namespace handout::docx {
namespace {

class StylesWriter {
 public:
  StylesWriter(const DocxContext& ctx, XmlWriter& w)
      : ctx_(ctx), t_(ctx.tmpl), w_(w), script_fonts_(script_fonts_for(ctx.tmpl, ctx.doc.lang)) {}

  void write() {
    w_.open("w:styles").attr("xmlns:w", kNsW);
    doc_defaults();
    paragraph_styles();
    character_styles();
    table_styles();
    w_.open("w:style").attr("w:type", "numbering").attr("w:default", "1").attr("w:styleId", "NoList");
    w_.empty("w:name", "w:val", "No List");
    w_.empty("w:uiPriority", "w:val", 99);
    w_.empty("w:semiHidden");
    w_.empty("w:unhideWhenUsed");
    w_.close();
    w_.close();
  }

 private:
  // The style's family for Latin text; text in the document's own script, when Word draws that
  // script from the East Asian or Complex Script slot, in the template's font for it.
  void fonts(const std::string& family) { write_run_fonts(w_, family, script_fonts_); }
  void size(double pt) {
    w_.empty("w:sz", "w:val", half_points(pt));
    w_.empty("w:szCs", "w:val", half_points(pt));
  }
  void spacing(std::int64_t before, std::int64_t after, std::int64_t line) {
    w_.open("w:spacing").attr("w:before", before).attr("w:after", after).attr("w:line", line).attr("w:lineRule", "auto");
    w_.close();
  }
  std::int64_t body_line() const { return std::llround(t_.body.line_spacing * 240.0); }

  // Opens <w:style> with the elements before pPr, in CT_Style order.
  void begin(const char* type, const char* id, const char* name, const char* based_on, const char* next,
             int priority, bool quick, bool is_default = false) {
    w_.open("w:style").attr("w:type", type);
    if (is_default) w_.attr("w:default", "1");
    w_.attr("w:styleId", id);
    w_.empty("w:name", "w:val", name);
    if (based_on) w_.empty("w:basedOn", "w:val", based_on);
    if (next) w_.empty("w:next", "w:val", next);
    if (priority >= 0) w_.empty("w:uiPriority", "w:val", priority);
    if (quick) w_.empty("w:qFormat");
  }

  void doc_defaults() {
    w_.open("w:docDefaults");
    w_.open("w:rPrDefault");
    w_.open("w:rPr");
    fonts(t_.body.font.family);
    size(t_.body.font.size_pt);
    // §17.3.2.20: the document language as the default of every run (WCAG 2.2 SC 3.1.1).
    w_.set_source(ctx_.doc.path, ctx_.doc.root_loc);
    write_language(w_, ctx_.doc.lang);
    w_.close();
    w_.close();
    w_.open("w:pPrDefault");
    w_.open("w:pPr");
    w_.open("w:spacing").attr("w:after", 0).attr("w:line", 240).attr("w:lineRule", "auto");
    w_.close();
    w_.close();
    w_.close();
    w_.close();
  }

  void box(Colour background, std::optional<Colour> border, double border_pt, double padding_pt) {
    // The box is a paragraph border (§17.3.1.24) whose w:space is the padding; with no border in
    // the template it is drawn in the background colour, so only the padding shows.
    const std::string colour = hex_colour(border.value_or(background));
    const std::int64_t eighths = std::clamp<std::int64_t>(std::llround(border_pt * 8), 2, 96);
    const std::int64_t space = std::clamp<std::int64_t>(std::llround(padding_pt), 0, 31);
    w_.open("w:pBdr");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
      w_.open(side).attr("w:val", "single").attr("w:sz", eighths).attr("w:space", space).attr("w:color", colour);
      w_.close();
    }
    w_.close();
    w_.open("w:shd").attr("w:val", "clear").attr("w:color", "auto").attr("w:fill", hex_colour(background));
    w_.close();
  }

  void paragraph_styles() {
    const style::BodyStyle& body = t_.body;
    const std::int64_t after = twips_from_pt(body.paragraph_space_pt);

    begin("paragraph", "Normal", "Normal", nullptr, nullptr, -1, true, true);
    w_.open("w:pPr");
    w_.empty("w:widowControl");
    spacing(0, after, body_line());
    if (body.align == style::TextAlign::Justify) w_.empty("w:jc", "w:val", "both");
    w_.close();
    w_.open("w:rPr");
    fonts(body.font.family);
    if (body.font.bold) w_.empty("w:b");
    w_.empty("w:color", "w:val", hex_colour(body.font.color));
    size(body.font.size_pt);
    w_.close();
    w_.close();

    heading_style("Title", "Title", 0, t_.headings.sizes_pt[0]);
    static const char* const kIds[] = {"Heading1", "Heading2", "Heading3", "Heading4", "Heading5", "Heading6"};
    // Word's built-in names ("heading 1"): Word maps them to its localised heading styles, and
    // pandoc and LibreOffice recognise them as headings.
    static const char* const kNames[] = {"heading 1", "heading 2", "heading 3", "heading 4", "heading 5", "heading 6"};
    for (int level = 1; level <= 6; ++level) {
      heading_style(kIds[level - 1], kNames[level - 1], level - 1, t_.headings.sizes_pt[level - 1]);
    }

    // The metadata's subtitle under the title (Word's built-in "Subtitle", priority 11), sized and
    // coloured as the PDF prints it: a step above body text, in the heading colour.
    // The byline (authors and date) under the title: body text, a style of its own so that
    // `handout import` knows it for the metadata it repeats.
    begin("paragraph", "Byline", "Byline", "Normal", "Normal", 12, true);
    w_.close();
    begin("paragraph", "Subtitle", "Subtitle", "Normal", "Normal", 11, true);
    w_.open("w:pPr");
    spacing(0, twips_from_pt(t_.headings.space_before_pt), body_line());
    w_.close();
    w_.open("w:rPr");
    w_.empty("w:color", "w:val", hex_colour(t_.headings.font.color));
    size(body.font.size_pt * 1.25);
    w_.close();
    w_.close();

    begin("paragraph", "ListParagraph", "List Paragraph", "Normal", nullptr, 34, true);
    w_.open("w:pPr");
    w_.empty("w:ind", "w:left", list_indent(0, t_));
    w_.empty("w:contextualSpacing");
    w_.close();
    w_.close();

    begin("paragraph", "Caption", "caption", "Normal", "Normal", 35, true);
    w_.open("w:pPr");
    spacing(twips_from_pt(body.paragraph_space_pt / 2), after, body_line());
    w_.close();
    w_.open("w:rPr");
    // RNIB and the BDA advise against italics; a template may set captions upright.
    if (t_.text.italic_captions) {
      w_.empty("w:i");
      w_.empty("w:iCs");
    }
    w_.close();
    w_.close();

    begin("paragraph", "Quote", "Quote", "Normal", "Normal", 29, true);
    w_.open("w:pPr");
    w_.open("w:pBdr");
    w_.open("w:left").attr("w:val", "single").attr("w:sz", scaled_units(18, t_)).attr("w:space", scaled_units(8, t_)).attr("w:color",
                                                                                    hex_colour(ctx_.resolved.palette.quote_bar));
    w_.close();
    w_.close();
    w_.open("w:ind").attr("w:left", scaled_units(567, t_)).attr("w:right", scaled_units(567, t_));
    w_.close();
    w_.close();
    w_.close();

    const style::CalloutStyle& c = t_.callout;
    begin("paragraph", "Callout", "Callout", "Normal", "Callout", 30, true);
    w_.open("w:pPr");
    box(c.background, c.border, c.border_width_pt, c.padding_pt);
    const std::int64_t inset = twips_from_pt(c.padding_pt + c.border_width_pt);
    w_.open("w:ind").attr("w:left", inset).attr("w:right", inset);
    w_.close();
    w_.close();
    w_.close();

    bold_style("CalloutTitle", "Callout Title", "Callout", "Callout", 30, true);

    // Table text as the PDF sets it: at the template's secondary size, lines
    // line_spacing times that size apart. Word's "auto" line spacing counts in the font's own
    // line height, so the PDF's spacing is divided by it; rows then take the PDF's height and a
    // long table the PDF's pages.
    begin("paragraph", "TableText", "Table Text", "Normal", nullptr, 40, true);
    w_.open("w:pPr");
    spacing(0, 0, std::llround(240.0 * t_.body.line_spacing / kLineHeightEm));
    w_.empty("w:jc", "w:val", "left");
    w_.close();
    w_.open("w:rPr");
    size(resolve::table_text_size_pt(t_));
    w_.close();
    w_.close();

    // Not kept with the next paragraph: a row header's cell would then hold its row to the next,
    // every row to the one after, and Word and LibreOffice could break the table nowhere. Header
    // rows are kept with the first body row directly (document_part.cpp).
    bold_style("TableHeading", "Table Heading", "TableText", nullptr, 40, false);

    for (const char* kind : {"Footnote", "Endnote"}) {
      const std::string id = std::string(kind) + "Text";
      const std::string name = std::string(kind[0] == 'F' ? "footnote" : "endnote") + " text";
      begin("paragraph", id.c_str(), name.c_str(), "Normal", nullptr, 99, false);
      w_.open("w:pPr");
      spacing(0, twips_from_pt(body.paragraph_space_pt / 2), 240);
      w_.empty("w:jc", "w:val", "left");
      w_.close();
      w_.close();
    }

    running_style("Header", "header", t_.header);
    running_style("Footer", "footer", t_.footer);
  }

  void heading_style(const char* id, const char* name, int outline, double pt) {
    const style::HeadingStyle& h = t_.headings;
    begin("paragraph", id, name, "Normal", "Normal", outline == 0 && id[0] == 'T' ? 10 : 9, true);
    w_.open("w:pPr");
    w_.empty("w:keepNext");
    w_.empty("w:keepLines");
    spacing(twips_from_pt(h.space_before_pt), twips_from_pt(h.space_after_pt), 276);
    w_.empty("w:jc", "w:val", "left");  // headings are never justified
    w_.empty("w:outlineLvl", "w:val", outline);
    w_.close();
    w_.open("w:rPr");
    fonts(h.font.family);
    if (h.font.bold) {
      w_.empty("w:b");
      w_.empty("w:bCs");
    }
    w_.empty("w:color", "w:val", hex_colour(h.font.color));
    size(pt);
    w_.close();
    w_.close();
  }

  // A bold paragraph style, kept with the paragraph after it if `keep_next` (a title over its box).
  void bold_style(const char* id, const char* name, const char* based_on, const char* next, int priority, bool keep_next) {
    begin("paragraph", id, name, based_on, next, priority, true);
    if (keep_next) {
      w_.open("w:pPr");
      w_.empty("w:keepNext");
      w_.close();
    }
    w_.open("w:rPr");
    w_.empty("w:b");
    w_.empty("w:bCs");
    w_.close();
    w_.close();
  }

  void running_style(const char* id, const char* name, const style::RunningText& r) {
    begin("paragraph", id, name, "Normal", nullptr, 99, false);
    w_.open("w:pPr");
    // Left, centre and right parts of the running text are separated by these two tab stops.
    w_.open("w:tabs");
    w_.open("w:tab").attr("w:val", "center").attr("w:pos", ctx_.page.text_width() / 2);
    w_.close();
    w_.open("w:tab").attr("w:val", "right").attr("w:pos", ctx_.page.text_width());
    w_.close();
    w_.close();
    spacing(0, 0, 240);
    w_.empty("w:jc", "w:val", "left");
    w_.close();
    w_.open("w:rPr");
    w_.empty("w:color", "w:val", hex_colour(r.color));
    size(r.size_pt);
    w_.close();
    w_.close();
  }

  void character_styles() {
    begin("character", "DefaultParagraphFont", "Default Paragraph Font", nullptr, nullptr, 1, false, true);
    w_.empty("w:semiHidden");
    w_.empty("w:unhideWhenUsed");
    w_.close();

    begin("character", "Hyperlink", "Hyperlink", "DefaultParagraphFont", nullptr, 99, false);
    w_.open("w:rPr");
    w_.empty("w:color", "w:val", hex_colour(t_.link_color));
    if (t_.underline_links) w_.empty("w:u", "w:val", "single");
    w_.close();
    w_.close();

    begin("character", "VerbatimChar", "Verbatim Char", "DefaultParagraphFont", nullptr, 99, false);
    w_.open("w:rPr");
    fonts(t_.monospace.family);
    size(t_.monospace.size_pt);
    w_.close();
    w_.close();

    for (const char* id : {"FootnoteReference", "EndnoteReference"}) {
      begin("character", id, id[0] == 'F' ? "footnote reference" : "endnote reference", "DefaultParagraphFont",
            nullptr, 99, false);
      w_.open("w:rPr");
      w_.empty("w:vertAlign", "w:val", "superscript");
      w_.close();
      w_.close();
    }
  }

  void cell_margins(std::int64_t vertical, std::int64_t horizontal) {
    w_.open("w:tblCellMar");
    w_.open("w:top").attr("w:w", vertical).attr("w:type", "dxa");
    w_.close();
    w_.open("w:left").attr("w:w", horizontal).attr("w:type", "dxa");
    w_.close();
    w_.open("w:bottom").attr("w:w", vertical).attr("w:type", "dxa");
    w_.close();
    w_.open("w:right").attr("w:w", horizontal).attr("w:type", "dxa");
    w_.close();
    w_.close();
  }

  void table_styles() {
    begin("table", "TableNormal", "Normal Table", nullptr, nullptr, 99, false, true);
    w_.empty("w:semiHidden");
    w_.empty("w:unhideWhenUsed");
    w_.open("w:tblPr");
    w_.open("w:tblInd").attr("w:w", 0).attr("w:type", "dxa");
    w_.close();
    cell_margins(0, 108);
    w_.close();
    w_.close();

    // Grid lines in the body text colour: WCAG 2.2 SC 1.4.11 wants 3:1 for the lines that show
    // which cell belongs to which header.
    const std::string line = hex_colour(t_.body.font.color);
    begin("table", "HandoutTable", "Handout Table", "TableNormal", nullptr, 59, false);
    w_.open("w:pPr");
    spacing(0, 0, 276);
    w_.close();
    w_.open("w:tblPr");
    w_.open("w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
      w_.open(side).attr("w:val", "single").attr("w:sz", scaled_units(4, t_)).attr("w:space", 0).attr("w:color", line);
      w_.close();
    }
    w_.close();
    // The PDF's cell padding on every side, so text wraps where the PDF wraps it in the columns
    // both size alike (resolve::table_column_widths).
    cell_margins(twips_from_pt(resolve::table_cell_padding_pt(t_)), twips_from_pt(resolve::table_cell_padding_pt(t_)));
    w_.close();
    w_.open("w:tblStylePr").attr("w:type", "firstRow");
    w_.open("w:rPr");
    w_.empty("w:b");
    w_.empty("w:bCs");
    w_.close();
    w_.open("w:tcPr");
    w_.open("w:shd").attr("w:val", "clear").attr("w:color", "auto").attr("w:fill", hex_colour(ctx_.resolved.palette.table_header_fill));
    w_.close();
    w_.close();
    w_.close();
    w_.close();
  }

  const DocxContext& ctx_;
  const style::Template& t_;
  XmlWriter& w_;
  const ScriptFonts script_fonts_;
};

}  // namespace

std::string write_styles_part(const DocxContext& ctx) {
  std::string out;
  out.reserve(16 * 1024);
  XmlWriter w(out);
  w.set_source(ctx.tmpl.path, SourceLoc{});
  w.declaration();
  StylesWriter(ctx, w).write();
  return out;
}

}  // namespace handout::docx
