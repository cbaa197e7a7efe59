// Internal to the docx module: the state shared while the parts of one package are written, and
// one function per part. Nothing here is used outside src/docx/.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/colour.hpp"
#include "docx/xml_writer.hpp"
#include "model/document.hpp"
#include "resolve/resolved_document.hpp"
#include "style/template.hpp"

namespace handout::docx {

// Namespace URIs (ECMA-376 Part 1 §A, Part 2 §9/§11).
inline constexpr std::string_view kNsW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr std::string_view kNsR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr std::string_view kNsWp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
inline constexpr std::string_view kNsA = "http://schemas.openxmlformats.org/drawingml/2006/main";
inline constexpr std::string_view kNsPic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
inline constexpr std::string_view kRelBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// One part's relationships (word/_rels/document.xml.rels, word/_rels/endnotes.xml.rels, …).
struct Relationship {
  std::string id;  // "rId1"
  std::string type;  // full URI
  std::string target;
  bool external = false;
};

class Relationships {
 public:
  // `type` is the last segment after kRelBase ("styles", "image", …).
  std::string add(std::string_view type, std::string target, bool external = false);
  // Hyperlinks to the same target share one relationship.
  std::string add_hyperlink(const std::string& href);
  const std::vector<Relationship>& items() const { return items_; }

 private:
  std::vector<Relationship> items_;
};

struct MediaFile {
  std::string key;        // resolved image path, so one picture used twice is stored once
  std::string part_name;  // "word/media/image1.png"
  std::string bytes;
  model::ImageFormat format = model::ImageFormat::Unknown;
  std::uint32_t pixel_width = 0, pixel_height = 0;
};

struct PageGeometry {
  std::int64_t width = 0, height = 0;  // twips (1/20 pt)
  std::int64_t margin_top = 0, margin_bottom = 0, margin_left = 0, margin_right = 0;
  // Panels of a folded leaflet ([layout] panels) are Word's equal columns: the side margins of each
  // panel add up to the space between two columns, so the folds fall where the PDF puts them.
  int columns = 1;
  std::int64_t column_space = 720;
  std::int64_t text_width() const { return width - margin_left - margin_right; }
  // The text column a block is set in: the whole text width, or one panel's.
  std::int64_t column_width() const { return (text_width() - (columns - 1) * column_space) / columns; }
  std::int64_t text_height() const { return height - margin_top - margin_bottom; }
};

// Everything the parts share while one package is written.
struct DocxContext {
  const resolve::ResolvedDocument& resolved;  // every decision about meaning is read from here
  const model::Document& doc;
  const style::Template& tmpl;
  PageGeometry page;
  std::vector<MediaFile> media;
  // w:num 2, 3, …: one per ordered list, its ilvl and the list (its start and type, format 1.1).
  std::vector<std::pair<int, const model::Block*>> ordered_list_levels;
  int next_drawing_id = 1;                          // wp:docPr/@id, unique in the package
  std::string header_rel_id, footer_rel_id;          // empty: no header / footer part
  // The first page's header (w:titlePg) when it differs from the others: the PDF leaves a running
  // header that only repeats the title off page 1, and so does Word. Empty: page 1 as the others.
  std::string first_header_rel_id;
  int next_sdt_id = 1;                              // w:sdtPr/w:id of reply slip controls
};

// The template's family for the East Asian and the Complex Script font slots of text in `lang`
// (empty: the language's script is Latin-like, or the template names no family for it).
struct ScriptFonts {
  std::string east_asia, complex;
};
ScriptFonts script_fonts_for(const style::Template& tmpl, std::string_view lang);
// w:rFonts: `latin` in the ASCII and High ANSI slots, the script fonts (or `latin`) in the others.
void write_run_fonts(XmlWriter& w, const std::string& latin, const ScriptFonts& fonts);
// w:lang with the language in the slot its script is drawn with (val always).
void write_language(XmlWriter& w, std::string_view lang);

// Unit conversions: OOXML measures in twips, half-points, eighths of a point and EMU.
std::int64_t twips_from_pt(double pt);
std::int64_t twips_from_mm(double mm);
std::int64_t half_points(double pt);
std::string hex_colour(Colour c);  // "1A2B3C": ST_HexColorRGB, no '#'
// Left indent and hanging of list level `ilvl` (numbering.xml and direct formatting agree),
// grown with the template's type size (style::Template::layout_scale).
std::int64_t list_indent(int ilvl, const style::Template& t);
std::int64_t list_hanging(const style::Template& t);
// A length in any OOXML unit (twips, eighths of a point) designed for 12pt body text, grown
// with the template's type size.
std::int64_t scaled_units(std::int64_t twips, const style::Template& t);

// Run formatting inherited down the inline tree.
struct RunProps {
  bool bold = false, italic = false, code = false;
  const char* char_style = nullptr;  // "Hyperlink", "FootnoteReference", …
  std::optional<Colour> color;
  std::optional<Colour> shading;
  const std::string* lang = nullptr;  // a span's language, when it differs from its parent's
  bool rtl = false;                   // §17.3.2.30: the run is right-to-left text
  const char* vert_align = nullptr;   // §17.3.2.42 vertAlign: "subscript" or "superscript" (1.1)
};

// Writes inline content as runs (w:r, w:hyperlink, note references) into a paragraph. Shared by
// the main document and the notes part, each with its own relationships.
class InlineWriter {
 public:
  InlineWriter(DocxContext& ctx, XmlWriter& w, Relationships& rels) : ctx_(ctx), w_(w), rels_(rels) {}
  void write(const model::Inlines& inlines, const RunProps& props);
  void run_text(std::string_view text, const RunProps& props);
  void run_properties(const RunProps& props);

