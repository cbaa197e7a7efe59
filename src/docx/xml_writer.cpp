#include "docx/xml_writer.hpp"

#include <cstdio>

#include "core/error.hpp"
#include "core/utf8.hpp"

namespace handout::docx {

std::size_t find_xml_invalid_char(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20) {
      if (c != '\t' && c != '\n' && c != '\r') return i;
    } else if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
               (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
      return i;  // U+FFFE, U+FFFF
    } else if (c == 0xED && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0xA0) {
      return i;  // an encoded surrogate (CESU-8); never valid UTF-8 either
    }
  }
  return std::string_view::npos;
}

void XmlWriter::declaration() { out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"; }

void XmlWriter::finish_start_tag() {
  if (start_tag_open_) {
    out_ += '>';
    start_tag_open_ = false;
  }
}

XmlWriter& XmlWriter::open(std::string_view name) {
  finish_start_tag();
  out_ += '<';
  out_ += name;
  stack_.push_back(name);
  start_tag_open_ = true;
  return *this;
}

XmlWriter& XmlWriter::attr(std::string_view name, std::string_view value) {
  out_ += ' ';
  out_ += name;
  out_ += "=\"";
  escape(value, true);
  out_ += '"';
  return *this;
}

XmlWriter& XmlWriter::attr(std::string_view name, std::int64_t value) {
  out_ += ' ';
  out_ += name;
  out_ += "=\"";
  out_ += std::to_string(value);
  out_ += '"';
  return *this;
}

void XmlWriter::close() {
  if (stack_.empty()) throw InternalError("docx: XmlWriter::close without an open element");
  if (start_tag_open_) {
    out_ += "/>";
    start_tag_open_ = false;
  } else {
    out_ += "</";
    out_ += stack_.back();
    out_ += '>';
  }
  stack_.pop_back();
}

void XmlWriter::empty(std::string_view name) {
  open(name);
  close();
}

void XmlWriter::empty(std::string_view name, std::string_view attr_name, std::string_view value) {
  open(name).attr(attr_name, value);
  close();
}

void XmlWriter::empty(std::string_view name, std::string_view attr_name, std::int64_t value) {
  open(name).attr(attr_name, value);
  close();
}

void XmlWriter::text(std::string_view text) {
  finish_start_tag();
  escape(text, false);
}

void XmlWriter::raw(std::string_view markup) {
  finish_start_tag();
  out_ += markup;
}

void XmlWriter::escape(std::string_view s, bool in_attribute) {
  std::size_t plain_from = 0;
  auto flush = [&](std::size_t to) { out_.append(s.data() + plain_from, to - plain_from); };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const char* rep = nullptr;
    switch (c) {
      case '&': rep = "&amp;"; break;
      case '<': rep = "&lt;"; break;
      case '>': rep = "&gt;"; break;
      case '"': rep = in_attribute ? "&quot;" : nullptr; break;
      // XML 1.0 §3.3.3: literal tab/LF/CR in attributes are normalised to spaces, and §2.11
      // turns CR into LF in text; character references keep them.
      case '\t': rep = in_attribute ? "&#9;" : nullptr; break;
      case '\n': rep = in_attribute ? "&#10;" : nullptr; break;
      case '\r': rep = "&#13;"; break;
      default:
        if (c < 0x20 || c == 0xEF || c == 0xED) {
          if (find_xml_invalid_char(s.substr(i, 3)) == 0) invalid_char(s, i);
        }
        break;
    }
    if (rep) {
      flush(i);
      out_ += rep;
      plain_from = i + 1;
    }
  }
  flush(s.size());
}

void XmlWriter::invalid_char(std::string_view s, std::size_t at) const {
  std::size_t pos = at;
  const char32_t cp = next_code_point(s, pos);
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
  // XML 1.0 §2.2 (Char): Word refuses a part that carries such a character, even escaped.
  throw InputError("xml-invalid-char", file_ ? *file_ : std::string(), loc_,
                   std::string("text contains the control character ") + code + ", which a DOCX file cannot carry",
                   "remove it from the content file (it is invisible in most editors)");
}

}  // namespace handout::docx
