// word/document.xml (ECMA-376 Part 1 §17.2): the body, block by block from the model. Paragraph
// styles carry the structure (headings, lists, captions, quotes, callouts); direct formatting is
// used only for what the content itself sets (callout and span colours).
#include <algorithm>
#include <cmath>
#include <fstream>
#include <numeric>
#include <sstream>

#include "core/error.hpp"
#include "core/image_probe.hpp"
#include "core/svg_image.hpp"
#include "docx/parts.hpp"
#include "docx/text_width.hpp"
#include "model/query.hpp"
#include "resolve/image_file.hpp"
#include "resolve/table_columns.hpp"

namespace handout::docx {
namespace {

using model::Block;
using model::BlockKind;

// EMU per twip (§20.1.2.1: 914400 EMU per inch, 1440 twips per inch) and per CSS pixel (96 dpi).
constexpr std::int64_t kEmuPerTwip = 635;
constexpr std::int64_t kEmuPerPixel = 9525;
// A definition hangs 6 mm under its term, as in the PDF.
constexpr std::int64_t kDefinitionIndentTwips = 340;

// A callout's box, resolved from the template and the callout's own colours.
struct Box {
  Colour background;
  std::optional<Colour> border;
  double border_pt = 0;
  double padding_pt = 0;
  std::int64_t inset() const { return twips_from_pt(padding_pt + border_pt); }
};

// What the enclosing blocks impose on a paragraph.
struct BlockContext {
  const char* style = nullptr;  // for Paragraph / Plain: Quote, Callout, TableText, TableHeading
  int list_level = -1;          // ilvl of the enclosing list item, -1 outside lists
  const Box* box = nullptr;
  std::optional<Colour> text_color;
  bool keep_next = false;       // in a table's header row: kept with the first body row
  bool rtl = false;  // the block is right-to-left (resolve stage: dir, else its language)
  std::int64_t extra_indent = 0;  // twips: a definition (<dd>) hangs under its term
};

struct ParaProps {
  const char* style = nullptr;
  bool keep_next = false;
  int num_id = 0;  // with ilvl: a list item's first paragraph
  int ilvl = 0;
  int continuation_level = -1;  // a later paragraph of a list item at this level: indent, no marker
  const Box* box = nullptr;
  bool centre = false;
  bool rtl = false;  // §17.3.1.6 bidi: a right-to-left paragraph
  int outline_level = -1;  // §17.3.1.20 outlineLvl (0 = level 1) for a heading not in a Heading N style
  bool keep_lines = false;  // §17.3.1.15 keepLines: the paragraph is never split across pages
  std::optional<Colour> bottom_rule;  // §17.3.1.7 pBdr bottom: a horizontal rule (<hr/>, 1.1)
  std::int64_t extra_indent = 0;      // twips added to the left indent
};

class BodyWriter {
 public:
  BodyWriter(DocxContext& ctx, XmlWriter& w, Relationships& rels)
      : ctx_(ctx), w_(w), rels_(rels), inlines_(ctx, w, rels) {}

  void write_body() {
    const bool endnotes = ctx_.tmpl.notes == style::NotePlacement::Endnotes;
    // Without a title heading to follow, the contents open the document, as in the PDF.
    if (ctx_.resolved.contents && !ctx_.resolved.title_heading)
      write_contents(ctx_, w_, inlines_, ctx_.resolved.root_style().direction == resolve::Direction::Rtl);
    blocks(ctx_.doc.body, BlockContext{});
    if (endnotes && ctx_.doc.note_count > 0) {
      // Endnotes print after the last paragraph; a heading introduces them as in the PDF.
      w_.set_source(ctx_.tmpl.path, SourceLoc{});
      ParaProps heading;
      heading.style = "Heading2";
      heading.rtl = ctx_.resolved.root_style().direction == resolve::Direction::Rtl;
      begin_paragraph(heading);
      // The words table's heading is English when it lacks the document's language: said so.
      const resolve::GeneratedText& words = ctx_.resolved.generated;
      RunProps props;
      if (!words.notes_heading_from_template && !words.words_lang.empty()) props.lang = &words.words_lang;
      else props.rtl = heading.rtl;
      inlines_.run_text(words.notes_heading, props);
      w_.close();
      last_was_table_ = false;
      w_.set_source(ctx_.doc.path, SourceLoc{});
    }
    end_container();
    section_properties();
  }

