// Block layout: a cursor runs down the text column of the current page; each block asks for
// the room it needs and starts a new page when it does not fit. Paragraphs are broken into lines
// first (greedy, at UAX #14 opportunities from libunibreak) and then placed with orphan/widow
// control. Every piece of content is attached to the structure element it belongs to, in source
// order, so the structure tree is the reading order (PDF/UA-1 §7.1, Matterhorn 09-001).
#include "layout/layout_engine.hpp"

#include <linebreak.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <numeric>
#include <set>
#include <span>
#include <utility>

#include "model/query.hpp"

namespace handout::layout {
namespace {

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
  int link = -1;       // index into Engine::pending_links_
  double rise = 0;     // baseline shift (note references)
  std::optional<Colour> background;  // painted behind the text (a span's own background)
};

struct Piece {
  int span = 0;
  std::string_view text;  // within its span's text
  double width = 0;
  bool space = false;  // only whitespace
};

struct Line {
  std::vector<Piece> pieces;
  double width = 0;
  double size = 12;    // largest font size on the line
};

struct PendingLink {
  std::string uri;
  int note = 0;        // internal link to note N (1-based)
  int reference = 0;   // internal link back to where note N is referenced
  int node = -1;
  std::string contents;
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

Face combine(Face base, bool bold, bool italic) {
  if (base == Face::Mono) return Face::Mono;
  const bool b = bold || base == Face::Bold || base == Face::BoldItalic;
  const bool i = italic || base == Face::Italic || base == Face::BoldItalic;
  return b && i ? Face::BoldItalic : b ? Face::Bold : i ? Face::Italic : Face::Regular;
}

class Engine {
 public:
  Engine(const resolve::ResolvedDocument& resolved, FontMetrics& fm)
      : r_(resolved), doc_(resolved.doc), t_(resolved.tmpl), palette_(resolved.palette), fm_(fm) {
    static std::once_flag once;
    std::call_once(once, [] { init_linebreak(); });
    out_.width = t_.page.width_mm * kPointsPerMm;
    out_.height = t_.page.height_mm * kPointsPerMm;
    left_ = t_.page.margin_left_mm * kPointsPerMm;
    right_ = out_.width - t_.page.margin_right_mm * kPointsPerMm;
    top_ = out_.height - t_.page.margin_top_mm * kPointsPerMm;
    bottom_ = t_.page.margin_bottom_mm * kPointsPerMm;
    body_ = t_.body.font.size_pt;
    body_line_ = body_ * t_.body.line_spacing;
  }

  PagedDocument run() {
    StructNode root;
    root.role = Role::Document;
    out_.structure.push_back(std::move(root));
    new_page();
    lay_blocks(doc_.body, 0, 0);
    place_footnotes();
    if (!carried_footnotes_.empty()) {  // the last line's notes did not fit under it: one more page
      new_page();
      place_footnotes();
    }
    if (t_.notes == style::NotePlacement::Endnotes) lay_endnotes();
    resolve_links();
    draw_running_text();
    return std::move(out_);
  }

 private:
  // ---- pages and structure -----------------------------------------------------------------

  void new_page() {
    place_footnotes();
    for (int n : carried_footnotes_) reserve_footnote(n);
    carried_footnotes_.clear();
    out_.pages.emplace_back();
    cursor_ = top_;
  }
  int page_index() const { return static_cast<int>(out_.pages.size()) - 1; }
  std::vector<Item>& items() { return out_.pages.back().items; }
  bool page_is_empty() const { return cursor_ >= top_ - 0.01; }

  // Starts a new page unless `height` fits below the cursor (or the page is still empty).
  void need(double height) {
    if (cursor_ - height < bottom_ && !page_is_empty()) new_page();
  }

  int add_node(Role role, int parent) {
    const int id = static_cast<int>(out_.structure.size());
    StructNode n;
    n.role = role;
    n.parent = parent;
    out_.structure.push_back(std::move(n));
    out_.structure[static_cast<std::size_t>(parent)].children.push_back(id);
    return id;
  }

  // ---- inline content → spans --------------------------------------------------------------

  struct InlineStyle {
    Face face = Face::Regular;
    double size = 12;
    Colour color;
    bool underline = false;
    int node = -1;
    int link = -1;
    std::optional<Colour> background;
  };

  void collect(const Inlines& inlines, InlineStyle style, std::vector<Span>& out) {
    for (const Inline& in : inlines) {
      InlineStyle s = style;
      switch (in.kind) {
        case InlineKind::Text: out.push_back({in.text, s.face, s.size, s.color, s.underline, s.node, s.link, 0, s.background}); break;
        case InlineKind::LineBreak: out.push_back({"\n", s.face, s.size, s.color, false, s.node, -1, 0, {}}); break;
        case InlineKind::Emphasis:
          s.face = t_.emphasis == style::EmphasisStyle::Bold ? combine(s.face, true, false) : combine(s.face, false, true);
          collect(in.children, s, out);
          break;
        case InlineKind::Strong:
          s.face = combine(s.face, true, false);
          collect(in.children, s, out);
          break;
        case InlineKind::Code:
          s.face = Face::Mono;
          collect(in.children, s, out);
          break;
        case InlineKind::Link: {
          s.node = add_node(Role::Link, style.node);
          s.color = r_.style_of(in).foreground;
          s.underline = t_.underline_links;
          s.link = static_cast<int>(pending_links_.size());
          pending_links_.push_back({in.href.value_or(""), 0, 0, s.node, model::plain_text(in.children)});
          collect(in.children, s, out);
          break;
        }
        case InlineKind::Abbr: {
          s.node = add_node(Role::Span, style.node);
          if (const std::string* e = r_.expansion_of(in)) out_.structure[static_cast<std::size_t>(s.node)].expansion = *e;
          if (const std::string* printed = r_.expansion_printed_at(in)) {
            out.push_back({*printed + " (", s.face, s.size, s.color, s.underline, s.node, s.link, 0, s.background});
            collect(in.children, s, out);
            out.push_back({")", s.face, s.size, s.color, s.underline, s.node, s.link, 0, s.background});
          } else {
            collect(in.children, s, out);
          }
          break;
        }
        case InlineKind::Span: {
          const resolve::TextStyle& settled = r_.style_of(in);
          if (settled.lang_changes) {
            s.node = add_node(Role::Span, style.node);
            out_.structure[static_cast<std::size_t>(s.node)].lang = std::string(settled.lang);
          }
          if (in.color) s.color = settled.foreground;
          if (settled.paints_background) s.background = settled.background;
          collect(in.children, s, out);
          break;
        }
        case InlineKind::Note: {
          // PDF/UA-1 §7.9: the reference is a Reference element; the note text becomes a Note
          // with a unique ID among the endnotes.
          const int number = r_.note(in).number;
          const int ref = add_node(Role::Reference, style.node);
          const int link_node = add_node(Role::Link, ref);
          const int link = static_cast<int>(pending_links_.size());
          pending_links_.push_back({"", number, 0, link_node, "Note " + std::to_string(number)});
          notes_.push_back({number, &in.children, ref});
          out.push_back({std::to_string(number), combine(s.face, false, false), s.size * 0.65, palette_.link,
                         false, link_node, link, s.size * 0.35, s.background});
          break;
        }
      }
    }
  }

