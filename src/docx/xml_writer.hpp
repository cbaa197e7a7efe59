// A small streaming XML writer for the OOXML parts: elements, attributes and escaped text are
// appended straight to one std::string.
//
// Why not pugixml: a DOM would allocate a node and copy every string of a part only to serialise
// it once, and the DOCX path has a 5 ms / 20 MiB budget for a whole leaflet. A streaming writer
// also gives one place where every character of content passes, so XML 1.0 §2.2 (Char) can be
// enforced there with the source location of the node being written.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/source_loc.hpp"

namespace handout::docx {

class XmlWriter {
 public:
  explicit XmlWriter(std::string& out) : out_(out) {}

  // <?xml … standalone="yes"?> as Word writes it (ECMA-376 Part 2 §8.1: UTF-8 parts).
  void declaration();

  // Element names are string literals that outlive the writer.
  XmlWriter& open(std::string_view name);
  XmlWriter& attr(std::string_view name, std::string_view value);
  XmlWriter& attr(std::string_view name, std::int64_t value);
  void close();
  // <name/> or <name attr="value"/> in one call.
  void empty(std::string_view name);
  void empty(std::string_view name, std::string_view attr_name, std::string_view value);
  void empty(std::string_view name, std::string_view attr_name, std::int64_t value);
  void text(std::string_view text);
  // Markup that is known to be well formed (constant fragments).
  void raw(std::string_view markup);

  // Where the content being written comes from, for the "xml-invalid-char" error.
  void set_source(const std::string& file, SourceLoc loc) {
    file_ = &file;
    loc_ = loc;
  }
  void set_loc(SourceLoc loc) { loc_ = loc; }

 private:
  void finish_start_tag();
  void escape(std::string_view s, bool in_attribute);
  [[noreturn]] void invalid_char(std::string_view s, std::size_t at) const;

  std::string& out_;
  std::vector<std::string_view> stack_;
  bool start_tag_open_ = false;
  const std::string* file_ = nullptr;
  SourceLoc loc_;
};

// Byte offset of the first character XML 1.0 §2.2 does not allow (C0 controls other than tab,
// LF and CR; U+FFFE, U+FFFF; surrogates), or npos. Assumes UTF-8.
std::size_t find_xml_invalid_char(std::string_view s);

}  // namespace handout::docx
