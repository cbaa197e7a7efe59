// ContentReader: <figure> and <img>, and the checks on the image file an img names (inside the
// content folder or the shared image folder, a decodable PNG/JPEG, or an SVG librsvg accepts).
#include "parse/content_reader_impl.hpp"

#include <charconv>

#include "core/image_probe.hpp"
#include "core/svg_image.hpp"

namespace handout::parse::detail {

void ContentReader::read_figure(pugi::xml_node n, Block& b) {
  b.kind = BlockKind::Figure;
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      if (!is_blank(c.value())) throw error("schema-misplaced-text", c, "text directly inside <figure>",
                                            "put it in the <caption>");
      continue;
    }
    if (c.type() != pugi::node_element) continue;
    const std::string_view name = c.name();
    if (name == "img" && !b.image) {
      DepthGuard guard(*this, c);
      b.image = read_image(c);
    } else if (name == "caption" && !b.caption) {
      DepthGuard guard(*this, c);
      check_attributes(c, {});
      b.caption_loc = loc_of(c);
      b.caption = read_inline_children(c);
    } else {
      throw error("schema-invalid-content", c, "<figure> holds one <img> and at most one <caption>");
    }
  }
  if (!b.image) throw error("schema-missing-required", n, "<figure> has no <img>");
}

// `also` is "id" for an <img> standing as a block (a figure's picture is reached by the figure's id).
model::Image ContentReader::read_image(pugi::xml_node n, std::string_view also) {
  check_attributes(n, {"src", "alt", "decorative", "width"}, also);
  model::Image img;
  img.loc = loc_of(n);
  img.id = next_id();
  pugi::xml_attribute src = n.attribute("src");
  if (!src) throw error("schema-missing-required", n, "<img> has no src", "add src=\"picture.png\" (PNG, JPEG or SVG)");
  img.src = src.value();
  img.alt = string_attribute(n, "alt");
  if (pugi::xml_attribute d = n.attribute("decorative")) {
    const std::string_view v = d.value();
    if (v != "true" && v != "false")
      throw error("schema-invalid-value", d, "decorative=\"" + std::string(v) + "\" must be \"true\" or \"false\"");
    img.decorative = v == "true";
  }
  if (pugi::xml_attribute w = n.attribute("width")) img.width_percent = read_percent(w);
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_element || !is_blank(c.value()))
      throw error("schema-invalid-content", n, "<img/> must be empty", "describe the image in alt=\"…\"");
  }
  if (options_.check_images) check_image_file(n, img);
  return img;
}

double ContentReader::read_percent(pugi::xml_attribute w) const {
  std::string_view v = w.value();
  double value = 0;
  if (!v.empty() && v.back() == '%') {
    auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size() - 1, value);
    if (ec == std::errc() && ptr == v.data() + v.size() - 1 && value > 0 && value <= 100) return value;
  }
  throw error("schema-invalid-value", w, "width=\"" + std::string(v) + "\" is not a percentage above 0% and at most 100%",
              "write e.g. width=\"60%\" (of the text column)");
}

// Input errors image-not-found, image-outside-content-dir, image-not-an-image (lint-rules.md).
void ContentReader::check_image_file(pugi::xml_node n, model::Image& img) const {
  const std::string& src = img.src;
  const bool has_scheme = src.find(':') != std::string::npos &&
                          src.find(':') < src.find('/');  // "file:", "http:", "data:", "C:"
  if (src.empty() || src.front() == '/' || src.front() == '\\' || has_scheme) {
    throw error("image-outside-content-dir", n, "image src \"" + src + "\" is not a relative path",
                "copy the image next to the content file and give a relative path; nothing is fetched from "
                "the network or read from elsewhere");
  }
  std::error_code ec;
  fs::path base = fs::path(path_).parent_path().empty() ? fs::path(".") : fs::path(path_).parent_path();
  const char* folder_name = "the content folder";
  // A picture not beside the content file may come from the project's shared image folder, with
  // the same confinement: the file, symlinks followed, must lie inside that folder.
  if (!fs::exists(base / fs::path(src), ec) && !options_.shared_images_dir.empty() &&
      fs::exists(fs::path(options_.shared_images_dir) / fs::path(src), ec)) {
    base = options_.shared_images_dir;
    folder_name = "the shared image folder";
  }
  const fs::path root = fs::weakly_canonical(base, ec);
  const fs::path wanted = base / fs::path(src);
  if (!fs::exists(wanted, ec)) {
    throw error("image-not-found", n, "image \"" + src + "\" does not exist",
                "the path is relative to " + base.string() +
                    (options_.shared_images_dir.empty() ? "" : " or to the shared image folder " + options_.shared_images_dir));
  }
  const fs::path real = fs::canonical(wanted, ec);
  if (ec) throw error("image-not-found", n, "image \"" + src + "\" cannot be resolved: " + ec.message());
  const auto [root_end, real_it] = std::mismatch(root.begin(), root.end(), real.begin(), real.end());
  if (root_end != root.end()) {
    throw error("image-outside-content-dir", n,
                "image \"" + src + "\" resolves to " + real.string() + ", outside " + folder_name + " " + root.string(),
                "keep images inside the content file's folder or the shared image folder (symlinks are followed)");
  }
  if (!fs::is_regular_file(real, ec)) throw error("image-not-an-image", n, "image \"" + src + "\" is not a file");
  if (is_svg_name(real)) {
    check_svg_file(n, img, real.string());
    return;
  }
  auto header = probe_image_file(real.string());
  if (!header) {
    throw error("image-not-an-image", n, "\"" + src + "\" is not a PNG or JPEG image that can be read",
                "export the picture as PNG, JPEG or SVG");
  }
  // 20,000 px a side is far beyond print resolution for a leaflet; larger declared sizes are
  // decompression bombs more often than photographs.
  if (header->width > 20000 || header->height > 20000) {
    throw error("limit-exceeded", n,
                "image \"" + src + "\" declares " + std::to_string(header->width) + "x" +
                    std::to_string(header->height) + " pixels; the limit is 20000 a side",
                "scale the image down before adding it");
  }
  img.resolved_path = real.string();
  img.format = header->format == ImageHeader::Format::Png ? model::ImageFormat::Png : model::ImageFormat::Jpeg;
  img.pixel_width = header->width;
  img.pixel_height = header->height;
}

bool ContentReader::is_svg_name(const fs::path& p) {
  std::string ext = p.extension().string();
  for (char& c : ext) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return ext == ".svg";
}

// An SVG is checked whole here (librsvg parses it), so a broken or unsafe picture stops the run
// before any output is written; the writers rasterise it at the size they place it.
void ContentReader::check_svg_file(pugi::xml_node n, model::Image& img, const std::string& real) const {
  try {
    const SvgSize size = check_svg(real);
    img.pixel_width = std::max<std::uint32_t>(1, static_cast<std::uint32_t>(size.width + 0.5));
    img.pixel_height = std::max<std::uint32_t>(1, static_cast<std::uint32_t>(size.height + 0.5));
  } catch (const SvgError& e) {
    const std::string where = e.line ? " (line " + std::to_string(e.line) + " of the SVG)" : std::string();
    throw error("image-svg-invalid", n, "image \"" + img.src + "\": " + e.what() + where,
                "fix or re-export the SVG: plain shapes and text, no links to other files, at most 4 MiB");
  }
  img.resolved_path = real;
  img.format = model::ImageFormat::Svg;
}

}  // namespace handout::parse::detail
