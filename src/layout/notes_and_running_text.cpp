// Endnotes under the resolved notes heading, internal link targets, and the running header and
// footer (page furniture: artifacts, PDF/UA-1 §7.8).
#include <algorithm>
#include <cmath>
#include <functional>

#include "layout/bidi.hpp"
#include "layout/engine.hpp"
#include "model/query.hpp"

namespace handout::layout::detail {

void Engine::lay_endnotes() {
  if (notes_.empty()) return;
  rtl_ = document_rtl();  // the last block laid out may have had a direction of its own
  std::sort(notes_.begin(), notes_.end(), [](const NoteRecord& a, const NoteRecord& b) { return a.number < b.number; });
  model::Block heading;
  heading.kind = BlockKind::Heading;
  heading.level = 2;
  model::Inline text;
  text.kind = InlineKind::Text;
  text.text = r_.generated.notes_heading;
  heading.inlines.push_back(text);
  // The heading Handout adds is kept with the first note, in the heading colour, like any other.
  lay_heading(heading, 0, 0, true, palette_.heading);
  for (const NoteRecord& n : notes_) {
    const int note = add_note_node(n.number, 0);
    need(2 * body_line_);  // the number and the first line of its text stay together
    note_targets_[n.number] = {page_index(), cursor_};
    const int page = page_index();
    const std::size_t first = items().size(), first_link = out_.links.size();
    place_note_label(n.number, note, secondary_size(), secondary_size() * t_.body.line_spacing);
    const std::size_t end = items().size(), end_link = out_.links.size();
    lay_inlines(*n.content, add_node(Role::P, note), note_indent(), Face::Regular, secondary_size(), palette_.text,
                paragraph_space() / 2);
    align_label(page, first, end, first_link, end_link);
  }
}

// The top of the first item drawn for structure nodes [first, end), wherever pagination put it
// (a heading carried to the next page takes its target along): page and y, or page -1.
std::pair<int, double> Engine::first_drawn(int first, int end) const {
  for (std::size_t p = 0; p < out_.pages.size(); ++p) {
    for (const Item& item : out_.pages[p].items) {
      if (item.node < first || item.node >= end) continue;
      const double top = item.kind == ItemKind::Text ? item.y + item.size : item.rect.y + item.rect.h;
      return {static_cast<int>(p), top};
    }
  }
  return {-1, 0};
}

void Engine::resolve_links() {
  for (std::size_t i = 0; i < out_.links.size(); ++i) {
    LinkArea& a = out_.links[i];
    const int note = link_targets_[i].note, reference = link_targets_[i].reference;
    if (!link_targets_[i].anchor.empty()) {
      // A link to an id no block has stays without a destination (lint: link-target-missing).
      const auto anchor = anchor_nodes_.find(link_targets_[i].anchor);
      const auto [page, y] = anchor == anchor_nodes_.end() ? std::pair<int, double>{-1, 0}
                                                           : first_drawn(anchor->second.first, anchor->second.second);
      a.target_page = page;
      a.target_y = y;
      continue;
    }
    const auto& targets = note > 0 ? note_targets_ : reference_targets_;
    const auto it = targets.find(note > 0 ? note : reference);
    a.target_page = -1;
    const int heading = link_headings_[i];
    if (a.uri.empty() && heading >= 0 && static_cast<std::size_t>(heading) < contents_outline_.size() &&
        contents_outline_[static_cast<std::size_t>(heading)] < out_.outline.size()) {
      const OutlineEntry& target = out_.outline[contents_outline_[static_cast<std::size_t>(heading)]];
      a.target_page = target.page;
      a.target_y = target.y;
      continue;
    }
    if (!a.uri.empty() || it == targets.end()) continue;
    a.target_page = it->second.first;
    a.target_y = it->second.second;
  }
}

void Engine::add_running_bidi_text(std::vector<Item>& out, const Item& style, std::string_view text,
                                   const std::vector<std::uint8_t>& levels,
                                   const std::function<double(double)>& slot) {
  struct Run {
    std::size_t begin, end;
    double width;
  };
  std::vector<Run> runs;
  std::vector<std::uint8_t> run_levels;
  double width = 0;
  for (std::size_t b = 0; b < text.size();) {
    std::size_t e = b;
    while (e < text.size() && levels[e] == levels[b]) ++e;
    runs.push_back({b, e, measure(style.face, style.size, text.substr(b, e - b), doc_.lang, levels[b] % 2 == 1)});
    run_levels.push_back(levels[b]);
    width += runs.back().width;
    b = e;
  }
  std::vector<double> starts(runs.size());
  double pen = slot(width);
  for (std::size_t k : visual_order(run_levels)) {
    starts[k] = pen;
    pen += runs[k].width;
  }
  for (std::size_t k = 0; k < runs.size(); ++k) {
    Item it = style;
    it.x = starts[k];
    it.right_to_left = run_levels[k] % 2 == 1;
    const std::string_view part = text.substr(runs[k].begin, runs[k].end - runs[k].begin);
    const std::vector<Glyph>& glyphs = fm_.shape(style.face, part, doc_.lang, it.right_to_left);
    if (it.right_to_left) {
      // Running text is an artifact, with no structure element to carry its characters in
      // reading order as body text does (tag_right_to_left), so each right-to-left run carries
      // them itself (/ActualText, ISO 32000-1 §14.9.4): Nastaliq's stepped glyphs are shown in
      // several pieces whose per-glyph ToUnicode text cannot be put back in order.
      const std::size_t first = out.size();
      add_rtl_text_items(out, first, it, part, glyphs);
      for (std::size_t i = first; i < out.size(); ++i) out[i].actual_text = true;
    } else {
      add_text_items(out, out.size(), it, part, glyphs);
    }
  }
}

void Engine::draw_running_text() {
  const int pages = static_cast<int>(out_.pages.size());
  // A running header that would only repeat the level-1 heading printed on the same page (the
  // title under "{title}" on page 1) is left off that page: the reader sees the title once.
  auto repeats_heading = [&](int page, const std::string& text) {
    return std::any_of(out_.outline.begin(), out_.outline.end(),
                       [&](const OutlineEntry& e) { return e.level == 1 && e.page == page && e.title == text; });
  };
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
    auto draw = [&](const style::RunningText& rt, Colour colour, double y, bool header) {
      const std::string texts[3] = {r_.running_text(rt.left, p + 1, pages), r_.running_text(rt.centre, p + 1, pages),
                                    r_.running_text(rt.right, p + 1, pages)};
      for (int k = 0; k < 3; ++k) {
        if (texts[k].empty() || (header && repeats_heading(p, texts[k]))) continue;
        Item it;
        it.kind = ItemKind::Text;
        it.artifact = ArtifactKind::Pagination;  // page furniture is never read out (PDF/UA-1 §7.8)
        const std::string& pattern = k == 0 ? rt.left : k == 1 ? rt.centre : rt.right;
        if (resolve::only_page_of_pages(pattern)) it.lang = r_.generated.words_lang;
        it.face = Face::Regular;
        it.size = rt.size_pt;
        it.color = colour;
        it.y = y;
        auto& page_items = out_.pages[static_cast<std::size_t>(p)].items;
        // A right-to-left document puts its "left" piece at the right margin, as it does lists.
        // Running text belongs to the sheet, not to one panel of it.
        auto slot = [&](double w) {
          return k == 1 ? (sheet_left_ + sheet_right_ - w) / 2 : (k == 0) != rtl_ ? sheet_left_ : sheet_right_ - w;
        };
        const std::vector<std::uint8_t> levels = embedding_levels(texts[k], rtl_);
        if (!levels.empty()) {
          add_running_bidi_text(page_items, it, texts[k], levels, slot);
          continue;
        }
        const std::vector<Glyph>& glyphs = fm_.shape(Face::Regular, texts[k], doc_.lang);
        double w = 0;
        for (const Glyph& g : glyphs) w += g.advance * rt.size_pt;
        it.x = slot(w);
        add_text_items(page_items, page_items.size(), it, texts[k], glyphs);
      }
    };
    // Halfway into the margin, but never nearer the paper's edge than kRunningTextInsetMm.
    const double inset = style::kRunningTextInsetMm * kPointsPerMm;
    draw(t_.header, palette_.header_text,
         std::min(out_.height - t_.page.margin_top_mm * kPointsPerMm / 2,
                  out_.height - inset - t_.header.size_pt * fm_.ascent(Face::Regular)),
         true);
    draw(t_.footer, palette_.footer_text,
         std::max(t_.page.margin_bottom_mm * kPointsPerMm / 2 - t_.footer.size_pt / 2,
                  inset + t_.footer.size_pt * std::abs(fm_.descent(Face::Regular))),
         false);
  }
}

}  // namespace handout::layout::detail
