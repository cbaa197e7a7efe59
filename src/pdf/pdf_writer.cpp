// Tagging follows the lifecycle of WeasyPrint's pdf/tags.py and Typst's tags module: while the
// page content is written, every painted item is either wrapped in a marked-content sequence
// with an MCID and recorded against its structure element, or wrapped as an /Artifact; once all
// pages exist, the structure tree, its ParentTree and the annotations' OBJRs are built from those
// records. Clause references are to ISO 14289-1 (PDF/UA-1) and the Matterhorn Protocol 1.1.
#include "pdf/pdf_writer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <set>

#include "core/error.hpp"
#include "core/utc_time.hpp"
#include "core/utf8.hpp"
#include "pdf/font_embedding.hpp"
#include "pdf/form_fields.hpp"
#include "pdf/haru_arena.hpp"
#include "pdf/haru_ext.hpp"
#include "pdf/object_streams.hpp"
#include "pdf/pdf_syntax.hpp"

namespace handout::pdf {
namespace {

using layout::ArtifactKind;
using layout::Item;
using layout::ItemKind;
using layout::Role;

std::string xml_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}


// libharu reports errors through a callback; we record the first one and check after each step.
struct HaruError {
  HPDF_STATUS code = 0;
  HPDF_STATUS detail = 0;
};

void on_haru_error(HPDF_STATUS code, HPDF_STATUS detail, void* user) {
  auto* e = static_cast<HaruError*>(user);
  if (!e->code) {
    e->code = code;
    e->detail = detail;
  }
}

struct DocDeleter {
  void operator()(HPDF_Doc d) const { HPDF_Free(d); }
};

// A kid of a structure element, in reading order (ISO 32000-1 §14.7.2).
struct Kid {
  enum Kind { Mcr, Element, Objr } kind = Mcr;
  int page = 0;
  int mcid = 0;
  int element = -1;
  HPDF_Dict annotation = nullptr;
};

class Writer {
 public:
  Writer(const layout::PagedDocument& pd, FontSet& fonts, const PdfMetadata& meta)
      : pd_(pd), fonts_(fonts), meta_(meta), doc_(HPDF_NewEx(on_haru_error, &HaruArena::allocate, &HaruArena::release, 0, &error_)) {
    if (!doc_) throw InternalError("libharu: HPDF_New failed");
    HPDF_SetCompressionMode(doc_.get(), HPDF_COMP_ALL);
    haru::set_pdf_17(doc_.get());
    kids_.resize(pd.structure.size());
    placed_.resize(pd.structure.size());
  }

