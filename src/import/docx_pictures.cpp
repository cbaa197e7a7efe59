// DrawingML pictures into images: alt text from docPr, decorative flag, width, the embedded bytes.
#include "import/docx_reader_state.hpp"

#include <algorithm>
#include <cmath>
#include "core/image_probe.hpp"

namespace handout::import::docx {

void Reader::drawing(pugi::xml_node d) {
  pugi::xml_node frame = d.child("wp:inline");
  if (!frame) frame = d.child("wp:anchor");
  const pugi::xml_node data = frame.child("a:graphic").child("a:graphicData");
  const std::string uri = data.attribute("uri").value();
  if (uri.find("/picture") == std::string::npos) {
    std::string what = "a drawing";
    if (uri.find("diagram") != std::string::npos) what = "a SmartArt diagram";
    else if (uri.find("chart") != std::string::npos) what = "a chart";
    else if (uri.find("wordprocessingShape") != std::string::npos) what = "a text box or shape";
    warn(what, para_loc_);
    return;
  }
  const pugi::xml_node docpr = frame.child("wp:docPr");
  model::Image img;
  img.id = next_id();
  img.loc = para_loc_;
  const std::string descr = docpr.attribute("descr").value();
  const std::string title = docpr.attribute("title").value();
  if (!descr.empty()) img.alt = descr;
  else if (!title.empty()) img.alt = title;
  for (pugi::xml_node ext : docpr.child("a:extLst").children("a:ext")) {
    for (pugi::xml_node c : ext.children()) {
      const std::string cname = c.name();
      if (cname.ends_with(":decorative") && on_value(c.attribute("val").value())) img.decorative = true;
    }
  }
  if (img.decorative) img.alt.reset();
  const std::string embed = data.child("pic:pic").child("pic:blipFill").child("a:blip").attribute("r:embed").value();
  const auto& rels = pkg_.relationships(part_);
  auto rel = rels.find(embed);
  if (rel == rels.end() || rel->second.external) {
    warn("a linked picture (not stored in the document)", para_loc_);
    return;
  }
  std::optional<std::string> bytes = pkg_.read_part(rel->second.target, true);
  std::optional<ImageHeader> header = bytes ? probe_image(*bytes) : std::nullopt;
  if (!header) {
    warn("a picture that is not PNG or JPEG ('" + rel->second.target + "')", para_loc_);
    return;
  }
  auto& known = media_names_[rel->second.target];
  if (known.empty()) {
    known = options_.media_folder + "/image" + std::to_string(media_names_.size()) +
            (header->format == ImageHeader::Format::Png ? ".png" : ".jpeg");
    out_.images.push_back({known, std::move(*bytes)});
  }
  img.src = known;
  img.format = header->format == ImageHeader::Format::Png ? model::ImageFormat::Png : model::ImageFormat::Jpeg;
  img.pixel_width = header->width;
  img.pixel_height = header->height;
  const std::int64_t cx = frame.child("wp:extent").attribute("cx").as_llong(0);
  if (cx > 0) {
    // 635 EMU per twip (ECMA-376 §20.1.2.1).
    const double percent = std::round(100.0 * static_cast<double>(cx) / (635.0 * static_cast<double>(page_text_width_)));
    img.width_percent = std::clamp(percent, 1.0, 100.0);
  }
  Block fig;
  fig.kind = BlockKind::Image;
  fig.id = next_id();
  fig.loc = para_loc_;
  fig.image = std::move(img);
  pending_images_.push_back(std::move(fig));
}

}  // namespace handout::import::docx
