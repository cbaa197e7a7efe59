// A reply slip → a <fieldset> the reader can fill in on screen: its title as the <legend>, each
// field an <input> (or <textarea>) with a <label for=…> holding the field's label, radio choices
// a nested fieldset whose legend is the question. The input names are the slip's stable field
// names, the same the PDF form fields and DOCX content controls carry.
#include <string>

#include "html/escape.hpp"
#include "html/parts.hpp"

namespace handout::html {
namespace {

using model::FieldKind;
using model::FormField;

// Field names hold a dot ("trip-reply.2"); ids keep to letters, digits and hyphens so they can be
// used unescaped in CSS selectors and URL fragments.
std::string field_id(std::string_view name) {
  std::string out = "field-";
  for (char c : name) out += c == '.' ? '-' : c;
  return out;
}

void label(std::string& out, const std::string& id, const FormField& f) {
  out += "<label for=\"";
  append_attribute(out, id);
  out += "\">";
  append_text(out, f.label.value_or(""));
  out += "</label>";
}

void input(std::string& out, const char* type, const std::string& id, std::string_view name) {
  out += "<input type=\"";
  out += type;
  out += "\" id=\"";
  append_attribute(out, id);
  out += "\" name=\"";
  append_attribute(out, name);
  out += '"';
}

void field(std::string& out, const FormField& f) {
  const std::string id = field_id(f.name);
  switch (f.kind) {
    case FieldKind::Text:
    case FieldKind::Date:
    case FieldKind::Signature:
      out += "<p class=\"slip-field\">";
      label(out, id, f);
      out += ' ';
      if (f.kind == FieldKind::Text && f.lines > 1) {
        out += "<textarea id=\"";
        append_attribute(out, id);
        out += "\" name=\"";
        append_attribute(out, f.name);
        out += "\" rows=\"" + std::to_string(f.lines) + "\"></textarea>";
      } else {
        input(out, f.kind == FieldKind::Date ? "date" : "text", id, f.name);
        if (f.kind == FieldKind::Signature) out += " autocomplete=\"name\"";
        out += " />";  // a void element in HTML5's XML-compatible spelling, as <img />
      }
      out += "</p>\n";
      return;
    case FieldKind::Checkbox:
      out += "<p class=\"slip-field\">";
      input(out, "checkbox", id, f.name);
      out += " value=\"Yes\" /> ";
      label(out, id, f);
      out += "</p>\n";
      return;
    case FieldKind::Choice:
      out += "<fieldset class=\"slip-choice\">\n<legend>";
      append_text(out, f.label.value_or(""));
      out += "</legend>\n";
      for (std::size_t i = 0; i < f.options.size(); ++i) {
        const std::string option_id = id + "-" + std::to_string(i + 1);
        out += "<p class=\"slip-field\">";
        input(out, "radio", option_id, f.name);
        out += " value=\"" + std::to_string(i + 1) + "\" /> <label for=\"";
        append_attribute(out, option_id);
        out += "\">";
        append_text(out, f.options[i]);
        out += "</label></p>\n";
      }
      out += "</fieldset>\n";
      return;
  }
}

}  // namespace

void write_reply_slip(HtmlContext& ctx, const model::ReplySlip& slip) {
  std::string& out = ctx.out;
  out += "<fieldset class=\"reply-slip\" id=\"";
  append_attribute(out, field_id(slip.name));
  out += "\">\n<legend>";
  append_text(out, slip.title.value_or("Reply slip"));
  out += "</legend>\n";
  for (const FormField& f : slip.fields) field(out, f);
  if (slip.return_to) {
    out += "<p class=\"return-to\">";
    append_text(out, *slip.return_to);
    out += "</p>\n";
  }
  out += "</fieldset>\n";
}

}  // namespace handout::html
