#include "parse/template_image.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "core/image_probe.hpp"
#include "core/svg_image.hpp"

namespace handout::parse {

namespace fs = std::filesystem;

void load_letterhead_picture(style::Letterhead& lh, const std::string& template_path, Colour background) {
  auto fail = [&](const char* code, const std::string& message, std::string hint = {}) {
    throw InputError(code, template_path, lh.loc, message, std::move(hint));
  };
  // The same confinement as a content image: a relative path that stays inside the folder after
  // symlinks are followed, so a template cannot read files from elsewhere on the machine.
  const fs::path base = fs::path(template_path).parent_path().empty() ? fs::path(".") : fs::path(template_path).parent_path();
  const bool has_scheme = lh.image.find(':') != std::string::npos && lh.image.find(':') < lh.image.find('/');
  if (lh.image.empty() || lh.image.front() == '/' || lh.image.front() == '\\' || has_scheme) {
    fail("image-outside-content-dir", "[letterhead] image \"" + lh.image + "\" is not a relative path",
         "put the logo in the template's folder and name it relative to template.toml");
  }
  // A path that climbs out of the folder is refused as such, whether or not the file exists.
  const fs::path normal = fs::path(lh.image).lexically_normal();
  if (!normal.empty() && *normal.begin() == "..") {
    fail("image-outside-content-dir", "[letterhead] image \"" + lh.image + "\" leads out of the template folder",
         "keep the logo inside the template's folder and name it relative to template.toml");
  }
  std::error_code ec;
  const fs::path root = fs::weakly_canonical(base, ec);
  const fs::path wanted = base / lh.image;
  if (!fs::exists(wanted, ec)) fail("image-not-found", "[letterhead] image \"" + lh.image + "\" does not exist", "the path is relative to " + base.string());
  const fs::path real = fs::canonical(wanted, ec);
  const auto [root_end, real_it] = std::mismatch(root.begin(), root.end(), real.begin(), real.end());
  (void)real_it;
  if (ec || root_end != root.end()) {
    fail("image-outside-content-dir",
         "[letterhead] image \"" + lh.image + "\" resolves to " + real.string() + ", outside the template folder " + root.string(),
         "keep the logo inside the template's folder (symlinks are followed)");
  }
  if (!fs::is_regular_file(real, ec)) fail("image-not-an-image", "[letterhead] image \"" + lh.image + "\" is not a file");
  lh.source = real.string();
  std::string ext = real.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".svg") {
    try {
      const SvgSize size = check_svg(lh.source);
      lh.svg = true;
      lh.bytes = std::make_shared<const std::string>(rasterise_svg(lh.source, print_pixels(lh.width_mm), background));
      lh.pixel_width = print_pixels(lh.width_mm);
      lh.pixel_height = std::max<std::uint32_t>(1, static_cast<std::uint32_t>(lh.pixel_width * size.height / size.width + 0.5));
    } catch (const SvgError& e) {
      // The SVG's own line, when librsvg gave one, points into the picture rather than the template.
      if (e.line) throw InputError("image-svg-invalid", lh.source, SourceLoc{e.line, 1}, e.what(), "fix or re-export the SVG (plain shapes and text, no links to other files)");
      fail("image-svg-invalid", "[letterhead] image \"" + lh.image + "\": " + e.what(), "fix or re-export the SVG (plain shapes and text, no links to other files)");
    }
    return;
  }
  const auto header = probe_image_file(lh.source);
  if (!header) fail("image-not-an-image", "[letterhead] image \"" + lh.image + "\" is not a PNG, JPEG or SVG picture that can be read");
  std::ifstream in(lh.source, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  lh.bytes = std::make_shared<const std::string>(bytes.str());
  lh.jpeg = header->format == ImageHeader::Format::Jpeg;
  lh.pixel_width = header->width;
  lh.pixel_height = header->height;
}

}  // namespace handout::parse