  // ---- line breaking ---------------------------------------------------------------------------

  double measure(Face face, double size, std::string_view text) {
    double w = 0;
    for (const Glyph& g : fm_.shape(face, text)) w += g.advance;
    return w * size;
  }

  // Breaks spans into lines no wider than `width`.
  std::vector<Line> break_lines(const std::vector<Span>& spans, double width) {
    std::string text;
    std::vector<int> owner;             // span index of each byte
    std::vector<std::size_t> span_at;   // offset in `text` where each span starts
    for (std::size_t i = 0; i < spans.size(); ++i) {
      span_at.push_back(text.size());
      text += spans[i].text;
      owner.insert(owner.end(), spans[i].text.size(), static_cast<int>(i));
    }
    std::vector<Line> lines;
    if (text.empty()) return lines;
    std::vector<char> breaks(text.size());
    set_linebreaks_utf8(reinterpret_cast<const utf8_t*>(text.data()), text.size(), doc_.lang.c_str(), breaks.data());

    Line line;
    auto flush = [&] {
      while (!line.pieces.empty() && line.pieces.back().space) {
        line.width -= line.pieces.back().width;
        line.pieces.pop_back();
      }
      line.size = body_;
      for (const Piece& p : line.pieces) line.size = std::max(line.size, spans[static_cast<std::size_t>(p.span)].size);
      lines.push_back(std::move(line));
      line = Line{};
    };
    std::vector<Piece> word;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const bool must = breaks[i] == LINEBREAK_MUSTBREAK && i + 1 < text.size();
      const bool may = breaks[i] == LINEBREAK_ALLOWBREAK || breaks[i] == LINEBREAK_MUSTBREAK;
      if (!may) continue;
      // The word is text[start, i]; split it by span and into its body and trailing spaces.
      word.clear();
      double word_width = 0, body_width = 0;
      std::size_t k = start;
      while (k <= i) {
        const int s = owner[k];
        std::size_t e = k;
        while (e <= i && owner[e] == s) ++e;
        const Span& sp = spans[static_cast<std::size_t>(s)];
        const std::string_view part = std::string_view(sp.text).substr(k - span_at[static_cast<std::size_t>(s)], e - k);
        k = e;
        if (part == "\n") continue;
        const std::size_t trail = part.find_last_not_of(' ');
        const std::string_view core = trail == std::string_view::npos ? std::string_view() : part.substr(0, trail + 1);
        const std::string_view spaces = part.substr(core.size());
        if (!core.empty()) {
          const double w = measure(sp.face, sp.size, core);
          word.push_back({s, core, w, false});
          word_width += w;
          body_width = word_width;
        }
        if (!spaces.empty()) {
          const double w = measure(sp.face, sp.size, spaces);
          word.push_back({s, spaces, w, true});
          word_width += w;
        }
      }
      if (!line.pieces.empty() && line.width + body_width > width) flush();
      for (const Piece& p : word) {
        if (line.pieces.empty() && p.space) continue;
        line.width += p.width;
        line.pieces.push_back(p);
      }
      start = i + 1;
      if (must) flush();
    }
    if (!line.pieces.empty()) flush();
    return lines;
  }

  // ---- placing lines -------------------------------------------------------------------------

  void place_line(const Line& line, const std::vector<Span>& spans, double x, double line_height) {
    reserve_footnotes_for(line, spans, line_height);
    const double baseline = cursor_ - (line_height - line.size) / 2 - line.size * fm_.ascent(Face::Regular) * 0.95;
    const std::size_t line_start = items().size();
    std::vector<Item> backgrounds;  // painted under the line's text
    for (const Piece& p : line.pieces) {
      const Span& sp = spans[static_cast<std::size_t>(p.span)];
      if (sp.background) add_text_background(backgrounds, *sp.background, x, baseline + sp.rise, p.width, sp);
      Item it;
      it.kind = ItemKind::Text;
      it.node = sp.node;
      it.face = sp.face;
      it.size = sp.size;
      it.x = x;
      it.y = baseline + sp.rise;
      it.color = sp.color;
      it.underline = sp.underline && !p.space;
      for (const Glyph& g : fm_.shape(sp.face, p.text)) it.glyphs.push_back({g.id, g.advance * sp.size});
      // Pieces of one line in the same style and element become one text item: one marked-content
      // sequence per line rather than per word keeps the file small and the text runs whole.
      Item* last = line_start < items().size() ? &items().back() : nullptr;
      if (last && last->kind == ItemKind::Text && last->node == it.node && last->face == it.face &&
          last->size == it.size && last->y == it.y && last->color == it.color && last->underline == it.underline &&
          last->artifact == it.artifact) {
        last->glyphs.insert(last->glyphs.end(), it.glyphs.begin(), it.glyphs.end());
      } else {
        items().push_back(std::move(it));
      }
      if (sp.link >= 0) {
        const Rect r{x, baseline + sp.rise + fm_.descent(sp.face) * sp.size, p.width, sp.size};
        add_link_area(sp.link, r);
        const int note = pending_links_[static_cast<std::size_t>(sp.link)].note;
        if (note > 0) reference_targets_.emplace(note, std::make_pair(page_index(), cursor_));
      }
      x += p.width;
    }
    items().insert(items().begin() + static_cast<std::ptrdiff_t>(line_start), backgrounds.begin(), backgrounds.end());
    cursor_ -= line_height;
  }

