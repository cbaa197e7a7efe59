// The picture a template names ([letterhead] image): found inside the template's folder, checked
// and read once, so every writer embeds the same bytes and a bad picture stops the run before any
// output is written.
#pragma once
#include <string>

#include "style/template.hpp"

namespace handout::parse {

// An SVG is drawn on `background` (the page colour). Fills source, bytes, svg/jpeg and the pixel size of `lh` from lh.image, relative to the folder of
// `template_path`. Throws InputError (image-not-found, image-outside-content-dir, image-not-an-image,
// image-svg-invalid) at lh.loc in `template_path`.
void load_letterhead_picture(style::Letterhead& lh, const std::string& template_path, Colour background);

}  // namespace handout::parse
