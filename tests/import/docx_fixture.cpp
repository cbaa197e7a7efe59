#include "docx_fixture.hpp"

#include <zip.h>

#include <memory>
#include <stdexcept>

namespace handout::test {

namespace {

constexpr const char* kRelBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string rels_part(const std::vector<DocxFixture::Rel>& rels) {
  std::string out = R"(<?xml version="1.0" encoding="UTF-8"?>)"
                    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  for (const DocxFixture::Rel& r : rels) {
    out += "<Relationship Id=\"" + r.id + "\" Type=\"" + kRelBase + r.type + "\" Target=\"" + r.target + "\"" +
           (r.external ? " TargetMode=\"External\"" : "") + "/>";
  }
  return out + "</Relationships>";
}

}  // namespace

std::string zip_entries(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &err);
  if (!buffer) throw std::runtime_error("zip buffer");
  zip_t* z = zip_open_from_source(buffer, ZIP_TRUNCATE, &err);
  if (!z) throw std::runtime_error("zip open");
  zip_source_keep(buffer);
  for (const auto& [name, bytes] : entries) {
    zip_source_t* s = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
    if (!s || zip_file_add(z, name.c_str(), s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
      throw std::runtime_error("zip add " + name);
    }
  }
  if (zip_close(z) < 0) throw std::runtime_error("zip close");
  zip_stat_t st;
  zip_stat_init(&st);
  zip_source_stat(buffer, &st);
  zip_source_open(buffer);
  std::string out(static_cast<std::size_t>(st.size), '\0');
  zip_source_read(buffer, out.data(), st.size);
  zip_source_close(buffer);
  zip_source_free(buffer);
  return out;
}

std::string DocxFixture::bytes() const {
  std::vector<Rel> doc_rels = rels;
  std::vector<std::pair<std::string, std::string>> entries;
  auto add_part = [&](const std::string& children, const char* type, const char* name, const char* root) {
    if (children.empty()) return;
    doc_rels.push_back({"rIdFix" + std::to_string(doc_rels.size()), type, name, false});
    entries.push_back({std::string("word/") + name, std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><") + root +
                                                       " " + kWordNamespaces + ">" + children + "</" + root + ">"});
  };
  add_part(styles, "styles", "styles.xml", "w:styles");
  add_part(numbering, "numbering", "numbering.xml", "w:numbering");
  add_part(footnotes, "footnotes", "footnotes.xml", "w:footnotes");
  add_part(comments, "comments", "comments.xml", "w:comments");
  std::vector<Rel> root_rels = {{"rId1", "officeDocument", "word/document.xml", false}};
  if (!core.empty()) {
    root_rels.push_back({"rId2", "metadata/core-properties", "docProps/core.xml", false});
    root_rels.back().type = "metadata/core-properties";
    entries.push_back({"docProps/core.xml",
                       R"(<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties )"
                       R"(xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" )"
                       R"(xmlns:dc="http://purl.org/dc/elements/1.1/">)" +
                           core + "</cp:coreProperties>"});
  }
  std::vector<std::pair<std::string, std::string>> all = {
      {"[Content_Types].xml",
       R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
       R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
       R"(<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>)"
       R"(<Override PartName="/word/document.xml" )"
       R"(ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)"},
      {"_rels/.rels", rels_part(root_rels)},
      {"word/document.xml", std::string(R"(<?xml version="1.0" encoding="UTF-8"?><w:document )") + kWordNamespaces +
                                "><w:body>" + body + "</w:body></w:document>"},
      {"word/_rels/document.xml.rels", rels_part(doc_rels)}};
  all.insert(all.end(), entries.begin(), entries.end());
  all.insert(all.end(), parts.begin(), parts.end());
  return zip_entries(all);
}

std::string tiny_png() {
  static const unsigned char kPng[] = {
      0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
      0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
      0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
      0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
      0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};
  return std::string(reinterpret_cast<const char*>(kPng), sizeof kPng);
}

}  // namespace handout::test
