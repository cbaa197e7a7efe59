// The output of layout: pages of positioned items, plus the logical structure tree they belong
// to, as plain data (Typst's Frame, WeasyPrint's layout boxes). The PDF writer turns this into
// content streams, a structure tree and annotations without looking at the model again.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/colour.hpp"
#include "model/boxed.hpp"
#include "model/document.hpp"
#include "resolve/resolved_document.hpp"

namespace handout::layout {

// Fonts the layout uses; the metrics implementation maps each to a file. The five named faces
// are the template's; shaping may answer with further faces (kFaceCount and up), fallback fonts
// found for characters the template's fonts lack, which the PDF embeds like the others.
enum class Face : std::uint16_t { Regular, Bold, Italic, BoldItalic, Mono };
inline constexpr int kFaceCount = 5;

struct Rect {
  double x = 0, y = 0, w = 0, h = 0;  // PDF user space: points, origin bottom-left
};

// Standard structure types of ISO 32000-1 §14.8.4 that Handout uses.
enum class Role : std::uint8_t {
  Document, Sect, H1, H2, H3, H4, H5, H6, P, L, LI, Lbl, LBody, Figure, Caption,
  Table, THead, TBody, TR, TH, TD, Link, Note, Reference, BlockQuote, Span, TOC, TOCI, Form
};
const char* role_name(Role r);

// One element of the logical structure tree, in reading (source) order.
struct StructNode {
  Role role = Role::P;
  int parent = -1;                // index in PagedDocument::structure; -1 for the root
  std::vector<int> children;      // element children, in order
  std::string alt;                // Figure: alternative text
  std::string lang;               // Span: BCP 47
  std::string expansion;          // Span for <abbr>: /E
  std::string actual_text;        // Span around right-to-left text: its characters in logical order
  std::string id;                 // Note: unique ID
  const char* list_numbering = nullptr;  // L: /ListNumbering name
  resolve::HeaderScope scope = resolve::HeaderScope::None;  // TH: /Scope
  int row_span = 1, col_span = 1; // TH, TD: the cells the element covers
  int bbox_page = -1;             // Figure: page and box
  Rect bbox;
};

struct Glyph {
  std::uint32_t id = 0;
  double advance = 0;  // points, from shaping (kerning included)
  // A fallback face (kFaceCount and up) the id belongs to, for characters the face asked for
  // lacks; any other value means the face asked for.
  Face face = Face::Regular;
  std::uint32_t cluster = 0;  // byte offset in the shaped text of the characters it stands for
  // Where the glyph is drawn relative to the pen (points; 1pt units from shaping): the marks
  // and the stepped baseline of Nastaliq, Arabic vowel marks. The pen still moves by `advance`.
  double x_offset = 0, y_offset = 0;
};

enum class ItemKind : std::uint8_t { Text, Fill, Stroke, Image };
enum class ArtifactKind : std::uint8_t { None, Pagination, Layout, Background };

// What an Image item shows.
struct ImageSource {
  std::string path;
  model::ImageFormat format = model::ImageFormat::Unknown;  // as the parser probed it
  // The bytes to embed when they are not simply the file at `path` (a template's letterhead,
  // read when the template was loaded; an SVG rasterised to PNG). `path` then only names the
  // picture, so that it is embedded once.
  std::shared_ptr<const std::string> bytes;
};

struct Item {
  ItemKind kind = ItemKind::Text;
  int node = -1;                  // StructNode this content belongs to; -1 = artifact
  ArtifactKind artifact = ArtifactKind::None;
  // An artifact's language when it is not the document's (the English words of a language the
  // words table lacks): its marked content's /Lang (ISO 32000-1 §14.9.2.2).
  std::string lang;
  // Text
  Face face = Face::Regular;
  double size = 12;
  double x = 0, y = 0;            // baseline start
  std::vector<Glyph> glyphs;
  Colour color;
  bool underline = false;
  // Whether a reader needs the characters as /ActualText (glyph order differs from character
  // order, as with a pre-base vowel sign, or one cluster has several glyphs, which the per-glyph
  // ToUnicode map cannot express), and then the characters the glyphs stand for.
  bool actual_text = false;
  std::string text;
  // Text at an odd bidi level: its glyphs are in visual order (right to left), `text` in logical
  // order. Items of a line are listed in logical order, so the structure reads back in order; each
  // belongs to a Span whose /ActualText holds `text`.
  bool right_to_left = false;
  // Fill / Stroke / Image
  Rect rect;
  double line_width = 0;
  double dash = 0;                // Stroke: dash and gap length (0 = solid), as a cut line
  model::Boxed<ImageSource> image;  // Image (boxed: a page holds many text items, few pictures)
};

// A link area: an annotation on `page` over `rect`, belonging to Link element `node`.
struct LinkArea {
  int page = 0;
  Rect rect;
  std::string uri;                // external target, or empty for an internal one
  int target_page = -1;           // internal target (notes)
  double target_y = 0;
  int node = -1;
  std::string contents;           // /Contents: the link text, for assistive technology
};

// A fillable field of a reply slip: a widget annotation on `page` over `rect`, belonging to Form
// element `node`. Radio buttons of one question share `name`, one widget per answer.
enum class WidgetKind : std::uint8_t { Text, Checkbox, Radio };

struct FormWidget {
  WidgetKind kind = WidgetKind::Text;
  int page = 0;
  Rect rect;
  int node = -1;
  std::string name;          // the field's stable name (radio: the group's)
  std::string tooltip;       // /TU: the field's label (radio: the question)
  std::string option;        // Radio: the answer's text; Checkbox: the label
  int option_index = 0;      // Radio: 1-based place of the answer (its /AP on-state name)
  bool multiline = false;    // Text
  double font_size = 12;     // Text: what typed text is set in
};

struct OutlineEntry {
  int level = 1;
  std::string title;
  int page = 0;
  double y = 0;
};

struct Page {
  std::vector<Item> items;        // in paint order
};

// A column of text on a page: the whole text area, or one panel of a folded leaflet. The list of
// them is in reading order, which on a roll-folded tri-fold is not page order (the front cover,
// on page 1, is read before the inside, on page 2, and the back after it).
struct ColumnArea {
  int page = 0;
  double left = 0, right = 0;  // the column's side edges
};

struct PagedDocument {
  double width = 595, height = 842;
  std::vector<Page> pages;
  std::vector<StructNode> structure;  // [0] is the Document element
  std::vector<LinkArea> links;
  std::vector<FormWidget> widgets;    // in structure order
  std::vector<OutlineEntry> outline;
  std::vector<ColumnArea> columns;    // in reading order
};

}  // namespace handout::layout