  // A span's own background behind its glyphs, from descender to ascender, one box per run of
  // pieces in the same colour: the pair lint checked is the pair printed.
  void add_text_background(std::vector<Item>& out, Colour colour, double x, double baseline, double width, const Span& sp) {
    const double bottom = baseline + fm_.descent(sp.face) * sp.size;
    const double top = baseline + fm_.ascent(sp.face) * sp.size;
    if (!out.empty() && out.back().color == colour && std::abs(out.back().rect.x + out.back().rect.w - x) < 0.01 &&
        std::abs(out.back().rect.y - bottom) < 0.01) {
      out.back().rect.w += width;
      return;
    }
    Item fill;
    fill.kind = ItemKind::Fill;
    fill.artifact = ArtifactKind::Background;
    fill.rect = {x, bottom, width, top - bottom};
    fill.color = colour;
    out.push_back(std::move(fill));
  }

  void add_link_area(int link, Rect r) {
    if (!out_.links.empty()) {
      LinkArea& last = out_.links.back();
      if (last_link_ == link && last.page == page_index() && std::abs(last.rect.y - r.y) < 0.5) {
        last.rect.w = r.x + r.w - last.rect.x;  // extend across pieces of one line
        return;
      }
    }
    const PendingLink& p = pending_links_[static_cast<std::size_t>(link)];
    LinkArea a;
    a.page = page_index();
    a.rect = r;
    a.uri = p.uri;
    a.node = p.node;
    a.contents = p.contents;
    out_.links.push_back(std::move(a));
    link_targets_.push_back({p.note, p.reference});  // resolved to a page once every page exists
    last_link_ = link;
  }

  // Lays out inline content as a paragraph attached to `node`, indented by `indent`.
  void lay_inlines(const Inlines& inlines, int node, double indent, Face face, double size, Colour color,
                   double space_after, double right_indent = 0) {
    std::vector<Span> spans;
    collect(inlines, InlineStyle{face, size, color, false, node, -1, {}}, spans);
    const double width = right_ - right_indent - (left_ + indent);
    const std::vector<Line> lines = break_lines(spans, width);
    const double lh = size * t_.body.line_spacing;
    // Orphan and widow control: never one line alone at the foot or head of a page.
    std::size_t i = 0;
    while (i < lines.size()) {
      const std::size_t remaining = lines.size() - i;
      std::size_t fit = lines_that_fit(lines, i, spans, lh);
      if (fit >= remaining) fit = remaining;
      else if (remaining - fit == 1 && fit > 1) fit -= 1;  // leave two lines for the next page
      if (fit < std::min<std::size_t>(2, remaining) && !page_is_empty()) {
        new_page();
        continue;
      }
      if (fit == 0) fit = 1;  // a line taller than the page: place it anyway
      for (std::size_t k = 0; k < fit; ++k) place_line(lines[i + k], spans, left_ + indent, std::max(lh, lines[i + k].size * 1.2));
      i += fit;
      if (i < lines.size()) new_page();
    }
    cursor_ -= space_after;
  }

  // How many of lines[i..] fit above the foot of the page, counting the footnotes they bring.
  std::size_t lines_that_fit(const std::vector<Line>& lines, std::size_t i, const std::vector<Span>& spans, double lh) {
    double y = cursor_, foot = bottom_;
    bool first_note = page_footnotes_.empty();
    std::size_t n = 0;
    for (std::size_t k = i; k < lines.size(); ++k) {
      for (int number : new_note_references(lines[k], spans)) {
        foot += footnote(number).height + (first_note ? footnote_separator_height() : 0);
        first_note = false;
      }
      const double h = std::max(lh, lines[k].size * 1.2);
      if (y - h < foot - 1e-6) break;
      y -= h;
      ++n;
    }
    return n;
  }

  // ---- footnotes (template [notes] placement = "footnotes") -------------------------------------

  bool footnotes() const { return t_.notes == style::NotePlacement::Footnotes; }
  double note_size() const { return body_ * 0.85; }
  double note_line() const { return note_size() * t_.body.line_spacing; }
  double footnote_separator_height() const { return body_line_ * 0.8; }

  // Note numbers referenced on `line` whose footnotes are not placed or reserved yet.
  std::vector<int> new_note_references(const Line& line, const std::vector<Span>& spans) {
    std::vector<int> numbers;
    if (!footnotes()) return numbers;
    for (const Piece& p : line.pieces) {
      const int link = spans[static_cast<std::size_t>(p.span)].link;
      if (link < 0) continue;
      const int n = pending_links_[static_cast<std::size_t>(link)].note;
      if (n > 0 && !footnote_reserved_.count(n) &&
          std::find(numbers.begin(), numbers.end(), n) == numbers.end())
        numbers.push_back(n);
    }
    return numbers;
  }

