#include "pdf/haru_ext.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>


#include <memory>
#include <vector>

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "pdf/flate.hpp"

namespace handout::pdf::haru {
namespace {

void check(HPDF_STATUS status, const char* what) {
  if (status != HPDF_OK) throw InternalError(std::string("libharu: ") + what + " failed");
}

}  // namespace

HPDF_Binary text_string(HPDF_Doc doc, std::string_view utf8) {
  const std::u16string units = utf8_to_utf16(utf8);
  if (2 + 2 * units.size() > kMaxTextStringBytes) {
    std::string start(utf8.substr(0, 60));
    while (!start.empty() && (static_cast<unsigned char>(start.back()) & 0xC0) == 0x80) start.pop_back();
    if (!start.empty() && static_cast<unsigned char>(start.back()) >= 0xC0) start.pop_back();  // a cut lead byte
    throw InputError("pdf-text-too-long", {}, {},
                     "a text of " + std::to_string(units.size()) + " UTF-16 units, starting \"" + start +
                         "…\", is too long for a PDF text string (at most " +
                         std::to_string((kMaxTextStringBytes - 2) / 2) + ")",
                     "shorten it: alt text, abbreviation expansions and titles are read aloud whole, so a few "
                     "sentences at most serve the reader");
  }
  std::vector<HPDF_BYTE> bytes{0xFE, 0xFF};
  for (const char16_t unit : units) {
    bytes.push_back(static_cast<HPDF_BYTE>(unit >> 8));
    bytes.push_back(static_cast<HPDF_BYTE>(unit & 0xFF));
  }
  return HPDF_Binary_New(doc->mmgr, bytes.data(), static_cast<HPDF_UINT>(bytes.size()));
}

HPDF_String ascii_string(HPDF_Doc doc, std::string_view ascii) {
  return HPDF_String_New(doc->mmgr, std::string(ascii).c_str(), nullptr);
}

HPDF_Binary byte_string(HPDF_Doc doc, const std::uint8_t* bytes, std::size_t size) {
  return HPDF_Binary_New(doc->mmgr, const_cast<HPDF_BYTE*>(bytes), static_cast<HPDF_UINT>(size));
}

HPDF_Dict new_dict(HPDF_Doc doc, bool indirect) {
  HPDF_Dict d = HPDF_Dict_New(doc->mmgr);
  if (!d) throw InternalError("libharu: out of memory");
  if (indirect) check(HPDF_Xref_Add(doc->xref, d), "Xref_Add");
  return d;
}

HPDF_Array new_array(HPDF_Doc doc) {
  HPDF_Array a = HPDF_Array_New(doc->mmgr);
  if (!a) throw InternalError("libharu: out of memory");
  return a;
}

namespace {

// libharu writes /Filter only for streams it compresses itself; for ours, this adds it while the
// stream's dictionary is written.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream out) { return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012"); }

void fill_stream(HPDF_Dict d, std::string_view bytes, bool compress) {
  std::string compressed;
  if (compress) {
    compressed = flate(bytes);
    bytes = compressed;
    d->write_fn = write_flate_filter;
  }
  d->filter = HPDF_STREAM_FILTER_NONE;
  check(HPDF_Stream_Write(d->stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                          static_cast<HPDF_UINT>(bytes.size())),
        "Stream_Write");
}

}  // namespace

HPDF_Dict new_stream(HPDF_Doc doc, std::string_view bytes, bool compress) {
  HPDF_Dict d = HPDF_DictStream_New(doc->mmgr, doc->xref);
  if (!d) throw InternalError("libharu: out of memory");
  fill_stream(d, bytes, compress);
  return d;
}

void add(HPDF_Dict dict, const char* key, void* object) { check(HPDF_Dict_Add(dict, key, object), key); }
void add_name(HPDF_Dict dict, const char* key, const char* name) { check(HPDF_Dict_AddName(dict, key, name), key); }
void add_int(HPDF_Dict dict, const char* key, long value) {
  check(HPDF_Dict_AddNumber(dict, key, static_cast<HPDF_INT32>(value)), key);
}
void add_real(HPDF_Dict dict, const char* key, double value) {
  check(HPDF_Dict_AddReal(dict, key, static_cast<HPDF_REAL>(value)), key);
}
void add_bool(HPDF_Dict dict, const char* key, bool value) {
  check(HPDF_Dict_AddBoolean(dict, key, value ? HPDF_TRUE : HPDF_FALSE), key);
}
void push(HPDF_Array array, void* object) { check(HPDF_Array_Add(array, object), "Array_Add"); }
void push_int(HPDF_Array array, long value) {
  check(HPDF_Array_AddNumber(array, static_cast<HPDF_INT32>(value)), "Array_AddNumber");
}
void push_real(HPDF_Array array, double value) {
  check(HPDF_Array_AddReal(array, static_cast<HPDF_REAL>(value)), "Array_AddReal");
}
void push_name(HPDF_Array array, const char* name) { check(HPDF_Array_AddName(array, name), "Array_AddName"); }

HPDF_Dict get_dict(HPDF_Dict dict, const char* key) {
  return static_cast<HPDF_Dict>(HPDF_Dict_GetItem(dict, key, HPDF_OCLASS_DICT));
}

HPDF_Dict catalog(HPDF_Doc doc) { return doc->catalog; }
HPDF_Dict trailer(HPDF_Doc doc) { return doc->trailer; }

HPDF_Dict info(HPDF_Doc doc) {
  if (!doc->info) check(HPDF_SetInfoAttr(doc, HPDF_INFO_PRODUCER, "Handout"), "SetInfoAttr");
  return doc->info;
}

void set_pdf_17(HPDF_Doc doc) { doc->pdf_version = HPDF_VER_17; }

namespace {

// Called from libharu's C code, which an exception must not cross.
HPDF_STATUS append_to_string(HPDF_Stream stream, const HPDF_BYTE* bytes, HPDF_UINT size) noexcept {
  try {
    static_cast<std::string*>(stream->attr)->append(reinterpret_cast<const char*>(bytes), size);
    return HPDF_OK;
  } catch (...) {
    return HPDF_FAILD_TO_ALLOC_MEM;
  }
}

}  // namespace

std::string save_to_string(HPDF_Doc doc) {
  std::string bytes;
  // HPDF_SaveToStream writes to the document's stream when it has one; it clears only memory
  // streams before writing.
  if (doc->stream) throw InternalError("libharu: the document was saved before");
  doc->stream = HPDF_CallbackWriter_New(doc->mmgr, append_to_string, &bytes);
  if (!doc->stream) throw InternalError("libharu: out of memory");
  const HPDF_STATUS status = HPDF_SaveToStream(doc);
  // Freed here rather than with the document: it points at `bytes`, which this call returns.
  HPDF_Stream_Free(doc->stream);
  doc->stream = nullptr;
  check(status, "SaveToStream");
  return bytes;
}

void set_content(HPDF_Page page, std::string_view ops) {
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  if (attr->stream->size != 0 || attr->contents->write_fn) throw InternalError("page content written twice");
  fill_stream(attr->contents, ops, true);
}

const char* image_name(HPDF_Page page, HPDF_Image image) {
  const char* name = HPDF_Page_GetXObjectName(page, image);
  if (!name) throw InternalError("libharu: could not add the image to the page's resources");
  return name;
}

HPDF_Dict page_fonts(HPDF_Page page) {
  HPDF_Dict resources = get_dict(page, "Resources");
  if (!resources) throw InternalError("libharu: page without /Resources");
  HPDF_Dict fonts = get_dict(resources, "Font");
  if (!fonts) {
    fonts = HPDF_Dict_New(page->mmgr);
    check(HPDF_Dict_Add(resources, "Font", fonts), "Resources/Font");
  }
  return fonts;
}

void add_page_annotation(HPDF_Page page, HPDF_Dict annotation) {
  auto annots = static_cast<HPDF_Array>(HPDF_Dict_GetItem(page, "Annots", HPDF_OCLASS_ARRAY));
  if (!annots) {
    annots = HPDF_Array_New(page->mmgr);
    if (!annots) throw InternalError("libharu: out of memory");
    check(HPDF_Dict_Add(page, "Annots", annots), "Page/Annots");
  }
  check(HPDF_Array_Add(annots, annotation), "Annots/Add");
}

}  // namespace handout::pdf::haru
