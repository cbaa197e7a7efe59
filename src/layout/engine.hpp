// Internal to the layout module: the engine that turns a resolved document into pages, shared
// by the files that hold its parts (layout_engine.cpp: pages, structure and the run;
// inline_runs.cpp: inline content to styled spans; line_placement.cpp: line breaking and placing
// lines; footnotes.cpp; block_flow.cpp: paragraphs, lists, figures, quotes, callouts;
// table_layout.cpp; notes_and_running_text.cpp: endnotes, links and running heads;
// letterhead.cpp: the template's logo).
// Nothing here is used outside src/layout/.
#pragma once
#include <algorithm>
#include <cstdint>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "layout/layout_engine.hpp"

namespace handout::layout::detail {

constexpr double kPointsPerMm = 72.0 / 25.4;

using model::Block;
using model::BlockKind;
using model::Inline;
using model::InlineKind;
using model::Inlines;

// A run of text in one style, belonging to one structure element.
struct Span {
  std::string text;
  Face face = Face::Regular;
  double size = 12;
  Colour color;
  bool underline = false;
  int node = -1;
  int link = -1;                     // index into Engine::pending_links_
  double rise = 0;                   // baseline shift (note references)
  std::optional<Colour> background;  // painted behind the text (a span's own background)
};

struct Piece {
  int span = 0;
  std::string_view text;  // within its span's text (or the space a forced break reads as)
  double width = 0;
  bool space = false;  // only whitespace
  std::uint8_t level = 0;  // UAX #9 embedding level: odd is right to left
};

struct Line {
  std::vector<Piece> pieces;
  double width = 0;
  double size = 12;  // largest font size on the line
  // Tallest ascent and deepest descent (points, both positive) of the faces the line's text is
  // drawn in: a line whose faces reach further than its leading (Noto Nastaliq Urdu: 1.9 em up,
  // 0.6 em down) is given their sum instead (line_advance), so its letters do not touch the
  // line above.
  double ascent = 0, descent = 0;
  bool right_to_left = false;  // the paragraph's direction: the line is aligned to the right
};

struct PendingLink {
  std::string uri;
  int note = 0;       // internal link to note N (1-based)
  int reference = 0;  // internal link back to where note N is referenced
  int node = -1;
  std::string contents;
  int heading = -1;  // internal link to contents entry N's heading (0-based)
  std::string anchor;  // internal link to the block with this id ("#anchor" in the content)
};

// Where a link area leads once every page exists: a note's text, a note's reference, or a block.
struct LinkTarget {
  int note = 0;
  int reference = 0;
  std::string anchor;
};

// A footnote made ready to place: its structure nodes, its text broken into lines, its height.
struct Footnote {
  int note_node = -1;
  std::vector<Span> spans;
  std::vector<Line> lines;
  double height = 0;
};

struct NoteRecord {
  int number = 0;
  const Inlines* content = nullptr;
  int reference_node = -1;
};

inline Face combine(Face base, bool bold, bool italic) {
  if (base == Face::Mono) return Face::Mono;
  const bool b = bold || base == Face::Bold || base == Face::BoldItalic;
  const bool i = italic || base == Face::Italic || base == Face::BoldItalic;
  return b && i ? Face::BoldItalic : b ? Face::Bold : i ? Face::Italic : Face::Regular;
}

class Engine {
 public:
  // `spacing` scales the space between blocks (paragraph spacing, space around headings): 1 is
  // the template's, less tightens a document whose last page would be nearly empty.
  // `contents_pages`: the page of each contents entry's heading, from an earlier run; empty on
  // the first run, whose contents leave the numbers blank.
  Engine(const resolve::ResolvedDocument& resolved, FontMetrics& fm, double spacing = 1,
         std::vector<int> contents_pages = {});

  PagedDocument run();
  // After run(): the 1-based page of each contents entry's heading.
  const std::vector<int>& headings_pages() const { return headings_pages_; }

 private:
  // ---- pages and structure -----------------------------------------------------------------