  // The footnote for note `number`, prepared on first use: PDF/UA-1 §7.9, a Note with a unique ID,
  // inside the paragraph that references it.
  Footnote& footnote(int number) {
    auto it = footnotes_.find(number);
    if (it != footnotes_.end()) return it->second;
    const NoteRecord& rec = *std::find_if(notes_.begin(), notes_.end(), [&](const NoteRecord& r) { return r.number == number; });
    Footnote f;
    f.note_node = add_note_node(number, out_.structure[static_cast<std::size_t>(rec.reference_node)].parent);
    const int text_node = add_node(Role::P, f.note_node);
    collect(*rec.content, InlineStyle{Face::Regular, note_size(), palette_.text, false, text_node, -1, {}}, f.spans);
    f.lines = break_lines(f.spans, right_ - left_ - note_indent());
    f.height = static_cast<double>(std::max<std::size_t>(f.lines.size(), 1)) * note_line() + note_line() * 0.25;
    return footnotes_.emplace(number, std::move(f)).first->second;
  }

  static double note_indent() { return 7 * kPointsPerMm; }

  // PDF/UA-1 §7.9: a Note element carries a unique ID.
  int add_note_node(int number, int parent) {
    const int note = add_node(Role::Note, parent);
    out_.structure[static_cast<std::size_t>(note)].id = "note-" + std::to_string(number);
    return note;
  }

  // Keeps room at the foot of this page for footnote `number`.
  void reserve_footnote(int number) {
    if (page_footnotes_.empty()) bottom_ += footnote_separator_height();
    bottom_ += footnote(number).height;
    page_footnotes_.push_back(number);
    footnote_reserved_.insert(number);
  }

  // Called as a line with note references is placed: the footnotes go on this page when they fit
  // below the line, otherwise at the foot of the next page.
  void reserve_footnotes_for(const Line& line, const std::vector<Span>& spans, double line_height) {
    for (int number : new_note_references(line, spans)) {
      const double extra = footnote(number).height + (page_footnotes_.empty() ? footnote_separator_height() : 0);
      if (cursor_ - line_height >= bottom_ + extra - 1e-6) {
        reserve_footnote(number);
      } else {
        footnote_reserved_.insert(number);
        carried_footnotes_.push_back(number);
      }
    }
  }

  // Draws this page's footnotes in the room kept for them, under a short rule.
  void place_footnotes() {
    if (page_footnotes_.empty()) return;
    const double saved = cursor_;
    const double base = t_.page.margin_bottom_mm * kPointsPerMm;
    cursor_ = bottom_;
    Item rule;
    rule.kind = ItemKind::Fill;
    rule.artifact = ArtifactKind::Layout;
    rule.rect = {left_, cursor_ - footnote_separator_height() / 2, (right_ - left_) / 3, 0.5};
    rule.color = palette_.rule;
    items().push_back(rule);
    cursor_ -= footnote_separator_height();
    for (int number : page_footnotes_) {
      Footnote& f = footnote(number);
      note_targets_[number] = {page_index(), cursor_};
      place_note_label(number, f.note_node, note_size(), note_line());
      for (const Line& line : f.lines) place_line(line, f.spans, left_ + note_indent(), note_line());
      if (f.lines.empty()) cursor_ -= note_line();
      cursor_ -= note_line() * 0.25;
    }
    page_footnotes_.clear();
    bottom_ = base;
    cursor_ = saved;
  }

  // The number before a note's text: a Lbl holding a link back to the reference (both ways, as
  // the issue asks), placed without moving the cursor.
  void place_note_label(int number, int note_node, double size, double line_height) {
    const int label = add_node(Role::Lbl, note_node);
    const int link_node = add_node(Role::Link, label);
    const int link = static_cast<int>(pending_links_.size());
    pending_links_.push_back({"", 0, number, link_node, "Back to the reference to note " + std::to_string(number)});
    std::vector<Span> spans{{std::to_string(number) + ".", Face::Bold, size, palette_.link, false, link_node, link, 0, {}}};
    const double saved = cursor_;
    place_line(break_lines(spans, note_indent()).front(), spans, left_, line_height);
    cursor_ = saved;
  }

  // ---- blocks ----------------------------------------------------------------------------------

  void lay_blocks(const std::vector<Block>& blocks, int parent, double indent) {
    for (std::size_t i = 0; i < blocks.size(); ++i) lay_block(blocks[i], parent, indent, i + 1 < blocks.size() ? &blocks[i + 1] : nullptr);
  }

  double heading_size(int level) const { return t_.headings.sizes_pt[std::clamp(level, 1, 6) - 1]; }

  void lay_block(const Block& b, int parent, double indent, const Block* next) {
    switch (b.kind) {
      case BlockKind::Heading: {
        const double size = heading_size(b.level);
        cursor_ -= page_is_empty() ? 0 : t_.headings.space_before_pt;
        // Keep the heading with at least two lines of what follows.
        need(size * 1.3 + t_.headings.space_after_pt + (next ? 2 * body_line_ : 0));
        const int node = add_node(static_cast<Role>(static_cast<int>(Role::H1) + std::clamp(b.level, 1, 6) - 1), parent);
        out_.outline.push_back({b.level, model::plain_text(b.inlines), page_index(), cursor_});
        const Face face = t_.headings.font.bold ? Face::Bold : Face::Regular;
        std::vector<Span> spans;
        collect(b.inlines, InlineStyle{face, size, r_.style_of(b).foreground, false, node, -1, {}}, spans);
        for (const Line& line : break_lines(spans, right_ - left_ - indent)) place_line(line, spans, left_ + indent, size * 1.3);
        cursor_ -= t_.headings.space_after_pt;
        break;
      }
      case BlockKind::Paragraph: {
        const int node = add_node(Role::P, parent);
        lay_inlines(b.inlines, node, indent, Face::Regular, body_, r_.style_of(b).foreground, t_.body.paragraph_space_pt);
        break;
      }
      case BlockKind::Plain:
        // Inline content of a list item or cell: its text belongs to the enclosing LBody/TD.
        lay_inlines(b.inlines, out_.structure[static_cast<std::size_t>(parent)].role == Role::LBody ||
                                       out_.structure[static_cast<std::size_t>(parent)].role == Role::TD ||
                                       out_.structure[static_cast<std::size_t>(parent)].role == Role::TH
                                   ? parent
                                   : add_node(Role::P, parent),
                    indent, Face::Regular, body_, r_.style_of(b).foreground, t_.body.paragraph_space_pt / 2);
        break;
      case BlockKind::List: lay_list(b, parent, indent); break;
      case BlockKind::ListItem: {
        // An <li> outside a list (lint reports it): lay it out as a one-item list.
        Block list;
        list.kind = BlockKind::List;
        list.children.push_back(b);
        lay_list(list, parent, indent);
        break;
      }
      case BlockKind::Figure:
      case BlockKind::Image: lay_figure(b, parent, indent); break;
      case BlockKind::Table: lay_table(b, parent, indent); break;
      case BlockKind::Callout: lay_callout(b, parent, indent); break;
      case BlockKind::Quote: lay_quote(b, parent, indent); break;
      case BlockKind::Section: lay_blocks(b.children, add_node(Role::Sect, parent), indent); break;
      case BlockKind::PageBreak:
        if (!page_is_empty()) new_page();
        break;
    }
  }

