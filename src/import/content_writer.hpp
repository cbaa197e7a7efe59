// model::Document → content format text (docs/content-format.md): deterministic, indented two
// spaces per level, one block per line, inline content on its block's line. Used by
// `handout import`; parsing the output gives back the same model (tests/import).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "model/document.hpp"

namespace handout::import {

struct ContentExtras {
  std::vector<std::string> header_lines;  // the XML comment at the top, one line each
  // XML comments written just before the block with that id (Word comments at their anchor).
  std::map<model::NodeId, std::vector<std::string>> comments;
};

std::string write_content(const model::Document& doc, const ContentExtras& extras = {});

// Whether the document needs content format 1.1 to say what it means: ids and links to them
// (from Word bookmarks), list starts and styles, callout kinds, a contents setting.
bool uses_format_1_1(const model::Document& doc);

}  // namespace handout::import
