// (model::Document, style::Template) → ResolvedDocument: what the document means, settled once,
// before any writer runs and beside the lint rules. The table grid with its header rows and the
// scope of every header cell; which abbreviation is expanded where; the notes with their numbers,
// ids and heading; the effective text and background colour, language and writing direction of
// every block and inline element; the template's named colours (its own shades included); the
// list markers and the words Handout itself prints ("Notes", running header fields).
//
// The PDF layout, the DOCX writer and the HTML writer read these facts and decide none of them
// themselves, so what lint approved is what every output paints (pandoc settles table heads in its
// AST and shares helpers between writers for the same reason). The model stays untouched: facts
// are looked up by the address of the model node they belong to, so the document must outlive
// its ResolvedDocument and must not move.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/colour.hpp"
#include "model/document.hpp"
#include "resolve/generated_words.hpp"
#include "resolve/script.hpp"
#include "style/template.hpp"

namespace handout::resolve {

// Every colour a writer paints, by what it is for. The template's own shades (table header fill,
// rules) are named here rather than hard-coded in a writer, so lint can check them too.
// <sub> and <sup> (1.1) text is set at this fraction of the text around it where a writer sets
// the size itself (the PDF); lint's contrast check judges it at that size too.
inline constexpr double kScriptSizeRatio = 0.7;

struct Palette {
  Colour page;
  Colour text;     // body text
  Colour heading;  // heading text
  Colour link;
  Colour callout_fill;  // a callout that sets no background
  std::optional<Colour> callout_border;
  double callout_border_width_pt = 0;
  Colour table_header_fill;         // behind <th> cells
  Colour rule;                      // table cell borders, the footnote separator
  Colour quote_bar;                 // the bar beside a quotation (the heading colour)
  Colour header_text, footer_text;  // running header and footer
};
Palette palette_of(const style::Template& tmpl);

// The colours, language and direction text is printed in, inherited down the tree.
struct TextStyle {
  Colour foreground;
  Colour background;               // what is behind the text: page, callout fill, header fill or span background
  bool paints_background = false;  // true on the element whose background differs from its parent's: it must be painted
  bool paints_foreground = false;  // true on a span whose text colour differs from its parent's: it must be set
  std::string_view lang;           // effective BCP 47 tag (view into the model)
  // The element's dir attribute when it has one (auto: its first strong character, FriBiDi), else
  // the direction of its language.
  Direction direction = Direction::Ltr;
  bool lang_changes = false;       // the element sets a language other than its parent's (WCAG 3.1.2)
  bool direction_changes = false;  // the element's direction differs from its parent's
};

enum class HeaderScope { None, Column, Row };

// One cell of a table placed on the grid (the HTML "forming a table" algorithm, simplified: a
// rowspan ends with its row group; overlapping cells keep the earlier one).
struct GridCell {
  const model::TableCell* cell = nullptr;
  const model::TableRow* row = nullptr;  // the <tr> it is written in
  int top = 0, left = 0;                 // grid origin, 0-based
  int height = 1, width = 1;             // rowspan/colspan, clipped to the row group
  // For <th>: as written (col/row), else inferred: in <thead> or the first row → Column; in the
  // first column of a row with data cells → Row; None when it can be neither.
  HeaderScope scope = HeaderScope::None;
};

struct ResolvedTable {
  int row_count = 0;  // one grid row per <tr>
  int col_count = 0;
  // Over kMaxSlots slots (rows × columns) the grid is not built: a handout table is far below
  // it; it bounds time and memory on hostile input. Writers then lay cells row by row.
  bool too_large = false;
  std::vector<GridCell> cells;     // source order
  std::vector<int> slots;          // row-major, index into cells, -1 where no cell reaches
  std::vector<bool> row_has_data;  // per grid row: some <td> covers a slot in it
  // Leading rows that head the table and repeat on every page: the <thead> rows, or when there
  // is no <thead>, the leading rows made only of <th> cells.
  int header_rows = 0;
  // cells_of_row[r] = indices into cells of the cells written in row r, in source order.
  std::vector<std::vector<int>> cells_of_row;

  static constexpr long kMaxSlots = 1L << 20;

