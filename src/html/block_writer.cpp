// Body blocks → flow elements: headings, paragraphs, lists, figures, tables with their resolved
// header rows and scopes, callouts (aside), quotations, sections. Colours appear inline only
// where the content sets them; everything else comes from the stylesheet's template colours.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>

#include "core/error.hpp"
#include "html/escape.hpp"
#include "html/parts.hpp"
#include "resolve/image_file.hpp"

namespace handout::html {
namespace {

using model::Block;
using model::BlockKind;

// dir where the writing direction changes (the dir attribute or a language written the other
// way): the browser's bidi algorithm then orders the text as the content says.
void direction_attribute(std::string& out, const resolve::TextStyle& style) {
  if (!style.direction_changes) return;
  out += style.direction == resolve::Direction::Rtl ? " dir=\"rtl\"" : " dir=\"ltr\"";
}

// <name dir="…"> for the element that writes block `b`.
// A block's id (format 1.1), the target of <a href="#…">: written as it is, so the page's
// address with "#id" reaches the same place as the link (the reader keeps ids clear of the ones
// this writer makes: main, note-…, callout-…).
void id_attribute(std::string& out, const Block& b) {
  if (!b.anchor) return;
  out += " id=\"";
  append_attribute(out, *b.anchor);
  out += '"';
}

void open_tag(std::string& out, const char* name, const resolve::ResolvedDocument& resolved, const Block& b) {
  out += '<';
  out += name;
  id_attribute(out, b);
  direction_attribute(out, resolved.style_of(b));
  out += '>';
}

void close_tag(std::string& out, const char* name, bool newline = true) {
  out += "</";
  out += name;
  out += '>';
  if (newline) out += '\n';
}

// An image's file name inside files_dir: its own name, reduced to characters that need no
// escaping anywhere, made unique with "-2", "-3"… when two different files share it.
std::string file_name_for(const std::vector<ImageCopy>& images, const std::string& source) {
  std::string base = std::filesystem::path(source).filename().string();
  for (char& c : base) {
    const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '_' || c == '.';
    if (!keep) c = '-';
  }
  if (base.empty() || base.front() == '.') base.insert(0, "image");
  const std::size_t dot = base.rfind('.');
  const std::string stem = dot == std::string::npos ? base : base.substr(0, dot);
  const std::string ext = dot == std::string::npos ? std::string() : base.substr(dot);
  std::string name = base;
  for (int n = 2;; ++n) {
    const bool taken = std::any_of(images.begin(), images.end(), [&](const ImageCopy& i) { return i.name == name; });
    if (!taken) return name;
    name = stem + "-" + std::to_string(n) + ext;
  }
}

const ImageCopy& image_copy(HtmlContext& ctx, const model::Image& img) {
  return image_copy_of(ctx, resolve::image_file(ctx.resolved.doc, img), img.loc);
}

void image(HtmlContext& ctx, const model::Image& img, const Block* block = nullptr) {
  const ImageCopy& copy = image_copy(ctx, img);
  std::string& out = ctx.out;
  out += "<img";
  if (block) id_attribute(out, *block);
  out += " src=\"";
  append_url_path(out, ctx.options.files_dir);
  out += '/';
  append_url_path(out, copy.name);
  // WCAG 2.2 SC 1.1.1: a decorative picture has an empty alt so assistive technology skips it.
  out += "\" alt=\"";
  if (!img.decorative && img.alt) append_attribute(out, *img.alt);
  out += '"';
  // The intrinsic size lets the browser reserve the space before the file arrives; the
  // stylesheet scales it down to the column (max-width: 100%, height: auto).
  if (img.pixel_width > 0 && img.pixel_height > 0) {
    out += " width=\"" + std::to_string(img.pixel_width) + "\" height=\"" + std::to_string(img.pixel_height) + '"';
  }
  if (img.width_percent) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", *img.width_percent);
    out += " style=\"width:";
    out += buf;
    out += "%\"";
  }
  out += " />";
}

class BlockWriter {
 public:
  explicit BlockWriter(HtmlContext& ctx) : ctx_(ctx), out_(ctx.out) {}

