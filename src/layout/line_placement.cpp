// Line breaking (greedy, at UAX #14 opportunities from libunibreak) and placing lines on the
// page, with orphan and widow control, span backgrounds and link areas.
#include <linebreak.h>

#include <algorithm>
#include <cmath>

#include "layout/bidi.hpp"
#include "layout/engine.hpp"
#include "model/query.hpp"

namespace handout::layout::detail {

double Engine::measure(Face face, double size, std::string_view text, std::string_view lang, bool right_to_left) {
  double w = 0;
  for (const Glyph& g : fm_.shape(face, text, lang.empty() ? std::string_view(doc_.lang) : lang, right_to_left))
    w += g.advance;
  return w * size;
}

std::string_view Engine::lang_of(int node) const {
  for (int n = node; n >= 0; n = out_.structure[static_cast<std::size_t>(n)].parent)
    if (!out_.structure[static_cast<std::size_t>(n)].lang.empty()) return out_.structure[static_cast<std::size_t>(n)].lang;
  return doc_.lang;
}

void Engine::append_scaled(std::vector<Glyph>& to, Face face, double size, std::span<const Glyph> glyphs, double& x) {
  // Room for them at once, growing geometrically: a line's item takes its words one by one.
  if (to.capacity() < to.size() + glyphs.size()) to.reserve(std::max(to.size() + glyphs.size(), 2 * to.capacity()));
  for (const Glyph& g : glyphs) {
    to.push_back({g.id, g.advance * size, face, g.cluster, g.x_offset * size, g.y_offset * size});
    x += g.advance * size;
  }
}

Item Engine::scaled_run(const Item& style, Face face, std::span<const Glyph> glyphs, double& x) {
  Item it = style;
  it.x = x;
  it.face = face;
  append_scaled(it.glyphs, face, style.size, glyphs, x);
  return it;
}

void Engine::add_text_items(std::vector<Item>& out, std::size_t first_mergeable, const Item& style,
                            std::string_view text, const std::vector<Glyph>& glyphs) {
  // A glyph names its face only when it is a fallback face; otherwise it is the face asked for.
  auto face_of = [&](const Glyph& g) { return static_cast<int>(g.face) >= kFaceCount ? g.face : style.face; };
  double x = style.x;
  for (std::size_t i = 0; i < glyphs.size();) {
    std::size_t j = i + 1;
    while (j < glyphs.size() && face_of(glyphs[j]) == face_of(glyphs[i])) ++j;
    // Runs of one face cover consecutive characters (left-to-right text only): this run's
    // characters run from its lowest cluster to the next run's.
    std::uint32_t begin = glyphs[i].cluster, end = static_cast<std::uint32_t>(text.size());
    for (std::size_t k = i; k < j; ++k) begin = std::min(begin, glyphs[k].cluster);
    for (std::size_t k = j; k < glyphs.size(); ++k) end = std::min(end, glyphs[k].cluster);
    const Face face = face_of(glyphs[i]);
    const std::span<const Glyph> run = std::span(glyphs).subspan(i, j - i);
    bool actual_text = style.actual_text;
    for (std::size_t k = i + 1; k < j; ++k)
      if (glyphs[k].cluster <= glyphs[k - 1].cluster) actual_text = true;
    // The characters are kept only where the PDF needs them as /ActualText.
    const std::string_view characters =
        actual_text ? text.substr(begin, end > begin ? end - begin : 0) : std::string_view(style.text);
    // Pieces of one line in the same style and element become one text item: one marked-content
    // sequence per line rather than per word keeps the file small and the text runs whole. Most
    // pieces join the item before, so their glyphs go straight into it.
    Item* last = first_mergeable < out.size() ? &out.back() : nullptr;
    if (last && last->kind == ItemKind::Text && last->node == style.node && last->face == face &&
        last->size == style.size && last->y == style.y && last->color == style.color &&
        last->underline == style.underline && last->artifact == style.artifact && last->actual_text == actual_text) {
      append_scaled(last->glyphs, face, style.size, run, x);
      last->text += characters;
    } else {
      Item it = scaled_run(style, face, run, x);
      it.actual_text = actual_text;
      it.text = std::string(characters);
      out.push_back(std::move(it));
    }
    i = j;
  }
}

void Engine::add_rtl_text_items(std::vector<Item>& out, std::size_t first_mergeable, const Item& style,
                                std::string_view text, const std::vector<Glyph>& glyphs) {
  auto face_of = [&](const Glyph& g) { return static_cast<int>(g.face) >= kFaceCount ? g.face : style.face; };
  // Runs of one face, left to right, each with its characters: they run from the run's lowest
  // cluster to the next higher cluster in the text (runs cover consecutive characters).
  std::vector<Item> runs;
  double x = style.x;
  for (std::size_t i = 0; i < glyphs.size();) {
    std::size_t j = i + 1;
    while (j < glyphs.size() && face_of(glyphs[j]) == face_of(glyphs[i])) ++j;
    std::uint32_t begin = glyphs[i].cluster, last = glyphs[i].cluster, end = static_cast<std::uint32_t>(text.size());
    for (std::size_t k = i; k < j; ++k) begin = std::min(begin, glyphs[k].cluster), last = std::max(last, glyphs[k].cluster);
    for (const Glyph& g : glyphs)
      if (g.cluster > last) end = std::min(end, g.cluster);
    Item it = scaled_run(style, face_of(glyphs[i]), std::span(glyphs).subspan(i, j - i), x);
    // The characters in reading order, for the Span's /ActualText, and the marked content's too
    // where letters leave the baseline (Nastaliq: a glyph with an advance raised or lowered; a
    // mark, which has none, is put back on its letter by any extractor): see tag_right_to_left.
    // Where a letter takes several glyphs (Nastaliq draws its dots as glyphs of their own, shared
    // between letters) the per-glyph ToUnicode map cannot give the characters back either: they go
    // on the marked content too (page furniture has no structure element to carry them).
    const bool several_to_a_letter =
        std::adjacent_find(it.glyphs.begin(), it.glyphs.end(),
                           [](const Glyph& a, const Glyph& b) { return a.cluster == b.cluster; }) != it.glyphs.end();
    it.actual_text = several_to_a_letter ||
                     std::any_of(it.glyphs.begin(), it.glyphs.end(),
                                 [](const Glyph& g) { return g.y_offset != 0 && g.advance != 0; });
    it.text = std::string(text.substr(begin, end > begin ? end - begin : 0));
    runs.push_back(std::move(it));
    i = j;
  }
  // The rightmost run comes first in the text.
  for (auto run = runs.rbegin(); run != runs.rend(); ++run) {
    Item& it = *run;
    double width = 0;
    for (const Glyph& g : it.glyphs) width += g.advance;
    Item* prev = first_mergeable < out.size() ? &out.back() : nullptr;
    if (prev && prev->kind == ItemKind::Text && prev->right_to_left && prev->node == it.node && prev->face == it.face &&
        prev->size == it.size && prev->y == it.y && prev->color == it.color && prev->underline == it.underline &&
        prev->artifact == it.artifact && std::abs(it.x + width - prev->x) < 0.01) {
      it.glyphs.insert(it.glyphs.end(), prev->glyphs.begin(), prev->glyphs.end());
      prev->glyphs = std::move(it.glyphs);
      prev->x = it.x;
      prev->text += it.text;
      prev->actual_text = prev->actual_text || it.actual_text;
    } else {
      out.push_back(std::move(it));
    }
  }
}

std::vector<Line> Engine::break_lines(const std::vector<Span>& spans, double width) {
  std::string text;
  std::vector<int> owner;            // span index of each byte
  std::vector<std::size_t> span_at;  // offset in `text` where each span starts
  for (std::size_t i = 0; i < spans.size(); ++i) {
    span_at.push_back(text.size());
    text += spans[i].text;
    owner.insert(owner.end(), spans[i].text.size(), static_cast<int>(i));
  }
  std::vector<Line> lines;
  if (text.empty()) return lines;
  // Levels of the whole paragraph (UAX #9 works on paragraphs, lines are reordered afterwards);
  // empty for left-to-right text without a right-to-left character.
  const std::vector<std::uint8_t> levels = embedding_levels(text, rtl_);
  auto level_at = [&](std::size_t byte) -> std::uint8_t { return levels.empty() ? 0 : levels[byte]; };
  std::vector<char> breaks(text.size());
  // Debian 12's libunibreak (1.1) aborts on regional indicators (flags: "Assertion lbcCur <=
  // LBP_JT"). It sees each as U+10000 instead, a letter of the same UTF-8 length, so a flag
  // breaks like a letter of the word around it.
  std::string for_breaking = text;
  for (std::size_t i = 0; i + 3 < for_breaking.size(); ++i)
    if (static_cast<unsigned char>(for_breaking[i]) == 0xF0 && static_cast<unsigned char>(for_breaking[i + 1]) == 0x9F &&
        static_cast<unsigned char>(for_breaking[i + 2]) == 0x87 && static_cast<unsigned char>(for_breaking[i + 3]) >= 0xA6 &&
        static_cast<unsigned char>(for_breaking[i + 3]) <= 0xBF)
      for_breaking.replace(i, 4, "\xF0\x90\x80\x80");
  set_linebreaks_utf8(reinterpret_cast<const utf8_t*>(for_breaking.data()), for_breaking.size(), doc_.lang.c_str(),
                      breaks.data());

  Line line;
  // A line that wraps at a space keeps that space as real text after its last word, outside its
  // width: a reader that takes text from the tags (marked content, ISO 32000-1 §14.8.2.5) joins
  // lines as they are and would otherwise read "Mostchildren". Elsewhere trailing spaces go.
  auto flush = [&](bool wrapped) {
    std::size_t end = line.pieces.size();
    while (end > 0 && line.pieces[end - 1].space) line.width -= line.pieces[--end].width;
    line.pieces.resize(wrapped && end > 0 && end < line.pieces.size() ? end + 1 : end);
    line.size = body_;
    line.right_to_left = rtl_;
    for (const Piece& p : line.pieces) line.size = std::max(line.size, spans[static_cast<std::size_t>(p.span)].size);
    measure_faces(line, spans);
    lines.push_back(std::move(line));
    line = Line{};
  };
  std::vector<Piece> word;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool must = breaks[i] == LINEBREAK_MUSTBREAK && i + 1 < text.size();
    const bool may = breaks[i] == LINEBREAK_ALLOWBREAK || breaks[i] == LINEBREAK_MUSTBREAK;
    if (!may) continue;
    // The word is text[start, i]; split it by span and level and into its body and trailing spaces.
    word.clear();
    double word_width = 0, body_width = 0;
    std::size_t k = start;
    while (k <= i) {
      const int s = owner[k];
      const std::uint8_t level = level_at(k);
      const bool rtl = level % 2 == 1;
      std::size_t e = k;
      while (e <= i && owner[e] == s && level_at(e) == level) ++e;
      const Span& sp = spans[static_cast<std::size_t>(s)];
      const std::string_view part = std::string_view(sp.text).substr(k - span_at[static_cast<std::size_t>(s)], e - k);
      k = e;
      if (part == "\n") continue;
      const std::size_t trail = part.find_last_not_of(' ');
      const std::string_view core = trail == std::string_view::npos ? std::string_view() : part.substr(0, trail + 1);
      const std::string_view spaces = part.substr(core.size());
      if (!core.empty()) {
        const double w = measure(sp.face, sp.size, core, lang_of(sp.node), rtl);
        word.push_back({s, core, w, false, level});
        word_width += w;
        body_width = word_width;
      }
      if (!spaces.empty()) {
        const double w = measure(sp.face, sp.size, spaces, lang_of(sp.node), rtl);
        word.push_back({s, spaces, w, true, level});
        word_width += w;
      }
    }
    if (!line.pieces.empty() && line.width + body_width > width) flush(true);
    const bool overlong = body_width > width;
    for (Piece p : word) {
      if (line.pieces.empty() && p.space) continue;
      // A word no line can hold is cut to fill each line in turn, rather than run past the column.
      while (overlong && !p.space && line.width + p.width > width + 1e-6) {
        const Span& sp = spans[static_cast<std::size_t>(p.span)];
        std::size_t cut = overlong_cut(sp, p.text, width - line.width);
        if (cut == 0 && !line.pieces.empty()) {
          flush(false);
          continue;
        }
        if (cut == 0) {  // not even one grapheme fits: place one anyway
          const std::vector<std::size_t> boundaries = grapheme_boundaries(sp, p.text);
          if (boundaries.empty()) break;
          cut = boundaries.front();
        }
        const bool piece_rtl = p.level % 2 == 1;
        const Piece head{p.span, p.text.substr(0, cut),
                         measure(sp.face, sp.size, p.text.substr(0, cut), lang_of(sp.node), piece_rtl), false, p.level};
        line.width += head.width;
        line.pieces.push_back(head);
        flush(false);
        p.text = p.text.substr(cut);
        // Shaping the whole rest after every cut would make a very long word cost O(n²); while the
        // rest is over twice the line, its width less the head's says enough: it fills another line.
        const double rough = p.width - head.width;
        p.width = rough > 2 * width ? rough : measure(sp.face, sp.size, p.text, lang_of(sp.node), piece_rtl);
      }
      line.width += p.width;
      line.pieces.push_back(p);
    }
    start = i + 1;
    if (must) {
      // A forced break (<br/>) reads as a space in the tagged text, like the space a wrapped line
      // keeps: "foo" and "Bar" stay two words for a tag-based reader, as pdftotext and the DOCX
      // and HTML line breaks have them. The space is text only, outside the line's width.
      if (!line.pieces.empty() && !line.pieces.back().space) {
        const int s = owner[i];
        const Span& sp = spans[static_cast<std::size_t>(s)];
        constexpr std::string_view kSpace = " ";
        const std::uint8_t level = line.pieces.back().level;
        const double w = measure(sp.face, sp.size, kSpace, lang_of(sp.node), level % 2 == 1);
        line.pieces.push_back({s, kSpace, w, true, level});
        line.width += w;
      }
      flush(true);
    }
  }
  if (!line.pieces.empty()) flush(false);
  return lines;
}

