// The fonts of a PDF (PDF/UA-1 §7.21: embedded, with ToUnicode; Matterhorn 31-001, 31-009): each
// face the pages place becomes a Type 0 font over a CIDFont holding a subset of the face's glyphs
// (ISO 32000-1 §9.7), with widths and a ToUnicode CMap built from the shaped text.
#include "pdf/font_embedding.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <map>
#include <string>

#include "pdf/haru_ext.hpp"
#include "pdf/pdf_syntax.hpp"

namespace handout::pdf {
namespace {

using layout::Face;
using layout::Item;
using layout::ItemKind;

// The glyphs each face places, in ascending id order (one pass over every page). A bit per
// glyph id, read back a word at a time: a CJK face's ids run to 65,000.
std::vector<std::vector<std::uint32_t>> placed_glyphs(const layout::PagedDocument& pd, const FontSet& fonts) {
  std::vector<std::vector<std::uint64_t>> seen(static_cast<std::size_t>(fonts.face_count()));
  for (const auto& page : pd.pages)
    for (const Item& it : page.items) {
      if (it.kind != ItemKind::Text) continue;
      std::vector<std::uint64_t>& bits = seen[static_cast<std::size_t>(it.face)];
      for (const layout::Glyph& g : it.glyphs) {
        if (g.id / 64 >= bits.size()) bits.resize(std::max<std::size_t>(g.id / 64 + 1, 16));
        bits[g.id / 64] |= std::uint64_t{1} << (g.id % 64);
      }
    }
  std::vector<std::vector<std::uint32_t>> used(seen.size());
  for (std::size_t f = 0; f < seen.size(); ++f)
    for (std::size_t w = 0; w < seen[f].size(); ++w)
      for (std::uint64_t word = seen[f][w]; word != 0; word &= word - 1)
        used[f].push_back(static_cast<std::uint32_t>(w * 64 + static_cast<std::size_t>(std::countr_zero(word))));
  return used;
}

// A ToUnicode CMap with bfchar entries (ISO 32000-1 §9.10.3), UTF-16BE destinations.
std::string to_unicode_cmap(const std::map<std::uint32_t, std::string>& map) {
  std::string out =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  std::vector<std::pair<std::uint32_t, std::string>> entries(map.begin(), map.end());
  for (std::size_t i = 0; i < entries.size(); i += 100) {
    const std::size_t n = std::min<std::size_t>(100, entries.size() - i);
    out += std::to_string(n) + " beginbfchar\n";
    for (std::size_t k = i; k < i + n; ++k) {
      out += "<" + hex4(entries[k].first) + "> <";
      append_utf16_hex(out, entries[k].second);
      out += ">\n";
    }
    out += "endbfchar\n";
  }
  out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return out;
}

}  // namespace

std::string font_resource_name(Face face) { return "F" + std::to_string(static_cast<int>(face)); }

std::vector<GlyphIds> embed_fonts(HPDF_Doc doc, const std::vector<HPDF_Page>& pages, const layout::PagedDocument& pd,
                                  FontSet& fonts) {
  const auto placed = placed_glyphs(pd, fonts);
  std::vector<GlyphIds> new_id(placed.size());
  for (std::size_t f = 0; f < placed.size(); ++f) {
    const Face face = static_cast<Face>(f);
    const std::vector<std::uint32_t>& used = placed[f];
    if (used.empty()) continue;  // never placed (perhaps shaped while measuring)

    const FontFaceInfo& info = fonts.info(face);
    FontSet::Subset subset = fonts.subset(face, used);
    // The CMap and widths speak of the subset's glyph ids, which are the CIDs in the content.
    const auto& text_of = fonts.to_unicode(face);
    std::map<std::uint32_t, std::string> to_unicode;
    std::vector<std::pair<std::uint32_t, double>> widths_by_cid;
    for (std::uint32_t gid : used) {
      const std::uint32_t cid = subset.new_id.at(gid);
      widths_by_cid.emplace_back(cid, fonts.glyph_width(face, gid));
      if (const auto text = text_of.find(gid); text != text_of.end()) to_unicode.emplace(cid, text->second);
    }
    std::sort(widths_by_cid.begin(), widths_by_cid.end());
    // Subset tag (ISO 32000-1 §9.6.4): six capitals derived from the glyph set, so the same
    // subset always gets the same name.
    std::string glyph_key = info.postscript_name;
    for (std::uint32_t gid : used) glyph_key += std::to_string(gid) + ",";
    std::uint64_t h = fnv1a(glyph_key);
    std::string tag;
    for (int i = 0; i < 6; ++i, h /= 26) tag += static_cast<char>('A' + h % 26);
    const std::string base = tag + "+" + info.postscript_name;

    HPDF_Dict file = haru::new_stream(doc, subset.program, true);
    // TrueType outlines are FontFile2; a CID-keyed CFF program is FontFile3 /CIDFontType0C
    // (ISO 32000-1 §9.9, Table 126).
    if (info.cff)
      haru::add_name(file, "Subtype", "CIDFontType0C");
    else
      haru::add_int(file, "Length1", static_cast<long>(subset.program.size()));
    new_id[f] = std::move(subset.new_id);

    const double to1000 = 1000.0 / info.units_per_em;
    HPDF_Dict descriptor = haru::new_dict(doc, true);
    haru::add_name(descriptor, "Type", "FontDescriptor");
    haru::add_name(descriptor, "FontName", base.c_str());
    // Flags (§9.8.2): 32 nonsymbolic, 1 fixed pitch, 64 italic.
    haru::add_int(descriptor, "Flags", 32 | (info.fixed_pitch ? 1 : 0) | (info.italic ? 64 : 0));
    HPDF_Array bbox = haru::new_array(doc);
    for (int v : info.bbox) haru::push_int(bbox, std::lround(v * to1000));
    haru::add(descriptor, "FontBBox", bbox);
    haru::add_real(descriptor, "ItalicAngle", info.italic_angle);
    haru::add_int(descriptor, "Ascent", std::lround(info.ascender * to1000));
    haru::add_int(descriptor, "Descent", std::lround(info.descender * to1000));
    haru::add_int(descriptor, "CapHeight", std::lround(info.cap_height * to1000));
    haru::add_int(descriptor, "StemV", info.bold ? 140 : 80);
    haru::add(descriptor, info.cff ? "FontFile3" : "FontFile2", file);

    HPDF_Dict cid = haru::new_dict(doc, true);
    haru::add_name(cid, "Type", "Font");
    haru::add_name(cid, "Subtype", info.cff ? "CIDFontType0" : "CIDFontType2");
    haru::add_name(cid, "BaseFont", base.c_str());
    HPDF_Dict system = haru::new_dict(doc, false);
    haru::add(system, "Registry", haru::ascii_string(doc, "Adobe"));
    haru::add(system, "Ordering", haru::ascii_string(doc, "Identity"));
    haru::add_int(system, "Supplement", 0);
    haru::add(cid, "CIDSystemInfo", system);
    haru::add(cid, "FontDescriptor", descriptor);
    if (!info.cff) haru::add_name(cid, "CIDToGIDMap", "Identity");
    haru::add_int(cid, "DW", 1000);
    // W (§9.7.4.3): runs of consecutive CIDs share one array.
    HPDF_Array widths = haru::new_array(doc);
    for (std::size_t i = 0; i < widths_by_cid.size();) {
      std::size_t j = i;
      HPDF_Array run = haru::new_array(doc);
      while (j < widths_by_cid.size() && widths_by_cid[j].first == widths_by_cid[i].first + (j - i))
        haru::push_real(run, widths_by_cid[j++].second);
      haru::push_int(widths, static_cast<long>(widths_by_cid[i].first));
      haru::push(widths, run);
      i = j;
    }
    haru::add(cid, "W", widths);

    HPDF_Dict type0 = haru::new_dict(doc, true);
    haru::add_name(type0, "Type", "Font");
    haru::add_name(type0, "Subtype", "Type0");
    haru::add_name(type0, "BaseFont", base.c_str());
    haru::add_name(type0, "Encoding", "Identity-H");
    HPDF_Array descendants = haru::new_array(doc);
    haru::push(descendants, cid);
    haru::add(type0, "DescendantFonts", descendants);
    haru::add(type0, "ToUnicode", haru::new_stream(doc, to_unicode_cmap(to_unicode), true));
    for (HPDF_Page page : pages) haru::add(haru::page_fonts(page), font_resource_name(face).c_str(), type0);
  }
  return new_id;
}

}  // namespace handout::pdf