 private:
  // Word needs a paragraph after a table that ends a cell or the body (§17.4.66 tc: "the last
  // element shall be a paragraph"), and two adjacent tables would merge into one.
  void end_container() {
    if (last_was_table_) empty_paragraph();
  }
  void empty_paragraph() {
    w_.empty("w:p");
    last_was_table_ = false;
  }

  void blocks(const std::vector<Block>& list, const BlockContext& bc) {
    for (const Block& b : list) block(b, bc);
  }

  RunProps run_props(const BlockContext& bc) const {
    RunProps p;
    p.color = bc.text_color;
    p.rtl = bc.rtl;
    return p;
  }

  ParaProps para_for(const BlockContext& bc, const char* fallback_style) const {
    ParaProps p;
    p.style = bc.style ? bc.style : fallback_style;
    p.box = bc.box;
    p.keep_next = bc.keep_next;
    p.rtl = bc.rtl;
    p.extra_indent = bc.extra_indent;
    if (bc.list_level >= 0) p.continuation_level = bc.list_level;
    return p;
  }

  void block(const Block& b, const BlockContext& outer) {
    w_.set_loc(b.loc);
    BlockContext bc = outer;
    bc.rtl = is_rtl(b);
    if (b.anchor) pending_bookmarks_.push_back(*b.anchor);
    switch (b.kind) {
      case BlockKind::Heading: {
        static const char* const kIds[] = {"Heading1", "Heading2", "Heading3", "Heading4", "Heading5", "Heading6"};
        ParaProps p = para_for(bc, nullptr);
        p.style = kIds[std::clamp(b.level, 1, 6) - 1];
        if (const resolve::ContentsEntry* entry = ctx_.resolved.contents_entry(b)) {
          // The contents link here: a bookmark around the heading's text.
          const std::string name = contents_bookmark(*entry);
          const auto id = static_cast<std::int64_t>(entry - ctx_.resolved.contents->entries.data());
          begin_paragraph(p);
          w_.open("w:bookmarkStart").attr("w:id", id).attr("w:name", name);
          w_.close();
          inlines_.write(b.inlines, run_props(bc));
          w_.empty("w:bookmarkEnd", "w:id", id);
          w_.close();
          last_was_table_ = false;
        } else {
          paragraph(p, b.inlines, run_props(bc));
        }
        if (&b == ctx_.resolved.title_heading) {
          // Under the title: the metadata's subtitle (Word's built-in Subtitle style), then the
          // byline (authors and date), a plain paragraph as in the PDF.
          title_block_line(bc, ctx_.resolved.generated.subtitle, "Subtitle");
          title_block_line(bc, ctx_.resolved.generated.byline, "Byline");
        }
        if (&b == ctx_.resolved.title_heading && ctx_.resolved.contents) {
          write_contents(ctx_, w_, inlines_, bc.rtl);
          last_was_table_ = false;
        }
        return;
      }
      case BlockKind::Paragraph:
      case BlockKind::Plain: paragraph(para_for(bc, nullptr), b.inlines, run_props(bc)); return;
      case BlockKind::List: list(b, bc); return;
      case BlockKind::ListItem: {
        // An <li> outside a list (lint's list-structure reports it; --force still writes it):
        // write it as a one-item bulleted list, as the PDF layout does.
        model::Block wrapper;
        wrapper.kind = BlockKind::List;
        wrapper.loc = b.loc;
        wrapper.children.push_back(b);
        list(wrapper, bc);
        return;
      }
      case BlockKind::Figure: {
        if (!b.image) throw InternalError("docx: figure without an image");
        ParaProps p = para_for(bc, nullptr);
        p.keep_next = b.caption.has_value();
        image_paragraph(*b.image, p);
        if (b.caption) {
          w_.set_loc(b.caption_loc);
          ParaProps c = para_for(bc, "Caption");
          c.style = "Caption";
          paragraph(c, *b.caption, run_props(bc));
        }
        return;
      }
      case BlockKind::Image:
        if (!b.image) throw InternalError("docx: image block without an image");
        image_paragraph(*b.image, para_for(bc, nullptr));
        return;
      case BlockKind::Table:
        if (!b.table) throw InternalError("docx: table block without a table");
        table(b, bc);
        return;
      case BlockKind::Callout: callout(b, bc); return;
      case BlockKind::Quote: {
        BlockContext inner = bc;
        inner.style = "Quote";
        blocks(b.children, inner);
        return;
      }
      case BlockKind::Section: blocks(b.children, bc); return;
      case BlockKind::PageBreak:
        w_.open("w:p");
        w_.open("w:r");
        w_.empty("w:br", "w:type", "page");
        w_.close();
        w_.close();
        last_was_table_ = false;
        return;
      case BlockKind::ReplySlip:
        if (b.slip) write_reply_slip(ctx_, w_, *b.slip);
        last_was_table_ = false;
        return;
      case BlockKind::DefinitionList: blocks(b.children, bc); return;
      case BlockKind::DefinitionTerm: {
        // The term is bold and kept with the definition that follows it (Word has no list kind
        // for definitions; pandoc writes them as the same pair of paragraphs).
        ParaProps p = para_for(bc, nullptr);
        p.keep_next = true;
        RunProps runs = run_props(bc);
        runs.bold = true;
        paragraph(p, b.inlines, runs);
        return;
      }
      case BlockKind::DefinitionDetails: {
        BlockContext inner = bc;
        inner.extra_indent += kDefinitionIndentTwips;
        blocks(b.children, inner);
        return;
      }
      case BlockKind::Address: {
        // Kept on one page: one paragraph, its lines split by breaks, never split (keepLines).
        ParaProps p = para_for(bc, nullptr);
        p.keep_lines = true;
        paragraph(p, b.inlines, run_props(bc));
        return;
      }
      case BlockKind::Rule: {
        // An empty paragraph whose bottom border is the line, in the colour of the PDF's rule.
        ParaProps p = para_for(bc, nullptr);
        p.bottom_rule = ctx_.resolved.palette.rule;
        begin_paragraph(p);
        w_.close();
        last_was_table_ = false;
        return;
      }
    }
  }