void Engine::measure_faces(Line& line, const std::vector<Span>& spans) {
  for (const Piece& p : line.pieces) {
    if (p.space) continue;
    const Span& sp = spans[static_cast<std::size_t>(p.span)];
    // Shaped already while breaking: this finds the glyphs again. A glyph names its face only
    // when it is a fallback face.
    for (const Glyph& g : fm_.shape(sp.face, p.text, lang_of(sp.node), p.level % 2 == 1)) {
      const Face face = static_cast<int>(g.face) >= kFaceCount ? g.face : sp.face;
      line.ascent = std::max(line.ascent, fm_.ascent(face) * sp.size);
      line.descent = std::max(line.descent, -fm_.descent(face) * sp.size);
    }
  }
}

void Engine::align_label(int page, std::size_t first, std::size_t end, std::size_t first_link, std::size_t end_link) {
  if (page != page_index() || first == end) return;
  std::vector<Item>& on_page = items();
  const auto text = std::find_if(on_page.begin() + static_cast<std::ptrdiff_t>(end), on_page.end(),
                                 [](const Item& it) { return it.kind == ItemKind::Text; });
  if (text == on_page.end()) return;
  const double drop = on_page[first].y - text->y;
  if (drop <= 0) return;
  for (std::size_t i = first; i < end; ++i) (on_page[i].kind == ItemKind::Text ? on_page[i].y : on_page[i].rect.y) -= drop;
  for (std::size_t i = first_link; i < end_link; ++i) out_.links[i].rect.y -= drop;
}