  // Moves the flow to the next column: the next panel of a panelled template, else a new page.
  void new_page();
  int page_index() const { return page_; }
  std::vector<Item>& items() { return out_.pages[static_cast<std::size_t>(page_)].items; }

  // ---- columns (panels.cpp) -------------------------------------------------------------------

  // A column the flow has filled: the page it is on and its side edges. A template without
  // [layout] panels has one column a page; a tri-fold three, taken in its fold's reading order.
  struct Column {
    int page = 0;
    double left = 0, right = 0;
    std::size_t first_item = 0;  // where its items start among its page's
  };
  int column_index() const { return static_cast<int>(columns_.size()) - 1; }
  // Opens the next column in reading order (adding its page when it is the first on it) and
  // makes it current: page_, left_ and right_.
  void open_column();
  // Whether the current column is the first the flow opened on its page.
  bool first_column_on_page() const;
  bool page_is_empty() const { return cursor_ >= top_ - 0.01; }

  // Starts a new page unless `height` fits below the cursor (or the page is still empty).
  void need(double height);

  int add_node(Role role, int parent);

  double paragraph_space() const { return t_.body.paragraph_space_pt * spacing_; }
  double heading_space_before() const { return t_.headings.space_before_pt * spacing_; }
  double heading_space_after() const { return t_.headings.space_after_pt * spacing_; }

  // ---- inline content → spans --------------------------------------------------------------

  struct InlineStyle {
    Face face = Face::Regular;
    double size = 12;
    Colour color;
    bool underline = false;
    int node = -1;
    int link = -1;
    std::optional<Colour> background;
    double rise = 0;  // baseline shift of <sub>/<sup> text
  };

  void collect(const Inlines& inlines, InlineStyle style, std::vector<Span>& out);

  // ---- line breaking ---------------------------------------------------------------------------

  // `lang` empty: the document's language. `right_to_left`: text at an odd bidi level.
  double measure(Face face, double size, std::string_view text, std::string_view lang = {},
                 bool right_to_left = false);

  // The language text attached to structure element `node` is in: the nearest element with a
  // /Lang of its own, else the document's.
  std::string_view lang_of(int node) const;

  // Glyphs shaped from `text` become text items styled as `style`, one per face (a fallback face
  // for another script is a font of its own in the PDF), each merged into the item before it
  // when that has the same style and lies at or after `first_mergeable`.
  static void add_text_items(std::vector<Item>& out, std::size_t first_mergeable, const Item& style,
                             std::string_view text, const std::vector<Glyph>& glyphs);
  // An item styled as `style` in `face` holding `glyphs` (shaped at 1pt) scaled to its size,
  // starting at `x`, which moves past them.
  static Item scaled_run(const Item& style, Face face, std::span<const Glyph> glyphs, double& x);
  // `glyphs` (shaped at 1pt) scaled to `size` in `face`, appended to `to`; `x` moves past them.
  static void append_scaled(std::vector<Glyph>& to, Face face, double size, std::span<const Glyph> glyphs, double& x);
  // The same for glyphs of right-to-left text (`style.right_to_left`), in visual order: the items
  // come out in logical order, each merged into the one before only where it lies just left of it.
  static void add_rtl_text_items(std::vector<Item>& out, std::size_t first_mergeable, const Item& style,
                                 std::string_view text, const std::vector<Glyph>& glyphs);

  // In a right-to-left block, a box from `x` (measured from the left margin) `w` wide is drawn
  // mirrored, measured from the right margin: list markers and indents on the right, a table's
  // first column rightmost. Left to right, `x` unchanged.
  double mirror(double x, double w) const { return rtl_ ? left_ + right_ - x - w : x; }
  // Notes and running text stand outside the blocks that refer to them: they follow the document's
  // direction (an Urdu leaflet's notes are numbered on the right, like its lists).
  bool document_rtl() const { return r_.root_style().direction == resolve::Direction::Rtl; }

  // Byte offsets inside `text` (a word of `span`) where it may be cut without splitting a
  // grapheme cluster or a shaping cluster; overlong_words.cpp.
  std::vector<std::size_t> grapheme_boundaries(const Span& span, std::string_view text);