  void lay_list(const Block& list, int parent, double indent) {
    const int l = add_node(Role::L, parent);
    ++list_depth_;
    const double marker_width = (list.ordered ? 7.5 : 5.5) * kPointsPerMm;
    int number = 0;
    for (const Block& item : list.children) {
      if (item.kind != BlockKind::ListItem) {
        lay_block(item, l, indent + marker_width, nullptr);
        continue;
      }
      ++number;
      const int li = add_node(Role::LI, l);
      const int lbl = add_node(Role::Lbl, li);
      const int body = add_node(Role::LBody, li);
      need(2 * body_line_);
      // The marker shares the first line's baseline: draw it at the current cursor.
      const std::string marker = resolve::ResolvedDocument::list_marker(list.ordered, list_depth_, number);
      std::vector<Span> spans{{marker, Face::Regular, body_, r_.style_of(item).foreground, false, lbl, -1, 0, {}}};
      const double saved = cursor_;
      place_line(break_lines(spans, marker_width).front(), spans, left_ + indent, body_line_);
      cursor_ = saved;
      lay_blocks(item.children, body, indent + marker_width);
    }
    --list_depth_;
    cursor_ -= t_.body.paragraph_space_pt / 2;
  }

  void lay_figure(const Block& b, int parent, double indent) {
    const model::Image& img = *b.image;
    const double column = right_ - left_ - indent;
    double w = column * img.width_percent.value_or(100) / 100;
    const double aspect = img.pixel_width ? static_cast<double>(img.pixel_height) / img.pixel_width : 0.75;
    double h = w * aspect;
    const double max_h = (top_ - bottom_) * 0.8;
    if (h > max_h) {
      h = max_h;
      w = h / aspect;
    }
    need(h + (b.caption ? 2 * body_line_ : 0));
    Item it;
    it.kind = ItemKind::Image;
    it.rect = {left_ + indent, cursor_ - h, w, h};
    it.image_path = img.resolved_path;
    it.image_format = img.format;
    int figure = -1;
    if (img.decorative) {
      it.artifact = ArtifactKind::Layout;  // PDF/UA-1 §7.3: decorative images are artifacts
    } else {
      figure = add_node(Role::Figure, parent);
      StructNode& n = out_.structure[static_cast<std::size_t>(figure)];
      n.alt = img.alt.value_or("");
      n.bbox_page = page_index();
      n.bbox = it.rect;
      it.node = figure;
    }
    if (!it.image_path.empty()) items().push_back(std::move(it));
    cursor_ -= h + 4;
    if (b.caption) {
      const int caption = add_node(Role::Caption, figure >= 0 ? figure : parent);
      lay_inlines(*b.caption, caption, indent, Face::Italic, body_ * 0.9, r_.style_of(b).foreground, t_.body.paragraph_space_pt);
    } else {
      cursor_ -= t_.body.paragraph_space_pt;
    }
  }

  // A quotation is indented with a bar beside it (the DOCX Quote style's left border), drawn as a
  // layout artifact on every page the quotation touches.
  void lay_quote(const Block& b, int parent, double indent) {
    constexpr double kBarWidth = 2.25;  // the DOCX border's 18 eighths of a point
    const int node = add_node(Role::BlockQuote, parent);
    const int first_page = page_index();
    const double top = cursor_;
    lay_blocks(b.children, node, indent + 8 * kPointsPerMm);
    for (int p = first_page; p <= page_index(); ++p) {
      const double bar_top = p == first_page ? top : top_;
      // The last block's space after belongs below the quotation, not beside it.
      const double bar_bottom = p == page_index() ? cursor_ + t_.body.paragraph_space_pt : bottom_;
      if (bar_top - bar_bottom <= 0) continue;
      Item bar;
      bar.kind = ItemKind::Fill;
      bar.artifact = ArtifactKind::Layout;
      bar.rect = {left_ + indent + 3 * kPointsPerMm, bar_bottom, kBarWidth, bar_top - bar_bottom};
      bar.color = palette_.quote_bar;
      out_.pages[static_cast<std::size_t>(p)].items.push_back(bar);
    }
  }

