#include "import/docx_package.hpp"

#include <zip.h>

#include <vector>

#include "core/error.hpp"

namespace handout::import {

namespace {

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};
struct SourceFreer {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};

// [MS-CFB] §2.2: every OLE compound file (legacy .doc, and any encrypted OOXML file, which
// Office wraps in one) starts with these eight bytes.
constexpr unsigned char kOleMagic[] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

bool unsafe_entry_name(std::string_view name) {
  if (name.empty() || name.front() == '/' || name.front() == '\\') return true;
  if (name.size() >= 2 && name[1] == ':') return true;  // C:foo
  if (name.find('\\') != std::string_view::npos || name.find('\0') != std::string_view::npos) return true;
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find('/', start);
    if (end == std::string_view::npos) end = name.size();
    if (name.substr(start, end - start) == "..") return true;
    start = end + 1;
  }
  return false;
}

// "256 KiB", "16 MiB": limits as people read them.
std::string size_text(std::size_t bytes) {
  if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes >> 10) + " KiB";
}

std::string last_segment(std::string_view uri) {
  const std::size_t slash = uri.rfind('/');
  return std::string(slash == std::string_view::npos ? uri : uri.substr(slash + 1));
}

std::string rels_name_for(std::string_view part) {
  const std::size_t slash = part.rfind('/');
  if (slash == std::string_view::npos) return "_rels/" + std::string(part) + ".rels";
  return std::string(part.substr(0, slash)) + "/_rels/" + std::string(part.substr(slash + 1)) + ".rels";
}

}  // namespace

struct DocxPackage::Zip {
  std::unique_ptr<zip_t, ZipCloser> archive;
  std::map<std::string, zip_uint64_t, std::less<>> entries;
};

std::optional<std::string> resolve_part_name(std::string_view source_part, std::string_view target) {
  std::string joined;
  if (!target.empty() && target.front() == '/') {
    joined = std::string(target.substr(1));
  } else {
    const std::size_t slash = source_part.rfind('/');
    joined = (slash == std::string_view::npos ? std::string() : std::string(source_part.substr(0, slash + 1))) +
             std::string(target);
  }
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    const std::string seg = joined.substr(start, end - start);
    if (seg == "..") {
      if (segments.empty()) return std::nullopt;
      segments.pop_back();
    } else if (!seg.empty() && seg != ".") {
      segments.push_back(seg);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& s : segments) out += (out.empty() ? "" : "/") + s;
  return out;
}

void DocxPackage::fail(const std::string& code, std::string_view part, const std::string& message,
                       const std::string& hint) const {
  const std::string where = part.empty() ? std::string() : std::string(part) + ": ";
  throw InputError(code, path_, {}, where + message, hint);
}

DocxPackage::~DocxPackage() = default;