void Engine::place_line(const Line& line, const std::vector<Span>& spans, double start, double line_height) {
  const bool tall = line_advance(line, line_height) > line_height;
  double baseline = cursor_ - (line_height - line.size) / 2 - line.size * fm_.ascent(Face::Regular) * 0.95;
  // A line of tall faces takes their full height, its tallest ascent below the top (never above
  // where the baseline would be: a list marker or note number set beside it stays level).
  if (tall) baseline = std::min(baseline, cursor_ - line.ascent);
  line_height = line_advance(line, line_height);
  reserve_footnotes_for(line, spans, line_height);
  const std::size_t line_start = items().size();
  std::vector<Item> backgrounds;  // painted under the line's text
  // A space kept after the last word (break_lines) is text only: no background, no link area,
  // and it sits outside the line's width, after the line's end in its direction.
  const std::size_t trailing = line.pieces.empty() || !line.pieces.back().space ? line.pieces.size() : line.pieces.size() - 1;
  // Where each piece starts. Pieces are in logical order; with levels other than 0 they are
  // placed in visual order (UAX #9 rule L2), and a right-to-left line ends at the box's right
  // edge (the mirror of `x`). Items are still made in logical order, so marked content, and the
  // structure tree with it, reads in logical order.
  std::vector<double> starts(line.pieces.size());
  const bool bidi = line.right_to_left || std::any_of(line.pieces.begin(), line.pieces.end(),
                                                      [](const Piece& p) { return p.level != 0; });
  if (bidi) {
    std::vector<std::uint8_t> levels;
    for (std::size_t k = 0; k < trailing; ++k) levels.push_back(line.pieces[k].level);
    const double line_start_x = line.right_to_left ? left_ + right_ - start - line.width : start;
    double pen = line_start_x;
    for (std::size_t k : visual_order(levels)) {
      starts[k] = pen;
      pen += line.pieces[k].width;
    }
    if (trailing < line.pieces.size())
      starts[trailing] = line.right_to_left ? line_start_x - line.pieces[trailing].width : pen;
  } else {
    for (std::size_t k = 0; k < line.pieces.size(); ++k) {
      starts[k] = start;
      start += line.pieces[k].width;
    }
  }
  for (std::size_t i = 0; i < line.pieces.size(); ++i) {
    const Piece& p = line.pieces[i];
    const double x = starts[i];
    const Span& sp = spans[static_cast<std::size_t>(p.span)];
    const bool drawn_only = i >= trailing;
    if (sp.background && !drawn_only) add_text_background(backgrounds, *sp.background, x, baseline + sp.rise, p.width, sp);
    Item it;
    it.kind = ItemKind::Text;
    it.node = sp.node;
    it.face = sp.face;
    it.size = sp.size;
    it.x = x;
    it.y = baseline + sp.rise;
    it.color = sp.color;
    // A space inside a link is underlined too, so one link reads as one link and not as several:
    // one continuous underline per line, ending at its last word.
    it.underline = sp.underline && (!p.space || (sp.link >= 0 && i + 1 < line.pieces.size() &&
                                                 spans[static_cast<std::size_t>(line.pieces[i + 1].span)].link == sp.link));
    it.right_to_left = p.level % 2 == 1;
    const std::vector<Glyph>& glyphs = fm_.shape(sp.face, p.text, lang_of(sp.node), it.right_to_left);
    if (it.right_to_left)
      add_rtl_text_items(items(), line_start, it, p.text, glyphs);
    else
      add_text_items(items(), bidi ? items().size() : line_start, it, p.text, glyphs);
    if (sp.link >= 0 && !drawn_only) {
      const Rect r{x, baseline + sp.rise + fm_.descent(sp.face) * sp.size, p.width, sp.size};
      add_link_area(sp.link, r);
      const int note = pending_links_[static_cast<std::size_t>(sp.link)].note;
      if (note > 0) reference_targets_.emplace(note, std::make_pair(page_index(), cursor_));
    }
  }
  if (bidi) tag_right_to_left(line_start);
  // The glyph vectors grew geometrically while the line took its words; a page keeps hundreds of
  // items until the PDF is written, so each gives its spare room back (a 60-page handbook's peak
  // memory is megabytes smaller, and the page faults that cost more time than the copying).
  for (std::size_t i = line_start; i < items().size(); ++i) items()[i].glyphs.shrink_to_fit();
  items().insert(items().begin() + static_cast<std::ptrdiff_t>(line_start), backgrounds.begin(), backgrounds.end());
  cursor_ -= line_height;
}

