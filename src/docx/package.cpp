// The OPC package around the parts (ECMA-376 Part 2): relationships, [Content_Types].xml, the
// docProps parts and the zip itself, written in memory with libzip.
#include <zip.h>

#include <cmath>
#include <cstdint>
#include <memory>

#include "core/error.hpp"
#include "core/utc_time.hpp"
#include "docx/parts.hpp"
#include "handout/version.hpp"

namespace handout::docx {

std::int64_t twips_from_pt(double pt) { return std::llround(pt * 20.0); }
std::int64_t twips_from_mm(double mm) { return std::llround(mm * 1440.0 / 25.4); }
std::int64_t half_points(double pt) { return std::llround(pt * 2.0); }
std::int64_t scaled_units(std::int64_t twips, const style::Template& t) {
  return std::llround(static_cast<double>(twips) * t.layout_scale());
}

std::string hex_colour(Colour c) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string s(6, '0');
  const std::uint8_t v[3] = {c.r, c.g, c.b};
  for (int i = 0; i < 3; ++i) {
    s[2 * i] = kDigits[v[i] >> 4];
    s[2 * i + 1] = kDigits[v[i] & 15];
  }
  return s;
}

std::string Relationships::add(std::string_view type, std::string target, bool external) {
  std::string id = "rId" + std::to_string(items_.size() + 1);
  items_.push_back({id, std::string(kRelBase) + std::string(type), std::move(target), external});
  return id;
}

namespace {

// The Target attribute is an xsd:anyURI (OPC §9.3): bytes outside RFC 3986 (spaces, non-ASCII
// as UTF-8, <>"{}|\^`) are percent-encoded; '%' already in the href is kept.
std::string uri_from_href(const std::string& href) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(href.size());
  for (const char ch : href) {
    const auto c = static_cast<unsigned char>(ch);
    const bool escape = c <= 0x20 || c >= 0x7F || ch == '<' || ch == '>' || ch == '"' || ch == '{' || ch == '}' ||
                        ch == '|' || ch == '\\' || ch == '^' || ch == '`';
    if (escape) {
      out += '%';
      out += kDigits[c >> 4];
      out += kDigits[c & 15];
    } else {
      out += ch;
    }
  }
  return out;
}

}  // namespace

std::string bookmark_name(const std::string& anchor) {
  constexpr std::size_t kWordLimit = 40;
  if (anchor.size() <= kWordLimit) return anchor;
  std::uint32_t hash = 2166136261u;  // FNV-1a: stable across runs and platforms
  for (const char c : anchor) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
  static const char kHex[] = "0123456789abcdef";
  std::string out = anchor.substr(0, kWordLimit - 9) + "_";
  for (int shift = 28; shift >= 0; shift -= 4) out += kHex[(hash >> shift) & 0xF];
  return out;
}

std::string Relationships::add_hyperlink(const std::string& href) {
  std::string target = uri_from_href(href);
  for (const Relationship& r : items_) {
    if (r.external && r.target == target) return r.id;
  }
  return add("hyperlink", std::move(target), true);
}

std::string write_relationships_part(const std::vector<Relationship>& rels) {
  std::string out;
  out.reserve(200 + rels.size() * 160);
  XmlWriter w(out);
  w.declaration();
  w.open("Relationships").attr("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships");
  for (const Relationship& r : rels) {
    w.open("Relationship").attr("Id", r.id).attr("Type", r.type).attr("Target", r.target);
    if (r.external) w.attr("TargetMode", "External");
    w.close();
  }
  w.close();
  return out;
}

