// Small readings shared by the DOCX reader's parts: on/off flags, hex and highlighter colours, the
// run formatting that carries meaning, and the plain text of inlines.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "core/colour.hpp"
#include "model/document.hpp"

namespace handout::import::docx {

// A w:b, w:i, w:tblHeader… flag: present without w:val, or with a value that is not off.
bool on(pugi::xml_node flag);
// An attribute value that means true ("1", "true", "on").
bool on_value(std::string_view v);

// "1B5E20" → the colour; "auto" or anything malformed → none.
std::optional<Colour> hex_colour(std::string_view v);
// A w:highlight name ("yellow", "darkGreen"…) → its fixed colour.
std::optional<Colour> highlight_colour(std::string_view name);

// The formatting of a run that carries meaning in the model.
struct RunFormat {
  bool strong = false, em = false, code = false;
  std::optional<std::string> lang;
  std::optional<Colour> color, background;
  bool operator==(const RunFormat&) const = default;
};

// The text a reader sees (notes left out, line breaks as spaces).
std::string plain_text(const model::Inlines& in);
// The first `words` words, with "…" when there were more.
std::string shorten(const std::string& text, std::size_t words);
// True when the inlines hold visible text, a note or a line break.
bool has_content(const model::Inlines& in);
// "a; b ;c" → {"a", "b", "c"} (blank items dropped).
std::vector<std::string> split_trimmed(const std::string& s, char sep);

}  // namespace handout::import::docx
