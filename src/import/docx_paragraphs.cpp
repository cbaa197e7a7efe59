// Paragraphs into blocks: heading, title, list item, plain paragraph by style and outline level.
#include "import/docx_reader_state.hpp"

#include <algorithm>

namespace handout::import::docx {

// One container's children (body, cell, note): paragraphs and tables into blocks, with lists,
// quotes, callouts and captions put together.
std::vector<Block> Reader::blocks(pugi::xml_node container) {
  const DepthGuard guard(*this, container);
  std::vector<Block> out;
  ListBuilder lists;
  for (pugi::xml_node n : container.children()) {
    const std::string_view name = n.name();
    if (name == "w:p") {
      paragraph(n, out, lists);
    } else if (name == "w:tbl") {
      lists.close();
      out.push_back(table(n));
    } else if (name == "w:sdt") {
      // Content controls: their content is ordinary body content.
      std::vector<Block> inner = blocks(n.child("w:sdtContent"));
      lists.close();
      for (Block& b : inner) out.push_back(std::move(b));
    } else if (name == "w:ins" || name == "w:moveTo" || name == "w:customXml") {
      std::vector<Block> inner = blocks(n);
      for (Block& b : inner) out.push_back(std::move(b));
    } else if (name == "w:bookmarkStart") {
      // A bookmark between paragraphs marks the paragraph that follows it.
      const auto it = linked_bookmarks_.find(n.attribute("w:name").value());
      if (it != linked_bookmarks_.end()) pending_bookmarks_.push_back(it->second);
    }
  }
  attach_captions(out);
  group(out, StyleRole::Quote);
  group(out, StyleRole::Callout);
  return out;
}

void Reader::paragraph(pugi::xml_node p, std::vector<Block>& out, ListBuilder& lists) {
  const std::uint32_t number = ++paragraph_number_;
  const SourceLoc loc{number, 1};
  const pugi::xml_node ppr = p.child("w:pPr");
  const std::string style_id = ppr.child("w:pStyle").attribute("w:val").value();
  ParagraphStyle style = styles_.paragraph(style_id);
  if (pugi::xml_attribute o = ppr.child("w:outlineLvl").attribute("w:val")) {
    const int lvl = o.as_int();
    // Handout writes its callout titles with an outline level (a heading for navigation); the
    // Callout Title style says what they are, so they come back as the callout's title.
    if (lvl >= 0 && lvl <= 8 && style.role != StyleRole::CalloutTitle) {
      style.role = StyleRole::Heading;
      style.heading_level = lvl + 1;
    } else if (lvl == 9 && style.role == StyleRole::Heading) {
      style.role = StyleRole::None;  // "body text" overrides the style
    }
  }
  std::string num_id = style.numbered ? style.num_id : std::string();
  int ilvl = style.ilvl;
  int depth = std::max(ilvl, style.list_depth);
  if (pugi::xml_node np = ppr.child("w:numPr")) {
    if (pugi::xml_attribute id = np.child("w:numId").attribute("w:val")) num_id = id.value();
    if (pugi::xml_attribute l = np.child("w:ilvl").attribute("w:val")) depth = ilvl = l.as_int();
  }
  if (num_id == "0") num_id.clear();

  pending_images_.clear();
  pending_page_break_ = false;
  para_loc_ = loc;
  RunFormat base;
  const std::optional<Colour> shading = hex_colour(ppr.child("w:shd").attribute("w:fill").value());
  // A paragraph boxed like the callout paragraph before it (same borders and shading: a list
  // inside a callout) belongs to that callout.
  const std::string box = box_signature(ppr);
  const bool callout_style = style.role == StyleRole::Callout || style.role == StyleRole::CalloutTitle;
  const bool in_callout = callout_style || (!box.empty() && box == open_callout_box_);
  open_callout_box_ = in_callout ? box : std::string();
  // A callout's shading is the callout's background; any other paragraph's shading is what its
  // text is painted on, so the runs carry it (the contrast rules judge the real colours).
  if (!in_callout) base.background = shading;
  Inlines inlines = content(p, base);
  const bool has_text = has_content(inlines);
  const bool heading = style.role == StyleRole::Heading;

  if (!has_text) {
    // An empty paragraph's bookmark marks the text that follows.
    for (pugi::xpath_node x : p.select_nodes(".//w:bookmarkStart")) {
      const auto it = linked_bookmarks_.find(x.node().attribute("w:name").value());
      if (it != linked_bookmarks_.end()) pending_bookmarks_.push_back(it->second);
    }
  }
  if (has_text) {
    Block b;
    b.id = next_id();
    b.loc = loc;
    b.inlines = std::move(inlines);
    b.anchor = bookmark_id(p);
    if (heading) {
      b.kind = BlockKind::Heading;
      if (style.heading_level > 6) {
        out_.inferred.push_back("paragraph " + std::to_string(number) + ": Heading " +
                                std::to_string(style.heading_level) + " became h6 (the format has six levels)");
      }
      b.level = std::clamp(style.heading_level, 1, 6);
      current_heading_ = plain_text(b.inlines);
    } else {
      b.kind = BlockKind::Paragraph;
    }
    out_.places[number] = {current_heading_, shorten(plain_text(b.inlines), 8)};
    attach_comments(b.id);
    if (style.role == StyleRole::Title && !heading) {
      // The visible title is the document's title; it leaves the body either way.
      const std::string title = plain_text(b.inlines);
      if (out_.doc.meta.title.text.empty()) {
        out_.doc.meta.title = {title, loc};
        out_.inferred.push_back("meta title from the Title paragraph");
      } else if (out_.doc.meta.title.text != title) {
        out_.dropped.push_back("the Title paragraph \"" + title + "\" (the document title \"" +
                               out_.doc.meta.title.text + "\" is kept)");
      }
      lists.close();
      return;
    }
    if (style.role == StyleRole::Author && !heading) {
      const std::string who = plain_text(b.inlines);
      auto& authors = out_.doc.meta.authors;
      if (std::none_of(authors.begin(), authors.end(), [&](const model::MetaText& a) { return a.text == who; })) {
        authors.push_back({who, loc});
      }
      lists.close();
      return;
    }
    // Handout's byline repeats the authors and date the core properties already give.
    if (style.role == StyleRole::Byline && !heading) {
      lists.close();
      return;
    }
    if (style.role == StyleRole::Subtitle && !heading) {
      out_.doc.meta.subtitle = model::MetaText{plain_text(b.inlines), loc};
      lists.close();
      return;
    }
    if (!num_id.empty() && !heading) {
      const bool new_list = lists.open.empty();
      add_list_item(std::move(b), num_id, ilvl, depth, out, lists);
      if (in_callout && !callout_style && new_list) callout_members_.insert(out.back().id);
    } else if (style.role == StyleRole::ListContinuation && !lists.open.empty() &&
               !lists.open.back()->children.empty()) {
      Block& item = lists.open.back()->children.back();
      if (!item.children.empty() && item.children.front().kind == BlockKind::Plain) {
        item.children.front().kind = BlockKind::Paragraph;  // an item of several paragraphs
      }
      item.children.push_back(std::move(b));
    } else {
      lists.close();
      if (!heading) roles_[b.id] = style.role;
      if (in_callout && !callout_style && !heading) callout_members_.insert(b.id);
      paragraph_backgrounds_[b.id] = shading;
      out.push_back(std::move(b));
    }
  } else if (!current_comments_.empty() && !out.empty()) {
    attach_comments(out.back().id);
  }
  if (has_text && !pending_images_.empty()) {
    out_.inferred.push_back("paragraph " + std::to_string(number) +
                            ": a picture in running text placed after its paragraph");
  }
  for (Block& img : pending_images_) {
    lists.close();
    out_.places[number] = {current_heading_, "picture"};
    out.push_back(std::move(img));
  }
  pending_images_.clear();
  if (pending_page_break_) {
    lists.close();
    Block pb;
    pb.kind = BlockKind::PageBreak;
    pb.id = next_id();
    pb.loc = loc;
    out.push_back(pb);
  }
}

// Word's hidden bookmarks (a leading "_": its own table of contents and cross-references) are
// never ids; a visible bookmark name (a letter, then letters, digits and "_") already is one,
// unless the HTML page reserves it.
void Reader::collect_linked_bookmarks(pugi::xml_node body) {
  for (pugi::xpath_node x : body.select_nodes(".//w:hyperlink[@w:anchor]")) {
    const std::string name = x.node().attribute("w:anchor").value();
    if (name.empty() || name.front() == '_' || linked_bookmarks_.count(name)) continue;
    const bool letter_first = (name.front() >= 'A' && name.front() <= 'Z') || (name.front() >= 'a' && name.front() <= 'z');
    const bool plain = std::all_of(name.begin(), name.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
             c == '.';
    });
    const bool reserved = name == "main" || name == "notes-heading" || name.starts_with("note-") ||
                          name.starts_with("callout-") || name.starts_with("section-");
    if (letter_first && plain && !reserved) linked_bookmarks_.emplace(name, name);
  }
}

// The id of the first linked bookmark that starts in paragraph `p` (or just before it).
std::optional<std::string> Reader::bookmark_id(pugi::xml_node p) {
  std::optional<std::string> id;
  if (!pending_bookmarks_.empty()) id = pending_bookmarks_.front();
  pending_bookmarks_.clear();
  if (id || linked_bookmarks_.empty()) return id;
  for (pugi::xpath_node x : p.select_nodes(".//w:bookmarkStart")) {
    const auto it = linked_bookmarks_.find(x.node().attribute("w:name").value());
    if (it != linked_bookmarks_.end()) return it->second;
  }
  return std::nullopt;
}

}  // namespace handout::import::docx
