// The one document model every part of Handout works on: parsers build it, rules read it,
// writers (PDF through layout, DOCX directly) turn it into bytes. Every node keeps the
// SourceLoc of its start tag so that any finding can point back at the content file.
//
// Blocks and inlines are tagged structs (a kind plus the fields that kind uses), in the spirit of
// pandoc's Block/Inline. Switch over `kind` without a `default:` so that -Wswitch lists every
// place a new kind must be handled.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/colour.hpp"
#include "core/source_loc.hpp"
#include "model/boxed.hpp"

namespace handout::model {

// Unique within one Document, assigned in document order by the parser (0 = unassigned).
using NodeId = std::uint32_t;

// The dir attribute (HTML's): Auto takes the direction of the element's first strong character.
enum class Dir { Ltr, Rtl, Auto };

enum class InlineKind {
  Text,       // text: whitespace already collapsed as HTML does
  Emphasis,   // <em>
  Strong,     // <strong>
  Code,       // <code>
  Link,       // <a href>
  Abbr,       // <abbr title>
  Span,       // <span lang color background>
  LineBreak,  // <br/>
  Note,       // <note>: footnote or endnote text at its point of reference
  Subscript,    // <sub> (1.1): text set lower and smaller, part of the words ("CO<sub>2</sub>")
  Superscript,  // <sup> (1.1): text set higher and smaller ("1<sup>st</sup>"); not a note
};

struct Inline {
  InlineKind kind = InlineKind::Text;
  NodeId id = 0;
  SourceLoc loc;
  std::string text;                 // Text only
  std::optional<std::string> href;  // Link: nullopt when the attribute is absent
  std::optional<std::string> title; // Abbr: nullopt when the attribute is absent
  std::optional<std::string> lang;  // Span
  std::optional<Dir> dir;           // Span: nullopt when the attribute is absent
  std::optional<Colour> color;      // Span
  std::optional<Colour> background; // Span
  int note_number = 0;              // Note: 1-based, in document order (set by the parser)
  std::vector<Inline> children;     // every kind but Text and LineBreak
};
using Inlines = std::vector<Inline>;

enum class BlockKind {
  Heading,    // <h1>…<h6>: level, inlines
  Paragraph,  // <p>: inlines
  Plain,      // inline content of an <li>, <th> or <td> written without a <p> (pandoc's Plain)
  List,       // <ul>/<ol>: ordered, children are ListItem
  ListItem,   // <li>: children (a Plain for inline text, or blocks)
  Figure,     // <figure>: image, caption (inlines)
  Image,      // <img> outside a figure: image
  Table,      // <table>: table
  Callout,    // <callout>: title, color, background, children
  Quote,      // <quote>: children
  Section,    // <section>: children
  PageBreak,  // <pagebreak/>
  ReplySlip,  // <reply-slip> (1.1): slip, a form to cut off and return
  DefinitionList,     // <dl> (1.1): children are DefinitionTerm, each followed by DefinitionDetails
  DefinitionTerm,     // <dt> (1.1): inlines, the term
  DefinitionDetails,  // <dd> (1.1): children (a Plain for inline text, or blocks), the definition
  Address,            // <address> (1.1): inlines, its lines split by line breaks; never split across pages
  Rule,               // <hr/> (1.1): a thematic break, drawn as a line; no content
};

// Svg: drawn by librsvg into a PNG at print resolution for the PDF and DOCX (core/svg_image.hpp).
enum class ImageFormat { Unknown, Png, Jpeg, Svg };

struct Image {
  SourceLoc loc;                    // the <img> start tag
  NodeId id = 0;
  std::string src;                  // as written, relative to the content file
  std::optional<std::string> alt;   // nullopt when the attribute is absent
  bool decorative = false;
  std::optional<double> width_percent;  // of the text column, 1..100
  // Filled by the parser when it checks images (ContentOptions::check_images): the file after
  // resolving symlinks (inside the content folder), its format and size in pixels.
  std::string resolved_path;
  ImageFormat format = ImageFormat::Unknown;
  std::uint32_t pixel_width = 0, pixel_height = 0;
};

struct Block;

// <ol type="…"> (1.1): how an ordered list counts, in CSS's names.
enum class ListStyle { Decimal, LowerAlpha, UpperAlpha, LowerRoman, UpperRoman };

// <callout kind="…"> (1.1): what sort of aside it is, said in words at its start.
enum class CalloutKind { Note, Tip, Warning, Important };

enum class CellScope { None, Col, Row, Invalid };

struct TableCell {
  SourceLoc loc;
  NodeId id = 0;
  bool header = false;  // <th>
  CellScope scope = CellScope::None;
  std::string scope_text;  // the scope attribute as written (for messages about invalid values)
  int colspan = 1;
  int rowspan = 1;
  std::vector<Block> content;  // a Plain for inline content, or blocks
};

enum class RowGroup { None, Head, Body };

struct TableRow {
  SourceLoc loc;
  NodeId id = 0;
  RowGroup group = RowGroup::None;  // which of <thead>/<tbody> holds it, if any
  std::vector<TableCell> cells;
};

struct Table {
  std::optional<Inlines> caption;
  SourceLoc caption_loc;
  std::vector<TableRow> rows;  // in source order
};

// A field of a reply slip (format 1.1). The label is plain text: it is what a screen reader
// speaks for the field, the PDF field's /TU, the DOCX control's alias and the HTML <label>.
enum class FieldKind { Text, Date, Checkbox, Choice, Signature };

struct FormField {
  FieldKind kind = FieldKind::Text;
  NodeId id = 0;
  SourceLoc loc;
  std::optional<std::string> label;  // nullopt when the attribute is absent
  int lines = 1;                     // Text: lines to write on (more than 1 is a multi-line field)
  std::vector<std::string> options;  // Choice: the <option> texts, in order
  std::vector<SourceLoc> option_locs;
  // Unique and stable within the document: the slip's name, a dot, the field's place in the slip
  // ("trip-reply.3"), so a filled-in PDF's values can be matched to fields however labels change.
  std::string name;
};

struct ReplySlip {
  std::string name;                    // the id attribute, or "reply-slip-N" (N-th slip) when absent
  std::optional<std::string> title;    // heading printed at the top of the slip
  std::vector<FormField> fields;
  std::optional<std::string> return_to;  // <return-to>: where and when to hand the slip back
  SourceLoc return_loc;
};

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  NodeId id = 0;
  SourceLoc loc;
  int level = 0;                    // Heading: 1..6
  bool ordered = false;             // List
  int list_start = 1;               // List, ordered: the first item's number (<ol start>, 1.1)
  ListStyle list_style = ListStyle::Decimal;  // List, ordered: <ol type> (1.1)
  Inlines inlines;                  // Heading, Paragraph, Plain, DefinitionTerm, Address
  std::vector<Block> children;      // List, ListItem, Callout, Quote, Section, DefinitionList, DefinitionDetails
  Boxed<Image> image;               // Figure, Image
  std::optional<Inlines> caption;   // Figure
  SourceLoc caption_loc;            // Figure
  std::optional<Table> table;       // Table
  std::optional<std::string> title; // Callout
  std::optional<Colour> color;      // Callout
  std::optional<Colour> background; // Callout
  std::optional<CalloutKind> callout_kind;  // Callout: <callout kind> (1.1)
  std::optional<Dir> dir;           // every kind but Image and PageBreak: nullopt when absent
  // id="…" (1.1): the name <a href="#…"> links reach this block by; unique in the document.
  std::optional<std::string> anchor;
  Boxed<ReplySlip> slip;            // ReplySlip
};