  // Where to cut a word too wide for any line so its head fits in `available` points: before "@"
  // or "." or after "/" when that keeps the line at least half full, else at the last grapheme
  // boundary that fits; 0 when not even one grapheme fits.
  std::size_t overlong_cut(const Span& span, std::string_view text, double available);

  // Breaks spans into lines no wider than `width`, in the direction of the block being laid out
  // (UAX #9 levels over the whole paragraph, lines broken on its logical text); a word wider than
  // `width` itself is cut between graphemes as a last resort.
  std::vector<Line> break_lines(const std::vector<Span>& spans, double width);

  // ---- placing lines -------------------------------------------------------------------------

  void place_line(const Line& line, const std::vector<Span>& spans, double x, double line_height);
  // The height `line` takes when set at `line_height`: more for faces taller than that.
  static double line_advance(const Line& line, double line_height) {
    return std::max(line_height, line.ascent + line.descent);
  }
  // How much more than `line_height` apiece `lines` take together (0 without tall faces).
  static double taller_by(const std::vector<Line>& lines, double line_height) {
    double extra = 0;
    for (const Line& line : lines) extra += line_advance(line, line_height) - line_height;
    return extra;
  }
  void measure_faces(Line& line, const std::vector<Span>& spans);
  // A label drawn beside a block before it (list marker, note number) as items [first, end) of
  // page `page`, with link areas from `first_link` on: moved down onto the block's first baseline
  // when a tall face set that line lower.
  void align_label(int page, std::size_t first, std::size_t end, std::size_t first_link, std::size_t end_link);

  // Right-to-left text reads back in logical order from the structure tree: each run of it placed
  // since item `first` becomes a Span with its characters as /ActualText (ISO 32000-1 §14.9.4).
  // Its glyphs, in visual order, keep their ToUnicode text, which extractors such as poppler put
  // back in order themselves, as they do for any right-to-left PDF. Only text whose letters leave
  // the baseline (Nastaliq's stepped baseline), which no extractor can reassemble from positions,
  // also carries /ActualText on its marked content.
  void tag_right_to_left(std::size_t first);

  // A span's own background behind its glyphs, from descender to ascender, one box per run of
  // pieces in the same colour: the pair lint checked is the pair printed.
  void add_text_background(std::vector<Item>& out, Colour colour, double x, double baseline, double width,
                           const Span& sp);

  void add_link_area(int link, Rect r);

  // Lays out inline content as a paragraph attached to `node`, indented by `indent`.
  void lay_inlines(const Inlines& inlines, int node, double indent, Face face, double size, Colour color,
                   double space_after, double right_indent = 0, double keep_with_next = 0,
                   bool keep_together = false);

  // How many of lines[i..] fit above the foot of the page, counting the footnotes they bring.
  std::size_t lines_that_fit(const std::vector<Line>& lines, std::size_t i, const std::vector<Span>& spans, double lh);

  // ---- footnotes (template [notes] placement = "footnotes") -------------------------------------

  bool footnotes() const { return t_.notes == style::NotePlacement::Footnotes; }
  double note_size() const { return t_.reduced_size_pt(0.85); }
  double note_line() const { return note_size() * t_.body.line_spacing; }
  double footnote_separator_height() const { return body_line_ * 0.8; }

  // Note numbers referenced on `line` whose footnotes are not placed or reserved yet.
  std::vector<int> new_note_references(const Line& line, const std::vector<Span>& spans);

  // The footnote for note `number`, prepared on first use: PDF/UA-1 §7.9, a Note with a unique ID,
  // inside the paragraph that references it.
  Footnote& footnote(int number);

  // The note number column grows with large type but never shrinks below its 7 mm design width,
  // which is what a right-aligned "10." needs at a small body size.
  double note_indent() const { return std::max(7 * kPointsPerMm, scaled(7 * kPointsPerMm)); }

