// Small .docx files built in the test from literal XML parts (pugixml's TEST_XML habit: the
// input sits next to its expectation), zipped with libzip.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace handout::test {

// Namespace declarations for a w:document root.
inline constexpr const char* kWordNamespaces =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" )"
    R"(xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" )"
    R"(xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" )"
    R"(xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" )"
    R"(xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative")";

struct DocxFixture {
  std::string body;        // the children of w:body
  std::string styles;      // the children of w:styles (word/styles.xml), if any
  std::string numbering;   // the children of w:numbering, if any
  std::string footnotes;   // the children of w:footnotes, if any
  std::string comments;    // the children of w:comments, if any
  std::string core;        // the children of cp:coreProperties, if any
  // More relationships of word/document.xml: (id, type's last segment, target, external).
  struct Rel {
    std::string id, type, target;
    bool external = false;
  };
  std::vector<Rel> rels;
  std::vector<std::pair<std::string, std::string>> parts;  // more zip entries: (name, bytes)

  std::string bytes() const;
};

// A zip of these entries, in this order (deflated).
std::string zip_entries(const std::vector<std::pair<std::string, std::string>>& entries);

// A 1x1 PNG.
std::string tiny_png();

}  // namespace handout::test
