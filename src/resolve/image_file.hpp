// Where the bytes of a content image are read from, settled once for every writer that embeds
// or copies images (DOCX packs them, HTML copies them beside the page).
#pragma once
#include <string>

#include "model/document.hpp"

namespace handout::resolve {

// The parser's resolved path when it checked the image; otherwise <folder of doc.path>/<src>,
// canonicalised (symlinks followed). Throws InputError "image-outside-content-dir" when that
// file lies outside the content file's folder: no writer ever reads an image from elsewhere.
std::string image_file(const model::Document& doc, const model::Image& img);

}  // namespace handout::resolve
