#include "import/docx_reader.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <fstream>
#include <sstream>
#include <utility>

#include "core/colour.hpp"
#include "core/error.hpp"
#include "core/image_probe.hpp"
#include "import/docx_styles.hpp"

namespace handout::import {

namespace {

using model::Block;
using model::BlockKind;
using model::Inline;
using model::InlineKind;
using model::Inlines;

bool on(pugi::xml_node flag) {
  if (!flag) return false;
  const std::string v = flag.attribute("w:val").value();
  return v.empty() || (v != "0" && v != "false" && v != "off");
}

std::optional<Colour> hex_colour(std::string_view v) {
  if (v.size() != 6 || v == "auto") return std::nullopt;
  auto digit = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::uint8_t out[3];
  for (int i = 0; i < 3; ++i) {
    const int hi = digit(v[2 * i]), lo = digit(v[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out[i] = static_cast<std::uint8_t>(hi * 16 + lo);
  }
  return Colour{out[0], out[1], out[2]};
}

// ECMA-376 Part 1 §17.18.40 ST_HighlightColor: the sixteen fixed highlighter colours.
std::optional<Colour> highlight_colour(std::string_view name) {
  static const std::pair<std::string_view, const char*> kColours[] = {
      {"black", "000000"},     {"blue", "0000FF"},      {"cyan", "00FFFF"},       {"green", "00FF00"},
      {"magenta", "FF00FF"},   {"red", "FF0000"},       {"yellow", "FFFF00"},     {"white", "FFFFFF"},
      {"darkBlue", "000080"},  {"darkCyan", "008080"},  {"darkGreen", "008000"},  {"darkMagenta", "800080"},
      {"darkRed", "800000"},   {"darkYellow", "808000"}, {"darkGray", "808080"},  {"lightGray", "C0C0C0"}};
  for (const auto& [n, hex] : kColours) {
    if (n == name) return hex_colour(hex);
  }
  return std::nullopt;
}

// The formatting of a run that carries meaning in the model.
struct RunFormat {
  bool strong = false, em = false, code = false;
  std::optional<std::string> lang;
  std::optional<Colour> color, background;
  bool operator==(const RunFormat&) const = default;
};

std::string plain_text(const Inlines& in) {
  std::string out;
  for (const Inline& i : in) {
    if (i.kind == InlineKind::Text) out += i.text;
    else if (i.kind == InlineKind::LineBreak) out += ' ';
    else if (i.kind != InlineKind::Note) out += plain_text(i.children);
  }
  return out;
}

std::string shorten(const std::string& text, std::size_t words) {
  std::istringstream in(text);
  std::string w, out;
  std::size_t n = 0;
  while (in >> w) {
    if (n++ == words) return out + "…";
    out += (out.empty() ? "" : " ") + w;
  }
  return out;
}

bool has_content(const Inlines& in) {
  for (const Inline& i : in) {
    if (i.kind == InlineKind::Text && i.text.find_first_not_of(" \t\n") != std::string::npos) return true;
    if (i.kind == InlineKind::Note || i.kind == InlineKind::LineBreak) return true;
    if (has_content(i.children)) return true;
  }
  return false;
}

class Reader {
 public:
  Reader(DocxPackage& pkg, const ImportOptions& options, ImportResult& out)
      : pkg_(pkg), options_(options), out_(out) {}

  void run() {
    const std::string& main = pkg_.main_part();
    std::optional<pugi::xml_document> document = pkg_.read_xml(main);
    if (!document) pkg_.fail("docx-missing-part", main, "is missing");
    const pugi::xml_node body = document->child("w:document").child("w:body");
    if (!body) pkg_.fail("docx-not-word", main, "has no w:document/w:body");
    const auto& rels = pkg_.relationships(main);
    for (const auto& [id, rel] : rels) {
      if (rel.external) continue;
      if (rel.type == "styles") styles_xml_ = pkg_.read_xml(rel.target);
      if (rel.type == "numbering") numbering_xml_ = pkg_.read_xml(rel.target);
      if (rel.type == "footnotes") footnotes_ = notes(rel.target, "w:footnote");
      if (rel.type == "endnotes") endnotes_ = notes(rel.target, "w:endnote");
      if (rel.type == "comments") read_comments(rel.target);
    }
    styles_ = StyleTable(styles_xml_ ? &*styles_xml_ : nullptr);
    numbering_ = NumberingTable(numbering_xml_ ? &*numbering_xml_ : nullptr);
    read_core_properties();
    page_text_width_ = text_width(body.child("w:sectPr"));

    part_ = main;
    model::Document& doc = out_.doc;
    // Document-wide facts (language, core properties) have no paragraph: findings about them
    // name the whole file.
    doc.root_loc = {};
    doc.body_loc = {};
    doc.meta.loc = {};
    doc.body = blocks(body);
    if (doc.meta.title.text.empty()) {
      // WCAG 2.2 SC 2.4.2: a title is needed; the first heading is what a reader sees as one.
      for (const Block& b : doc.body) {
        if (b.kind == BlockKind::Heading) {
          doc.meta.title = {plain_text(b.inlines), b.loc};
          out_.inferred.push_back("meta title from the first heading (no Title style or core title)");
          break;
        }
      }
    }
    if (used_endnotes_ && !doc.body.empty() && doc.body.back().kind == BlockKind::Heading) {
      // A heading with nothing under it at the very end of a document with endnotes is the
      // endnotes' heading ("References", "Notes"); templates print their own.
      out_.dropped.push_back("the heading \"" + plain_text(doc.body.back().inlines) +
                             "\" at the end, above the endnotes (the template supplies one)");
      doc.body.pop_back();
    }
    if (doc.lang.empty()) doc.lang = styles_.default_lang();
    if (doc.lang.empty()) doc.lang = first_run_lang_;
    if (deletions_ > 0) {
      out_.dropped.push_back(std::to_string(deletions_) + " tracked deletion(s) dropped (changes accepted)");
    }
    if (insertions_ > 0) {
      out_.inferred.push_back(std::to_string(insertions_) + " tracked insertion(s) accepted");
    }
    doc.note_count = note_number_;
  }

 private:
  // ---- parts around the body ---------------------------------------------------------------

  std::map<std::string, pugi::xml_node> notes(const std::string& part, const char* element) {
    note_docs_.push_back(pkg_.read_xml(part));
    (std::string_view(element) == "w:footnote" ? footnotes_part_ : endnotes_part_) = part;
    std::map<std::string, pugi::xml_node> out;
    if (!note_docs_.back()) return out;
    for (pugi::xml_node n : note_docs_.back()->first_child().children(element)) {
      out[n.attribute("w:id").value()] = n;
    }
    return out;
  }

  void read_comments(const std::string& part) {
    std::optional<pugi::xml_document> xml = pkg_.read_xml(part);
    if (!xml) return;
    for (pugi::xml_node c : xml->child("w:comments").children("w:comment")) {
      std::string text;
      for (const pugi::xpath_node& t : c.select_nodes(".//w:t")) text += t.node().text().get();
      std::string who = c.attribute("w:author").value();
      comments_[c.attribute("w:id").value()] = (who.empty() ? std::string() : who + ": ") + text;
    }
  }

  void read_core_properties() {
    for (const auto& [id, rel] : pkg_.relationships("")) {
      if (rel.type != "core-properties" || rel.external) continue;
      std::optional<pugi::xml_document> xml = pkg_.read_xml(rel.target);
      if (!xml) return;
      const pugi::xml_node core = xml->first_child();
      model::Meta& meta = out_.doc.meta;
      auto text = [&](const char* name) { return std::string(core.child(name).text().get()); };
      if (!text("dc:title").empty()) meta.title = {text("dc:title"), {}};
      for (const std::string& a : split(text("dc:creator"), ';')) meta.authors.push_back({a, {}});
      if (!text("dc:description").empty()) meta.description = model::MetaText{text("dc:description"), {}};
      // Word's Subject field is what Handout writes its subtitle to.
      if (!text("dc:subject").empty()) meta.subtitle = model::MetaText{text("dc:subject"), {}};
      if (!text("cp:keywords").empty()) meta.keywords = model::MetaText{text("cp:keywords"), {}};
      if (!text("dc:language").empty()) out_.doc.lang = text("dc:language");
    }
  }

  static std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::string cur;
    std::istringstream in(s);
    while (std::getline(in, cur, sep)) {
      const std::size_t a = cur.find_first_not_of(' '), b = cur.find_last_not_of(' ');
      if (a != std::string::npos) out.push_back(cur.substr(a, b - a + 1));
    }
    return out;
  }

  static std::int64_t text_width(pugi::xml_node sect) {
    const std::int64_t w = sect.child("w:pgSz").attribute("w:w").as_llong(11906);
    const std::int64_t l = sect.child("w:pgMar").attribute("w:left").as_llong(1440);
    const std::int64_t r = sect.child("w:pgMar").attribute("w:right").as_llong(1440);
    return std::max<std::int64_t>(w - l - r, 1440);
  }

  // Tables in tables, content controls in content controls, hyperlinks in insertions: hostile
  // input can nest these without end, and every level is a C++ stack frame here (and a model
  // level for lint and the writers). The content format allows 100 levels of elements.
  static constexpr int kMaxDepth = 64;
  static constexpr std::size_t kMaxTableRows = 2000;  // as the content reader's limit
  struct DepthGuard {
    DepthGuard(Reader& r, pugi::xml_node at) : reader(r) {
      if (++reader.depth_ > kMaxDepth) {
        reader.pkg_.fail("limit-exceeded", reader.part_,
                         std::string("nests tables, content controls or runs more than ") + std::to_string(kMaxDepth) +
                             " deep (at <" + at.name() + "> near paragraph " +
                             std::to_string(reader.paragraph_number_) + ")");
      }
    }
    ~DepthGuard() { --reader.depth_; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
    Reader& reader;
  };

  // ---- blocks ------------------------------------------------------------------------------

  model::NodeId next_id() { return ++node_id_; }

  void warn(const std::string& what, SourceLoc loc) {
    Diagnostic d;
    d.code = "docx-content-dropped";
    d.severity = Severity::Warning;
    d.file = pkg_.path();
    d.loc = loc;
    d.message = what + " dropped: the content format has no place for it";
    d.hint = "rewrite it as text, a list, a table or a described picture in Word";
    out_.warnings.push_back(d);
    out_.dropped.push_back(what + " in paragraph " + std::to_string(loc.line));
  }

  // One container's children (body, cell, note): paragraphs and tables into blocks, with lists,
  // quotes, callouts and captions put together.
  std::vector<Block> blocks(pugi::xml_node container) {
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
      }
    }
    attach_captions(out);
    group(out, StyleRole::Quote);
    group(out, StyleRole::Callout);
    return out;
  }

  struct ListBuilder {
    // Open lists, outermost first; each points into the block vector or into its parent's last item.
    std::vector<Block*> open;
    void close() { open.clear(); }
  };

  void paragraph(pugi::xml_node p, std::vector<Block>& out, ListBuilder& lists) {
    const std::uint32_t number = ++paragraph_number_;
    const SourceLoc loc{number, 1};
    const pugi::xml_node ppr = p.child("w:pPr");
    const std::string style_id = ppr.child("w:pStyle").attribute("w:val").value();
    ParagraphStyle style = styles_.paragraph(style_id);
    if (pugi::xml_attribute o = ppr.child("w:outlineLvl").attribute("w:val")) {
      const int lvl = o.as_int();
      if (lvl >= 0 && lvl <= 8) {
        style.role = StyleRole::Heading;
        style.heading_level = lvl + 1;
      } else if (lvl == 9 && style.role == StyleRole::Heading) {
        style.role = StyleRole::None;  // "body text" overrides the style
      }
    }
    std::string num_id = style.numbered ? style.num_id : std::string();
    int ilvl = style.ilvl;
    if (pugi::xml_node np = ppr.child("w:numPr")) {
      if (pugi::xml_attribute id = np.child("w:numId").attribute("w:val")) num_id = id.value();
      if (pugi::xml_attribute l = np.child("w:ilvl").attribute("w:val")) ilvl = l.as_int();
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

    if (has_text) {
      Block b;
      b.id = next_id();
      b.loc = loc;
      b.inlines = std::move(inlines);
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
        add_list_item(std::move(b), num_id, ilvl, out, lists);
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

  void attach_comments(model::NodeId id) {
    for (std::string& c : current_comments_) out_.comments[id].push_back(std::move(c));
    current_comments_.clear();
  }

  void add_list_item(Block para, const std::string& num_id, int ilvl, std::vector<Block>& out, ListBuilder& lists) {
    ilvl = std::clamp(ilvl, 0, 8);
    const bool ordered = numbering_.ordered(num_id, ilvl);
    Block item;
    item.kind = BlockKind::ListItem;
    item.id = next_id();
    item.loc = para.loc;
    para.kind = BlockKind::Plain;
    item.children.push_back(std::move(para));
    // A new list at the top level when the kind changes; deeper levels nest in the last item.
    if (!lists.open.empty() && static_cast<int>(lists.open.size()) > ilvl + 1) lists.open.resize(ilvl + 1);
    if (!lists.open.empty() && static_cast<int>(lists.open.size()) == ilvl + 1 && lists.open.back()->ordered != ordered) {
      lists.open.pop_back();
    }
    while (static_cast<int>(lists.open.size()) < ilvl + 1) {
      Block list;
      list.kind = BlockKind::List;
      list.id = next_id();
      list.loc = item.loc;
      list.ordered = ordered;
      if (lists.open.empty()) {
        out.push_back(std::move(list));
        lists.open.push_back(&out.back());
      } else {
        Block* parent = lists.open.back();
        if (parent->children.empty()) {
          // Skipped level (ilvl 0 → 2): an item to hold the deeper list.
          Block filler;
          filler.kind = BlockKind::ListItem;
          filler.id = next_id();
          filler.loc = item.loc;
          parent->children.push_back(std::move(filler));
        }
        parent->children.back().children.push_back(std::move(list));
        lists.open.push_back(&parent->children.back().children.back());
      }
    }
    lists.open.back()->children.push_back(std::move(item));
  }

  // Caption-style paragraphs become the caption of the table or figure right after them, or else
  // right before them.
  void attach_captions(std::vector<Block>& blocks) {
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
  void group(std::vector<Block>& blocks, StyleRole role) {
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
  static std::string box_signature(pugi::xml_node ppr) {
    std::string sig;
    for (pugi::xml_node side : ppr.child("w:pBdr").children()) {
      sig += std::string(side.name()) + side.attribute("w:val").value() + side.attribute("w:color").value() + ";";
    }
    sig += ppr.child("w:shd").attribute("w:fill").value();
    return sig;
  }

  // The text paragraphs inside `blocks` (list items included).
  static void text_blocks(std::vector<Block>& blocks, std::vector<Block*>& out) {
    for (Block& b : blocks) {
      if (b.kind == BlockKind::Paragraph || b.kind == BlockKind::Plain) out.push_back(&b);
      text_blocks(b.children, out);
    }
  }

  // A callout whose every paragraph is one span of one text colour has that colour itself (the
  // DOCX writer paints a callout's colour on each of its runs).
  static void lift_text_colour(Block& callout) {
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

  // ---- tables ------------------------------------------------------------------------------

  Block table(pugi::xml_node tbl) {
    Block b;
    b.kind = BlockKind::Table;
    b.id = next_id();
    b.loc = {paragraph_number_ + 1, 1};
    model::Table t;
    // Grid column → the cell (row, index) whose vMerge restart is still open there.
    std::map<int, std::pair<std::size_t, std::size_t>> open_merges;
    bool in_head = true;
    bool any_head = false;
    for (pugi::xml_node tr : tbl.children("w:tr")) {
      if (t.rows.size() >= kMaxTableRows) {
        pkg_.fail("limit-exceeded", part_, "a table near paragraph " + std::to_string(paragraph_number_) +
                                               " has more than " + std::to_string(kMaxTableRows) + " rows");
      }
      model::TableRow row;
      row.id = next_id();
      row.loc = {paragraph_number_ + 1, 1};
      const bool header = on(tr.child("w:trPr").child("w:tblHeader"));
      in_head = in_head && header;
      any_head = any_head || in_head;
      row.group = in_head ? model::RowGroup::Head : model::RowGroup::None;
      int col = tr.child("w:trPr").child("w:gridBefore").attribute("w:val").as_int(0);
      for (pugi::xml_node tc : tr.children("w:tc")) {
        const pugi::xml_node tcpr = tc.child("w:tcPr");
        const int span = std::clamp(tcpr.child("w:gridSpan").attribute("w:val").as_int(1), 1, 1000);
        const pugi::xml_node vmerge = tcpr.child("w:vMerge");
        const std::string vm = vmerge.attribute("w:val").value();
        if (vmerge && vm != "restart") {
          // A continuation: the cell above grows by one row; this one holds nothing.
          if (auto it = open_merges.find(col); it != open_merges.end()) {
            ++t.rows[it->second.first].cells[it->second.second].rowspan;
            (void)blocks(tc);  // counted as paragraphs so numbers stay those of Word
            col += span;
            continue;
          }
        } else {
          open_merges.erase(col);
        }
        model::TableCell cell;
        cell.id = next_id();
        cell.loc = {paragraph_number_ + 1, 1};
        cell.colspan = span;
        std::vector<Block> content = blocks(tc);
        bool heading_style = !content.empty();
        for (const Block& c : content) heading_style = heading_style && roles_[c.id] == StyleRole::TableHeading;
        cell.header = in_head || heading_style;
        if (content.size() == 1 && content.front().kind == BlockKind::Paragraph) {
          content.front().kind = BlockKind::Plain;
        }
        cell.content = std::move(content);
        if (vm == "restart") open_merges[col] = {t.rows.size(), row.cells.size()};
        row.cells.push_back(std::move(cell));
        col += span;
      }
      t.rows.push_back(std::move(row));
    }
    if (any_head) {
      for (model::TableRow& r : t.rows) {
        if (r.group == model::RowGroup::None) r.group = model::RowGroup::Body;
      }
    }
    b.table = std::move(t);
    return b;
  }

  // ---- inline content ----------------------------------------------------------------------

  // The paragraph's (or hyperlink's) children → inlines, adjacent runs of one format merged.
  Inlines content(pugi::xml_node parent, const RunFormat& base) {
    std::vector<std::pair<RunFormat, Inline>> pieces;
    collect(parent, base, pieces);
    return wrap(pieces);
  }

  void collect(pugi::xml_node parent, const RunFormat& base, std::vector<std::pair<RunFormat, Inline>>& pieces) {
    const DepthGuard guard(*this, parent);
    for (pugi::xml_node n : parent.children()) {
      const std::string_view name = n.name();
      if (name == "w:r") {
        run(n, base, pieces);
      } else if (toc_open_ > 0) {
        // Inside a table of contents: only the field characters that end it matter.
        std::vector<std::pair<RunFormat, Inline>> discarded;
        collect(n, base, discarded);
      } else if (name == "w:hyperlink") {
        Inline link;
        link.kind = InlineKind::Link;
        link.id = next_id();
        link.loc = para_loc_;
        const std::string rid = n.attribute("r:id").value();
        const std::string anchor = n.attribute("w:anchor").value();
        if (!rid.empty()) {
          const auto& rels = pkg_.relationships(part_);
          if (auto it = rels.find(rid); it != rels.end()) link.href = it->second.target;
        }
        if (!anchor.empty()) link.href = link.href.value_or("") + "#" + anchor;
        link.children = content(n, base);
        pieces.push_back({RunFormat{}, std::move(link)});
      } else if (name == "w:ins" || name == "w:moveTo") {
        ++insertions_;
        collect(n, base, pieces);
      } else if (name == "w:del" || name == "w:moveFrom") {
        ++deletions_;
      } else if (name == "w:smartTag" || name == "w:customXml" || name == "w:fldSimple") {
        if (name == "w:fldSimple") field_warning(n.attribute("w:instr").value());
        collect(n, base, pieces);
      } else if (name == "w:sdt") {
        collect(n.child("w:sdtContent"), base, pieces);
      } else if (name == "w:commentRangeStart") {
        take_comment(n.attribute("w:id").value());
      } else if (name == "m:oMath" || name == "m:oMathPara") {
        warn("an equation", para_loc_);
      }
    }
  }

  void take_comment(const std::string& id) {
    auto it = comments_.find(id);
    if (it == comments_.end()) return;
    current_comments_.push_back(it->second);
    comments_.erase(it);
  }

  static std::string field_kind(const std::string& instr) {
    const std::size_t a = instr.find_first_not_of(' ');
    if (a == std::string::npos) return {};
    return instr.substr(a, instr.find(' ', a) - a);
  }

  void field_warning(const std::string& instr) {
    const std::string kind = field_kind(instr);
    if (kind == "HYPERLINK" || kind.empty()) return;  // its text and target are kept
    warn("a " + kind + " field (its current text is kept)", para_loc_);
  }

  void run(pugi::xml_node r, const RunFormat& base, std::vector<std::pair<RunFormat, Inline>>& pieces) {
    RunFormat f = base;
    const pugi::xml_node rpr = r.child("w:rPr");
    if (pugi::xml_node b = rpr.child("w:b")) f.strong = on(b);
    if (pugi::xml_node i = rpr.child("w:i")) f.em = on(i);
    if (styles_.is_code_character(rpr.child("w:rStyle").attribute("w:val").value())) f.code = true;
    if (auto c = hex_colour(rpr.child("w:color").attribute("w:val").value())) f.color = c;
    if (auto s = hex_colour(rpr.child("w:shd").attribute("w:fill").value())) f.background = s;
    if (auto h = highlight_colour(rpr.child("w:highlight").attribute("w:val").value())) f.background = h;
    if (pugi::xml_attribute lang = rpr.child("w:lang").attribute("w:val")) {
      if (first_run_lang_.empty()) first_run_lang_ = lang.value();
      f.lang = lang.value();
    }
    for (pugi::xml_node c : r.children()) {
      const std::string_view name = c.name();
      if (name == "w:fldChar") {
        const std::string type = c.attribute("w:fldCharType").value();
        if (type == "begin") {
          fields_.push_back({});
        } else if (type == "separate" && !fields_.empty()) {
          fields_.back().code = false;
          if (field_kind(fields_.back().instr) == "TOC") {
            // A table of contents is generated text whose links point at Word's own bookmarks:
            // it is dropped whole, entries and page numbers included.
            fields_.back().toc = true;
            if (toc_open_++ == 0) warn("a table of contents (TOC field)", para_loc_);
          } else if (toc_open_ == 0) {
            field_warning(fields_.back().instr);
          }
        } else if (type == "end" && !fields_.empty()) {
          if (fields_.back().toc) --toc_open_;
          fields_.pop_back();
        }
        continue;
      }
      if (name == "w:instrText") {
        if (!fields_.empty()) fields_.back().instr += c.text().get();
        continue;
      }
      if ((!fields_.empty() && fields_.back().code) || toc_open_ > 0) continue;
      if (name == "w:t") {
        append_text(pieces, f, c.text().get());
      } else if (name == "w:tab" || name == "w:ptab") {
        append_text(pieces, f, " ");
      } else if (name == "w:noBreakHyphen") {
        append_text(pieces, f, "\u2011");
      } else if (name == "w:br" || name == "w:cr") {
        if (std::string_view(c.attribute("w:type").value()) == "page") {
          pending_page_break_ = true;
        } else {
          Inline br;
          br.kind = InlineKind::LineBreak;
          br.id = next_id();
          br.loc = para_loc_;
          pieces.push_back({f, std::move(br)});
        }
      } else if (name == "w:footnoteReference" || name == "w:endnoteReference") {
        const bool foot = name == "w:footnoteReference";
        pieces.push_back({RunFormat{}, note(foot ? footnotes_ : endnotes_, foot ? footnotes_part_ : endnotes_part_,
                                            c.attribute("w:id").value())});
        used_endnotes_ = used_endnotes_ || !foot;
      } else if (name == "w:drawing") {
        drawing(c);
      } else if (name == "w:pict" || name == "w:object") {
        warn(name == "w:object" ? "an embedded object" : "a VML shape or text box", para_loc_);
      } else if (name == "mc:AlternateContent") {
        warn("a text box or shape", para_loc_);
      } else if (name == "w:sym") {
        append_text(pieces, f, "\u25A1");
      }
    }
  }

  void append_text(std::vector<std::pair<RunFormat, Inline>>& pieces, const RunFormat& f, const std::string& text) {
    if (!pieces.empty() && pieces.back().first == f && pieces.back().second.kind == InlineKind::Text) {
      pieces.back().second.text += text;
      return;
    }
    Inline t;
    t.kind = InlineKind::Text;
    t.id = next_id();
    t.loc = para_loc_;
    t.text = text;
    pieces.push_back({f, std::move(t)});
  }

  Inline note(const std::map<std::string, pugi::xml_node>& notes, const std::string& part, const std::string& id) {
    Inline n;
    n.kind = InlineKind::Note;
    n.id = next_id();
    n.loc = para_loc_;
    n.note_number = ++note_number_;
    auto it = notes.find(id);
    if (it == notes.end()) return n;
    const SourceLoc saved = para_loc_;
    // Hyperlinks in a note are relationships of the notes part.
    const std::string saved_part = std::exchange(part_, part);
    for (pugi::xml_node p : it->second.children("w:p")) {
      Inlines in = content(p, RunFormat{});
      // Word puts the note's own number (a footnoteRef run) and a space first.
      if (!n.children.empty() && has_content(in)) {
        Inline space;
        space.kind = InlineKind::Text;
        space.text = " ";
        n.children.push_back(space);
      }
      for (Inline& i : in) n.children.push_back(std::move(i));
    }
    para_loc_ = saved;
    part_ = saved_part;
    trim_front(n.children);
    return n;
  }

  static void trim_front(Inlines& in) {
    while (!in.empty() && in.front().kind == InlineKind::Text) {
      std::string& t = in.front().text;
      t.erase(0, t.find_first_not_of(" \t"));
      if (!t.empty()) return;
      in.erase(in.begin());
    }
  }

  // Runs of one format → Text wrapped in Code, Strong, Emphasis and Span, outermost last.
  Inlines wrap(std::vector<std::pair<RunFormat, Inline>>& pieces) {
    Inlines out;
    std::size_t i = 0;
    while (i < pieces.size()) {
      const RunFormat f = pieces[i].first;
      Inlines group;
      std::size_t j = i;
      for (; j < pieces.size() && pieces[j].first == f; ++j) group.push_back(std::move(pieces[j].second));
      i = j;
      auto wrap_in = [&](InlineKind kind) {
        Inline w;
        w.kind = kind;
        w.id = next_id();
        w.loc = para_loc_;
        w.children = std::move(group);
        group = Inlines{};
        group.push_back(std::move(w));
      };
      if (f.code) wrap_in(InlineKind::Code);
      if (f.strong) wrap_in(InlineKind::Strong);
      if (f.em) wrap_in(InlineKind::Emphasis);
      const bool lang = f.lang && *f.lang != out_.doc.lang && *f.lang != styles_.default_lang();
      if (lang || f.color || f.background) {
        wrap_in(InlineKind::Span);
        if (lang) group.back().lang = f.lang;
        group.back().color = f.color;
        group.back().background = f.background;
      }
      for (Inline& in : group) out.push_back(std::move(in));
    }
    return out;
  }

  // ---- pictures ----------------------------------------------------------------------------

  void drawing(pugi::xml_node d) {
    pugi::xml_node frame = d.child("wp:inline");
    if (!frame) frame = d.child("wp:anchor");
    const pugi::xml_node data = frame.child("a:graphic").child("a:graphicData");
    const std::string uri = data.attribute("uri").value();
    if (uri.find("/picture") == std::string::npos) {
      std::string what = "a drawing";
      if (uri.find("diagram") != std::string::npos) what = "a SmartArt diagram";
      else if (uri.find("chart") != std::string::npos) what = "a chart";
      else if (uri.find("wordprocessingShape") != std::string::npos) what = "a text box or shape";
      warn(what, para_loc_);
      return;
    }
    const pugi::xml_node docpr = frame.child("wp:docPr");
    model::Image img;
    img.id = next_id();
    img.loc = para_loc_;
    const std::string descr = docpr.attribute("descr").value();
    const std::string title = docpr.attribute("title").value();
    if (!descr.empty()) img.alt = descr;
    else if (!title.empty()) img.alt = title;
    for (pugi::xml_node ext : docpr.child("a:extLst").children("a:ext")) {
      for (pugi::xml_node c : ext.children()) {
        const std::string cname = c.name();
        if (cname.ends_with(":decorative") && on_value(c.attribute("val").value())) img.decorative = true;
      }
    }
    if (img.decorative) img.alt.reset();
    const std::string embed = data.child("pic:pic").child("pic:blipFill").child("a:blip").attribute("r:embed").value();
    const auto& rels = pkg_.relationships(part_);
    auto rel = rels.find(embed);
    if (rel == rels.end() || rel->second.external) {
      warn("a linked picture (not stored in the document)", para_loc_);
      return;
    }
    std::optional<std::string> bytes = pkg_.read_part(rel->second.target, true);
    std::optional<ImageHeader> header = bytes ? probe_image(*bytes) : std::nullopt;
    if (!header) {
      warn("a picture that is not PNG or JPEG ('" + rel->second.target + "')", para_loc_);
      return;
    }
    auto& known = media_names_[rel->second.target];
    if (known.empty()) {
      known = options_.media_folder + "/image" + std::to_string(media_names_.size()) +
              (header->format == ImageHeader::Format::Png ? ".png" : ".jpeg");
      out_.images.push_back({known, std::move(*bytes)});
    }
    img.src = known;
    img.format = header->format == ImageHeader::Format::Png ? model::ImageFormat::Png : model::ImageFormat::Jpeg;
    img.pixel_width = header->width;
    img.pixel_height = header->height;
    const std::int64_t cx = frame.child("wp:extent").attribute("cx").as_llong(0);
    if (cx > 0) {
      // 635 EMU per twip (ECMA-376 §20.1.2.1).
      const double percent = std::round(100.0 * static_cast<double>(cx) / (635.0 * static_cast<double>(page_text_width_)));
      img.width_percent = std::clamp(percent, 1.0, 100.0);
    }
    Block fig;
    fig.kind = BlockKind::Image;
    fig.id = next_id();
    fig.loc = para_loc_;
    fig.image = std::move(img);
    pending_images_.push_back(std::move(fig));
  }

  static bool on_value(std::string_view v) { return v == "1" || v == "true" || v == "on"; }

  DocxPackage& pkg_;
  const ImportOptions& options_;
  ImportResult& out_;
  std::optional<pugi::xml_document> styles_xml_, numbering_xml_;
  std::vector<std::optional<pugi::xml_document>> note_docs_;
  std::map<std::string, pugi::xml_node> footnotes_, endnotes_;
  std::string footnotes_part_, endnotes_part_;
  bool used_endnotes_ = false;
  std::map<std::string, std::string> comments_;
  std::vector<std::string> current_comments_;
  StyleTable styles_;
  NumberingTable numbering_;
  std::string part_;
  std::string first_run_lang_;
  std::string current_heading_;
  std::int64_t page_text_width_ = 9026;
  std::uint32_t paragraph_number_ = 0;
  model::NodeId node_id_ = 0;
  int note_number_ = 0;
  int insertions_ = 0, deletions_ = 0;
  struct Field {
    std::string instr;  // the field code, e.g. " TOC \\o "1-3" "
    bool code = true;   // between begin and separate: the code, not the result
    bool toc = false;
  };
  std::vector<Field> fields_;  // complex fields open at this point, outermost first
  int toc_open_ = 0;
  int depth_ = 0;
  SourceLoc para_loc_;
  std::vector<Block> pending_images_;
  bool pending_page_break_ = false;
  std::map<model::NodeId, StyleRole> roles_;
  std::map<model::NodeId, std::optional<Colour>> paragraph_backgrounds_;
  std::set<model::NodeId> grouped_;
  std::set<model::NodeId> callout_members_;  // blocks inside the callout above them
  std::string open_callout_box_;
  std::map<std::string, std::string> media_names_;
};

}  // namespace

ImportResult import_docx(std::string bytes, const std::string& path, const ImportOptions& options) {
  DocxPackage pkg(std::move(bytes), path, options.limits);
  ImportResult out;
  out.doc.path = path;
  Reader(pkg, options, out).run();
  return out;
}

ImportResult import_docx_file(const std::string& path, const ImportOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError("file-not-readable", path, {}, "cannot open file");
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0) throw InputError("file-not-readable", path, {}, "cannot read file");
  if (static_cast<std::size_t>(size) > options.limits.max_file_bytes) {
    throw InputError("limit-exceeded", path, {}, "file is larger than " +
                                                     std::to_string(options.limits.max_file_bytes >> 20) + " MiB");
  }
  in.seekg(0);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), size);
  if (!in) throw InputError("file-not-readable", path, {}, "cannot read file");
  return import_docx(std::move(bytes), path, options);
}

}  // namespace handout::import