  void lay_callout(const Block& b, int parent, double indent) {
    const int node = add_node(Role::Sect, parent);
    const double pad = t_.callout.padding_pt;
    const Colour background = r_.style_of(b).background;
    const Colour text = r_.style_of(b).foreground;
    need(2 * body_line_ + 2 * pad);
    const int first_page = page_index();
    const std::size_t first_item = items().size();
    const double top = cursor_;
    cursor_ -= pad;
    if (b.title) {
      model::Inline t;
      t.kind = InlineKind::Text;
      t.text = *b.title;
      lay_inlines({t}, add_node(Role::P, node), indent + pad, Face::Bold, body_, text, 2, pad);
    }
    for (const Block& c : b.children) {
      if (c.kind == BlockKind::Paragraph) {
        lay_inlines(c.inlines, add_node(Role::P, node), indent + pad, Face::Regular, body_, text,
                    &c == &b.children.back() ? 0 : t_.body.paragraph_space_pt, pad);
      } else {
        lay_block(c, node, indent + pad, nullptr);
      }
    }
    cursor_ -= pad;
    // Backgrounds are artifacts painted under the text, one box per page the callout touches.
    for (int p = first_page; p <= page_index(); ++p) {
      const double box_top = p == first_page ? top : top_;
      const double box_bottom = p == page_index() ? cursor_ : bottom_;
      Item fill;
      fill.kind = ItemKind::Fill;
      fill.artifact = ArtifactKind::Background;
      fill.rect = {left_ + indent, box_bottom, right_ - left_ - indent, box_top - box_bottom};
      fill.color = background;
      auto& page_items = out_.pages[static_cast<std::size_t>(p)].items;
      const auto at = page_items.begin() + static_cast<std::ptrdiff_t>(p == first_page ? first_item : 0);
      if (palette_.callout_border && palette_.callout_border_width_pt > 0) {
        Item stroke = fill;
        stroke.kind = ItemKind::Stroke;
        stroke.color = *palette_.callout_border;
        stroke.line_width = palette_.callout_border_width_pt;
        page_items.insert(at, std::move(stroke));
      }
      page_items.insert(page_items.begin() + static_cast<std::ptrdiff_t>(p == first_page ? first_item : 0), std::move(fill));
    }
    cursor_ -= t_.body.paragraph_space_pt;
  }

  // ---- tables --------------------------------------------------------------------------------

  struct CellPlan {
    const model::TableCell* cell = nullptr;
    int column = 0, colspan = 1, rowspan = 1;
    std::vector<std::pair<std::vector<Span>, std::vector<Line>>> paragraphs;
    double height = 0;
    int node = -1;
  };

  void lay_table(const Block& b, int parent, double indent) {
    const model::Table& table = *b.table;
    const int node = add_node(Role::Table, parent);
    if (table.caption) {
      const int caption = add_node(Role::Caption, node);
      lay_inlines(*table.caption, caption, indent, Face::Bold, body_, r_.style_of(b).foreground, 4);
    }
    // Each cell's first column, from the resolved grid.
    const resolve::ResolvedTable& grid = r_.table(b);
    std::vector<std::vector<int>> starts(table.rows.size());
    int columns = grid.col_count;
    if (grid.too_large) {  // a hostile table: cells side by side, spans across rows ignored
      columns = 0;
      for (std::size_t r = 0; r < table.rows.size(); ++r) {
        int c = 0;
        for (const model::TableCell& cell : table.rows[r].cells) starts[r].push_back(std::exchange(c, c + std::max(cell.colspan, 1)));
        columns = std::max(columns, c);
      }
    } else {
      for (std::size_t r = 0; r < table.rows.size(); ++r)
        for (const int k : grid.cells_of_row[r]) starts[r].push_back(grid.cells[static_cast<std::size_t>(k)].left);
    }
    if (columns == 0) return;
    const double width = right_ - left_ - indent;
    const double pad = 4;
    // Column widths from each column's widest unbreakable word and its natural one-line width.
    std::vector<double> min_w(static_cast<std::size_t>(columns), 20), nat_w(static_cast<std::size_t>(columns), 20);
    const double size = body_ * 0.9;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      for (std::size_t k = 0; k < table.rows[r].cells.size(); ++k) {
        const model::TableCell& cell = table.rows[r].cells[k];
        if (cell.colspan != 1) continue;
        const std::string text = resolve::cell_text(cell);
        const Face face = cell.header ? Face::Bold : Face::Regular;
        double longest = 0;
        std::size_t s = 0;
        while (s < text.size()) {
          std::size_t e = text.find(' ', s);
          if (e == std::string::npos) e = text.size();
          longest = std::max(longest, measure(face, size, std::string_view(text).substr(s, e - s)));
          s = e + 1;
        }
        const auto col = static_cast<std::size_t>(starts[r][k]);
        min_w[col] = std::max(min_w[col], longest + 2 * pad);
        nat_w[col] = std::max(nat_w[col], measure(face, size, text) + 2 * pad);
      }
    }
    std::vector<double> col_w(static_cast<std::size_t>(columns));
    double sum_min = 0, sum_nat = 0;
    for (int c = 0; c < columns; ++c) sum_min += min_w[static_cast<std::size_t>(c)], sum_nat += nat_w[static_cast<std::size_t>(c)];
    for (int c = 0; c < columns; ++c) {
      const auto i = static_cast<std::size_t>(c);
      if (sum_nat <= width) col_w[i] = nat_w[i] * width / sum_nat;
      else if (sum_min <= width) col_w[i] = min_w[i] + (width - sum_min) * (nat_w[i] - min_w[i]) / std::max(1e-6, sum_nat - sum_min);
      else col_w[i] = width * min_w[i] / sum_min;  // too wide even at one word a line: shrink
    }
    std::vector<double> col_x(static_cast<std::size_t>(columns) + 1, left_ + indent);
    for (int c = 0; c < columns; ++c) col_x[static_cast<std::size_t>(c) + 1] = col_x[static_cast<std::size_t>(c)] + col_w[static_cast<std::size_t>(c)];