  void blocks(const std::vector<Block>& list) {
    for (const Block& b : list) block(b);
  }

  // Inline-only content of a list item or cell is written without a <p> (pandoc's Plain).
  void flow(const std::vector<Block>& list) {
    if (list.size() == 1 && list.front().kind == BlockKind::Plain) {
      write_inlines(ctx_, list.front().inlines);
      return;
    }
    out_ += '\n';
    blocks(list);
  }

 private:
  void block(const Block& b) {
    switch (b.kind) {
      case BlockKind::Heading: heading(b); return;
      case BlockKind::Paragraph:
        open_tag(out_, "p", ctx_.resolved, b);
        write_inlines(ctx_, b.inlines);
        close_tag(out_, "p");
        return;
      case BlockKind::Plain:
        write_inlines(ctx_, b.inlines);
        out_ += '\n';
        return;
      case BlockKind::List: list(b); return;
      case BlockKind::ListItem:
        // An <li> outside a list (lint's list-structure reports it; --force still writes it)
        // becomes a one-item bulleted list, as in the PDF and DOCX.
        out_ += "<ul>\n";
        list_item(b);
        out_ += "</ul>\n";
        return;
      case BlockKind::Figure: figure(b); return;
      case BlockKind::Image:
        if (!b.image) throw InternalError("html: image block without an image");
        image(ctx_, *b.image, &b);
        out_ += '\n';
        return;
      case BlockKind::Table: table(b); return;
      case BlockKind::Callout: callout(b); return;
      case BlockKind::Quote: container("blockquote", b); return;
      case BlockKind::Section: container("section", b); return;
      case BlockKind::PageBreak:
        // Nothing on screen; a new page in print (stylesheet: .page-break { break-before: page }).
        out_ += "<div class=\"page-break\"></div>\n";
        return;
      case BlockKind::ReplySlip:
        if (b.slip) write_reply_slip(ctx_, *b.slip);
        return;
      case BlockKind::DefinitionList: container("dl", b); return;
      case BlockKind::DefinitionTerm:
        open_tag(out_, "dt", ctx_.resolved, b);
        write_inlines(ctx_, b.inlines);
        close_tag(out_, "dt");
        return;
      case BlockKind::DefinitionDetails:
        open_tag(out_, "dd", ctx_.resolved, b);
        flow(b.children);
        close_tag(out_, "dd");
        return;
      case BlockKind::Address:
        open_tag(out_, "address", ctx_.resolved, b);
        write_inlines(ctx_, b.inlines);
        close_tag(out_, "address");
        return;
      case BlockKind::Rule: out_ += "<hr />\n"; return;
    }
  }

  // An element holding the block's children as blocks.
  void container(const char* name, const Block& b) {
    open_tag(out_, name, ctx_.resolved, b);
    out_ += '\n';
    blocks(b.children);
    close_tag(out_, name);
  }

  void heading(const Block& b) {
    static const char* const kNames[] = {"h1", "h2", "h3", "h4", "h5", "h6"};
    const char* name = kNames[std::clamp(b.level, 1, 6) - 1];
    out_ += '<';
    out_ += name;
    if (const resolve::ContentsEntry* entry = ctx_.resolved.contents_entry(b)) {
      out_ += " id=\"";  // the contents link here (the block's own id when it has one)
      append_attribute(out_, entry->id);
      out_ += '"';
    } else {
      id_attribute(out_, b);
    }
    direction_attribute(out_, ctx_.resolved.style_of(b));
    // The stylesheet paints headings in the template's heading colour; a callout that sets its
    // own text colour colours its headings too (resolve stage), which only an inline style says.
    const Colour colour = ctx_.resolved.style_of(b).foreground;
    if (!(colour == ctx_.resolved.palette.heading)) {
      out_ += " style=\"color:";
      append_colour(out_, colour);
      out_ += '"';
    }
    out_ += '>';
    write_inlines(ctx_, b.inlines);
    close_tag(out_, name);
    if (&b == ctx_.resolved.title_heading && !ctx_.resolved.generated.subtitle.empty()) {
      // The metadata's subtitle under the title: a paragraph, not a heading (HTML's advice for
      // subheadings, subtitles and taglines).
      out_ += "<p class=\"subtitle\">";
      append_text(out_, ctx_.resolved.generated.subtitle);
      close_tag(out_, "p");
    }
    if (&b == ctx_.resolved.title_heading && !ctx_.resolved.generated.byline.empty()) {
      out_ += "<p class=\"byline\">";
      append_text(out_, ctx_.resolved.generated.byline);
      close_tag(out_, "p");
    }
    if (&b == ctx_.resolved.title_heading && ctx_.resolved.contents) write_contents(ctx_);
  }

