// Reading a .docx (an OPC package, ECMA-376 Part 2) safely: bytes in, the parts a reader asks
// for out. Nothing in the zip is trusted: entry names, declared sizes and XML prologues are
// checked before a part is handed on, and every read stops at a limit rather than at the size
// the archive claims. Problems are InputError naming the file and the part.
#pragma once
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace handout::import {

struct DocxLimits {
  std::size_t max_file_bytes = 64u << 20;    // the .docx itself
  std::size_t max_entries = 4000;            // zip entries
  std::size_t max_xml_part_bytes = 32u << 20;  // one XML part, uncompressed
  std::size_t max_image_bytes = 16u << 20;   // one picture, uncompressed
  std::size_t max_total_bytes = 256u << 20;  // everything read from one package
  std::size_t max_ratio = 200;               // uncompressed:compressed for any entry over 1 MiB
};

// One relationship of a part (OPC §9.3).
struct PartRelationship {
  std::string type;    // last segment of the type URI: "image", "hyperlink", "footnotes", …
  std::string target;  // resolved part name for internal targets, the URI as written for external
  bool external = false;
};

class DocxPackage {
 public:
  // Checks the container (magic, zip directory, entry names, declared sizes). Throws InputError.
  DocxPackage(std::string bytes, std::string path, DocxLimits limits = {});
  ~DocxPackage();
  DocxPackage(const DocxPackage&) = delete;
  DocxPackage& operator=(const DocxPackage&) = delete;

  const std::string& path() const { return path_; }
  bool has_part(std::string_view name) const;
  // The bytes of a part, read with the limits; nullopt when the package has no such entry.
  std::optional<std::string> read_part(std::string_view name, bool image = false);
  // Parses an XML part, refusing a DOCTYPE (no DTDs, no entities). nullopt when absent.
  // `filter`, if given, may cut what the reader never looks at out of the bytes before parsing.
  std::optional<pugi::xml_document> read_xml(std::string_view name, void (*filter)(std::string&) = nullptr);
  // The relationships of `part` (from its _rels/NAME.rels), by id. Internal targets must name
  // parts that exist; a missing one throws InputError.
  const std::map<std::string, PartRelationship>& relationships(const std::string& part);
  // The main document part named by the package relationships ("word/document.xml").
  const std::string& main_part() const { return main_part_; }

  [[noreturn]] void fail(const std::string& code, std::string_view part, const std::string& message,
                         const std::string& hint = {}) const;

 private:
  struct Zip;
  std::string bytes_;
  std::string path_;
  DocxLimits limits_;
  std::unique_ptr<Zip> zip_;
  std::size_t total_read_ = 0;
  std::string main_part_;
  std::map<std::string, std::map<std::string, PartRelationship>, std::less<>> rels_;
};

// Resolves a relationship target against the folder of `source_part` ("word/document.xml" +
// "media/a.png" → "word/media/a.png"; a leading '/' is from the package root). nullopt when the
// target climbs out of the package.
std::optional<std::string> resolve_part_name(std::string_view source_part, std::string_view target);

}  // namespace handout::import