void Engine::tag_right_to_left(std::size_t first) {
  for (std::size_t i = first; i < items().size(); ++i) {
    Item& it = items()[i];
    if (it.kind != ItemKind::Text || !it.right_to_left || it.node < 0) continue;
    if (it.text.find_first_not_of(' ') == std::string::npos) continue;  // a space reads the same either way
    const int span = add_node(Role::Span, it.node);
    out_.structure[static_cast<std::size_t>(span)].actual_text = it.text;
    it.node = span;
  }
}

void Engine::add_text_background(std::vector<Item>& out, Colour colour, double x, double baseline, double width,
                                 const Span& sp) {
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

void Engine::add_link_area(int link, Rect r) {
  if (!out_.links.empty()) {
    LinkArea& last = out_.links.back();
    if (last_link_ == link && last.page == page_index() && std::abs(last.rect.y - r.y) < 0.5) {
      // Extend across pieces of one line (leftwards too: right-to-left text).
      const double left = std::min(last.rect.x, r.x);
      last.rect.w = std::max(last.rect.x + last.rect.w, r.x + r.w) - left;
      last.rect.x = left;
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
  link_targets_.push_back({p.note, p.reference, p.anchor});  // resolved to a page once every page exists
  link_headings_.push_back(p.heading);
  last_link_ = link;
}

void Engine::lay_inlines(const Inlines& inlines, int node, double indent, Face face, double size, Colour color,
                         double space_after, double right_indent, double keep_with_next, bool keep_together) {
  std::vector<Span> spans;
  collect(inlines, InlineStyle{face, size, color, false, node, -1, {}}, spans);
  const double width = right_ - right_indent - (left_ + indent);
  const std::vector<Line> lines = break_lines(spans, width);
  const double lh = size * t_.body.line_spacing;
  // A short block that must stay with what follows (a caption, a lead-in to a list) moves whole
  // to the next page when it and `keep_with_next` points of what follows do not fit here.
  if (keep_with_next > 0 && lines.size() <= 3)
    need(static_cast<double>(lines.size()) * lh + space_after + keep_with_next);
  // A block kept whole (an address) starts a page when it does not fit on this one; one taller
  // than a page cannot be kept whole and runs on as a paragraph would.
  if (keep_together) need(static_cast<double>(lines.size()) * lh);
  // Orphan and widow control: never one line alone at the foot or head of a page.
  std::size_t i = 0;
  while (i < lines.size()) {
    const std::size_t remaining = lines.size() - i;
    std::size_t fit = lines_that_fit(lines, i, spans, lh);
    if (fit >= remaining)
      fit = remaining;
    else if (remaining - fit == 1 && fit > 1)
      fit -= 1;  // leave two lines for the next page
    // Under headings that open the page, moving on would only strand them: place two lines (the
    // headings kept room for them; a footnote that does not fit follows on the next page).
    const bool under_opening_headings = heading_is_trailing(last_heading_) && last_heading_.top >= top_ - 0.01;
    if (fit < std::min<std::size_t>(2, remaining) && !page_is_empty()) {
      if (!under_opening_headings) {
        new_page();
        continue;
      }
      fit = std::min<std::size_t>(2, remaining);
    }
    if (fit == 0) fit = 1;  // a line taller than the page: place it anyway
    for (std::size_t k = 0; k < fit; ++k)
      place_line(lines[i + k], spans, left_ + indent, std::max(lh, lines[i + k].size * 1.2));
    i += fit;
    if (i < lines.size()) new_page();
  }
  cursor_ -= space_after;
}

std::size_t Engine::lines_that_fit(const std::vector<Line>& lines, std::size_t i, const std::vector<Span>& spans,
                                   double lh) {
  double y = cursor_, foot = bottom_;
  bool first_note = page_footnotes_.empty();
  std::size_t n = 0;
  for (std::size_t k = i; k < lines.size(); ++k) {
    for (int number : new_note_references(lines[k], spans)) {
      foot += footnote(number).height + (first_note ? footnote_separator_height() : 0);
      first_note = false;
    }
    const double h = line_advance(lines[k], std::max(lh, lines[k].size * 1.2));
    if (y - h < foot - 1e-6) break;
    y -= h;
    ++n;
  }
  return n;
}

}  // namespace handout::layout::detail