  bool is_rtl(const Block& b) const { return ctx_.resolved.style_of(b).direction == resolve::Direction::Rtl; }

  void begin_paragraph(const ParaProps& p) {
    w_.open("w:p");
    paragraph_properties(p);
    bookmarks();
  }

  // A block's id (1.1) becomes a bookmark at the start of the first paragraph written for it, so
  // that a w:hyperlink w:anchor (§17.16.22) leads there; Word's navigation pane lists it too.
  // The bookmark is empty (start and end together): it marks a place, as HTML's id does.
  void bookmarks() {
    for (const std::string& anchor : pending_bookmarks_) {
      const std::string id = std::to_string(next_bookmark_++);
      w_.open("w:bookmarkStart").attr("w:id", id).attr("w:name", bookmark_name(anchor));
      w_.close();
      w_.empty("w:bookmarkEnd", "w:id", id);
    }
    pending_bookmarks_.clear();
  }

  void paragraph_properties(const ParaProps& p) {
    const bool list = p.num_id > 0;
    const bool continuation = !list && p.continuation_level >= 0;
    if (!p.style && !p.keep_next && !list && !continuation && !p.box && !p.centre && !p.rtl && p.outline_level < 0 &&
        !p.keep_lines && !p.bottom_rule && p.extra_indent == 0)
      return;
    // CT_PPrBase order (§17.3.1.26): pStyle, keepNext, numPr, pBdr, shd, bidi, spacing, ind, jc, outlineLvl.
    w_.open("w:pPr");
    const char* style = p.style ? p.style : ((list || continuation) ? "ListParagraph" : nullptr);
    if (style) w_.empty("w:pStyle", "w:val", style);
    if (p.keep_next) w_.empty("w:keepNext");
    if (p.keep_lines) w_.empty("w:keepLines");
    if (list) {
      w_.open("w:numPr");
      w_.empty("w:ilvl", "w:val", p.ilvl);
      w_.empty("w:numId", "w:val", p.num_id);
      w_.close();
    }
    if (p.box) box_properties(*p.box);
    if (p.bottom_rule && !p.box) {
      w_.open("w:pBdr");
      w_.open("w:bottom").attr("w:val", "single").attr("w:sz", 6).attr("w:space", 1).attr("w:color",
                                                                                        hex_colour(*p.bottom_rule));
      w_.close();
      w_.close();
    }
    if (p.rtl) w_.empty("w:bidi");
    std::int64_t left = -1, hanging = 0;
    if (list) {
      left = list_indent(p.ilvl, ctx_.tmpl);
      hanging = list_hanging(ctx_.tmpl);
      // In a callout, a top-level marker sits flush with the callout's text. Word and LibreOffice
      // draw a paragraph border from its leftmost (first-line) edge and join the borders of
      // neighbours that start at the same place, so the box stays one box around the list.
      if (p.box && p.ilvl == 0) hanging = left;
    } else if (continuation) {
      left = list_indent(p.continuation_level, ctx_.tmpl);
    }
    if (p.box) {
      w_.open("w:ind").attr("w:left", std::max<std::int64_t>(left, 0) + p.box->inset() + p.extra_indent).attr("w:right", p.box->inset());
      if (hanging) w_.attr("w:hanging", hanging);
      w_.close();
    } else if (continuation) {
      w_.empty("w:ind", "w:left", left + p.extra_indent);
    } else if (p.extra_indent > 0) {
      w_.empty("w:ind", "w:left", p.extra_indent);
    }
    if (p.centre) w_.empty("w:jc", "w:val", "center");
    if (p.outline_level >= 0) w_.empty("w:outlineLvl", "w:val", p.outline_level);
    w_.close();
  }