// A metadata field with where it was written.
struct MetaText {
  std::string text;
  SourceLoc loc;
};

struct Meta {
  SourceLoc loc;  // the <meta> start tag
  MetaText title;
  std::optional<MetaText> subtitle;
  std::vector<MetaText> authors;
  std::optional<MetaText> audience;
  std::optional<MetaText> date;
  std::optional<MetaText> description;
  std::optional<MetaText> keywords;  // comma-separated, as written
};

// <?handout-ignore rule-id reason="…"?>: suppresses `rule` for the next element and everything
// inside it, i.e. for findings located between `first` and `last` inclusive.
struct Suppression {
  std::string rule;
  std::string reason;
  SourceLoc at;     // the processing instruction itself
  SourceLoc first;  // start tag of the element it applies to
  SourceLoc last;   // last start tag inside that element
};

// The content format's version, from <handout version="…">. Files without the attribute are 1.0,
// so every file written before 1.1 keeps its meaning; elements and attributes added in 1.1 need
// version="1.1", which tells a reader of an older Handout why the file will not load.
enum class FormatVersion { V1_0, V1_1 };

struct Document {
  std::string path;       // as given by the user; used in every diagnostic
  FormatVersion version = FormatVersion::V1_0;
  std::string lang;       // root lang, as written
  std::optional<Dir> dir; // root dir, nullopt when absent
  SourceLoc root_loc;     // the <handout> start tag
  std::optional<std::string> template_name;  // root template attribute
  std::optional<bool> contents;  // root contents attribute: print a table of contents; nullopt: the template decides
  Meta meta;
  std::vector<Block> body;
  SourceLoc body_loc;
  std::vector<Suppression> suppressions;
  int note_count = 0;
};

}  // namespace handout::model