    const double lh = size * t_.body.line_spacing;
    int head_group = -1, body_group = -1;
    // The rows that head the table repeat on every page it continues on.
    std::vector<std::size_t> header_rows(static_cast<std::size_t>(grid.header_rows));
    std::iota(header_rows.begin(), header_rows.end(), std::size_t{0});
    // Plan every row first: a cell spanning rows needs the heights of all the rows it covers.
    std::vector<std::vector<CellPlan>> rows(table.rows.size());
    std::vector<double> row_h(table.rows.size(), lh + 2 * pad);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      const model::TableRow& row = table.rows[r];
      int group_parent = node;
      if (row.group == model::RowGroup::Head) {
        if (head_group < 0) head_group = add_node(Role::THead, node);
        group_parent = head_group;
      } else if (row.group == model::RowGroup::Body) {
        if (body_group < 0) body_group = add_node(Role::TBody, node);
        group_parent = body_group;
      }
      const int tr = add_node(Role::TR, group_parent);
      for (std::size_t k = 0; k < row.cells.size(); ++k) {
        const model::TableCell& cell = row.cells[k];
        CellPlan plan;
        plan.cell = &cell;
        plan.column = starts[r][k];
        plan.colspan = std::min(cell.colspan, columns - plan.column);
        plan.rowspan = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(std::max(cell.rowspan, 1)),
                                                              table.rows.size() - r));
        plan.node = add_node(cell.header ? Role::TH : Role::TD, tr);
        StructNode& cell_node = out_.structure[static_cast<std::size_t>(plan.node)];
        cell_node.row_span = plan.rowspan;
        cell_node.col_span = plan.colspan;
        if (cell.header && !grid.too_large) cell_node.scope = grid.cells[static_cast<std::size_t>(grid.cells_of_row[r][k])].scope;
        const double cw = col_x[static_cast<std::size_t>(plan.column + plan.colspan)] - col_x[static_cast<std::size_t>(plan.column)] - 2 * pad;
        for (const Block& content : cell.content) {
          std::vector<Span> spans;
          collect(content.inlines, InlineStyle{cell.header ? Face::Bold : Face::Regular, size, r_.style_of(content).foreground, false,
                                               content.kind == BlockKind::Plain ? plan.node : add_node(Role::P, plan.node), -1, {}},
                  spans);
          auto lines = break_lines(spans, cw);
          plan.height += static_cast<double>(lines.size()) * lh;
          plan.paragraphs.emplace_back(std::move(spans), std::move(lines));
        }
        if (plan.rowspan == 1) row_h[r] = std::max(row_h[r], plan.height + 2 * pad);
        rows[r].push_back(std::move(plan));
      }
    }
    // A spanning cell taller than the rows it covers makes the last of them taller.
    for (std::size_t r = 0; r < rows.size(); ++r)
      for (const CellPlan& plan : rows[r]) {
        if (plan.rowspan == 1) continue;
        const std::size_t last = r + static_cast<std::size_t>(plan.rowspan) - 1;
        double have = 0;
        for (std::size_t k = r; k <= last; ++k) have += row_h[k];
        row_h[last] += std::max(0.0, plan.height + 2 * pad - have);
      }
    // Rows joined by a spanning cell stay on one page; elsewhere a page may break between rows.
    for (std::size_t r = 0; r < rows.size();) {
      std::size_t end = r + 1;
      for (std::size_t k = r; k < end; ++k)
        for (const CellPlan& plan : rows[k]) end = std::max(end, k + static_cast<std::size_t>(plan.rowspan));
      double block_h = 0;
      for (std::size_t k = r; k < end; ++k) block_h += row_h[k];
      if (cursor_ - block_h < bottom_ && !page_is_empty()) {
        new_page();
        // Repeat the header rows on the new page, as pagination artifacts (PDF/UA-1 §7.3).
        if (r >= header_rows.size())
          for (std::size_t h : header_rows) repeat_header_row(table.rows[h], starts[h], col_x, size, lh, pad, columns);
      }
      for (std::size_t k = r; k < end; ++k)
        draw_row(rows[k], col_x, std::span<const double>(row_h).subspan(k, end - k), pad, lh);
      r = end;
    }
    cursor_ -= t_.body.paragraph_space_pt;
  }


  // Draws one row; `heights` holds this row's height and those of the rows after it in its block,
  // so a cell spanning rows gets one box over all of them.
  void draw_row(std::vector<CellPlan>& plans, const std::vector<double>& col_x, std::span<const double> heights,
                double pad, double lh) {
    const double top = cursor_;
    for (CellPlan& plan : plans) {
      const double x0 = col_x[static_cast<std::size_t>(plan.column)];
      const double x1 = col_x[static_cast<std::size_t>(plan.column + plan.colspan)];
      double row_h = 0;
      for (std::size_t k = 0; k < static_cast<std::size_t>(plan.rowspan) && k < heights.size(); ++k) row_h += heights[k];
      if (plan.cell->header) {
        Item shade;
        shade.kind = ItemKind::Fill;
        shade.artifact = ArtifactKind::Background;
        shade.rect = {x0, top - row_h, x1 - x0, row_h};
        shade.color = palette_.table_header_fill;
        items().push_back(shade);
      }
      Item border;
      border.kind = ItemKind::Stroke;
      border.artifact = ArtifactKind::Layout;
      border.rect = {x0, top - row_h, x1 - x0, row_h};
      border.color = palette_.rule;
      border.line_width = 0.5;
      items().push_back(border);
      cursor_ = top - pad;
      for (auto& [spans, lines] : plan.paragraphs)
        for (const Line& line : lines) place_line(line, spans, x0 + pad, lh);
    }
    cursor_ = top - heights.front();
  }

  void repeat_header_row(const model::TableRow& row, const std::vector<int>& starts, const std::vector<double>& col_x,
                         double size, double lh, double pad, int columns) {
    const double row_h = lh + 2 * pad;
    const double top = cursor_;
    for (std::size_t k = 0; k < row.cells.size(); ++k) {
      const int c = starts[k];
      const int span = std::min(row.cells[k].colspan, columns - c);
      const double x0 = col_x[static_cast<std::size_t>(c)], x1 = col_x[static_cast<std::size_t>(c + span)];
      Item shade;
      shade.kind = ItemKind::Fill;
      shade.artifact = ArtifactKind::Pagination;
      shade.rect = {x0, top - row_h, x1 - x0, row_h};
      shade.color = palette_.table_header_fill;
      items().push_back(shade);
      std::vector<Span> spans{{resolve::cell_text(row.cells[k]), Face::Bold, size, palette_.text, false, -1, -1, 0, {}}};
      auto lines = break_lines(spans, x1 - x0 - 2 * pad);
      if (!lines.empty()) {
        cursor_ = top - pad;
        const std::size_t before = items().size();
        place_line(lines.front(), spans, x0 + pad, lh);
        for (std::size_t i = before; i < items().size(); ++i) items()[i].artifact = ArtifactKind::Pagination;
      }
    }
    cursor_ = top - row_h;
  }

  // ---- notes, links, running text ----------------------------------------------------------------

  void lay_endnotes() {
    if (notes_.empty()) return;
    std::sort(notes_.begin(), notes_.end(), [](const NoteRecord& a, const NoteRecord& b) { return a.number < b.number; });
    model::Block heading;
    heading.kind = BlockKind::Heading;
    heading.level = 2;
    model::Inline text;
    text.kind = InlineKind::Text;
    text.text = r_.generated.notes_heading;
    heading.inlines.push_back(text);
    lay_block(heading, 0, 0, nullptr);
    for (const NoteRecord& n : notes_) {
      const int note = add_note_node(n.number, 0);
      need(2 * body_line_);  // the number and the first line of its text stay together
      note_targets_[n.number] = {page_index(), cursor_};
      place_note_label(n.number, note, body_ * 0.9, body_ * 0.9 * t_.body.line_spacing);
      lay_inlines(*n.content, add_node(Role::P, note), note_indent(), Face::Regular, body_ * 0.9, palette_.text,
                  t_.body.paragraph_space_pt / 2);
    }
  }

  void resolve_links() {
    for (std::size_t i = 0; i < out_.links.size(); ++i) {
      LinkArea& a = out_.links[i];
      const auto [note, reference] = link_targets_[i];
      const auto& targets = note > 0 ? note_targets_ : reference_targets_;
      const auto it = targets.find(note > 0 ? note : reference);
      a.target_page = -1;
      if (!a.uri.empty() || it == targets.end()) continue;
      a.target_page = it->second.first;
      a.target_y = it->second.second;
    }
  }

  void draw_running_text() {
    const int pages = static_cast<int>(out_.pages.size());
    for (int p = 0; p < pages; ++p) {
      if (!(t_.page.background == kWhite)) {
        Item paper;
        paper.kind = ItemKind::Fill;
        paper.artifact = ArtifactKind::Background;
        paper.rect = {0, 0, out_.width, out_.height};
        paper.color = t_.page.background;
        auto& page_items = out_.pages[static_cast<std::size_t>(p)].items;
        page_items.insert(page_items.begin(), std::move(paper));
      }
      auto draw = [&](const style::RunningText& rt, Colour colour, double y) {
        const std::string texts[3] = {r_.running_text(rt.left, p + 1, pages), r_.running_text(rt.centre, p + 1, pages),
                                      r_.running_text(rt.right, p + 1, pages)};
        for (int k = 0; k < 3; ++k) {
          if (texts[k].empty()) continue;
          Item it;
          it.kind = ItemKind::Text;
          it.artifact = ArtifactKind::Pagination;  // page furniture is never read out (PDF/UA-1 §7.8)
          it.face = Face::Regular;
          it.size = rt.size_pt;
          it.color = colour;
          double w = 0;
          for (const Glyph& g : fm_.shape(Face::Regular, texts[k])) {
            it.glyphs.push_back({g.id, g.advance * rt.size_pt});
            w += g.advance * rt.size_pt;
          }
          it.x = k == 0 ? left_ : k == 1 ? (left_ + right_ - w) / 2 : right_ - w;
          it.y = y;
          out_.pages[static_cast<std::size_t>(p)].items.push_back(std::move(it));
        }
      };
      draw(t_.header, palette_.header_text, out_.height - t_.page.margin_top_mm * kPointsPerMm / 2);
      draw(t_.footer, palette_.footer_text, t_.page.margin_bottom_mm * kPointsPerMm / 2 - t_.footer.size_pt / 2);
    }
  }

  const resolve::ResolvedDocument& r_;
  const model::Document& doc_;
  const style::Template& t_;
  const resolve::Palette& palette_;
  FontMetrics& fm_;
  PagedDocument out_;
  double left_ = 0, right_ = 0, top_ = 0, bottom_ = 0, cursor_ = 0, body_ = 12, body_line_ = 18;
  std::vector<PendingLink> pending_links_;
  std::vector<NoteRecord> notes_;
  std::map<int, std::pair<int, double>> note_targets_;       // note number → where its text is
  std::map<int, std::pair<int, double>> reference_targets_;  // note number → where it is referenced
  std::vector<std::pair<int, int>> link_targets_;            // per link area: (note, reference)
  std::map<int, Footnote> footnotes_;
  std::set<int> footnote_reserved_;
  std::vector<int> page_footnotes_, carried_footnotes_;
  int list_depth_ = 0;  // lists enclosing the one being laid out, plus one
  int last_link_ = -1;
};

}  // namespace

const char* role_name(Role r) {
  static const char* const kNames[] = {"Document", "Sect", "H1", "H2", "H3", "H4", "H5", "H6", "P",
                                       "L", "LI", "Lbl", "LBody", "Figure", "Caption", "Table", "THead",
                                       "TBody", "TR", "TH", "TD", "Link", "Note", "Reference", "BlockQuote", "Span"};
  return kNames[static_cast<int>(r)];
}

PagedDocument layout_document(const resolve::ResolvedDocument& resolved, FontMetrics& metrics) {
  return Engine(resolved, metrics).run();
}

}  // namespace handout::layout