  void box_properties(const Box& box) {
    const std::string colour = hex_colour(box.border.value_or(box.background));
    const std::int64_t eighths = std::clamp<std::int64_t>(std::llround(box.border_pt * 8), 2, 96);
    const std::int64_t space = std::clamp<std::int64_t>(std::llround(box.padding_pt), 0, 31);
    w_.open("w:pBdr");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
      w_.open(side).attr("w:val", "single").attr("w:sz", eighths).attr("w:space", space).attr("w:color", colour);
      w_.close();
    }
    w_.close();
    w_.open("w:shd").attr("w:val", "clear").attr("w:color", "auto").attr("w:fill", hex_colour(box.background));
    w_.close();
  }

  // One line of the title block in its own paragraph style; nothing when the text is empty.
  void title_block_line(const BlockContext& bc, const std::string& text, const char* style) {
    if (text.empty()) return;
    model::Inline line;
    line.kind = model::InlineKind::Text;
    line.text = text;
    ParaProps props = para_for(bc, nullptr);
    props.style = style;
    paragraph(props, {line}, run_props(bc));
  }

  void paragraph(const ParaProps& p, const model::Inlines& inlines, const RunProps& runs) {
    begin_paragraph(p);
    inlines_.write(inlines, runs);
    w_.close();
    last_was_table_ = false;
  }

  // ---- lists ---------------------------------------------------------------------------------

  void list(const Block& b, const BlockContext& bc) {
    const int ilvl = std::min(bc.list_level + 1, 8);
    int num_id = 1;  // the shared bullet list
    if (b.ordered) {
      ctx_.ordered_list_levels.emplace_back(ilvl, &b);
      num_id = static_cast<int>(ctx_.ordered_list_levels.size()) + 1;
    }
    for (const Block& item : b.children) {
      w_.set_loc(item.loc);
      // Not an <li> (a list-structure error, written under --force): kept as written, as the PDF does.
      if (item.kind != BlockKind::ListItem) {
        block(item, bc);
        continue;
      }
      list_item(item, bc, num_id, ilvl);
    }
  }

  void list_item(const Block& item, const BlockContext& bc, int num_id, int ilvl) {
    BlockContext inner = bc;
    inner.list_level = ilvl;
    // Only Quote/Callout paragraph styles carry into lists; their box/colour is kept directly.
    inner.style = nullptr;
    bool numbered = false;
    for (const Block& child : item.children) {
      if (!numbered) {
        numbered = true;
        ParaProps p = para_for(inner, nullptr);
        p.num_id = num_id;
        p.ilvl = ilvl;
        p.continuation_level = -1;
        if (child.kind == BlockKind::Paragraph || child.kind == BlockKind::Plain) {
          w_.set_loc(child.loc);
          BlockContext runs = bc;
          p.rtl = runs.rtl = is_rtl(child);
          paragraph(p, child.inlines, run_props(runs));
          continue;
        }
        // An item that starts with a nested list or picture still shows its own marker.
        begin_paragraph(p);
        w_.close();
        last_was_table_ = false;
      }
      block(child, inner);
    }
    if (!numbered) {
      ParaProps p = para_for(inner, nullptr);
      p.num_id = num_id;
      p.ilvl = ilvl;
      p.continuation_level = -1;
      begin_paragraph(p);
      w_.close();
      last_was_table_ = false;
    }
  }

