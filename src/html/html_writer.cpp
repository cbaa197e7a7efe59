// write_html: the page skeleton (docs/html-output.md): head with metadata and the stylesheet,
// skip link, running header, main with the body and the notes, running footer.
#include "html/html_writer.hpp"

#include <cstdio>

#include "html/escape.hpp"
#include "html/parts.hpp"

namespace handout::html {
namespace {

void meta(std::string& out, const char* name, std::string_view content) {
  if (content.empty()) return;
  out += "<meta name=\"";
  out += name;
  out += "\" content=\"";
  append_attribute(out, content);
  out += "\" />\n";
}

// The running text of a header or footer, as plain text. A page has no page numbers: a part of
// the pattern that counts pages ("{page_of_pages}", "Sheet {page}") is left out whole rather than
// printed with holes; the parts that remain are joined by a middle dot.
std::string running_text(const resolve::ResolvedDocument& resolved, const style::RunningText& running) {
  std::string text;
  for (const std::string* pattern : {&running.left, &running.centre, &running.right}) {
    std::string part;
    bool counts_pages = false;
    for (const resolve::RunningPiece& piece : resolved.running_pieces(*pattern)) {
      if (piece.kind == resolve::RunningPiece::Kind::Text) part += piece.text;
      else counts_pages = true;
    }
    if (counts_pages || part.find_first_not_of(" \t") == std::string::npos) continue;
    if (!text.empty()) text += " \u00B7 ";
    text += part;
  }
  return text;
}

void running(std::string& out, const char* element, const std::string& text) {
  // An empty landmark would only be noise for screen reader users: none is written.
  if (text.empty()) return;
  out += '<';
  out += element;
  out += "><p>";
  append_text(out, text);
  out += "</p></";
  out += element;
  out += ">\n";
}

// The page header with the template's letterhead: the logo as an <img> (an SVG is copied as it
// is, since a browser draws it sharp at any zoom) above the running text, if there is any.
void letterhead_header(HtmlContext& ctx, const std::string& text) {
  const style::Letterhead& lh = *ctx.resolved.tmpl.letterhead;
  std::string& out = ctx.out;
  const ImageCopy& copy = image_copy_of(ctx, lh.source, lh.loc);
  out += "<header>\n<p class=\"letterhead letterhead-";
  out += lh.align == style::LetterheadAlign::Centre ? "centre" : lh.align == style::LetterheadAlign::Right ? "right" : "left";
  out += "\"><img src=\"";
  append_url_path(out, ctx.options.files_dir);
  out += '/';
  append_url_path(out, copy.name);
  // WCAG 2.2 SC 1.1.1: a decorative logo has an empty alt so assistive technology skips it.
  out += "\" alt=\"";
  if (!lh.decorative) append_attribute(out, lh.alt);
  char size[96];
  std::snprintf(size, sizeof size, "\" style=\"width:%gmm;max-width:100%%;height:auto\" /></p>\n", lh.width_mm);
  out += size;
  if (!text.empty()) {
    out += "<p>";
    append_text(out, text);
    out += "</p>\n";
  }
  out += "</header>\n";
}

}  // namespace

const char* english_marker(const resolve::ResolvedDocument& resolved) {
  // The words table had no row for the document's language: its words are English, and said to
  // be (WCAG 2.2 SC 3.1.2), left to right inside a right-to-left page.
  if (resolved.generated.words_lang.empty()) return "";
  return resolved.root_style().direction == resolve::Direction::Rtl ? " lang=\"en\" dir=\"ltr\"" : " lang=\"en\"";
}

void append_colour(std::string& out, Colour c) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '#';
  for (const std::uint8_t v : {c.r, c.g, c.b}) {
    out += kHex[v >> 4];
    out += kHex[v & 0x0F];
  }
}

HtmlOutput write_html(const resolve::ResolvedDocument& resolved, const HtmlOptions& options) {
  HtmlOutput result;
  std::string& out = result.html;
  out.reserve(16384);
  HtmlContext ctx{resolved, options, out, result.images};
  const model::Document& doc = resolved.doc;
  const resolve::TextStyle& root = resolved.root_style();

  out += "<!DOCTYPE html>\n<html lang=\"";
  append_attribute(out, root.lang);
  out += root.direction == resolve::Direction::Rtl ? "\" dir=\"rtl\">\n" : "\" dir=\"ltr\">\n";
  out += "<head>\n<meta charset=\"utf-8\" />\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>";
  append_text(out, doc.meta.title.text);
  out += "</title>\n";
  meta(out, "author", resolved.generated.authors);
  if (doc.meta.description) meta(out, "description", doc.meta.description->text);
  if (doc.meta.keywords) meta(out, "keywords", doc.meta.keywords->text);
  out += "<style>\n";
  write_stylesheet(ctx);
  out += "</style>\n</head>\n<body>\n<a class=\"skip-link\" href=\"#main\"";
  out += english_marker(resolved);
  out += '>';
  append_text(out, resolved.generated.words.skip_link);
  out += "</a>\n";
  if (resolved.tmpl.letterhead) {
    letterhead_header(ctx, running_text(resolved, resolved.tmpl.header));
  } else {
    running(out, "header", running_text(resolved, resolved.tmpl.header));
  }
  out += "<main id=\"main\">\n";
  if (resolved.contents && !resolved.title_heading) write_contents(ctx);
  write_blocks(ctx, doc.body);
  write_notes(ctx);
  out += "</main>\n";
  running(out, "footer", running_text(resolved, resolved.tmpl.footer));
  out += "</body>\n</html>\n";
  return result;
}

}  // namespace handout::html