 private:
  void write_one(const model::Inline& in, const RunProps& props);
  DocxContext& ctx_;
  XmlWriter& w_;
  Relationships& rels_;
};

// An inline picture: its relationship in the part being written, its size in EMU, its
// wp:docPr id (DocxContext::next_drawing_id) and its alt text (nullptr: none).
struct Picture {
  std::string rel_id;
  std::string file_name;  // "image1.png", the media part's name
  std::int64_t cx = 0, cy = 0;
  int id = 0;
  const std::string* alt = nullptr;
  bool decorative = false;
};
// Writes w:r holding the w:drawing (picture.cpp).
void write_picture_run(XmlWriter& w, const Picture& pic);
// The bookmark a heading listed in the contents carries (§17.13.6.2): its resolved anchor as a
// hidden bookmark name ("_Toc" and no hyphens, which Word's bookmark names lack).
std::string contents_bookmark(const resolve::ContentsEntry& entry);
// The printed table of contents (contents.cpp): its heading, then a TOC field (§17.16.5.68) whose
// result is already the entries, each a hyperlink to its heading's bookmark, so it reads without
// an update; the field is marked dirty so Word adds the page numbers when it opens the file.
void write_contents(DocxContext& ctx, XmlWriter& w, InlineWriter& runs, bool rtl);
// The header pattern as page 1 prints it: a piece that would only repeat the title heading
// printed under it is left off, as the PDF leaves it off (layout draw_running_text).
style::RunningText first_page_header(const resolve::ResolvedDocument& resolved);
// reply_slip.cpp: a reply slip's paragraphs and content controls, into the body.
void write_reply_slip(DocxContext& ctx, XmlWriter& w, const model::ReplySlip& slip);

// Parts. Each returns the XML bytes of one part.
// The Word bookmark name for a block's id: the id itself, which the content format keeps to
// letters, digits, '-', '_' and '.' (as pandoc does); Word reads at most 40 characters, so a
// longer id is cut and given a hash of the whole to stay unique.
std::string bookmark_name(const std::string& anchor);

std::string write_document_part(DocxContext& ctx, Relationships& rels);
std::string write_notes_part(DocxContext& ctx, Relationships& rels);
std::string write_styles_part(const DocxContext& ctx);
std::string write_numbering_part(const DocxContext& ctx);
// With `logo_rels`, a header opens with the template's letterhead, its picture related there.
std::string write_header_footer_part(DocxContext& ctx, const style::RunningText& text, bool header,
                                     Relationships* logo_rels = nullptr);
std::string write_settings_part(const DocxContext& ctx);
std::string write_font_table_part(const DocxContext& ctx);
std::string write_core_properties_part(const DocxContext& ctx, std::int64_t timestamp);
std::string write_app_properties_part();
std::string write_relationships_part(const std::vector<Relationship>& rels);

// A part ready for the zip, in the order it is stored.
struct PackagePart {
  std::string name;          // "word/document.xml"
  std::string content_type;  // for [Content_Types].xml; empty for .rels and media (Default)
  std::string bytes;
  bool compress = true;
};

std::string write_content_types_part(const std::vector<PackagePart>& parts);
// The zip itself (libzip, in memory). Entry order = `parts` order; every entry dated `timestamp`.
std::string zip_parts(const std::vector<PackagePart>& parts, std::int64_t timestamp);

}  // namespace handout::docx
