// Inline content → phrasing elements (em, strong, code, a, abbr, span, br, note references) and
// the endnotes list. Languages, colours, expansions and note numbers come from the resolve stage.
#include <string>

#include "html/escape.hpp"
#include "html/parts.hpp"

namespace handout::html {
namespace {

using model::Inline;
using model::InlineKind;

void element(HtmlContext& ctx, const char* name, const model::Inlines& children, bool in_link) {
  std::string& out = ctx.out;
  out += '<';
  out += name;
  out += '>';
  write_inlines(ctx, children, in_link);
  out += "</";
  out += name;
  out += '>';
}

// A span only where it carries something: a change of language (WCAG 2.2 SC 3.1.2, with the
// direction that language is written in) or a colour the content sets.
void span(HtmlContext& ctx, const Inline& in, bool in_link) {
  const resolve::TextStyle& style = ctx.resolved.style_of(in);
  const bool colour = style.paints_foreground;
  if (!style.lang_changes && !style.direction_changes && !colour && !style.paints_background) {
    write_inlines(ctx, in.children, in_link);
    return;
  }
  std::string& out = ctx.out;
  out += "<span";
  if (style.lang_changes) {
    out += " lang=\"";
    append_attribute(out, style.lang);
    out += style.direction == resolve::Direction::Rtl ? "\" dir=\"rtl\"" : "\" dir=\"ltr\"";
  } else if (style.direction_changes) {
    out += style.direction == resolve::Direction::Rtl ? " dir=\"rtl\"" : " dir=\"ltr\"";
  }
  if (colour || style.paints_background) {
    out += " style=\"";
    if (colour) {
      out += "color:";
      append_colour(out, style.foreground);
      if (style.paints_background) out += ';';
    }
    if (style.paints_background) {
      out += "background-color:";
      append_colour(out, style.background);
    }
    out += '"';
  }
  out += '>';
  write_inlines(ctx, in.children, in_link);
  out += "</span>";
}

// "expansion (<abbr title="expansion">ABBR</abbr>)" where the resolve stage prints the expansion,
// else the abbreviation with its expansion (from this or another use) as title.
void abbreviation(HtmlContext& ctx, const Inline& in, bool in_link) {
  std::string& out = ctx.out;
  const std::string* printed = ctx.resolved.expansion_printed_at(in);
  if (printed) {
    append_text(out, *printed);
    out += " (";
  }
  out += "<abbr";
  if (const std::string* expansion = ctx.resolved.expansion_of(in)) {
    out += " title=\"";
    append_attribute(out, *expansion);
    out += '"';
  }
  out += '>';
  write_inlines(ctx, in.children, in_link);
  out += "</abbr>";
  if (printed) out += ')';
}

void note_reference(HtmlContext& ctx, const Inline& in, bool in_link) {
  const resolve::ResolvedNote& note = ctx.resolved.note(in);
  const std::string number = std::to_string(note.number);
  std::string& out = ctx.out;
  if (in_link) {
    // A link cannot hold another: the number stays, with the id the note's backlink returns to.
    out += "<sup id=\"";
    append_attribute(out, note.reference_id);
    out += "\">";
    out += number;
    out += "</sup>";
    return;
  }
  out += "<sup><a href=\"#";
  append_attribute(out, note.id);
  out += "\" id=\"";
  append_attribute(out, note.reference_id);
  out += "\" role=\"doc-noteref\">";
  out += number;
  out += "</a></sup>";
}

void write_inline(HtmlContext& ctx, const Inline& in, bool in_link) {
  std::string& out = ctx.out;
  switch (in.kind) {
    case InlineKind::Text: append_text(out, ctx.resolved.text_of(in)); return;
    case InlineKind::Emphasis: element(ctx, "em", in.children, in_link); return;
    case InlineKind::Strong: element(ctx, "strong", in.children, in_link); return;
    case InlineKind::Code: element(ctx, "code", in.children, in_link); return;
    case InlineKind::Subscript: element(ctx, "sub", in.children, in_link); return;
    case InlineKind::Superscript: element(ctx, "sup", in.children, in_link); return;
    case InlineKind::Link:
      if (!in.href || in_link) {
        write_inlines(ctx, in.children, in_link);
        return;
      }
      out += "<a href=\"";
      append_attribute(out, *in.href);
      out += "\">";
      write_inlines(ctx, in.children, true);
      out += "</a>";
      return;
    case InlineKind::Abbr: abbreviation(ctx, in, in_link); return;
    case InlineKind::Span: span(ctx, in, in_link); return;
    case InlineKind::LineBreak: out += "<br />"; return;
    case InlineKind::Note: note_reference(ctx, in, in_link); return;
  }
}

}  // namespace

void write_inlines(HtmlContext& ctx, const model::Inlines& inlines, bool in_link) {
  for (const Inline& in : inlines) write_inline(ctx, in, in_link);
}

// HTML has no pages, so footnote templates end with the same list as endnote templates: each
// note links back to its reference (DPUB-ARIA doc-endnotes / doc-backlink).
void write_notes(HtmlContext& ctx) {
  const resolve::ResolvedDocument& resolved = ctx.resolved;
  if (resolved.notes.empty()) return;
  std::string& out = ctx.out;
  out += "<section class=\"notes\" role=\"doc-endnotes\" aria-labelledby=\"notes-heading\">\n<h2 id=\"notes-heading\"";
  if (!resolved.generated.notes_heading_from_template) out += english_marker(resolved);
  out += '>';
  append_text(out, resolved.generated.notes_heading);
  out += "</h2>\n<ol>\n";
  for (const resolve::ResolvedNote& note : resolved.notes) {
    out += "<li id=\"";
    append_attribute(out, note.id);
    out += "\">";
    write_inlines(ctx, note.note->children);
    out += " <a href=\"#";
    append_attribute(out, note.reference_id);
    out += "\" role=\"doc-backlink\"";
    out += english_marker(resolved);
    out += " aria-label=\"";
    append_attribute(out, resolved.generated.words.back_label(note.number));
    out += "\">\u21A9</a></li>\n";
  }
  out += "</ol>\n</section>\n";
}

}  // namespace handout::html
