#include "import/docx_reader.hpp"

#include <fstream>
#include <utility>

#include "core/error.hpp"
#include "import/content_writer.hpp"
#include "import/docx_reader_state.hpp"

namespace handout::import {

namespace docx {

void Reader::run() {
  const std::string& main = pkg_.main_part();
  std::optional<pugi::xml_document> document = pkg_.read_xml(main);
  if (!document) pkg_.fail("docx-missing-part", main, "is missing");
  const pugi::xml_node body = document->child("w:document").child("w:body");
  if (!body) pkg_.fail("docx-not-word", main, "has no w:document/w:body");
  const auto& rels = pkg_.relationships(main);
  for (const auto& [id, rel] : rels) {
    if (rel.external) continue;
    if (rel.type == "styles") styles_xml_ = pkg_.read_xml(rel.target, drop_table_styles);
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
  collect_linked_bookmarks(body);
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
  // Linted in memory as the file `handout import` writes would be read.
  if (uses_format_1_1(doc)) doc.version = model::FormatVersion::V1_1;
}

void Reader::read_core_properties() {
  for (const auto& [id, rel] : pkg_.relationships("")) {
    if (rel.type != "core-properties" || rel.external) continue;
    std::optional<pugi::xml_document> xml = pkg_.read_xml(rel.target);
    if (!xml) return;
    const pugi::xml_node core = xml->first_child();
    model::Meta& meta = out_.doc.meta;
    auto text = [&](const char* name) { return std::string(core.child(name).text().get()); };
    if (!text("dc:title").empty()) meta.title = {text("dc:title"), {}};
    for (const std::string& a : split_trimmed(text("dc:creator"), ';')) meta.authors.push_back({a, {}});
    if (!text("dc:description").empty()) meta.description = model::MetaText{text("dc:description"), {}};
    // Word's Subject field is what Handout writes its subtitle to.
    if (!text("dc:subject").empty()) meta.subtitle = model::MetaText{text("dc:subject"), {}};
    if (!text("cp:keywords").empty()) meta.keywords = model::MetaText{text("cp:keywords"), {}};
    if (!text("dc:language").empty()) out_.doc.lang = text("dc:language");
  }
}

std::int64_t Reader::text_width(pugi::xml_node sect) {
  const std::int64_t w = sect.child("w:pgSz").attribute("w:w").as_llong(11906);
  const std::int64_t l = sect.child("w:pgMar").attribute("w:left").as_llong(1440);
  const std::int64_t r = sect.child("w:pgMar").attribute("w:right").as_llong(1440);
  return std::max<std::int64_t>(w - l - r, 1440);
}

void Reader::warn(const std::string& what, SourceLoc loc) {
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

Reader::DepthGuard::DepthGuard(Reader& r, pugi::xml_node at) : reader(r) {
  if (++reader.depth_ > kMaxDepth) {
    reader.pkg_.fail("limit-exceeded", reader.part_,
                     std::string("nests tables, content controls or runs more than ") + std::to_string(kMaxDepth) +
                         " deep (at <" + at.name() + "> near paragraph " +
                         std::to_string(reader.paragraph_number_) + ")");
  }
}

}  // namespace docx

ImportResult import_docx(std::string bytes, const std::string& path, const ImportOptions& options) {
  DocxPackage pkg(std::move(bytes), path, options.limits);
  ImportResult out;
  out.doc.path = path;
  docx::Reader(pkg, options, out).run();
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