  const GridCell* at(int row, int col) const {
    const int k =
        slots[static_cast<std::size_t>(row) * static_cast<std::size_t>(col_count) + static_cast<std::size_t>(col)];
    return k < 0 ? nullptr : &cells[static_cast<std::size_t>(k)];
  }
};
ResolvedTable resolve_table(const model::Table& table);

// No text (whitespace and no-break spaces do not count) and no image.
bool is_empty_cell(const model::TableCell& cell);
// The visible text of a cell, whitespace normalised.
std::string cell_text(const model::TableCell& cell);

struct ResolvedNote {
  int number = 0;                       // 1-based, in document order
  const model::Inline* note = nullptr;  // the <note>: its children are the note text
  std::string id;                       // "note-3": the note's anchor (PDF Note /ID, DOCX, HTML id)
  std::string reference_id;             // "note-ref-3": the anchor of the reference in the text
};

// Text the tool itself prints, settled for every writer.
struct GeneratedText {
  std::string notes_heading;         // above the endnotes (template [notes] heading, or the words table's)
  std::string title, authors, date;  // running header fields: authors joined with ", "
  // The words Handout adds ("Skip to main content", "Note 3"…) in the document's language from the
  // one table (generated_words.cpp); when the table has no entry for it they are English, and
  // `words_lang` says so, for each writer to mark them (WCAG 2.2 SC 3.1.2). Empty: the document's.
  Words words;
  std::string words_lang;
  // The template's [notes] heading when it set one; else words.notes and words_lang apply.
  bool notes_heading_from_template = false;
  // The metadata's subtitle, printed under the title heading (ResolvedDocument::title_heading)
  // by every writer: a paragraph, as PDF/UA-1 has no subtitle structure type (a heading would
  // add a level that is not a section).
  std::string subtitle;
  // The byline under the title (and subtitle): the metadata's authors, comma-separated, and its
  // date, joined by " · "; empty when the metadata has neither (contents.cpp).
  std::string byline;
};

// One entry of the printed table of contents: a heading of levels 1..[contents] levels (the title
// heading left out: the contents list what is under it), with its text and the anchor every
// writer gives the heading (PDF destination, DOCX bookmark, HTML id).
struct ContentsEntry {
  int level = 1;
  std::string text;
  const model::Block* heading = nullptr;
  std::string id;  // "section-3"
};

// The table of contents, when the template asks for one and the document has enough headings.
struct ResolvedContents {
  std::string heading;  // "Contents", from the words table in the document's language
  std::vector<ContentsEntry> entries;
};

// A running header or footer pattern split into what is known now and what only pagination
// knows: {title}, {date} and {author} become text, {page} and {pages} stay numbers to fill in
// (a DOCX makes them fields that Word updates; the PDF prints them), {page_of_pages} becomes the
// words table's "Page {page} of {pages}" in the document's language. Words a template writes
// itself are kept exactly. Unknown {…} stay as written.
struct RunningPiece {
  enum class Kind { Text, PageNumber, PageCount };
  Kind kind = Kind::Text;
  std::string text;  // Text only
};

// A colour pair painted for text, for the contrast rules (WCAG 2.2 SC 1.4.3 / 1.4.6).
struct PaintedText {
  bool in_template = false;  // a template colour pair, reported against the template file
  SourceLoc loc;             // start tag of the element that sets a colour
  std::string what;          // "template body text", "text"…
  Colour foreground, background;
  bool large = false;              // ≥ 18pt, or ≥ 14pt bold (WCAG "large scale")
  const char* template_keys = "";  // for template pairs: the keys to change
};

class ResolvedDocument {
 public:
  const model::Document& doc;
  const style::Template& tmpl;
  Palette palette;
  GeneratedText generated;
  // The level-1 heading that opens the body (inside any opening sections): the visible title,
  // under which the subtitle is printed. nullptr when the body opens with something else.
  const model::Block* title_heading = nullptr;
  std::vector<ResolvedNote> notes;  // by number: notes[n - 1]
  style::NotePlacement note_placement = style::NotePlacement::Endnotes;
  // Every text/background pair some output paints: template defaults and its own shades first,
  // then each element of the content that sets a colour or lies on a background, document order.
  std::vector<PaintedText> painted;
  // The printed table of contents, placed under the title block; nullopt when none is printed.
  std::optional<ResolvedContents> contents;

  ResolvedDocument(const model::Document& d, const style::Template& t) : doc(d), tmpl(t) {}
  ResolvedDocument(const ResolvedDocument&) = delete;
  ResolvedDocument& operator=(const ResolvedDocument&) = delete;
  ResolvedDocument(ResolvedDocument&&) = default;