DocxPackage::DocxPackage(std::string bytes, std::string path, DocxLimits limits)
    : bytes_(std::move(bytes)), path_(std::move(path)), limits_(limits), zip_(std::make_unique<Zip>()) {
  if (bytes_.size() >= sizeof kOleMagic &&
      std::equal(std::begin(kOleMagic), std::end(kOleMagic), reinterpret_cast<const unsigned char*>(bytes_.data()))) {
    fail("docx-legacy-or-encrypted", {},
         "is an OLE compound file: a legacy Word 97-2003 .doc or a password-protected document",
         "open it in Word, remove any password, and save it as a Word Document (.docx)");
  }
  if (bytes_.size() > limits_.max_file_bytes) {
    fail("limit-exceeded", {}, "file is larger than " + size_text(limits_.max_file_bytes));
  }
  if (bytes_.size() < 4 || bytes_.compare(0, 2, "PK") != 0) {
    fail("docx-not-a-zip", {}, "is not a zip archive, so not a Word document",
         "save the document from Word as a Word Document (.docx)");
  }
  zip_error_t err;
  zip_error_init(&err);
  std::unique_ptr<zip_source_t, SourceFreer> source(zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &err));
  if (!source) throw InternalError("import: libzip buffer");
  zip_t* z = zip_open_from_source(source.get(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
  if (!z) {
    const std::string why = zip_error_strerror(&err);
    zip_error_fini(&err);
    fail("docx-not-a-zip", {}, "is not a readable zip archive (" + why + ")",
         "save the document from Word again as a Word Document (.docx)");
  }
  zip_error_fini(&err);
  (void)source.release();  // the archive owns the source now
  zip_->archive.reset(z);

  const zip_int64_t count = zip_get_num_entries(z, 0);
  if (count < 0 || static_cast<std::size_t>(count) > limits_.max_entries) {
    fail("limit-exceeded", {}, "zip has more than " + std::to_string(limits_.max_entries) + " entries");
  }
  std::size_t declared_total = 0;
  for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z, i, ZIP_FL_ENC_GUESS, &st) < 0 || !(st.valid & ZIP_STAT_NAME)) {
      fail("docx-not-a-zip", {}, "zip entry " + std::to_string(i) + " cannot be read");
    }
    const std::string name = st.name;
    if (unsafe_entry_name(name)) {
      fail("docx-unsafe-entry-name", name, "zip entry name is absolute or climbs out of the package ('..')",
           "this file was not written by Word; do not open it");
    }
    if (name.ends_with("/")) continue;  // a folder entry
    // Declared sizes are only a first filter: reads below stop at the limit whatever they say.
    if (st.valid & ZIP_STAT_SIZE) {
      if (st.size > limits_.max_total_bytes) {
        fail("docx-zip-bomb", name, "declares " + std::to_string(st.size >> 20) + " MiB uncompressed, over the limit");
      }
      declared_total += static_cast<std::size_t>(st.size);
      if ((st.valid & ZIP_STAT_COMP_SIZE) && st.size > (1u << 20) &&
          st.size / std::max<zip_uint64_t>(st.comp_size, 1) > limits_.max_ratio) {
        fail("docx-zip-bomb", name, "compresses more than " + std::to_string(limits_.max_ratio) + ":1, a zip bomb");
      }
    }
    zip_->entries.emplace(name, i);
  }
  if (declared_total > limits_.max_total_bytes) {
    fail("docx-zip-bomb", {}, "entries declare " + std::to_string(declared_total >> 20) +
                                  " MiB uncompressed in all, over the " +
                                  std::to_string(limits_.max_total_bytes >> 20) + " MiB limit");
  }
  if (!has_part("[Content_Types].xml")) {
    fail("docx-not-word", "[Content_Types].xml", "is missing: the zip is not an Office document");
  }
  const auto& root = relationships("");
  for (const auto& [id, rel] : root) {
    if (rel.type == "officeDocument" && !rel.external) main_part_ = rel.target;
  }
  if (main_part_.empty()) {
    fail("docx-not-word", "_rels/.rels", "names no main document (officeDocument relationship)",
         "the zip is not a Word document; save it from Word as a Word Document (.docx)");
  }
  const std::optional<std::string> types = read_part("[Content_Types].xml");
  if (!types || types->find("wordprocessingml.document.main+xml") == std::string::npos) {
    fail("docx-not-word", "[Content_Types].xml", "has no Word main document content type",
         "this is another kind of Office file; save it from Word as a Word Document (.docx)");
  }
}

bool DocxPackage::has_part(std::string_view name) const { return zip_->entries.find(name) != zip_->entries.end(); }