  // ---- callouts ------------------------------------------------------------------------------

  void callout(const Block& b, const BlockContext& bc) {
    const style::CalloutStyle& t = ctx_.tmpl.callout;
    Box box{b.background.value_or(t.background), t.border, t.border ? t.border_width_pt : 0, t.padding_pt};
    BlockContext inner = bc;
    inner.box = &box;
    inner.style = "Callout";
    if (b.color) inner.text_color = b.color;
    if (const std::optional<std::string> title = ctx_.resolved.callout_title(b)) {
      ParaProps p = para_for(inner, nullptr);
      p.style = "CalloutTitle";
      // A heading for Word's navigation pane and screen readers, at the level settled for every
      // output; the style keeps its callout look (and tells the importer it is a callout title).
      p.outline_level = ctx_.resolved.callout_title_level(b) - 1;
      begin_paragraph(p);
      inlines_.run_text(*title, run_props(inner));
      w_.close();
      last_was_table_ = false;
    }
    blocks(b.children, inner);
  }

  // ---- images --------------------------------------------------------------------------------

  const MediaFile& media_for(const model::Image& img) {
    const std::string path = resolve::image_file(ctx_.doc, img);
    for (const MediaFile& m : ctx_.media) {
      if (m.key == path) return m;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buf;
    if (in) buf << in.rdbuf();
    if (!in || in.bad()) {
      throw InputError("image-not-found", ctx_.doc.path, img.loc, "image \"" + img.src + "\" cannot be read",
                       "check that the file exists and is readable");
    }
    MediaFile m;
    m.key = path;
    if (img.format == model::ImageFormat::Svg) return svg_media(img, path);
    m.bytes = std::move(buf).str();
    const std::optional<ImageHeader> header = probe_image(m.bytes);
    if (!header) {
      throw InputError("image-not-an-image", ctx_.doc.path, img.loc,
                       "\"" + img.src + "\" is not a PNG or JPEG image that can be read",
                       "export the picture as PNG or JPEG");
    }
    m.format = header->format == ImageHeader::Format::Png ? model::ImageFormat::Png : model::ImageFormat::Jpeg;
    m.pixel_width = header->width;
    m.pixel_height = header->height;
    m.part_name = "word/media/image" + std::to_string(ctx_.media.size() + 1) +
                  (m.format == model::ImageFormat::Png ? ".png" : ".jpeg");
    ctx_.media.push_back(std::move(m));
    return ctx_.media.back();
  }

  // An SVG goes into the package as PNG (Word before 2016 and LibreOffice's older releases show no
  // SVG without a PNG fallback), drawn at 300 dpi for the width it is placed at: its share of the
  // text column, else its own size, never wider than the column. The pixel size kept is the
  // SVG's own, which only sets that width and the aspect ratio.
  const MediaFile& svg_media(const model::Image& img, const std::string& path) {
    const double column_mm = ctx_.page.column_width() / 20.0 * 25.4 / 72;
    const double own_mm = img.pixel_width * 25.4 / 96;
    const double width_mm = img.width_percent ? column_mm * *img.width_percent / 100 : std::min(own_mm, column_mm);
    MediaFile m;
    m.key = path;
    try {
      m.bytes = rasterise_svg(path, print_pixels(width_mm), ctx_.tmpl.page.background);
    } catch (const SvgError& e) {
      throw InputError("image-svg-invalid", ctx_.doc.path, img.loc, "image \"" + img.src + "\": " + e.what());
    }
    m.format = model::ImageFormat::Png;
    m.pixel_width = img.pixel_width;
    m.pixel_height = img.pixel_height;
    m.part_name = "word/media/image" + std::to_string(ctx_.media.size() + 1) + ".png";
    ctx_.media.push_back(std::move(m));
    return ctx_.media.back();
  }

  void image_paragraph(const model::Image& img, ParaProps p) {
    w_.set_loc(img.loc);
    const MediaFile& media = media_for(img);
    std::string rel_id;
    for (const Relationship& r : rels_.items()) {
      if (!r.external && r.target == media.part_name.substr(5)) rel_id = r.id;
    }
    if (rel_id.empty()) rel_id = rels_.add("image", media.part_name.substr(5));  // relative to word/

    // Size: the given share of the text column, else the picture's size at 96 dpi; never wider
    // than the column nor taller than 80% of the page's text area.
    std::int64_t max_width = ctx_.page.column_width() * kEmuPerTwip;
    if (p.box) max_width -= 2 * p.box->inset() * kEmuPerTwip;
    if (p.continuation_level >= 0) max_width -= list_indent(p.continuation_level, ctx_.tmpl) * kEmuPerTwip;
    double cx = img.width_percent ? max_width * (*img.width_percent / 100.0)
                                  : std::min<double>(double(media.pixel_width) * kEmuPerPixel, double(max_width));
    double cy = cx * media.pixel_height / media.pixel_width;
    const double max_height = 0.8 * double(ctx_.page.text_height() * kEmuPerTwip);
    if (cy > max_height) {
      cx *= max_height / cy;
      cy = max_height;
    }
    const std::int64_t ecx = std::max<std::int64_t>(std::llround(cx), 1);
    const std::int64_t ecy = std::max<std::int64_t>(std::llround(cy), 1);
    const int id = ctx_.next_drawing_id++;

    begin_paragraph(p);
    write_picture_run(w_, {rel_id, media.part_name.substr(11), ecx, ecy, id, img.decorative || !img.alt ? nullptr : &*img.alt,
                           img.decorative});
    w_.close();  // w:p
    last_was_table_ = false;
  }

  // ---- tables --------------------------------------------------------------------------------

  // One grid position of the table after colspan/rowspan are resolved (HTML's table model).
  void table(const Block& block, const BlockContext& bc) {
    const model::Table& t = *block.table;
    if (t.rows.empty()) return;  // the parser rejects this; nothing Word could open anyway
    if (last_was_table_) empty_paragraph();
    const std::string caption = t.caption ? model::plain_text(*t.caption) : std::string();
    if (t.caption) {
      w_.set_loc(t.caption_loc);
      ParaProps c = para_for(bc, "Caption");
      c.style = "Caption";
      c.keep_next = true;
      c.continuation_level = -1;
      paragraph(c, *t.caption, run_props(bc));
    }

    // Cells on the resolved grid, so that spans become gridSpan / vMerge (§17.4.17, §17.4.85).
    const resolve::ResolvedTable& grid = ctx_.resolved.table(block);
    const int rows = grid.row_count;
    const int columns = grid.col_count;
    if (columns == 0 || grid.too_large) return;
    const int header_rows = grid.header_rows;
    const bool row_headers = std::any_of(t.rows.begin() + header_rows, t.rows.end(), [](const model::TableRow& r) {
      return !r.cells.empty() && r.cells.front().header;
    });

    std::int64_t width = ctx_.page.column_width();
    if (bc.list_level >= 0) width -= list_indent(bc.list_level, ctx_.tmpl);
    const std::vector<std::int64_t> col_widths = column_widths(t, grid, width);
    // The width of `span` grid columns from column `c`.
    auto span_width = [&](int c, int span) {
      return std::accumulate(col_widths.begin() + c, col_widths.begin() + c + span, std::int64_t{0});
    };

    w_.open("w:tbl");
    w_.open("w:tblPr");
    w_.empty("w:tblStyle", "w:val", "HandoutTable");
    // §17.4.1 bidiVisual: a right-to-left table, first column on the right.
    if (bc.rtl) w_.empty("w:bidiVisual");
    w_.open("w:tblW").attr("w:w", 5000).attr("w:type", "pct");
    w_.close();
    if (bc.list_level >= 0) {
      w_.open("w:tblInd").attr("w:w", list_indent(bc.list_level, ctx_.tmpl)).attr("w:type", "dxa");
      w_.close();
    }
    w_.open("w:tblLook").attr("w:val", header_rows > 0 ? (row_headers ? "00A0" : "0020") : (row_headers ? "0080" : "0000"))
        .attr("w:firstRow", header_rows > 0 ? 1 : 0).attr("w:lastRow", 0).attr("w:firstColumn", row_headers ? 1 : 0)
        .attr("w:lastColumn", 0).attr("w:noHBand", 1).attr("w:noVBand", 1);
    w_.close();
    if (!caption.empty()) {
      // §17.4.58: the table's alt-text title (Word 2010+). No tblDescription: the caption is
      // already printed above the table, and a description repeating it is read out twice.
      w_.set_loc(t.caption_loc);
      w_.empty("w:tblCaption", "w:val", caption);
    }
    w_.close();
    w_.open("w:tblGrid");
    for (const std::int64_t w : col_widths) w_.empty("w:gridCol", "w:w", w);
    w_.close();

    for (int r = 0; r < rows; ++r) {
      w_.set_loc(t.rows[r].loc);
      w_.open("w:tr");
      if (r < header_rows) {
        // §17.4.49 tblHeader: repeated on each page, and what Word's checker reads as headers.
        w_.open("w:trPr");
        w_.empty("w:cantSplit");
        w_.empty("w:tblHeader");
        w_.close();
      }
      for (int c = 0; c < columns;) {
        const resolve::GridCell* s = grid.at(r, c);
        if (!s) {  // a short row: pad the grid so every row has every column
          cell(nullptr, 1, nullptr, span_width(c, 1), false, r < header_rows, bc);
          ++c;
          continue;
        }
        const int clamped = std::min(s->width, columns - c);
        const char* merge = nullptr;
        if (s->height > 1) merge = s->top == r ? "restart" : "continue";
        cell(s->top == r ? s->cell : nullptr, clamped, merge, span_width(c, clamped), s->cell->header || r < header_rows,
             r < header_rows, bc);
        c += clamped;
      }
      w_.close();
    }
    w_.close();
    last_was_table_ = true;
  }

  // Grid column widths in twips summing to `width`: the PDF layout's computation
  // (resolve::table_column_widths), measuring at the PDF's table text size, so a table has the
  // same columns in both.
  std::vector<std::int64_t> column_widths(const model::Table& t, const resolve::ResolvedTable& grid, std::int64_t width) const {
    std::vector<std::vector<int>> starts(t.rows.size());
    for (std::size_t r = 0; r < t.rows.size(); ++r)
      for (const int k : grid.cells_of_row[r]) starts[r].push_back(grid.cells[static_cast<std::size_t>(k)].left);
    const double size = resolve::table_text_size_pt(ctx_.tmpl);
    const std::vector<double> points = resolve::table_column_widths(
        t, starts, grid.col_count, static_cast<double>(width) / 20, ctx_.tmpl,
        [size](bool bold, std::string_view text) { return text_width_pt(text, bold, size); });
    std::vector<std::int64_t> twips;
    std::int64_t used = 0;
    for (std::size_t c = 0; c + 1 < points.size(); ++c) used += twips.emplace_back(std::llround(points[c] * 20));
    twips.push_back(width - used);  // the last column takes the rounding
    return twips;
  }

  // A cell of a header row (`in_header_row`) is kept with the row below, so a page never ends on
  // the table's header rows (Word and LibreOffice keep a row whose paragraphs keepNext with the
  // next row).
  void cell(const model::TableCell* content, int span, const char* merge, std::int64_t width, bool header,
            bool in_header_row, const BlockContext& bc) {
    w_.open("w:tc");
    w_.open("w:tcPr");
    w_.open("w:tcW").attr("w:w", width).attr("w:type", "dxa");
    w_.close();
    if (span > 1) w_.empty("w:gridSpan", "w:val", span);
    if (merge) {
      if (std::string_view(merge) == "restart") {
        w_.empty("w:vMerge", "w:val", "restart");
      } else {
        w_.empty("w:vMerge");
      }
    }
    if (header) {
      // Every header cell on the resolved header shade, as the PDF and HTML paint it (the table
      // style's firstRow shading alone misses row headers and later header rows).
      w_.open("w:shd").attr("w:val", "clear").attr("w:color", "auto").attr("w:fill",
                                                                        hex_colour(ctx_.resolved.palette.table_header_fill));
      w_.close();
    }
    w_.close();
    if (content && !content->content.empty()) {
      w_.set_loc(content->loc);
      BlockContext inner;
      inner.style = header ? "TableHeading" : "TableText";
      inner.text_color = bc.text_color;
      inner.keep_next = in_header_row;
      last_was_table_ = false;
      blocks(content->content, inner);
      end_container();
    } else {
      // §17.4.66: a cell holds at least one paragraph.
      w_.open("w:p");
      w_.open("w:pPr");
      w_.empty("w:pStyle", "w:val", header ? "TableHeading" : "TableText");
      if (in_header_row) w_.empty("w:keepNext");
      w_.close();
      bookmarks();
      w_.close();
    }
    w_.close();
    last_was_table_ = false;
  }

  // ---- section -------------------------------------------------------------------------------

  void section_properties() {
    const PageGeometry& g = ctx_.page;
    w_.open("w:sectPr");
    if (!ctx_.header_rel_id.empty()) {
      w_.open("w:headerReference").attr("w:type", "default").attr("r:id", ctx_.header_rel_id);
      w_.close();
    }
    if (!ctx_.footer_rel_id.empty()) {
      w_.open("w:footerReference").attr("w:type", "default").attr("r:id", ctx_.footer_rel_id);
      w_.close();
    }
    if (!ctx_.first_header_rel_id.empty()) {
      // §17.10.5: with w:titlePg the first page takes the "first" header and footer; page 1 has
      // its own header (a letterhead, or no piece that repeats the title) and the same footer.
      w_.open("w:headerReference").attr("w:type", "first").attr("r:id", ctx_.first_header_rel_id);
      w_.close();
      if (!ctx_.footer_rel_id.empty()) {
        w_.open("w:footerReference").attr("w:type", "first").attr("r:id", ctx_.footer_rel_id);
        w_.close();
      }
    }
    if (ctx_.doc.note_count > 0) {
      // Arabic note numbers as in the PDF (Word's endnote default is lower-case Roman).
      const bool endnotes = ctx_.tmpl.notes == style::NotePlacement::Endnotes;
      w_.open(endnotes ? "w:endnotePr" : "w:footnotePr");
      w_.empty("w:numFmt", "w:val", "decimal");
      w_.close();
    }
    w_.open("w:pgSz").attr("w:w", g.width).attr("w:h", g.height);
    if (g.width > g.height) w_.attr("w:orient", "landscape");
    w_.close();
    // Header and footer sit halfway into the top and bottom margins, and never nearer the paper's
    // edge than the PDF puts them (w:header and w:footer are measured from the edge).
    const std::int64_t inset = twips_from_mm(style::kRunningTextInsetMm);
    w_.open("w:pgMar").attr("w:top", g.margin_top).attr("w:right", g.margin_right).attr("w:bottom", g.margin_bottom)
        .attr("w:left", g.margin_left).attr("w:header", std::max(g.margin_top / 2, inset))
        .attr("w:footer", std::max(g.margin_bottom / 2, inset)).attr("w:gutter", 0);
    w_.close();
    w_.open("w:cols");
    if (g.columns > 1) w_.attr("w:num", g.columns);
    w_.attr("w:space", g.column_space);
    w_.close();
    if (!ctx_.first_header_rel_id.empty()) w_.empty("w:titlePg");
    // §17.6.1 bidi: a right-to-left document's section (page numbers, columns) runs right to left.
    if (ctx_.resolved.root_style().direction == resolve::Direction::Rtl) w_.empty("w:bidi");
    w_.close();
  }

  DocxContext& ctx_;
  XmlWriter& w_;
  Relationships& rels_;
  InlineWriter inlines_;
  bool last_was_table_ = false;
  std::vector<std::string> pending_bookmarks_;  // ids of blocks whose first paragraph is next
  int next_bookmark_ = 0;
};

}  // namespace

std::string write_document_part(DocxContext& ctx, Relationships& rels) {
  std::string out;
  out.reserve(64 * 1024);
  XmlWriter w(out);
  w.set_source(ctx.doc.path, ctx.doc.body_loc);
  w.declaration();
  w.open("w:document")
      .attr("xmlns:w", kNsW)
      .attr("xmlns:r", kNsR)
      .attr("xmlns:wp", kNsWp)
      .attr("xmlns:a", kNsA)
      .attr("xmlns:pic", kNsPic);
  if (ctx.tmpl.page.background != kWhite) {
    // §17.2.1 background; settings.xml turns on displayBackgroundShape so it is shown.
    w.empty("w:background", "w:color", hex_colour(ctx.tmpl.page.background));
  }
  w.open("w:body");
  BodyWriter(ctx, w, rels).write_body();
  w.close();
  w.close();
  return out;
}

}  // namespace handout::docx