  // The style of a block, or of an inline element (not Text: text takes its parent's style).
  const TextStyle& style_of(const model::Block& block) const { return lookup(block_style_, &block); }
  const TextStyle& style_of(const model::Inline& element) const { return lookup(inline_style_, &element); }
  const TextStyle& root_style() const { return root_style_; }

  const ResolvedTable& table(const model::Block& table_block) const;
  // The expansion to print before an <abbr> as "expansion (ABBR)", or nullptr to print it as written.
  const std::string* expansion_printed_at(const model::Inline& abbr) const;
  // The expansion of an abbreviation for assistive technology (its title, or the title the same
  // abbreviation carries elsewhere in the document), or nullptr.
  const std::string* expansion_of(const model::Inline& abbr) const;
  const ResolvedNote& note(const model::Inline& note_element) const;
  // The heading level of a callout's title (docs/pdfua-checklist.md, 14-003): one below the heading the
  // callout sits under, 1 when none is above it, at most 6. Every writer makes the title a heading
  // of this level, so heading navigation finds it and levels never skip (PDF/UA-1 §7.4.2).
  int callout_title_level(const model::Block& callout) const;
  // A text inline as every writer prints it: with typographic punctuation unless the template
  // turns it off (typography.cpp), else as written.
  const std::string& text_of(const model::Inline& text) const;
  // The contents entry of a heading, or nullptr when the contents do not list it.
  const ContentsEntry* contents_entry(const model::Block& heading) const;
  // The address to print after an external link's text on paper ([links] print_urls = "after"),
  // or nullptr: internal links, and links whose text already shows the address, print none.
  const std::string* printed_url(const model::Inline& link) const;

  // The title line of a callout as every writer prints it: the kind in words (<callout kind>, 1.1,
  // from the words table) before the written title ("Warning: Fire doors"), the kind word alone
  // when there is no title, the title alone when there is no kind; nullopt when neither.
  std::optional<std::string> callout_title(const model::Block& callout) const;

  // The marker of a list item at `depth` (1 = outermost list) and 1-based position `number`.
  static std::string list_marker(bool ordered, int depth, int number);
  std::vector<RunningPiece> running_pieces(std::string_view pattern) const;
  // The pattern as printed on page `page` of `pages`.
  std::string running_text(std::string_view pattern, int page, int pages) const;

 private:
  friend class Resolver;  // resolve_document.cpp: fills the tables below in one walk
  friend void settle_punctuation(ResolvedDocument& out);  // typography.cpp: printed_text_
  friend void settle_print_aids(ResolvedDocument& out);   // contents.cpp: contents, byline, URLs
  void append_running_pieces(std::string_view pattern, std::vector<RunningPiece>& out, bool expand_words) const;
  template <class Map, class Key>
  const TextStyle& lookup(const Map& map, Key key) const {
    const auto it = map.find(key);
    return it == map.end() ? root_style_ : it->second;
  }
  TextStyle root_style_;
  std::unordered_map<const model::Block*, TextStyle> block_style_;
  std::unordered_map<const model::Inline*, TextStyle> inline_style_;
  std::unordered_map<const model::Block*, ResolvedTable> tables_;
  std::unordered_map<const model::Inline*, std::string> printed_expansion_;  // abbr → expansion printed there
  std::unordered_map<std::string, std::string> expansion_by_text_;           // "GP" → "general practitioner"
  std::unordered_map<const model::Inline*, std::string> abbr_text_;          // abbr → its normalised text
  std::unordered_map<const model::Inline*, int> note_index_;
  std::unordered_map<const model::Block*, int> callout_title_level_;
  std::unordered_map<const model::Inline*, std::string> printed_text_;  // text inline → typographic text
  std::unordered_map<const model::Block*, std::size_t> contents_index_;  // heading → contents entry
  std::unordered_map<const model::Inline*, std::string> printed_url_;    // link → address printed after it
};

// Settles the typographic punctuation of every text inline (typography.cpp).
void settle_punctuation(ResolvedDocument& out);

// Settles the table of contents, the byline and the link addresses printed on paper
// (contents.cpp); runs after settle_punctuation, so entries read as the headings print.
void settle_print_aids(ResolvedDocument& out);

// Settles everything above. Never throws for a document the parser accepted.
ResolvedDocument resolve_document(const model::Document& doc, const style::Template& tmpl);

}  // namespace handout::resolve
