// Blocks put together after a container is read: captions onto tables and figures, runs of
// Quote or Callout paragraphs into one quote or callout.
#include "import/docx_reader_state.hpp"

namespace handout::import::docx {

// Caption-style paragraphs become the caption of the table or figure right after them, or else
// right before them.
void Reader::attach_captions(std::vector<Block>& blocks) {
  auto captionable = [](Block& b) -> std::optional<Inlines>* {
    if (b.kind == BlockKind::Table && b.table && !b.table->caption) return &b.table->caption;
    if (b.kind == BlockKind::Image) return &b.caption;
    return nullptr;
  };
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind != BlockKind::Paragraph || roles_[blocks[i].id] != StyleRole::Caption) continue;
    // Figure captions usually sit below the picture and table captions above the table, so
    // those are tried first.
    std::optional<Inlines>* slot = nullptr;
    Block* target = nullptr;
    Block* before = i > 0 ? &blocks[i - 1] : nullptr;
    Block* after = i + 1 < blocks.size() ? &blocks[i + 1] : nullptr;
    for (Block* candidate : {before && before->kind == BlockKind::Image ? before : nullptr,
                             after && after->kind == BlockKind::Table ? after : nullptr, after, before}) {
      if (candidate && (slot = captionable(*candidate))) {
        target = candidate;
        break;
      }
    }
    if (!slot) continue;
    *slot = std::move(blocks[i].inlines);
    if (target->kind == BlockKind::Table) {
      target->table->caption_loc = blocks[i].loc;
    } else {
      target->kind = BlockKind::Figure;  // a picture with a caption is a figure
      target->caption_loc = blocks[i].loc;
    }
    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i));
    --i;
  }
}

// Runs of paragraphs in the Quote (or Callout) style become one quote (callout) block.
void Reader::group(std::vector<Block>& blocks, StyleRole role) {
  std::vector<Block> out;
  for (Block& b : blocks) {
    const StyleRole r = b.kind == BlockKind::Paragraph ? roles_[b.id] : StyleRole::None;
    const bool member = r == role || (role == StyleRole::Callout && r == StyleRole::CalloutTitle);
    if (!member && role == StyleRole::Callout && callout_members_.count(b.id) && !out.empty() &&
        out.back().kind == BlockKind::Callout && grouped_.count(out.back().id)) {
      out.back().children.push_back(std::move(b));
      continue;
    }
    if (!member) {
      out.push_back(std::move(b));
      continue;
    }
    const bool start = out.empty() || out.back().kind != (role == StyleRole::Quote ? BlockKind::Quote : BlockKind::Callout) ||
                       !grouped_.count(out.back().id) || r == StyleRole::CalloutTitle;
    if (start) {
      Block g;
      g.kind = role == StyleRole::Quote ? BlockKind::Quote : BlockKind::Callout;
      g.id = next_id();
      g.loc = b.loc;
      grouped_.insert(g.id);
      out.push_back(std::move(g));
    }
    if (r == StyleRole::CalloutTitle) {
      out.back().title = plain_text(b.inlines);
    } else {
      if (role == StyleRole::Callout && !out.back().background) {
        // The paragraph shading Word shows behind the callout is its background.
        out.back().background = paragraph_backgrounds_[b.id];
      }
      out.back().children.push_back(std::move(b));
    }
  }
  if (role == StyleRole::Callout) {
    for (Block& b : out) {
      if (b.kind == BlockKind::Callout && grouped_.count(b.id)) lift_text_colour(b);
    }
  }
  blocks = std::move(out);
}

// The paragraph borders and shading Word draws as one box around consecutive paragraphs.
std::string Reader::box_signature(pugi::xml_node ppr) {
  std::string sig;
  for (pugi::xml_node side : ppr.child("w:pBdr").children()) {
    sig += std::string(side.name()) + side.attribute("w:val").value() + side.attribute("w:color").value() + ";";
  }
  sig += ppr.child("w:shd").attribute("w:fill").value();
  return sig;
}

// The text paragraphs inside `blocks` (list items included).
void Reader::text_blocks(std::vector<Block>& blocks, std::vector<Block*>& out) {
  for (Block& b : blocks) {
    if (b.kind == BlockKind::Paragraph || b.kind == BlockKind::Plain) out.push_back(&b);
    text_blocks(b.children, out);
  }
}

// A callout whose every paragraph is one span of one text colour has that colour itself (the
// DOCX writer paints a callout's colour on each of its runs).
void Reader::lift_text_colour(Block& callout) {
  std::vector<Block*> paras;
  text_blocks(callout.children, paras);
  std::optional<Colour> colour;
  for (Block* p : paras) {
    if (p->inlines.size() != 1) return;
    const Inline& span = p->inlines.front();
    if (span.kind != InlineKind::Span || !span.color || span.lang || span.background) return;
    if (colour && *colour != *span.color) return;
    colour = span.color;
  }
  if (!colour) return;
  callout.color = colour;
  for (Block* p : paras) {
    Inlines inner = std::move(p->inlines.front().children);
    p->inlines = std::move(inner);
  }
}

}  // namespace handout::import::docx