  std::string run() {
    for (std::size_t p = 0; p < pd_.pages.size(); ++p) {
      HPDF_Page page = HPDF_AddPage(doc_.get());
      HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(pd_.width));
      HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(pd_.height));
      pages_.push_back(page);
    }
    check("pages");
    embed_fonts();
    for (std::size_t p = 0; p < pages_.size(); ++p) write_page(static_cast<int>(p));
    attach_content();
    check("content");
    build_structure();
    add_annotations();
    finish_structure_tree();
    add_outlines();
    add_metadata();
    check("document");
    return save();
  }

 private:
  void check(const char* step) {
    if (error_.code) {
      char buf[96];
      std::snprintf(buf, sizeof buf, "libharu error 0x%04X (detail %u) while writing %s", static_cast<unsigned>(error_.code),
                    static_cast<unsigned>(error_.detail), step);
      throw InternalError(buf);
    }
  }

  // ---- fonts (PDF/UA-1 §7.21: embedded, with ToUnicode; Matterhorn 31-001, 31-009) ------------

  void embed_fonts() { new_id_ = pdf::embed_fonts(doc_.get(), pages_, pd_, fonts_); }

  // ---- page content ----------------------------------------------------------------------------

  // Records that `node` has content: it is attached to its parent's kids the first time, so the
  // order of kids follows the order of content (reading order, §7.2).
  void place(int node) {
    while (node > 0 && !placed_[static_cast<std::size_t>(node)]) {
      placed_[static_cast<std::size_t>(node)] = true;
      const int parent = pd_.structure[static_cast<std::size_t>(node)].parent;
      kids_[static_cast<std::size_t>(parent)].push_back({Kid::Element, 0, 0, node, nullptr});
      node = parent;
    }
  }

  // A marked-content sequence drawn on a page, for attach_content.
  struct Content {
    int column = 0;  // the column it is drawn in, in reading order (layout::PagedDocument::columns)
    int page = 0;
    int mcid = 0;
    int node = -1;
  };

  // The reading-order place of the column `it` is drawn in on page `p`: the column of that page
  // whose side edges hold its left edge (panels do not overlap); pages without columns read in page order.
  int column_of(int p, const Item& it) const {
    const double x = it.kind == ItemKind::Text ? it.x : it.rect.x;
    int found = -1;
    for (std::size_t c = 0; c < pd_.columns.size(); ++c) {
      const layout::ColumnArea& area = pd_.columns[c];
      if (area.page != p) continue;
      if (found < 0 || (x >= area.left - 1 && x <= area.right + 1)) found = static_cast<int>(c);
    }
    return found < 0 ? p : found;
  }

  // Attaches the marked content to its elements and the elements to the tree in reading order: by
  // column, then in paint order within a column. Without panels that is page order.
  void attach_content() {
    std::stable_sort(content_.begin(), content_.end(),
                     [](const Content& a, const Content& b) { return a.column < b.column; });
    for (const Content& c : content_) {
      kids_[static_cast<std::size_t>(c.node)].push_back({Kid::Mcr, c.page, c.mcid, -1, nullptr});
      place(c.node);
    }
  }

  // Places an element that no content placed, before the first of its later siblings that is
  // placed (or last), after placing its parent the same way.
  void place_empty(int node) {
    if (node <= 0 || placed_[static_cast<std::size_t>(node)]) return;
    const int parent = pd_.structure[static_cast<std::size_t>(node)].parent;
    place_empty(parent);
    placed_[static_cast<std::size_t>(node)] = true;
    std::vector<Kid>& kids = kids_[static_cast<std::size_t>(parent)];
    const std::vector<int>& siblings = pd_.structure[static_cast<std::size_t>(parent)].children;
    auto at = kids.end();
    for (auto s = std::find(siblings.begin(), siblings.end(), node); s != siblings.end() && at == kids.end(); ++s) {
      if (*s == node) continue;
      at = std::find_if(kids.begin(), kids.end(), [&](const Kid& k) { return k.kind == Kid::Element && k.element == *s; });
    }
    kids.insert(at, {Kid::Element, 0, 0, node, nullptr});
  }

  void write_page(int p) {
    HPDF_Page page = pages_[static_cast<std::size_t>(p)];
    std::string ops;
    int mcid = 0;
    std::vector<int> owners;
    for (const Item& it : pd_.pages[static_cast<std::size_t>(p)].items) {
      // Glyphs out of character order (a Bengali vowel sign drawn before its consonant) or several
      // glyphs for one cluster: the text a reader extracts is given whole (ISO 32000-1 §14.9.4),
      // since the per-glyph ToUnicode map cannot put it back in order. It goes on a Span around
      // the tagged sequence, where readers such as poppler look for it.
      const bool actual_text = it.kind == ItemKind::Text && it.actual_text;
      if (actual_text) ops += "/Span <</ActualText " + utf16_hex_string(it.text) + ">> BDC\n";
      // Right to left, the glyphs themselves read as nothing: the reading boxes after them give
      // the characters (append_reading_boxes).
      const bool reading_boxes = actual_text && it.right_to_left;
      if (reading_boxes) ops += "/Span <</ActualText <FEFF>>> BDC\n";
      if (it.node < 0) {
        // PDF/UA-1 §7.1: content that is not real content is an artifact (Matterhorn 01-005).
        const char* type = it.artifact == ArtifactKind::Pagination ? "Pagination"
                           : it.artifact == ArtifactKind::Background ? "Background"
                                                                     : "Layout";
        ops += std::string("/Artifact <</Type /") + type;
        if (!it.lang.empty()) ops += " /Lang (" + it.lang + ")";  // a BCP 47 tag from the words table: ASCII
        ops += ">> BDC\n";
      } else {
        const int m = mcid++;
        owners.push_back(it.node);
        content_.push_back({column_of(p, it), p, m, it.node});
        ops += std::string("/") + layout::role_name(pd_.structure[static_cast<std::size_t>(it.node)].role) +
               " <</MCID " + std::to_string(m) + ">> BDC\n";
      }
      switch (it.kind) {
        case ItemKind::Text: append_text_ops(ops, it); break;
        case ItemKind::Fill:
          ops += "q " + rgb(it.color) + " rg " + num(it.rect.x) + " " + num(it.rect.y) + " " + num(it.rect.w) + " " +
                 num(it.rect.h) + " re f Q\n";
          break;
        case ItemKind::Stroke:
          ops += "q " + rgb(it.color) + " RG " + num(it.line_width) + " w ";
          if (it.dash > 0) ops += "[" + num(it.dash) + " " + num(it.dash) + "] 0 d ";
          ops += num(it.rect.x) + " " + num(it.rect.y) + " " + num(it.rect.w) + " " + num(it.rect.h) + " re S Q\n";
          break;
        case ItemKind::Image:
          ops += "q " + num(it.rect.w) + " 0 0 " + num(it.rect.h) + " " + num(it.rect.x) + " " + num(it.rect.y) +
                 " cm /" + haru::image_name(page, image(it)) + " Do Q\n";
          check("image");
          break;
      }
      if (reading_boxes) {
        ops += "EMC\nEMC\n";
        append_reading_boxes(ops, it);
        ops += "EMC\n";
      } else {
        ops += actual_text ? "EMC\nEMC\n" : "EMC\n";
      }
      if (it.kind == ItemKind::Text && it.underline) {
        double w = 0;
        for (const layout::Glyph& g : it.glyphs) w += g.advance;
        ops += "/Artifact <</Type /Layout>> BDC\nq " + rgb(it.color) + " RG " + num(it.size * 0.06) + " w " + num(it.x) +
               " " + num(it.y - it.size * 0.12) + " m " + num(it.x + w) + " " + num(it.y - it.size * 0.12) +
               " l S Q\nEMC\n";
      }
    }
    haru::set_content(page, ops);
    mcid_owners_.push_back(std::move(owners));
  }

  void append_text_ops(std::string& ops, const Item& it) {
    ops += "BT /";
    ops += font_resource_name(it.face);
    ops += ' ';
    append_num(ops, it.size);
    ops += " Tf ";
    append_rgb(ops, it.color);
    const auto& new_id = new_id_.at(static_cast<std::size_t>(it.face));
    ops += " rg 1 0 0 1 ";
    append_num(ops, it.x);
    ops += ' ';
    append_num(ops, it.y);
    ops += " Tm [";
    double rise = 0;
    for (const layout::Glyph& g : it.glyphs) {
      // A glyph shaping raised or lowered (Arabic vowel marks, Nastaliq's stepped letters) is
      // shown by a TJ of its own at that text rise (ISO 32000-1 §9.3.7), so the pen still moves
      // by the widths and adjustments alone and readers see where every glyph is.
      if (g.y_offset != rise) {
        if (ops.back() == '[')
          ops.pop_back();
        else
          ops += "] TJ ";
        append_num(ops, g.y_offset);
        ops += " Ts [";
        rise = g.y_offset;
      }
      // A glyph shaping moved sideways (a mark over the letter before it): TJ moves there, and
      // back after it. TJ numbers move the pen left by thousandths of the font size.
      const double shift = g.x_offset * 1000.0 / it.size;
      if (std::abs(shift) > 0.05) {
        if (ops.back() != '[' && ops.back() != '>') ops += ' ';  // two numbers in a row
        append_num(ops, -shift);
      }
      ops += '<';
      append_hex4(ops, new_id.at(g.id));
      ops += '>';
      // TJ moves by the font's width (W holds it unrounded); shaping may differ (kerning): adjust
      // by the difference.
      const double adjust = fonts_.glyph_width(it.face, g.id) - g.advance * 1000.0 / it.size +
                            (std::abs(shift) > 0.05 ? shift : 0);
      if (std::abs(adjust) > 0.05) append_num(ops, adjust);
    }
    // The text rise is graphics state: it must not outlast this text.
    ops += rise != 0 ? "] TJ 0 Ts ET\n" : "] TJ ET\n";
  }

  // Right-to-left text whose letters leave the baseline (Nastaliq) or take several glyphs each.
  // Its /ActualText gives it whole to readers that honour marked content (ISO 32000-1 §14.9.4),
  // but poppler (22.12) spreads an /ActualText's characters left to right over the glyphs it
  // replaces and then reverses right-to-left runs, so such a word read back reversed, and glyphs
  // off the baseline split it into pieces. So each character, last first, also gets a box of its
  // own on the baseline: an equal share of the item's width, marked by two invisible glyphs
  // (text render mode 3, §9.3.6) at its edges, inside a nested /ActualText of that character.
  // Inside the item's own /ActualText, readers that honour nesting still read the whole word.
  // The boxes paint nothing, so the page looks the same, and are artifacts (PDF/UA-1 §7.1): the
  // structure tree reads the word from its Span's /ActualText.
  void append_reading_boxes(std::string& ops, const Item& it) {
    std::vector<std::string_view> characters;
    for (std::size_t i = 0, length = 0; i < it.text.size(); i += length) {
      code_point_at(it.text, i, length);
      characters.push_back(std::string_view(it.text).substr(i, length));
    }
    double width = 0;
    for (const layout::Glyph& g : it.glyphs) width += g.advance;
    if (characters.empty() || it.glyphs.empty() || width <= 0) return;
    const std::uint32_t marker = it.glyphs.front().id;
    const double marker_width = fonts_.glyph_width(it.face, marker) * it.size / 1000.0;
    const double box = width / static_cast<double>(characters.size());
    // TJ moves the pen left by thousandths of the size: from the first marker's end to the second's
    // start, one marker short of the box's far edge.
    const double gap = (2 * marker_width - box) * 1000.0 / it.size;
    const std::string marker_hex = "<" + hex4(new_id_.at(static_cast<std::size_t>(it.face)).at(marker)) + ">";
    ops += "BT /" + font_resource_name(it.face) + " " + num(it.size) + " Tf 3 Tr 1 0 0 1 " + num(it.x) + " " + num(it.y) +
           " Tm\n";
    // Every box but its character is the same.
    std::string rest = ">> BDC /Artifact <</Type /Layout>> BDC [" + marker_hex;
    append_num(rest, gap);
    rest += marker_hex + "] TJ EMC EMC\n";
    ops.reserve(ops.size() + characters.size() * (rest.size() + 32));
    for (auto c = characters.rbegin(); c != characters.rend(); ++c) {
      ops += "/Span <</ActualText <FEFF";
      append_utf16_hex(ops, *c);
      ops += '>';
      ops += rest;
    }
    ops += "0 Tr ET\n";
  }

  // The format is the one the parser read from the file's magic bytes, not from its name.
  // Bytes given with the item (a letterhead, a rasterised SVG) are embedded instead of the file.
  HPDF_Image image(const layout::Item& item) {
    const layout::ImageSource& source = *item.image;
    const std::string& path = source.path;
    auto it = images_.find(path);
    if (it != images_.end()) return it->second;
    HPDF_Image img = nullptr;
    const auto* data = source.bytes ? reinterpret_cast<const HPDF_BYTE*>(source.bytes->data()) : nullptr;
    const auto size = source.bytes ? static_cast<HPDF_UINT>(source.bytes->size()) : 0;
    switch (source.format) {
      case model::ImageFormat::Png:
        img = data ? HPDF_LoadPngImageFromMem(doc_.get(), data, size) : HPDF_LoadPngImageFromFile(doc_.get(), path.c_str());
        break;
      case model::ImageFormat::Jpeg:
        img = data ? HPDF_LoadJpegImageFromMem(doc_.get(), data, size) : HPDF_LoadJpegImageFromFile(doc_.get(), path.c_str());
        break;
      case model::ImageFormat::Svg:  // layout hands SVG over rasterised, as PNG bytes
      case model::ImageFormat::Unknown: break;
    }
    if (!img) throw InputError("image-not-an-image", path, {}, "the image cannot be decoded", "export it again as PNG or JPEG");
    error_ = {};
    images_.emplace(path, img);
    return img;
  }

  // ---- structure tree ------------------------------------------------------------------------

  void build_structure() {
    // Elements without content of their own (e.g. an empty table cell) still belong in the tree,
    // in their source place: reading order is structure order (PDF/UA-1 §7.1).
    for (std::size_t n = 1; n < pd_.structure.size(); ++n) place_empty(static_cast<int>(n));
    elements_.resize(pd_.structure.size());
    for (std::size_t n = 0; n < pd_.structure.size(); ++n) elements_[n] = haru::new_dict(doc_.get(), true);
    root_ = haru::new_dict(doc_.get(), true);
    for (std::size_t n = 0; n < pd_.structure.size(); ++n) {
      const layout::StructNode& node = pd_.structure[n];
      HPDF_Dict e = elements_[n];
      haru::add_name(e, "Type", "StructElem");
      haru::add_name(e, "S", layout::role_name(node.role));
      haru::add(e, "P", node.parent < 0 ? root_ : elements_[static_cast<std::size_t>(node.parent)]);
      if (!node.alt.empty()) haru::add(e, "Alt", haru::text_string(doc_.get(), node.alt));  // §7.3, Matterhorn 13-004
      if (!node.lang.empty()) haru::add(e, "Lang", haru::ascii_string(doc_.get(), node.lang));  // §7.2, 11-006
      if (!node.expansion.empty()) haru::add(e, "E", haru::text_string(doc_.get(), node.expansion));
      // ISO 32000-1 §14.9.4: the characters, in logical order, of content drawn right to left.
      if (!node.actual_text.empty()) haru::add(e, "ActualText", haru::text_string(doc_.get(), node.actual_text));
      if (!node.id.empty()) haru::add(e, "ID", haru::ascii_string(doc_.get(), node.id));  // §7.9, 19-003
      if (node.role == Role::TH || ((node.role == Role::TD) && (node.row_span > 1 || node.col_span > 1))) {
        // Table attributes (ISO 32000-1 §14.8.5.7): header scope (§7.5, Matterhorn 15-003) and the
        // cells a spanning cell covers, so the grid can be rebuilt from the tags.
        HPDF_Dict a = haru::new_dict(doc_.get(), false);
        haru::add_name(a, "O", "Table");
        if (node.role == Role::TH) haru::add_name(a, "Scope", node.scope == resolve::HeaderScope::Row ? "Row" : "Column");
        if (node.row_span > 1) haru::add_int(a, "RowSpan", node.row_span);
        if (node.col_span > 1) haru::add_int(a, "ColSpan", node.col_span);
        haru::add(e, "A", a);
      }
      if (node.role == Role::L && node.list_numbering) {
        // List attributes (ISO 32000-1 §14.8.5.5): how the Lbl markers run (PDF/UA-1 §7.6,
        // Matterhorn 16-001).
        HPDF_Dict a = haru::new_dict(doc_.get(), false);
        haru::add_name(a, "O", "List");
        haru::add_name(a, "ListNumbering", node.list_numbering);
        haru::add(e, "A", a);
      }
      if (node.role == Role::Figure && node.bbox_page >= 0) {
        HPDF_Dict a = haru::new_dict(doc_.get(), false);
        haru::add_name(a, "O", "Layout");
        HPDF_Array box = haru::new_array(doc_.get());
        for (double v : {node.bbox.x, node.bbox.y, node.bbox.x + node.bbox.w, node.bbox.y + node.bbox.h}) haru::push_real(box, v);
        haru::add(a, "BBox", box);
        haru::add(e, "A", a);
      }
    }
  }

  void add_annotations() {
    int next_key = static_cast<int>(pages_.size());
    for (const layout::LinkArea& link : pd_.links) {
      HPDF_Page page = pages_[static_cast<std::size_t>(link.page)];
      HPDF_Rect r{static_cast<HPDF_REAL>(link.rect.x), static_cast<HPDF_REAL>(link.rect.y),
                  static_cast<HPDF_REAL>(link.rect.x + link.rect.w), static_cast<HPDF_REAL>(link.rect.y + link.rect.h)};
      HPDF_Annotation annot = nullptr;
      if (!link.uri.empty()) {
        annot = HPDF_Page_CreateURILinkAnnot(page, r, link.uri.c_str());
      } else if (link.target_page >= 0) {
        HPDF_Destination dest = HPDF_Page_CreateDestination(pages_[static_cast<std::size_t>(link.target_page)]);
        HPDF_Destination_SetFitH(dest, static_cast<HPDF_REAL>(link.target_y));
        annot = HPDF_Page_CreateLinkAnnot(page, r, dest);
      }
      if (!annot || link.node < 0) continue;
      HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);
      haru::add_int(annot, "F", 4);  // print
      // §7.18.1: annotations have Contents; §7.18.5: links are nested in Link elements via OBJR.
      haru::add(annot, "Contents", haru::text_string(doc_.get(), link.contents.empty() ? link.uri : link.contents));
      attach_annotation(annot, link.page, link.node, next_key);
    }
    // §7.18.4: form fields' widgets are nested in Form elements via OBJR (Matterhorn 28-005).
    const std::vector<HPDF_Dict> widgets = add_form_fields(doc_.get(), pages_, pd_.widgets);
    for (std::size_t i = 0; i < widgets.size(); ++i)
      attach_annotation(widgets[i], pd_.widgets[i].page, pd_.widgets[i].node, next_key);
    for (std::size_t p = 0; p < pages_.size(); ++p) {
      haru::add_int(pages_[p], "StructParents", static_cast<long>(p));
      // §7.18.3: pages with annotations use structure order for tabbing (Matterhorn 28-008).
      if (pages_with_annotations_.count(static_cast<int>(p))) haru::add_name(pages_[p], "Tabs", "S");
    }
    check("annotations");
  }

  // The annotation's key in the ParentTree, and its OBJR in structure element `node`.
  void attach_annotation(HPDF_Dict annot, int page, int node, int& next_key) {
    haru::add_int(annot, "StructParent", next_key);
    annotation_keys_.emplace_back(next_key++, node);
    Kid k;
    k.kind = Kid::Objr;
    k.page = page;
    k.annotation = annot;
    kids_[static_cast<std::size_t>(node)].push_back(k);
    pages_with_annotations_.insert(page);
  }

  void finish_structure_tree() {
    for (std::size_t n = 0; n < pd_.structure.size(); ++n) {
      HPDF_Array k = haru::new_array(doc_.get());
      for (const Kid& kid : kids_[n]) {
        switch (kid.kind) {
          case Kid::Element: haru::push(k, elements_[static_cast<std::size_t>(kid.element)]); break;
          case Kid::Mcr: {
            HPDF_Dict mcr = haru::new_dict(doc_.get(), false);
            haru::add_name(mcr, "Type", "MCR");
            haru::add(mcr, "Pg", pages_[static_cast<std::size_t>(kid.page)]);
            haru::add_int(mcr, "MCID", kid.mcid);
            haru::push(k, mcr);
            break;
          }
          case Kid::Objr: {
            HPDF_Dict objr = haru::new_dict(doc_.get(), false);
            haru::add_name(objr, "Type", "OBJR");
            haru::add(objr, "Obj", kid.annotation);
            haru::add(objr, "Pg", pages_[static_cast<std::size_t>(kid.page)]);
            haru::push(k, objr);
            break;
          }
        }
      }
      haru::add(elements_[n], "K", k);
    }
    // The ParentTree maps each page's MCIDs, and each annotation, back to its element (§14.7.4.4).
    HPDF_Array nums = haru::new_array(doc_.get());
    for (std::size_t p = 0; p < mcid_owners_.size(); ++p) {
      haru::push_int(nums, static_cast<long>(p));
      HPDF_Array owners = haru::new_array(doc_.get());
      for (int owner : mcid_owners_[p]) haru::push(owners, elements_[static_cast<std::size_t>(owner)]);
      haru::push(nums, owners);
    }
    for (const auto& [key, node] : annotation_keys_) {
      haru::push_int(nums, key);
      haru::push(nums, elements_[static_cast<std::size_t>(node)]);
    }
    HPDF_Dict parent_tree = haru::new_dict(doc_.get(), true);
    haru::add(parent_tree, "Nums", nums);
    haru::add_name(root_, "Type", "StructTreeRoot");
    haru::add(root_, "K", elements_[0]);
    haru::add(root_, "ParentTree", parent_tree);
    add_id_tree();
    haru::add_int(root_, "ParentTreeNextKey", static_cast<long>(pages_.size() + annotation_keys_.size()));
    HPDF_Dict catalog = haru::catalog(doc_.get());
    haru::add(catalog, "StructTreeRoot", root_);
    HPDF_Dict mark_info = haru::new_dict(doc_.get(), false);
    haru::add_bool(mark_info, "Marked", true);  // §7.1, Matterhorn 01-002
    haru::add(catalog, "MarkInfo", mark_info);
    if (!meta_.lang.empty()) haru::add(catalog, "Lang", haru::ascii_string(doc_.get(), meta_.lang));  // 11-001
    HPDF_Dict prefs = haru::new_dict(doc_.get(), false);
    haru::add_bool(prefs, "DisplayDocTitle", true);  // §7.1, Matterhorn 07-001
    haru::add(catalog, "ViewerPreferences", prefs);
    check("structure tree");
  }

  // The IDTree maps each element /ID to its element (ISO 32000-1 §14.7.2, Table 322): a name
  // tree whose one leaf lists the keys in byte order (§7.9.6), as readers binary-search it.
  void add_id_tree() {
    std::map<std::string, std::size_t> by_id;
    for (std::size_t n = 0; n < pd_.structure.size(); ++n)
      if (!pd_.structure[n].id.empty()) by_id.emplace(pd_.structure[n].id, n);
    if (by_id.empty()) return;
    HPDF_Array names = haru::new_array(doc_.get());
    for (const auto& [id, n] : by_id) {
      haru::push(names, haru::ascii_string(doc_.get(), id));
      haru::push(names, elements_[n]);
    }
    HPDF_Dict tree = haru::new_dict(doc_.get(), true);
    haru::add(tree, "Names", names);
    haru::add(root_, "IDTree", tree);
  }

  // Bookmarks from the headings (PDF/UA-1 §7.4.1 recommends them for navigation).
  void add_outlines() {
    if (pd_.outline.empty()) return;
    struct Node {
      HPDF_Dict dict;
      int parent;
      std::vector<int> children;
    };
    std::vector<Node> nodes;
    HPDF_Dict root = haru::new_dict(doc_.get(), true);
    haru::add_name(root, "Type", "Outlines");
    nodes.push_back({root, -1, {}});
    std::vector<std::pair<int, int>> stack{{0, 0}};  // (level, node)
    for (const layout::OutlineEntry& e : pd_.outline) {
      while (stack.back().first >= e.level) stack.pop_back();
      HPDF_Dict item = haru::new_dict(doc_.get(), true);
      haru::add(item, "Title", haru::text_string(doc_.get(), e.title));
      HPDF_Array dest = haru::new_array(doc_.get());
      haru::push(dest, pages_[static_cast<std::size_t>(e.page)]);
      haru::push_name(dest, "XYZ");
      haru::push_int(dest, 0);
      haru::push_real(dest, e.y);
      haru::push_int(dest, 0);
      haru::add(item, "Dest", dest);
      const int parent = stack.back().second;
      nodes.push_back({item, parent, {}});
      const int id = static_cast<int>(nodes.size()) - 1;
      nodes[static_cast<std::size_t>(parent)].children.push_back(id);
      stack.emplace_back(e.level, id);
    }
    for (const Node& n : nodes) {
      if (n.parent >= 0) haru::add(n.dict, "Parent", nodes[static_cast<std::size_t>(n.parent)].dict);
      if (n.children.empty()) continue;
      haru::add(n.dict, "First", nodes[static_cast<std::size_t>(n.children.front())].dict);
      haru::add(n.dict, "Last", nodes[static_cast<std::size_t>(n.children.back())].dict);
      haru::add_int(n.dict, "Count", static_cast<long>(n.children.size()));
      for (std::size_t i = 0; i + 1 < n.children.size(); ++i) {
        haru::add(nodes[static_cast<std::size_t>(n.children[i])].dict, "Next", nodes[static_cast<std::size_t>(n.children[i + 1])].dict);
        haru::add(nodes[static_cast<std::size_t>(n.children[i + 1])].dict, "Prev", nodes[static_cast<std::size_t>(n.children[i])].dict);
      }
    }
    HPDF_Dict catalog = haru::catalog(doc_.get());
    haru::add(catalog, "Outlines", root);
    haru::add_name(catalog, "PageMode", "UseOutlines");
  }

  // ---- metadata (PDF/UA-1 §5 and §7.1; Matterhorn 06-001..06-003, 07-001) ----------------------

  void add_metadata() {
    const std::string date = iso8601_utc(meta_.timestamp);
    std::string authors;
    for (const std::string& a : meta_.authors) authors += "<rdf:li>" + xml_escape(a) + "</rdf:li>";
    std::string xmp =
        "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"" +
        std::string(meta_.claim_pdfua ? " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"" : "") + ">\n" +
        "<dc:format>application/pdf</dc:format>\n"
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(meta_.title) + "</rdf:li></rdf:Alt></dc:title>\n" +
        (authors.empty() ? "" : "<dc:creator><rdf:Seq>" + authors + "</rdf:Seq></dc:creator>\n") +
        (meta_.description.empty() ? ""
                                   : "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
                                         xml_escape(meta_.description) + "</rdf:li></rdf:Alt></dc:description>\n") +
        (meta_.lang.empty() ? "" : "<dc:language><rdf:Bag><rdf:li>" + xml_escape(meta_.lang) + "</rdf:li></rdf:Bag></dc:language>\n") +
        (meta_.keywords.empty() ? "" : "<pdf:Keywords>" + xml_escape(meta_.keywords) + "</pdf:Keywords>\n") +
        "<pdf:Producer>" + xml_escape(meta_.producer) + "</pdf:Producer>\n"
        "<xmp:CreatorTool>" + xml_escape(meta_.producer) + "</xmp:CreatorTool>\n"
        "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
        "<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n" +
        (meta_.claim_pdfua ? "<pdfuaid:part>1</pdfuaid:part>\n" : "") +
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>\n";
    HPDF_Dict stream = haru::new_stream(doc_.get(), xmp, false);  // uncompressed: readable by any tool
    haru::add_name(stream, "Type", "Metadata");
    haru::add_name(stream, "Subtype", "XML");
    haru::add(haru::catalog(doc_.get()), "Metadata", stream);

    // The Info dictionary says the same (ISO 32000-1 §14.3.3).
    HPDF_Dict info = haru::info(doc_.get());
    haru::add(info, "Title", haru::text_string(doc_.get(), meta_.title));
    if (!meta_.authors.empty()) {
      std::string joined;
      for (const std::string& a : meta_.authors) joined += (joined.empty() ? "" : "; ") + a;
      haru::add(info, "Author", haru::text_string(doc_.get(), joined));
    }
    if (!meta_.subject.empty() || !meta_.description.empty())
      haru::add(info, "Subject", haru::text_string(doc_.get(), meta_.description.empty() ? meta_.subject : meta_.description));
    if (!meta_.keywords.empty()) haru::add(info, "Keywords", haru::text_string(doc_.get(), meta_.keywords));
    haru::add(info, "Producer", haru::text_string(doc_.get(), meta_.producer));
    haru::add(info, "Creator", haru::text_string(doc_.get(), meta_.producer));
    const std::tm tm = utc_fields(meta_.timestamp);
    HPDF_Date d{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, 'Z', 0, 0};
    HPDF_SetInfoDateAttr(doc_.get(), HPDF_INFO_CREATION_DATE, d);
    HPDF_SetInfoDateAttr(doc_.get(), HPDF_INFO_MOD_DATE, d);

    // A document ID derived from the content, so rebuilding the same input gives the same bytes.
    std::string seed = meta_.title + "\n" + date + "\n" + std::to_string(pd_.pages.size());
    for (const auto& page : pd_.pages) seed += std::to_string(page.items.size()) + ",";
    std::uint8_t id[16];
    const std::uint64_t a = fnv1a(seed), b = fnv1a(seed, a ^ 0x9e3779b97f4a7c15ull);
    for (int i = 0; i < 8; ++i) id[i] = static_cast<std::uint8_t>(a >> (8 * i)), id[8 + i] = static_cast<std::uint8_t>(b >> (8 * i));
    HPDF_Array ids = haru::new_array(doc_.get());
    for (int i = 0; i < 2; ++i) haru::push(ids, haru::byte_string(doc_.get(), id, sizeof id));
    haru::add(haru::trailer(doc_.get()), "ID", ids);
  }

  std::string save() {
    const std::string bytes = haru::save_to_string(doc_.get());
    check("save");
    return pack_object_streams(bytes);
  }

  const layout::PagedDocument& pd_;
  FontSet& fonts_;
  const PdfMetadata& meta_;
  HaruError error_;
  HaruArena arena_;  // outlives doc_: the document's small objects live in it
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, DocDeleter> doc_;
  std::vector<HPDF_Page> pages_;
  // Per face: original glyph id → id in the embedded subset (the CID written in the content).
  std::vector<GlyphIds> new_id_;
  std::map<std::string, HPDF_Image> images_;
  std::vector<std::vector<Kid>> kids_;
  std::vector<bool> placed_;
  std::vector<Content> content_;  // every marked-content sequence, as drawn
  std::vector<std::vector<int>> mcid_owners_;
  std::vector<HPDF_Dict> elements_;
  HPDF_Dict root_ = nullptr;
  std::vector<std::pair<int, int>> annotation_keys_;
  std::set<int> pages_with_annotations_;
};

}  // namespace

std::string write_pdf(const layout::PagedDocument& doc, FontSet& fonts, const PdfMetadata& meta) {
  return Writer(doc, fonts, meta).run();
}

}  // namespace handout::pdf