  void list(const Block& b) {
    const char* name = b.ordered ? "ol" : "ul";
    if (b.ordered && (b.list_start != 1 || b.list_style != model::ListStyle::Decimal)) {
      ordered_list_tag(b);
    } else {
      open_tag(out_, name, ctx_.resolved, b);
    }
    out_ += '\n';
    for (const Block& item : b.children) list_item(item);
    close_tag(out_, name);
  }

  // <ol start type> (1.1): HTML's own attributes, so the browser numbers as the PDF and DOCX do;
  // the style repeats the type because the stylesheet's ol rule would outweigh the attribute.
  void ordered_list_tag(const Block& b) {
    static constexpr const char* kTypes[][2] = {
        {"1", "decimal"}, {"a", "lower-alpha"}, {"A", "upper-alpha"}, {"i", "lower-roman"}, {"I", "upper-roman"}};
    const auto* type = kTypes[static_cast<std::size_t>(b.list_style)];
    out_ += "<ol";
    id_attribute(out_, b);
    direction_attribute(out_, ctx_.resolved.style_of(b));
    if (b.list_start != 1) out_ += " start=\"" + std::to_string(b.list_start) + '"';
    if (b.list_style != model::ListStyle::Decimal) {
      out_ += " type=\"";
      out_ += type[0];
      out_ += "\" style=\"list-style-type:";
      out_ += type[1];
      out_ += '"';
    }
    out_ += '>';
  }

  void list_item(const Block& item) {
    open_tag(out_, "li", ctx_.resolved, item);
    if (item.kind == BlockKind::ListItem) flow(item.children);
    else block(item);  // a stray block directly in a list still belongs to an item
    close_tag(out_, "li");
  }

  void figure(const Block& b) {
    if (!b.image) throw InternalError("html: figure without an image");
    open_tag(out_, "figure", ctx_.resolved, b);
    out_ += '\n';
    image(ctx_, *b.image);
    out_ += '\n';
    if (b.caption) {
      out_ += "<figcaption>";
      write_inlines(ctx_, *b.caption);
      close_tag(out_, "figcaption");
    }
    close_tag(out_, "figure");
  }

  // A callout is a box of the template's callout colours; one that sets its own colours says so
  // in an inline style with exactly the resolved pair lint checked.
  void callout(const Block& b) {
    // role="note": a callout is parenthetic to the text around it (ARIA "note"), not a page-level
    // complementary landmark; several untitled ones would otherwise be landmarks nobody can tell
    // apart. A title names it.
    const std::string title_id = "callout-" + std::to_string(++callouts_) + "-title";
    const std::optional<std::string> title = ctx_.resolved.callout_title(b);
    out_ += "<aside class=\"callout\" role=\"note\"";
    id_attribute(out_, b);
    if (title) {
      out_ += " aria-labelledby=\"";
      out_ += title_id;
      out_ += '"';
    }
    const resolve::TextStyle& style = ctx_.resolved.style_of(b);
    direction_attribute(out_, style);
    if (b.color || b.background) {
      out_ += " style=\"color:";
      append_colour(out_, style.foreground);
      out_ += ";background-color:";
      append_colour(out_, style.background);
      out_ += '"';
    }
    out_ += ">\n";
    if (title) {
      // A heading at the level settled for every output, so heading navigation finds it; the
      // paragraph keeps the callout title's look rather than the page headings'.
      out_ += "<p class=\"callout-title\" role=\"heading\" aria-level=\"";
      out_ += std::to_string(ctx_.resolved.callout_title_level(b));
      out_ += "\" id=\"";
      out_ += title_id;
      out_ += "\"><strong>";
      append_text(out_, *title);
      out_ += "</strong></p>\n";
    }
    blocks(b.children);
    close_tag(out_, "aside");
  }

