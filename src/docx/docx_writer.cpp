// write_docx: assembles the package from its parts in a fixed order (see docx_writer.hpp).
#include "docx/docx_writer.hpp"

#include "docx/parts.hpp"

namespace handout::docx {
namespace {

constexpr const char* kCtMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
constexpr const char* kCtPrefix = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

PageGeometry geometry(const style::PageSetup& page, const style::PanelSetup& layout) {
  PageGeometry g;
  if (layout.panels > 1) {
    g.columns = layout.panels;
    g.column_space = twips_from_mm(page.margin_left_mm + page.margin_right_mm);
  }
  g.width = twips_from_mm(page.width_mm);  // A5: 8391 x 11906, A4: 11906 x 16838
  g.height = twips_from_mm(page.height_mm);
  g.margin_top = twips_from_mm(page.margin_top_mm);
  g.margin_bottom = twips_from_mm(page.margin_bottom_mm);
  g.margin_left = twips_from_mm(page.margin_left_mm);
  g.margin_right = twips_from_mm(page.margin_right_mm);
  return g;
}

bool is_empty(const style::RunningText& r) { return r.left.empty() && r.centre.empty() && r.right.empty(); }

}  // namespace

std::string write_docx(const resolve::ResolvedDocument& resolved, const DocxOptions& options) {
  const model::Document& doc = resolved.doc;
  const style::Template& tmpl = resolved.tmpl;
  DocxContext ctx{resolved, doc, tmpl, geometry(tmpl.page, tmpl.layout), {}, {}, 1, {}, {}, {}, 1};
  const bool has_notes = !resolved.notes.empty();
  const bool endnotes = tmpl.notes == style::NotePlacement::Endnotes;
  const std::string notes_name = endnotes ? "endnotes.xml" : "footnotes.xml";

  Relationships doc_rels;
  doc_rels.add("styles", "styles.xml");
  doc_rels.add("numbering", "numbering.xml");
  doc_rels.add("settings", "settings.xml");
  doc_rels.add("fontTable", "fontTable.xml");
  if (has_notes) doc_rels.add(endnotes ? "endnotes" : "footnotes", notes_name);
  const std::optional<style::Letterhead>& logo = tmpl.letterhead;
  const bool logo_every = logo && logo->pages == style::LetterheadPages::Every;
  if (!is_empty(tmpl.header) || logo_every) ctx.header_rel_id = doc_rels.add("header", "header1.xml");
  if (!is_empty(tmpl.footer)) ctx.footer_rel_id = doc_rels.add("footer", "footer1.xml");
  // Page 1 has its own header (w:titlePg) when it differs from the others: a first-page
  // letterhead, or a running-header piece that would only repeat the title printed under it,
  // which the PDF leaves off page 1 too.
  const style::RunningText first_header = first_page_header(resolved);
  const bool first_text_differs = !is_empty(tmpl.header) && (first_header.left != tmpl.header.left ||
                                                             first_header.centre != tmpl.header.centre ||
                                                             first_header.right != tmpl.header.right);
  if ((logo && !logo_every) || first_text_differs) ctx.first_header_rel_id = doc_rels.add("header", "header2.xml");

  // The body first: it collects the notes, pictures, hyperlinks and ordered lists the other
  // parts need.
  std::string document = write_document_part(ctx, doc_rels);
  Relationships notes_rels;
  std::string notes = has_notes ? write_notes_part(ctx, notes_rels) : std::string();

  Relationships package_rels;
  package_rels.add("officeDocument", "word/document.xml");
  // The core-properties relationship type is in the OPC namespace, not kRelBase.
  std::vector<Relationship> root = package_rels.items();
  root.push_back({"rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                  "docProps/core.xml", false});
  root.push_back({"rId3", std::string(kRelBase) + "extended-properties", "docProps/app.xml", false});

  std::vector<PackagePart> parts;
  parts.reserve(16 + ctx.media.size());
  parts.push_back({"[Content_Types].xml", "", "", true});  // filled in last, stored first
  parts.push_back({"_rels/.rels", "", write_relationships_part(root), true});
  parts.push_back({"docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
                   write_core_properties_part(ctx, options.timestamp), true});
  parts.push_back({"docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                   write_app_properties_part(), true});
  parts.push_back({"word/document.xml", kCtMain, std::move(document), true});
  parts.push_back({"word/_rels/document.xml.rels", "", write_relationships_part(doc_rels.items()), true});
  parts.push_back({"word/styles.xml", std::string(kCtPrefix) + "styles+xml", write_styles_part(ctx), true});
  parts.push_back({"word/numbering.xml", std::string(kCtPrefix) + "numbering+xml", write_numbering_part(ctx), true});
  parts.push_back({"word/settings.xml", std::string(kCtPrefix) + "settings+xml", write_settings_part(ctx), true});
  parts.push_back({"word/fontTable.xml", std::string(kCtPrefix) + "fontTable+xml", write_font_table_part(ctx), true});
  if (has_notes) {
    parts.push_back({"word/" + notes_name, std::string(kCtPrefix) + (endnotes ? "endnotes+xml" : "footnotes+xml"),
                     std::move(notes), true});
    if (!notes_rels.items().empty()) {
      parts.push_back({"word/_rels/" + notes_name + ".rels", "", write_relationships_part(notes_rels.items()), true});
    }
  }
  if (!ctx.header_rel_id.empty()) {
    Relationships header_rels;
    parts.push_back({"word/header1.xml", std::string(kCtPrefix) + "header+xml",
                     write_header_footer_part(ctx, tmpl.header, true, logo_every ? &header_rels : nullptr), true});
    if (!header_rels.items().empty()) {
      parts.push_back({"word/_rels/header1.xml.rels", "", write_relationships_part(header_rels.items()), true});
    }
  }
  if (!ctx.first_header_rel_id.empty()) {
    Relationships first_rels;
    parts.push_back({"word/header2.xml", std::string(kCtPrefix) + "header+xml",
                     write_header_footer_part(ctx, first_header, true, &first_rels), true});
    if (!first_rels.items().empty()) {
      parts.push_back({"word/_rels/header2.xml.rels", "", write_relationships_part(first_rels.items()), true});
    }
  }
  if (!ctx.footer_rel_id.empty()) {
    parts.push_back({"word/footer1.xml", std::string(kCtPrefix) + "footer+xml",
                     write_header_footer_part(ctx, tmpl.footer, false), true});
  }
  for (MediaFile& m : ctx.media) parts.push_back({m.part_name, "", std::move(m.bytes), false});
  parts.front().bytes = write_content_types_part(parts);
  return zip_parts(parts, options.timestamp);
}

}  // namespace handout::docx