  // A padding, indent, marker width or rule width designed for 12pt body text, grown with the
  // template's type size so a large-print edition keeps the standard one's proportions.
  double scaled(double length) const { return length * t_.layout_scale(); }
  // Captions, table text and endnotes: smaller than the body, never below [text] min_size_pt.
  double secondary_size() const { return t_.secondary_size_pt(); }

  // PDF/UA-1 §7.9: a Note element carries a unique ID.
  int add_note_node(int number, int parent);

  // Keeps room at the foot of this page for footnote `number`.
  void reserve_footnote(int number);

  // Called as a line with note references is placed: the footnotes go on this page when they fit
  // below the line, otherwise at the foot of the next page.
  void reserve_footnotes_for(const Line& line, const std::vector<Span>& spans, double line_height);

  // Draws this page's footnotes in the room kept for them, under a short rule.
  void place_footnotes();

  // The number before a note's text: a Lbl holding a link back to the reference (both ways, as
  // the issue asks), placed without moving the cursor.
  void place_note_label(int number, int note_node, double size, double line_height);

  // ---- blocks ----------------------------------------------------------------------------------

  void lay_blocks(const std::vector<Block>& blocks, int parent, double indent);

  static Role heading_role(int level) { return static_cast<Role>(static_cast<int>(Role::H1) + std::clamp(level, 1, 6) - 1); }
  double heading_size(int level) const { return t_.headings.sizes_pt[std::clamp(level, 1, 6) - 1]; }

  void lay_block(const Block& b, int parent, double indent, const Block* next);

  void lay_heading(const Block& b, int parent, double indent, bool keep_with_next, Colour colour);
  // The metadata's subtitle under the title heading, tagged as a P (PDF/UA-1 has no subtitle type).
  void lay_subtitle(int parent, double indent);
  // The metadata's authors and date under the title block, tagged as a P.
  void lay_byline(int parent, double indent);
  // The printed table of contents (contents.cpp): a heading, then TOC > TOCI > Reference > Link
  // per entry, the entry's text and page number inside the Link (PDF/UA-1 §7.4.2 and ISO
  // 32000-1 §14.8.4.3: TOCI holds a Reference to the heading), dot leaders as artifacts.
  void lay_contents(int parent, double indent);
  double marker_column(const Block& list);
  void lay_list(const Block& list, int parent, double indent);
  // <dl> (1.1): an L of LIs, each the term as Lbl and its definitions as LBody.
  void lay_definition_list(const Block& list, int parent, double indent);
  // <hr/> (1.1): a line across the column, an artifact with no structure element.
  void lay_rule(double indent);

  void lay_figure(const Block& b, int parent, double indent);

  // A quotation is indented with a bar beside it (the DOCX Quote style's left border), drawn as a
  // layout artifact on every page the quotation touches.
  void lay_quote(const Block& b, int parent, double indent);

  void lay_callout(const Block& b, int parent, double indent);

  // reply_slip.cpp: a dashed cut line (artifact), then the slip's title, each field's label as
  // text beside a box or lines to write on (artifacts) and a fillable widget over it.
  void lay_reply_slip(const Block& b, int parent, double indent);
  void lay_slip_field(const model::FormField& f, int parent, double indent, Colour colour);
  // A line or box drawn as a layout artifact (what the slip's writing lines and tick boxes are).
  void add_rule(Rect r, Colour colour, double width, double dash = 0);

  // ---- tables --------------------------------------------------------------------------------

  struct CellPlan {
    const model::TableCell* cell = nullptr;
    int column = 0, colspan = 1, rowspan = 1;
    std::vector<std::pair<std::vector<Span>, std::vector<Line>>> paragraphs;
    double height = 0;
    int node = -1;
  };

  void lay_table(const Block& b, int parent, double indent);

  // The blocks of rows (rows joined by a spanning cell form one block) that start a new page of
  // the table, from the cursor down: where they stop fitting, with the last page balanced so it
  // does not carry a single body row alone when the page before can spare one.
  std::set<std::size_t> table_page_breaks(const std::vector<std::pair<std::size_t, std::size_t>>& blocks,
                                          const std::vector<double>& block_h, std::size_t header_rows,
                                          double header_h) const;

