#include "pdf/haru_ext.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>

#include <vector>

#include "core/error.hpp"
#include "core/utf8.hpp"

namespace handout::pdf::haru {
namespace {

void check(HPDF_STATUS status, const char* what) {
  if (status != HPDF_OK) throw InternalError(std::string("libharu: ") + what + " failed");
}

}  // namespace

HPDF_Binary text_string(HPDF_Doc doc, std::string_view utf8) {
  std::vector<HPDF_BYTE> bytes{0xFE, 0xFF};
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    char32_t c = next_code_point(utf8, pos);
    auto unit = [&](char32_t u) {
      bytes.push_back(static_cast<HPDF_BYTE>(u >> 8));
      bytes.push_back(static_cast<HPDF_BYTE>(u & 0xFF));
    };
    if (c >= 0x10000) {
      c -= 0x10000;
      unit(0xD800 + (c >> 10));
      unit(0xDC00 + (c & 0x3FF));
    } else {
      unit(c);
    }
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

HPDF_Dict new_stream(HPDF_Doc doc, std::string_view bytes, bool compress) {
  HPDF_Dict d = HPDF_DictStream_New(doc->mmgr, doc->xref);
  if (!d) throw InternalError("libharu: out of memory");
  if (compress) d->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
  check(HPDF_Stream_Write(d->stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                          static_cast<HPDF_UINT>(bytes.size())),
        "Stream_Write");
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

void write_content(HPDF_Page page, std::string_view ops) {
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  check(HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(ops.data()),
                          static_cast<HPDF_UINT>(ops.size())),
        "page stream write");
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

}  // namespace handout::pdf::haru
