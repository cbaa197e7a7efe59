// The template's letterhead ([letterhead]): its logo at the top of the text column of the first
// page, or of every page, with the text column starting below it.
#include "layout/engine.hpp"

namespace handout::layout::detail {

void Engine::place_letterhead() {
  // On a panelled page it heads the first column of the flow there (the front cover of a tri-fold).
  if (!t_.letterhead || !t_.letterhead->pixel_width || !first_column_on_page()) return;
  if (!t_.letterhead->on_page(column_index() == 0 ? 0 : page_index() + 1)) return;
  const style::Letterhead& lh = *t_.letterhead;
  const double w = std::min(lh.width_mm * kPointsPerMm, right_ - left_);
  const double h = w * lh.pixel_height / lh.pixel_width;
  double x = left_;
  if (lh.align == style::LetterheadAlign::Centre) x = left_ + (right_ - left_ - w) / 2;
  if (lh.align == style::LetterheadAlign::Right) x = right_ - w;
  Item it;
  it.kind = ItemKind::Image;
  it.rect = {x, top_ - h, w, h};
  it.image = ImageSource{lh.source, lh.jpeg ? model::ImageFormat::Jpeg : model::ImageFormat::Png, lh.bytes};
  if (lh.decorative) {
    it.artifact = ArtifactKind::Layout;  // PDF/UA-1 §7.3: a decorative picture is an artifact
  } else if (column_index() == 0) {
    // The first Figure of the document, so a reader meets the school's or service's name first,
    // as a sighted reader does (PDF/UA-1 §7.1: the structure tree is the reading order).
    const int figure = add_node(Role::Figure, 0);
    StructNode& n = out_.structure[static_cast<std::size_t>(figure)];
    n.alt = lh.alt;
    n.bbox_page = page_index();
    n.bbox = it.rect;
    it.node = figure;
  } else {
    // The same logo again on later pages is page furniture, read once (PDF/UA-1 §7.8).
    it.artifact = ArtifactKind::Pagination;
  }
  items().push_back(std::move(it));
  top_ -= h + lh.space_after_mm * kPointsPerMm;
}

}  // namespace handout::layout::detail
