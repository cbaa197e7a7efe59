// The content format (docs/content-format.md) → model::Document, with pugixml.
// Input errors (lint-rules.md, "Input errors") are thrown as InputError with file:line:col.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "model/document.hpp"

namespace handout::parse {

// Documented limits (README, "Limits"). Past any of them: InputError "limit-exceeded".
struct ContentLimits {
  std::size_t max_file_bytes = 16u << 20;      // 16 MiB per content file
  std::size_t max_depth = 100;                 // element nesting, root included
  std::size_t max_text_bytes = 1u << 20;       // 1 MiB in one text node
  std::size_t max_attribute_bytes = 64u << 10; // 64 KiB in one attribute value
  std::size_t max_table_rows = 2000;           // rows in one table (about 50 A4 pages of rows)
};

struct ContentOptions {
  ContentLimits limits;
  // Check every img src: exists, inside the content file's folder, a decodable PNG/JPEG header.
  // Off for in-memory tests that have no files next to them.
  bool check_images = true;
  // The project's shared image folder (handout.toml `images`), absolute; empty for none. An img
  // src not found beside the content file is looked up there, and must stay inside it.
  std::string shared_images_dir;
};

// Parses the bytes of a content file; `path` is used for messages and to resolve image paths.
model::Document parse_content(std::string_view bytes, const std::string& path, const ContentOptions& options = {});

// Reads and parses a file. Missing/unreadable file: InputError "file-not-readable".
model::Document read_content_file(const std::string& path, const ContentOptions& options = {});

}  // namespace handout::parse
