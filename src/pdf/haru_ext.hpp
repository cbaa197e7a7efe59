// The only place that reaches into libharu 2.3.0's internals (hpdf_objects.h, hpdf_pages.h,
// hpdf_doc.h): libharu has no API for marked content, structure trees, CID fonts from our own
// subset, XMP metadata or a document ID, so we build those objects with its object layer.
#pragma once
#include <hpdf.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace handout::pdf::haru {

// A PDF text string: UTF-8 in, UTF-16BE with a byte-order mark out (ISO 32000-1 §7.9.2.2).
// Readers need not accept a string over 32,767 bytes (ISO 32000-1 Annex C.2), and libharu refuses
// one over 65,535; a longer text (an alt text or expansion thousands of words long) is refused as
// an InputError (pdf-text-too-long) quoting its start, so its author can find and shorten it.
inline constexpr std::size_t kMaxTextStringBytes = 32767;
HPDF_Binary text_string(HPDF_Doc doc, std::string_view utf8);
HPDF_String ascii_string(HPDF_Doc doc, std::string_view ascii);
HPDF_Binary byte_string(HPDF_Doc doc, const std::uint8_t* bytes, std::size_t size);

HPDF_Dict new_dict(HPDF_Doc doc, bool indirect);
HPDF_Array new_array(HPDF_Doc doc);
// A stream object (always indirect); Flate-compressed when `compress`.
HPDF_Dict new_stream(HPDF_Doc doc, std::string_view bytes, bool compress);

void add(HPDF_Dict dict, const char* key, void* object);
void add_name(HPDF_Dict dict, const char* key, const char* name);
void add_int(HPDF_Dict dict, const char* key, long value);
void add_real(HPDF_Dict dict, const char* key, double value);
void add_bool(HPDF_Dict dict, const char* key, bool value);
void push(HPDF_Array array, void* object);
void push_int(HPDF_Array array, long value);
void push_real(HPDF_Array array, double value);
void push_name(HPDF_Array array, const char* name);
HPDF_Dict get_dict(HPDF_Dict dict, const char* key);

HPDF_Dict catalog(HPDF_Doc doc);
HPDF_Dict trailer(HPDF_Doc doc);
HPDF_Dict info(HPDF_Doc doc);  // creates it if needed
void set_pdf_17(HPDF_Doc doc);

// The whole file, as libharu writes it, straight into a string: libharu's own memory stream
// copies every byte twice more, one at a time (its MemCpy is a byte loop), which took a tenth of
// a leaflet's PDF time.
std::string save_to_string(HPDF_Doc doc);

// Sets the page's whole content stream, Flate-compressed (libharu's graphics-mode tracking is
// left alone: everything we write leaves the page in the page-description state).
void set_content(HPDF_Page page, std::string_view ops);
// The page's resource name for `image` (/XObject), registered on first use.
const char* image_name(HPDF_Page page, HPDF_Image image);
// The page's /Resources /Font dictionary, created if missing.
HPDF_Dict page_fonts(HPDF_Page page);
// Puts an annotation we built ourselves (a form field's widget) in the page's /Annots, after
// those libharu made.
void add_page_annotation(HPDF_Page page, HPDF_Dict annotation);

}  // namespace handout::pdf::haru
