#include "core/svg_librsvg.hpp"

#include <cairo.h>
#include <librsvg/rsvg.h>

#include <fstream>
#include <memory>
#include <regex>
#include <sstream>

namespace handout {
namespace {

struct GObjectFree {
  void operator()(void* p) const { g_object_unref(p); }
};
struct GErrorFree {
  void operator()(GError* e) const { g_error_free(e); }
};
struct SurfaceFree {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct CairoFree {
  void operator()(cairo_t* c) const { cairo_destroy(c); }
};
using Handle = std::unique_ptr<RsvgHandle, GObjectFree>;

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw SvgError("cannot read the SVG file", 0);
  const std::streamoff size = in.tellg();
  if (size < 0 || static_cast<std::uintmax_t>(size) > kMaxSvgBytes) {
    throw SvgError("the SVG file is larger than " + std::to_string(kMaxSvgBytes >> 20) + " MiB", 0);
  }
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  in.read(bytes.data(), size);
  return bytes;
}

std::uint32_t line_at(const std::string& text, std::size_t offset) {
  return static_cast<std::uint32_t>(1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// A printed handout must look the same wherever it is built, so the picture may not pull in
// other files, fonts from the web or scripts: only references inside the file ("#id") pass.
void refuse_external_references(const std::string& text) {
  static const std::regex kReference(R"re((?:href\s*=\s*["']\s*([^"']*)["'])|(?:url\(\s*["']?\s*([^)"']*)))re",
                                     std::regex::icase);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kReference); it != std::sregex_iterator(); ++it) {
    const std::string target = (*it)[1].matched ? (*it)[1].str() : (*it)[2].str();
    if (!target.empty() && target.front() == '#') continue;
    throw SvgError("the SVG refers to \"" + target + "\" outside itself", line_at(text, static_cast<std::size_t>(it->position())));
  }
  if (std::regex_search(text, std::regex("<script", std::regex::icase))) {
    throw SvgError("the SVG holds a script", line_at(text, text.find("<script")));
  }
}

// librsvg words XML errors as "... on line 3 column 1 of data: ..."; keep the line when it does.
std::uint32_t line_in_message(const std::string& message) {
  std::smatch m;
  if (std::regex_search(message, m, std::regex(R"(line (\d+))"))) return static_cast<std::uint32_t>(std::stoul(m[1]));
  return 0;
}

Handle load(const std::string& text) {
  GError* raw = nullptr;
  // No base file: relative references then resolve to nothing rather than to the disk.
  Handle h(rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(text.data()), text.size(), &raw));
  std::unique_ptr<GError, GErrorFree> error(raw);
  if (!h) {
    std::string message = error ? error->message : "unknown error";
    message.erase(message.find_last_not_of(" \n") + 1);  // libxml2 ends its messages with a newline
    throw SvgError("not an SVG picture librsvg can read: " + message, line_in_message(message));
  }
  return h;
}

SvgSize size_of(RsvgHandle* h) {
  SvgSize s;
  if (!rsvg_handle_get_intrinsic_size_in_pixels(h, &s.width, &s.height)) {
    // Only a viewBox: its proportions, at a nominal 300 CSS px wide.
    gboolean has_w = FALSE, has_h = FALSE, has_box = FALSE;
    RsvgLength w, hh;
    RsvgRectangle box;
    rsvg_handle_get_intrinsic_dimensions(h, &has_w, &w, &has_h, &hh, &has_box, &box);
    if (!has_box || box.width <= 0 || box.height <= 0) throw SvgError("the SVG has neither a size nor a viewBox", 0);
    s.width = 300;
    s.height = 300 * box.height / box.width;
  }
  if (!(s.width > 0 && s.height > 0)) throw SvgError("the SVG has no width or height", 0);
  if (s.width > kMaxSvgSide || s.height > kMaxSvgSide) {
    throw SvgError("the SVG declares " + std::to_string(static_cast<long>(s.width)) + "x" +
                       std::to_string(static_cast<long>(s.height)) + " pixels; the limit is 20000 a side",
                   0);
  }
  return s;
}

cairo_status_t append_png(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

SvgSize check_svg_with_librsvg(const std::string& path) {
  const std::string text = read_all(path);
  refuse_external_references(text);
  Handle h = load(text);
  return size_of(h.get());
}

std::string rasterise_svg_with_librsvg(const std::string& path, std::uint32_t width_px, Colour background) {
  const std::string text = read_all(path);
  refuse_external_references(text);
  Handle h = load(text);
  const SvgSize s = size_of(h.get());
  const int w = static_cast<int>(width_px);
  const int height = std::max(1, static_cast<int>(width_px * s.height / s.width + 0.5));
  std::unique_ptr<cairo_surface_t, SurfaceFree> surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, height));
  std::unique_ptr<cairo_t, CairoFree> cr(cairo_create(surface.get()));
  cairo_set_source_rgb(cr.get(), background.r / 255.0, background.g / 255.0, background.b / 255.0);
  cairo_paint(cr.get());
  const RsvgRectangle viewport{0, 0, static_cast<double>(w), static_cast<double>(height)};
  GError* raw = nullptr;
  const bool drawn = rsvg_handle_render_document(h.get(), cr.get(), &viewport, &raw);
  std::unique_ptr<GError, GErrorFree> error(raw);
  if (!drawn) throw SvgError(std::string("librsvg cannot draw the SVG: ") + (error ? error->message : "unknown error"), 0);
  cairo_surface_flush(surface.get());
  std::string png;
  if (cairo_surface_write_to_png_stream(surface.get(), append_png, &png) != CAIRO_STATUS_SUCCESS) {
    throw SvgError("cannot encode the rasterised SVG as PNG", 0);
  }
  return png;
}

}  // namespace handout