  // Draws one row; `heights` holds this row's height and those of the rows after it in its block,
  // so a cell spanning rows gets one box over all of them. A `repeated` header row is drawn again
  // on a page the table continues on: all of it, but as pagination artifacts.
  void draw_row(std::vector<CellPlan>& plans, const std::vector<double>& col_x, std::span<const double> heights,
                double pad, double lh, bool repeated = false);

  // ---- notes, links, running text ----------------------------------------------------------------

  void lay_endnotes();

  void resolve_links();
  std::pair<int, double> first_drawn(int first, int end) const;

  void draw_running_text();
  // The template's letterhead at the top of the text column of a new page, if it goes there.
  void place_letterhead();

  // A running header or footer piece with right-to-left text (or in a right-to-left document):
  // its level runs placed in visual order, starting where `slot` puts a piece that wide.
  void add_running_bidi_text(std::vector<Item>& out, const Item& style, std::string_view text,
                             const std::vector<std::uint8_t>& levels, const std::function<double(double)>& slot);

  const resolve::ResolvedDocument& r_;
  const model::Document& doc_;
  const style::Template& t_;
  const resolve::Palette& palette_;
  FontMetrics& fm_;
  PagedDocument out_;
  double spacing_ = 1;
  // top_ is where the text column starts on the current page: below the letterhead when the page
  // has one (place_letterhead), else at the top margin (sheet_top_).
  double sheet_top_ = 0;
  double left_ = 0, right_ = 0, top_ = 0, bottom_ = 0, cursor_ = 0, body_ = 12, body_line_ = 18;
  // The page's own side margins, for what belongs to the sheet rather than a column (running text).
  double sheet_left_ = 0, sheet_right_ = 0;
  int page_ = 0;                 // the page of the current column
  std::vector<Column> columns_;  // every column opened so far, in reading order
  std::vector<PendingLink> pending_links_;
  std::vector<NoteRecord> notes_;
  std::map<int, std::pair<int, double>> note_targets_;       // note number → where its text is
  std::map<int, std::pair<int, double>> reference_targets_;  // note number → where it is referenced
  std::vector<LinkTarget> link_targets_;                     // per link area
  std::vector<int> link_headings_;                           // per link area: contents entry, or -1
  std::vector<int> contents_pages_;       // given: the page of each contents entry's heading
  std::vector<std::size_t> contents_outline_;  // per contents entry: its heading's outline entry
  std::vector<int> headings_pages_;       // found: the page of each contents entry's heading
  // id → the structure nodes [first, end) its block made; its first drawn item is the target.
  std::map<std::string, std::pair<int, int>> anchor_nodes_;
  std::map<int, Footnote> footnotes_;
  std::set<int> footnote_reserved_;
  std::vector<int> page_footnotes_, carried_footnotes_;
  // The heading placed last (with the headings straight above it, a run of headings moving as
  // one), so that a page break right after it carries it to the new page with what it heads
  // (new_page): its page, its items, its outline entries, the cursor above and below it, and how
  // many link areas existed once it was placed.
  struct PlacedHeading {
    int column = -1;
    std::size_t first_item = 0, end_item = 0, outline_first = 0, outline_end = 0, links = 0;
    double top = 0, bottom = 0;
  };
  PlacedHeading last_heading_;
  // Whether `h` is still the last thing on the current page (so a heading placed now joins its run).
  bool heading_is_trailing(const PlacedHeading& h) const;
  // The items of the last heading, taken off the current page when nothing followed it there,
  // for new_page to put at the top of the next one; empty otherwise.
  std::vector<Item> take_trailing_heading();
  int list_depth_ = 0;  // lists enclosing the one being laid out, plus one
  bool rtl_ = false;        // the block being laid out is right to left (its resolved direction)
  int heading_level_ = 0;  // the last heading laid out, 0 before the first
  int last_link_ = -1;
};

}  // namespace handout::layout::detail