std::string write_content_types_part(const std::vector<PackagePart>& parts) {
  bool png = false, jpeg = false;
  for (const PackagePart& p : parts) {
    png = png || p.name.ends_with(".png");
    jpeg = jpeg || p.name.ends_with(".jpeg");
  }
  std::string out;
  XmlWriter w(out);
  w.declaration();
  w.open("Types").attr("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
  w.open("Default").attr("Extension", "rels").attr("ContentType", "application/vnd.openxmlformats-package.relationships+xml");
  w.close();
  w.open("Default").attr("Extension", "xml").attr("ContentType", "application/xml");
  w.close();
  if (png) {
    w.open("Default").attr("Extension", "png").attr("ContentType", "image/png");
    w.close();
  }
  if (jpeg) {
    w.open("Default").attr("Extension", "jpeg").attr("ContentType", "image/jpeg");
    w.close();
  }
  // Every XML part gets an Override (pandoc rebuilds this part for the same reason: the content
  // type, not the file name, tells a consumer what a part is; OPC §10.1.2.2).
  for (const PackagePart& p : parts) {
    if (p.content_type.empty()) continue;
    w.open("Override").attr("PartName", "/" + p.name).attr("ContentType", p.content_type);
    w.close();
  }
  w.close();
  return out;
}

std::string write_core_properties_part(const DocxContext& ctx, std::int64_t timestamp) {
  const model::Meta& meta = ctx.doc.meta;
  std::string out;
  XmlWriter w(out);
  w.declaration();
  w.open("cp:coreProperties")
      .attr("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
      .attr("xmlns:dc", "http://purl.org/dc/elements/1.1/")
      .attr("xmlns:dcterms", "http://purl.org/dc/terms/")
      .attr("xmlns:dcmitype", "http://purl.org/dc/dcmitype/")
      .attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  auto field = [&](std::string_view name, const model::MetaText& m) {
    w.set_loc(m.loc);
    w.open(name);
    w.text(m.text);
    w.close();
  };
  // WCAG 2.2 SC 2.4.2 / lint rule document-title: the title Word shows in its title bar.
  field("dc:title", meta.title);
  if (meta.subtitle) field("dc:subject", *meta.subtitle);
  if (!meta.authors.empty()) {
    std::string creators;
    for (const model::MetaText& a : meta.authors) {
      if (!creators.empty()) creators += "; ";
      creators += a.text;
    }
    field("dc:creator", model::MetaText{creators, meta.authors.front().loc});
  }
  if (meta.keywords) field("cp:keywords", *meta.keywords);
  if (meta.description) field("dc:description", *meta.description);
  field("dc:language", model::MetaText{ctx.doc.lang, ctx.doc.root_loc});
  if (timestamp > 0) {
    const std::string when = iso8601_utc(timestamp);
    w.open("dcterms:created").attr("xsi:type", "dcterms:W3CDTF");
    w.text(when);
    w.close();
    w.open("dcterms:modified").attr("xsi:type", "dcterms:W3CDTF");
    w.text(when);
    w.close();
  }
  w.close();
  return out;
}

std::string write_app_properties_part() {
  std::string out;
  XmlWriter w(out);
  w.declaration();
  w.open("Properties")
      .attr("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
      .attr("xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
  w.open("Application");
  w.text(std::string("Handout ") + kVersion);
  w.close();
  w.close();
  return out;
}

namespace {

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct SourceFreer {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};

[[noreturn]] void zip_failure(const char* what, zip_error_t* err) {
  std::string message = std::string("docx: libzip ") + what + ": " + (err ? zip_error_strerror(err) : "failed");
  throw InternalError(message);
}

// MS-DOS date/time of the zip headers (APPNOTE 4.4.6), from UTC fields so that the bytes do not
// depend on the machine's time zone; the DOS epoch is 1980-01-01.
void dos_date_time(std::int64_t seconds, std::uint16_t& dos_time, std::uint16_t& dos_date) {
  constexpr std::int64_t k1980 = 315532800;
  std::tm tm = utc_fields(seconds < k1980 ? k1980 : seconds);
  if (tm.tm_year + 1900 > 2107) tm = std::tm{0, 0, 0, 31, 11, 2107 - 1900, 0, 0, 0, 0, nullptr};
  dos_time = static_cast<std::uint16_t>((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
  dos_date = static_cast<std::uint16_t>(((tm.tm_year + 1900 - 1980) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
}

}  // namespace

std::string zip_parts(const std::vector<PackagePart>& parts, std::int64_t timestamp) {
  zip_error_t err;
  zip_error_init(&err);
  std::unique_ptr<zip_source_t, SourceFreer> buffer(zip_source_buffer_create(nullptr, 0, 0, &err));
  if (!buffer) zip_failure("buffer", &err);
  std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &err));
  if (!archive) zip_failure("open", &err);
  zip_source_keep(buffer.get());  // survives zip_close, so the bytes can be read back

  std::uint16_t dos_time = 0, dos_date = 0;
  dos_date_time(timestamp, dos_time, dos_date);
  for (const PackagePart& p : parts) {
    // The part's bytes stay alive in `parts` until zip_close has written them (freep = 0).
    zip_source_t* src = zip_source_buffer(archive.get(), p.bytes.data(), p.bytes.size(), 0);
    if (!src) zip_failure("source", zip_get_error(archive.get()));
    const zip_int64_t index = zip_file_add(archive.get(), p.name.c_str(), src, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(src);
      zip_failure("add", zip_get_error(archive.get()));
    }
    const auto i = static_cast<zip_uint64_t>(index);
    // PNG and JPEG are compressed already; deflating them again costs time and saves nothing.
    // Parts under 2 KiB are stored too: each deflate stream costs zlib a fresh ~270 KiB of state
    // (allocated and cleared per entry), more than it saves on a few hundred bytes. Deflate level
    // 1 takes half the time of the default 6 for ~7% larger XML: the budget is 5 ms for
    // a whole leaflet.
    const bool deflate = p.compress && p.bytes.size() >= 2048;
    if (zip_set_file_compression(archive.get(), i, deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 1) < 0 ||
        zip_file_set_dostime(archive.get(), i, dos_time, dos_date, 0) < 0) {
      zip_failure("entry", zip_get_error(archive.get()));
    }
  }
  zip_t* z = archive.release();
  if (zip_close(z) < 0) {
    zip_error_t* e = zip_get_error(z);
    std::string message = std::string("docx: libzip close: ") + zip_error_strerror(e);
    zip_discard(z);
    throw InternalError(message);
  }

  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_stat(buffer.get(), &st) < 0 || zip_source_open(buffer.get()) < 0) {
    zip_failure("read back", zip_source_error(buffer.get()));
  }
  std::string bytes(static_cast<std::size_t>(st.size), '\0');
  const zip_int64_t got = zip_source_read(buffer.get(), bytes.data(), st.size);
  zip_source_close(buffer.get());
  if (got < 0 || static_cast<zip_uint64_t>(got) != st.size) zip_failure("read back", zip_source_error(buffer.get()));
  return bytes;
}

}  // namespace handout::docx