std::optional<std::string> DocxPackage::read_part(std::string_view name, bool image) {
  const auto it = zip_->entries.find(name);
  if (it == zip_->entries.end()) return std::nullopt;
  std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(zip_->archive.get(), it->second, 0));
  if (!file) fail("docx-not-a-zip", name, "cannot be decompressed (unsupported method or damaged data)");
  const std::size_t limit = image ? limits_.max_image_bytes : limits_.max_xml_part_bytes;
  std::string out;
  char buffer[16384];
  for (;;) {
    const zip_int64_t got = zip_fread(file.get(), buffer, sizeof buffer);
    if (got < 0) fail("docx-not-a-zip", name, "is damaged (decompression failed)");
    if (got == 0) break;
    out.append(buffer, static_cast<std::size_t>(got));
    if (out.size() > limit) {
      fail(image ? "docx-image-too-large" : "docx-zip-bomb", name,
           "is larger than " + size_text(limit) + " uncompressed",
           image ? "reduce the picture's resolution in Word (Compress Pictures) and save again" : "");
    }
    if (total_read_ + out.size() > limits_.max_total_bytes) {
      fail("docx-zip-bomb", name, "takes the package over " + size_text(limits_.max_total_bytes) + " uncompressed");
    }
  }
  total_read_ += out.size();
  return out;
}

std::optional<pugi::xml_document> DocxPackage::read_xml(std::string_view name, void (*filter)(std::string&)) {
  std::optional<std::string> bytes = read_part(name);
  if (!bytes) return std::nullopt;
  if (filter) filter(*bytes);
  std::optional<pugi::xml_document> doc(std::in_place);
  // parse_doctype makes the DOCTYPE visible as a node so that it can be refused; pugixml never
  // expands entities, and OOXML parts never need a DTD (ECMA-376 Part 2 §8.1.4).
  // parse_ws_pcdata_single keeps <w:t xml:space="preserve"> </w:t>: a run that is one space.
  const pugi::xml_parse_result r =
      doc->load_buffer(bytes->data(), bytes->size(), pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata_single);
  if (!r) {
    fail("xml-not-well-formed", name, std::string("is not well-formed XML at byte ") + std::to_string(r.offset) +
                                          " (" + r.description() + ")");
  }
  for (pugi::xml_node n = doc->first_child(); n; n = n.next_sibling()) {
    if (n.type() == pugi::node_doctype) {
      fail("xml-dtd-forbidden", name, "has a DOCTYPE; Word never writes one and entities are refused",
           "this file was not written by Word; do not open it");
    }
  }
  return doc;
}

const std::map<std::string, PartRelationship>& DocxPackage::relationships(const std::string& part) {
  if (auto it = rels_.find(part); it != rels_.end()) return it->second;
  const std::string rels_part = part.empty() ? "_rels/.rels" : rels_name_for(part);
  std::map<std::string, PartRelationship> out;
  if (std::optional<pugi::xml_document> xml = read_xml(rels_part)) {
    for (pugi::xml_node r : xml->child("Relationships").children("Relationship")) {
      PartRelationship rel;
      rel.type = last_segment(r.attribute("Type").value());
      rel.external = std::string_view(r.attribute("TargetMode").value()) == "External";
      const std::string target = r.attribute("Target").value();
      const std::string id = r.attribute("Id").value();
      if (rel.external) {
        rel.target = target;
      } else {
        std::optional<std::string> resolved = resolve_part_name(part, target);
        if (!resolved) fail("docx-unsafe-entry-name", rels_part, "relationship " + id + " climbs out of the package");
        rel.target = *resolved;
        // Hyperlinks to bookmarks and a few optional parts may be absent; the parts the
        // reader follows must exist.
        if (!has_part(rel.target) && rel.type != "hyperlink") {
          fail("docx-missing-part", rels_part, "relationship " + id + " points at missing part '" + rel.target + "'");
        }
        if (rel.target == part || (!part.empty() && rel.target == main_part_)) {
          fail("docx-relationship-cycle", rels_part,
               "relationship " + id + " points back at '" + rel.target + "', a cycle");
        }
      }
      out.emplace(id, std::move(rel));
    }
  } else if (part.empty()) {
    fail("docx-not-word", "_rels/.rels", "is missing: the zip is not an Office document");
  }
  return rels_.emplace(part, std::move(out)).first->second;
}

}  // namespace handout::import