  void table(const Block& b) {
    if (!b.table) throw InternalError("html: table block without a table");
    const model::Table& t = *b.table;
    const resolve::ResolvedTable& grid = ctx_.resolved.table(b);
    open_tag(out_, "table", ctx_.resolved, b);
    out_ += '\n';
    if (t.caption) {
      out_ += "<caption>";
      write_inlines(ctx_, *t.caption);
      close_tag(out_, "caption");
    }
    // The resolved header rows (the <thead> rows, or the leading rows of <th> only) form the
    // <thead>, so every reader agrees with the PDF's repeated header rows and DOCX tblHeader.
    const int head = grid.too_large ? 0 : grid.header_rows;
    const int rows = static_cast<int>(t.rows.size());
    if (head > 0) {
      out_ += "<thead>\n";
      for (int r = 0; r < head; ++r) row(t, grid, r, head);
      out_ += "</thead>\n";
    }
    if (rows > head) {
      out_ += "<tbody>\n";
      for (int r = head; r < rows; ++r) row(t, grid, r, rows);
      out_ += "</tbody>\n";
    }
    close_tag(out_, "table");
  }

  // Row `r` of a row group that ends before row `group_end`: a rowspan never crosses it.
  void row(const model::Table& t, const resolve::ResolvedTable& grid, int r, int group_end) {
    out_ += "<tr>";
    if (grid.too_large) {
      // No grid for a table this size: its cells as written.
      for (const model::TableCell& cell : t.rows[static_cast<std::size_t>(r)].cells) {
        const resolve::HeaderScope scope = cell.scope == model::CellScope::Col   ? resolve::HeaderScope::Column
                                           : cell.scope == model::CellScope::Row ? resolve::HeaderScope::Row
                                                                                 : resolve::HeaderScope::None;
        this->cell(cell, scope, std::max(cell.colspan, 1), std::clamp(cell.rowspan, 1, group_end - r));
      }
    } else {
      for (const int index : grid.cells_of_row[static_cast<std::size_t>(r)]) {
        const resolve::GridCell& placed = grid.cells[static_cast<std::size_t>(index)];
        cell(*placed.cell, placed.scope, placed.width, std::min(placed.height, group_end - r));
      }
    }
    close_tag(out_, "tr");
  }

  void cell(const model::TableCell& c, resolve::HeaderScope scope, int width, int height) {
    const char* name = c.header ? "th" : "td";
    out_ += '<';
    out_ += name;
    if (c.header && scope != resolve::HeaderScope::None)
      out_ += scope == resolve::HeaderScope::Column ? " scope=\"col\"" : " scope=\"row\"";
    if (width > 1) out_ += " colspan=\"" + std::to_string(width) + '"';
    if (height > 1) out_ += " rowspan=\"" + std::to_string(height) + '"';
    out_ += '>';
    flow(c.content);
    close_tag(out_, name, false);
  }

  HtmlContext& ctx_;
  std::string& out_;
  int callouts_ = 0;  // numbers the callouts' title ids
};

}  // namespace

const ImageCopy& image_copy_of(HtmlContext& ctx, std::string source, SourceLoc loc) {
  for (const ImageCopy& copy : ctx.images)
    if (copy.source == source) return copy;
  std::string name = file_name_for(ctx.images, source);
  ctx.images.push_back({std::move(source), std::move(name), loc});
  return ctx.images.back();
}

void write_blocks(HtmlContext& ctx, const std::vector<model::Block>& blocks) { BlockWriter(ctx).blocks(blocks); }

}  // namespace handout::html
